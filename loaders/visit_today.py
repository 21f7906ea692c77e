"""A visit that begins or ends "today" (used by ``visit_reader``): it starts on the dateline's day (a wire's "OSLO, March 3,
2031", a statement's "Santiago, 7 June 2031" line too) up to the day its sentence gives ("until Thursday 29 June"),
announced (with no dateline's day, its end alone when the sentence gives its year); one that ends today began on the day its sentence gives, completed (its end alone when no start is given).
"""
from __future__ import annotations

import re
from dataclasses import replace

from .un_dates import DATE_RE, MONTH_RE, parse_date, with_year
from .visit_dates import WEEKDAY

__all__ = ["SENT_END", "today_period", "just_ended"]

SENT_END = re.compile(r"(?<![A-Z])(?<!\b(?:No|Mr|Ms|Dr|St))(?<!\bMrs)[.!?][\"'\u201d]?(?:\s+(?=[A-Z\"\u201c])|\s*$)|\n\s*\n")
_DAY = rf"{WEEKDAY}(?:(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})|({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?)(?:,?\s+(\d{{4}}))?\b"
_TODAY = re.compile(r"\btoday\b", re.I)
# the other end of a visit that begins or ends today: "it runs until Thursday 29 June", "ending on 12 June", "from today
# until 9 June 2031"; "a visit ... that began on 11 June"
# "from today to 15 December"; "which will end on 16 August 2031", "and concludes on ..."
_UNTIL = re.compile(rf"\b(?:until|till|through|ending(?:\s+on)?|ends\s+on|to\s+end\s+on|today\s+to|"
                    rf"(?:will\s+|is\s+to\s+|to\s+)?(?:end|conclude|close)s?\s+on)\s+{_DAY}", re.I)
_SINCE = re.compile(rf"\b(?:began|begun|started|opened|commenced)\s+(?:on\s+)?{_DAY}", re.I)
# a visit of "this week" told in the present or future, in a dated text: its month, not yet over
_THIS_WEEK = re.compile(r"\b(?:is|are)\s+(?:(?:currently|now)\s+)?(?:making|conducting|undertaking|carrying\s+out|paying|visiting|"
                        r"on)\b[^.;]{0,80}?\bthis\s+week\b|\bwill\s+(?:visit|make|conduct|undertake|be\s+in|travel)\b[^.;]{0,80}?"
                        r"\bthis\s+week\b|\bthis\s+week\b[^.;]{0,40}?\b(?:is|are)\s+(?:making|conducting|visiting)\b", re.I)
_PAST_THEN = re.compile(r"\b(?:visited|made|concluded|ended|completed|wrapped\s+up)\b", re.I)
_BEGIN_VERB = re.compile(r"\b(?:begins?|began|begun|starts?|started|launch(?:es|ed)?|opens?|opened|arriv(?:es?|ed|ing)|from)\b", re.I)
_END_VERB = re.compile(r"\b(?:ends?|ended|conclud(?:es?|ed|ing)|clos(?:es?|ed|ing)|close|wraps?\s+up|wrapped\s+up|"
                       r"complet(?:es?|ed))\b", re.I)


# a dated release's present perfect "just" ties a visit's end to its own day: "the Group has just completed its first visit",
# "she has just ended a mission to". ("said at the end of his visit", "said as she ended her mission" are not read so: the
# keys of earlier parts keep them dateless, see the report of issue 16's fixer W.)
_JUST_ENDED = re.compile(r"\b(?:has|have)\s+just\s+(?:ended|concluded|wrapped\s+up|completed|closed|finished)\s+"
                         r"(?:(?:his|her|its|their|the|an?|this)\s+)?(?:[\w'\u2019-]+\s+){0,6}?(?:visit|mission)s?\b", re.I)
_OWN_DATELINE = re.compile(rf"\(\s*({DATE_RE})\s*\)")


def just_ended(text: str, a: int, b: int, issued: str | None) -> tuple[None, str, str] | None:
    """(None, the dateline's day, completed) when the unit text[a:b] of a release dated "CITY (D)" says its visit has
    just ended ("has just completed its visit"); None otherwise (a copy's posting date is not the release's day)."""
    if not issued or len(issued) != 10 or not _JUST_ENDED.search(text, a, b):
        return None
    own = _OWN_DATELINE.search(text[:1500])
    return (None, issued, "completed") if own and parse_date(own.group(1)) == issued else None


def _today_verb(text: str, a: int, b: int) -> str | None:
    """"begins" or "ends": the verb of a visit's start or end nearest to "today" in text[a:b] ("which began on 22 April,
    ends today": ends; "starts a visit today that ends on 12 June": begins)."""
    t = _TODAY.search(text, a, b)
    best = None
    for verb, rx in (("begins", _BEGIN_VERB), ("ends", _END_VERB)):
        for m in rx.finditer(text, max(a, t.start() - 80), min(b, t.end() + 20)):
            gap = t.start() - m.end() if m.end() <= t.start() else m.start() - t.end() + 40   # a verb after "today" weighs less
            if ";" in text[min(m.end(), t.start()):max(m.start(), t.end())]:
                continue
            if best is None or gap < best[0]:
                best = (gap, verb)
    return best[1] if best else None


def _day(m: re.Match, issued: str, after: bool) -> str | None:
    """The date a _DAY match gives; with no year, the dateline's (see ``with_year``)."""
    day, month = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    return parse_date(f"{day} {month} {m.group(5)}") if m.group(5) else with_year(f"{day} {month}", issued, after)


def today_period(text: str, a: int, b: int, issued: str | None) -> tuple[str, str, str] | None:
    """(start, end, status) of a visit the unit text[a:b] says begins or ends "today" (the dateline's day): begun
    today, announced, up to the day its sentence gives ("until Thursday 29 June"); ended today, completed, from the
    day it began."""
    if not _TODAY.search(text, a, b):
        if issued and _THIS_WEEK.search(text, a, b) and not _PAST_THEN.search(text, a, b):
            return issued[:7], None, "announced"         # "is making his first official visit to X this week": under way
        return None
    if not issued or len(issued) != 10:          # no dateline's day: a visit begun today keeps the end its sentence dates
        if _today_verb(text, a, b) == "begins" and (um := _UNTIL.search(text, a, b)) and um.group(5):
            return None, _day(um, issued, True), "announced"      # ("started ... today, which will end on 16 August 2031")
        return None
    sb = b
    if text[a:b].rstrip().endswith(";"):                 # its sentence, past the "; it runs until ..." unit
        m = SENT_END.search(text, b)
        sb = m.start() + 1 if m else len(text)
    verb = _today_verb(text, a, b)
    if verb == "begins":
        um = _UNTIL.search(text, a, sb)                  # begun today: not yet over; dateless when its end is not given
        return (issued, _day(um, issued, True), "announced") if um else (None, None, "announced")
    if verb == "ends":
        sm = _SINCE.search(text, a, sb)
        start = _day(sm, issued, False) if sm else None
        return (start, issued, "completed") if start else (None, issued, "completed")   # its start not given: the end only
    return None


# "today" and a visit's close in one sentence: "I am glad to be here today at the close of the 11-day official visit I
# made", "today, at the end of her official mission, she said": the visit ends on the text's own day
_CLOSE_OF_VISIT = re.compile(r"\b(?:at|on)\s+the\s+(?:end|close|conclusion)\s+of\s+(?:(?:my|his|her|its|their|the|this|an?|our)\s+)?"
                             r"(?:[\w'\u2019-]+\s+){0,4}?(?:visit|mission)\b", re.I)


def ended_today(text: str, visits: list, issued: str | None) -> list:
    """The dateless visits of a text that names one visited country end on its day (``issued``, a full date) when a
    sentence puts "today" before the visit's close or just after it ("here today at the close of the official visit"; not
    "the challenges societies face today" at its end); other visits are kept."""
    if not issued or len(issued) != 10 or len({v.country for v in visits if not v.earlier}) != 1:
        return visits
    if any(v.start or v.end for v in visits if not v.earlier):
        return visits
    a = 0
    for m in list(SENT_END.finditer(text)) + [None]:
        b = m.start() + 1 if m else len(text)
        c = _CLOSE_OF_VISIT.search(text, a, b)
        if c and _TODAY.search(text, a, min(b, c.end() + 30)) and not re.search(r"\b(?:will|next|upcoming)\b", text[a:c.start()], re.I):
            return [v if v.earlier else replace(v, end=issued, status="completed") for v in visits]
        a = m.end() if m else b
    return visits
