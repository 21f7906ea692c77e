"""Dates of a holder's appointment and taking up of the post, as UN texts write them (used by ``people.py`` and the
extractors): "was appointed ... on D", "took up his functions on D", "began work as the first mandate holder on D",
"the appointment took effect on D", "In August 2014 the Council appointed NAME", "since he was appointed in 2014"
(a pronoun: the holder named last before it), "has held the post ... since May 2009", "The Council appointed the
present Special Rapporteur in March 2015" (the post as the object). A day with no year takes the year of the full
date written before it.
"""
from __future__ import annotations

import re

from .un_dates import DATE_RE, DAY_RE, MONTH_RE, parse_date, with_year
from .name_titles import OPT_HONORIFIC

__all__ = ["APPOINTED", "DECIDED_TO_APPOINT", "OTHER_ACT", "TOOK_UP", "APPOINTED_BEFORE", "POST_APPOINTED", "IN_ON", "took_up_date", "finer",
           "pronoun_appointments", "held_since", "appointed_then"]

IN_ON = r"(?:\b|(?<=_))(?:in|on)\s+"            # "... migrants_in June 2017": a web page's underscore glued to "in"
# "appointed ... in June 2017", "NAME ..., after his appointment in July 2018"
# (not past another act of the holder's: "was appointed and put his first report before the Commission in April 2001")
OTHER_ACT = r"\band\s+(?:then\s+|later\s+|also\s+)?[a-z]+\s+(?:his|her|their|its)\b"
APPOINTED = re.compile(rf"\b(?:appointed|named|designated|(?:his|her|their)\s+appointment)\b(?:(?!{OTHER_ACT})[^.;]){{0,260}}?{IN_ON}({DATE_RE})")
# a body's decision to appoint the post, dated, in the sentence before "NAME was appointed" (no date of its own):
# "At its session in 2000 the Commission decided to appoint a special rapporteur ... NAME was appointed and ..."
DECIDED_TO_APPOINT = re.compile(rf"\b(?:[Ii]n|[Oo]f)\s+(?:the\s+year\s+)?({DATE_RE})\b[^.;]{{0,120}}?\b(?:decided|agreed)\s+to\s+appoint\b"
                                rf"|\b(?:decided|agreed)\s+to\s+appoint\b[^.;]{{0,160}}?\b(?:in|on)\s+({DATE_RE})")
TOOK_UP = re.compile(rf"(?:\b(?:assumed|took up|taken up|assuming|taking up)\s+(?:his|her|their|the|this|my)\s+"
                      rf"(?:functions?|post|mandate|position|duties|role|appointment)\b|\b(?:took|taken|taking|assumed|assuming)\s+(?:up\s+)?office\b"
                      rf"|\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|whose)\s+(?:mandate|tenure|term(?:\s+of\s+office)?)\s+(?:began|started|commenced)"
                      rf"(?:\s+when\s+(?:he|she|they|I)\s+took\s+it\s+up)?"
                      rf"|\b(?:began|started|commenced)\s+(?:(?:his|her|their|my|the)\s+)?(?:mandate|tenure|term(?:\s+of\s+office)?|duties|work)\b"
                      rf"|\b(?:the|his|her|their)\s+appointment\s+took\s+effect)"
                      rf"(?:\s+as\s+[^.;]{{0,240}}?)?\s+(?:on|in)\s+(?:({DATE_RE})|({DAY_RE})(?!\s+\d)|({MONTH_RE})\s+(this|last)\s+year\b)")   # "since I took up this function in August 2021"   # "... her function as the UN ... on D", "took office as ... on D"
# the date before the verb, the name right after it: "In August 2014 the Council appointed", "On 8 October 2029, ... named"
# or a participle opening the sentence: "Appointed by the Council in August 2029, NAME is ..."
APPOINTED_BEFORE = re.compile(rf"(?:(?:(?<![\w-])(?:[Ii]n|[Oo]n)|(?<=[a-z])(?:In|On))\s+({DATE_RE}),?\s+(?:[^.;]{{0,120}}?\s)?(?:appointed|named|designated)\s+"
                               rf"|(?<![\w-])(?:Appointed|Named|Designated)\b[^.;]{{0,120}}?\b(?:in|on)\s+({DATE_RE})\s*,\s*)"
                               rf"{OPT_HONORIFIC}$")

_FULL_DATE = re.compile(rf"\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}\s+\d{{4}}|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}")


def took_up_date(text: str, m: re.Match) -> str | None:
    """The date of a took-up clause; a day written with no year ("took up his post on 1 November") is of the year of the
    last full date before it ("... ended on 31 October 2016"), or the year after where it would fall before that date."""
    if m.group(1):
        return parse_date(m.group(1))
    if m.group(3):                                   # "assumed the post in May this year": the year of the text's last date
        ref = _last_full_date_written(text, m.start(), 2000)
        return parse_date(f"{m.group(3)} {int(ref[-4:]) - (m.group(4) == 'last')}") if ref else None
    ref = _last_full_date_written(text, m.start(), 800)
    if not ref:
        return None
    return with_year(m.group(2), parse_date(ref), after=True)


def _last_full_date_written(text: str, pos: int, window: int) -> str | None:
    """The last full date written in the ``window`` characters before pos, as written."""
    found = list(_FULL_DATE.finditer(text, max(0, pos - window), pos))
    return found[-1].group(0) if found else None


def _named_last(text: str, pos: int, names: list[str]) -> str | None:
    """Of ``names``, the one the text writes last before pos (the holder a "he", "she" or "the post" there speaks of)."""
    at, name = max(((text.rfind(n, 0, pos), n) for n in names), default=(-1, None))
    return name if at >= 0 else None


def finer(old: str | None, new: str | None) -> str | None:
    """The date kept: the first found, or a fuller one of the same month or year ("May 2023", then "1 May 2023")."""
    return new if new and (not old or len(new) > len(old) and new.startswith(old)) else old


_PRONOUN_APPOINTED = re.compile(rf"(?:\b(?:[Hh]e|[Ss]he)\s+(?:was|had been|has been)\s+(?:first\s+)?(?:appointed|named|designated)\b"
                                rf"|\b(?:appointed|named|designated)\s+(?:him|her)\b)"     # "the High Commissioner designated him"
                                rf"[^.;]{{0,160}}?\b(?:in|on)\s+(?:({DATE_RE})|({DAY_RE}))")

def pronoun_appointments(text: str, names: list[str], issued: str | None = None) -> dict[str, str]:
    """Appointment dates stated of "he" or "she" ("... since he was appointed in 2014", "the High Commissioner
    designated him ... on 12 April": a day with no year is of the year of ``issued``, the text's date, or the one
    before), for the holder whose name (one of ``names``) the text writes last before it."""
    out: dict[str, str] = {}
    for m in _PRONOUN_APPOINTED.finditer(text):
        name = _named_last(text, m.start(), names)
        date = parse_date(m.group(1)) if m.group(1) else with_year(m.group(2), issued or _last_full_date(text, m.start()))
        if name is not None and name not in out and date:
            out[name] = date
    return out


# a post held since a date: "He has held the post of Special Rapporteur on ... since May 2009", "she has served as the
# Independent Expert since 1 May 2020"
_HOLDER_POST = r"(?:the\s+)?(?:UN\s+|United Nations\s+)?(?:Special Rapporteur|Independent Expert|mandate holder)"
_HELD_SINCE = re.compile(rf"\b(?:has|have)\s+(?:held\s+(?:the\s+|this\s+|that\s+)?(?:mandate|(?:post|position)\s+of\s+{_HOLDER_POST})|"
                         rf"(?:served\s+as|been\s+serving\s+as|been)\s+{_HOLDER_POST})\b[^.;]{{0,160}}?\bsince\s+({DATE_RE})")


def held_since(text: str, names: list[str]) -> dict[str, str]:
    """Took-up dates of a post held "since" a date, for the holder (one of ``names``) written last before it."""
    out: dict[str, str] = {}
    for m in _HELD_SINCE.finditer(text):
        name = _named_last(text, m.start(), names)
        if name is not None and name not in out:
            out[name] = parse_date(m.group(1))
    return out


def _last_full_date(text: str, pos: int) -> str | None:
    """The last full date written in the 300 characters before pos ("began work ... on 1 May 2023, after the Council
    appointed her ... on 4 April": the day with no year is of that year, or the one before)."""
    ref = _last_full_date_written(text, pos, 300)
    return parse_date(ref) if ref else None


# the post as the object of the appointment, the person not named in the sentence: "The Council appointed the present
# Special Rapporteur in March 2015", "The President ... appointed the Special Rapporteur on the situation ... on 17 June 2011"
POST_APPOINTED = re.compile(rf"\b(?:appointed|named|designated)\s+(?:the\s+)?(?:(?:present|new|current|incoming)\s+)?"
                             rf"(?:Special Rapporteur|Independent Expert|mandate holder)\b[^.;]{{0,160}}?\b(?:in|on)\s+({DATE_RE})")


# an appointment dated by the sentence before: "The Commission set up the post in March 1994. NAME has held the post
# since she was appointed then" ("then", "at that time", "at the time": the last date written before)
_APPOINTED_THEN = re.compile(r"\b(?:(?:since|when)\s+(?:he|she)\s+was|who\s+was|and\s+was|(?:he|she)\s+was|[A-Z][\w'-]+\s+was)\s+(?:first\s+)?"
                             r"(?:appointed|named|designated)(?:\s+to\s+(?:it|the\s+post|this\s+post|the\s+mandate))?\s+"
                             r"(?:then|at\s+(?:that|the)\s+time)\b")
_SET_UP = re.compile(r"\b(?:set\s+up|created|established|appointed|named|designated)\b")


def appointed_then(text: str, names: list[str]) -> dict[str, str]:
    """Appointment dates an "appointed then" takes from the sentence before it (that sentence sets up the post or
    appoints), for the holder (one of ``names``) written last before it."""
    out: dict[str, str] = {}
    for m in _APPOINTED_THEN.finditer(text):
        before = text[max(0, m.start() - 400):m.start()]              # (the sentence before, its date the last one)
        dates = list(re.finditer(DATE_RE, before))
        name = _named_last(text, m.start(), names)
        if dates and _SET_UP.search(before, max(0, dates[-1].start() - 250), dates[-1].start()) and name is not None and name not in out:
            out[name] = parse_date(dates[-1].group(0))
    return out
