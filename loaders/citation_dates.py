"""The date of a cited resolution written before or after it, in its clause: "Adopted on 21 March 2019, Human Rights Council
resolution 40/8", "On 23 March 2017, the Council adopted resolution 34/3", "In 2017 the mandate was renewed, and in
resolution 35/3". ``kw_re`` is the citation keyword pattern of loaders.symbols ("resolution", "decisions", ...)."""
from __future__ import annotations

import re

from .un_dates import MONTH_RE as _MONTH

__all__ = ["date_before", "date_after", "paren_date"]

_DATE_BEFORE_RE = re.compile(rf"\b(?:[Aa]dopted\s+(?:on\s+)?|[Oo]n\s+)(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b")
_CLAUSE_STOP_RE = re.compile(r"[.;:](?=\s)|\n\s*\n")
# "In 2017 the mandate was renewed, and in resolution 35/3"; "At its fifteenth session in 2010 the Council adopted ..."
# (also "In the year 2000 the Commission decided to appoint ...", "At its session in the year 2000 ...")
_YEAR_BEFORE_RE = re.compile(rf"(?:\bIn|\bsession,?\s+in) (?:the year )?((?:{_MONTH} )?(?:19|20)\d\d)\b")
# a year or month written right before the resolution's keyword: "set up ... in 2013 by resolution 22/18", "in 2014
# resolution 25/36;", "renewed in June 2019 by its resolution 41/6", "in 2012 by the Council's resolution 20/13"
# (also a year standing as the resolution's adjective: "in its 2013 resolution 22/18", "the 2016 Human Rights Council
# resolution 31/3"; and a year that opens the clause of its resolution, set off by a comma or brackets: "in 2005, in its
# resolution 2005/55", "in 2014 (resolution 26/6)", "in 2005 (see resolution 2005/55)")
_YEAR_ADJACENT_RE = re.compile(rf"\b[Ii]n\s+((?:{_MONTH}\s+)?(?:19|20)\d\d),?\s+(?:by\s+|in\s+|\(\s*(?:see\s+)?)?(?:(?:its|the|a)\s+)?"
                               r"(?:[A-Z][\w-]*(?:'s)?\s+){0,4}$|"
                               r"\b(?:its|the|their|a|[Ii]n)\s+((?:19|20)\d\d)(?!\s+Agenda\b)\s+(?:[A-Z][\w-]*(?:'s)?\s+){0,4}$")
# a full date written right before the resolution's keyword, the act's day: "created the mandate ... on 7 October 2022
# by its resolution 51/25", "on 7 October 2022, by resolution 51/25", "on 26 March 2015 in its resolution 28/5"
_DATE_ADJACENT_RE = re.compile(rf"\bon\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}),?\s+(?:by|in|through)\s+(?:(?:its|the|a)\s+)?"
                               r"(?:[A-Z][\w-]*(?:'s)?\s+){0,4}$")
_PARENS_RE = re.compile(r"\([^()]*\)")
# (the act may be the appointment the resolution made: "In 1990 ... led the Commission, by resolution 1990/68, to
# appoint a Special Rapporteur")
_ACT_VERB_RE = re.compile(r"\b(?:adopted|renewed|extended|established|created|set up|adopts|renews|extends|establishes|"
                          r"creates|appoint(?:s|ed)?)\b")


def date_before(text: str, kw_start: int, kw_end: int, kw_re: re.Pattern) -> str | None:
    """The date of the only resolution of a clause, written before it: "Adopted on 21 March 2019, Human Rights
    Council resolution 40/8 ...", "On 23 March 2017, the Council adopted resolution 34/3". Its clause must
    speak of adopting, and name no other resolution nor another date."""
    adj = _YEAR_ADJACENT_RE.search(text, max(0, kw_start - 80), kw_start) \
        or _DATE_ADJACENT_RE.search(text, max(0, kw_start - 100), kw_start)
    if adj:
        return adj.group(1) or adj.group(2)
    a = max([max(0, kw_start - 300)] + [m.end() for m in _CLAUSE_STOP_RE.finditer(text, max(0, kw_start - 300), kw_start)])
    nb = _CLAUSE_STOP_RE.search(text, kw_end)
    b = nb.start() if nb else len(text)
    dm = list(_DATE_BEFORE_RE.finditer(text, a, kw_start))
    if not dm:
        return _year_before(text, a, kw_start, b, kw_re)
    if len(dm) != 1 or not re.search(r"\b[Aa]dopt(?:ed|s)\b", text[a:kw_start]) \
            or re.search(rf"\d{{1,2}}\s+{_MONTH}\s+\d{{4}}", text[dm[0].end():kw_start]) \
            or sum(1 for _ in kw_re.finditer(text, a, b)) != 1:
        return None
    return dm[0].group(1)


def _year_before(text: str, a: int, kw_start: int, b: int, kw_re: re.Pattern) -> str | None:
    """The year that opens the clause of the only resolution it names, when the clause tells of an act (adopted,
    renewed, extended, set up): "In 2017 the mandate was renewed, and in resolution 35/3 ...", "In 2020 resolution
    44/11 renewed the mandate". A clause that only names the resolution ("In 2019 the expert reported as asked in
    resolution 35/3") dates nothing."""
    ym = list(_YEAR_BEFORE_RE.finditer(text, a, kw_start))
    if len(ym) != 1 or re.search(r"(?<![\d/])(?:19|20)\d\d(?![\d/])", text[ym[0].end():kw_start]) \
            or not _ACT_VERB_RE.search(text, ym[0].end(), b) or _other_keywords(text, a, b, kw_start, kw_re):
        return None
    return ym[0].group(1)


def _other_keywords(text: str, a: int, b: int, kw_start: int, kw_re: re.Pattern) -> int:
    """Citation keywords of the clause other than the one at kw_start, leaving out those set in parentheses
    ("adopted resolution 18/7 (renewed in 2023 by resolution 54/8)": an aside, not a second act of the clause)."""
    aside = [(m.start(), m.end()) for m in _PARENS_RE.finditer(text, a, b)]
    return sum(1 for m in kw_re.finditer(text, a, b)
               if m.start() != kw_start and not any(s <= m.start() < e for s, e in aside))


# The date written after a resolution's number, in its clause.
_ADOPTED_ON_RE = re.compile(rf"(?:,?\s+(?:on|entitled)\s+[^;:()\d]{{1,200}}?|,\s+which(?:\s+the)?(?:\s+[A-Z][\w-]*){{1,5}})?"
                            r",?\s+adopted\s+(?:(?:without\s+a\s+vote|by\s+consensus|by\s+(?:a\s+)?(?:recorded\s+)?vote"
                            r"(?:\s+of\s+\d{1,3}\s+to\s+\d{1,3}(?:,?\s+with\s+(?:\d{1,3}|no)\s+abstentions?)?)?),?\s+)?"
                            rf"(?:(?:on\s+)?"
                            rf"(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})|in\s+({_MONTH}\s+\d{{4}}|(?:19|20)\d\d))\b(?![/\d])")
                            # "68/304, on ..., adopted on 9 September 2014", "35/3, adopted in June 2017"
# a date in brackets right after the number: "resolution 51/25 (2022)", "51/25 (7 October 2022)", "51/25 (of 2022)"
_PAREN_DATE_RE = re.compile(rf"\s*\((?:of\s+|dated\s+|adopted\s+(?:on\s+|in\s+)?)?(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|"
                            r"(?:19|20)\d\d)\)")
# the act's day written after the resolution that made it: "established by Human Rights Council resolution 51/25 on
# 7 October 2022" (the clause names the act right before: a reporting date "submitted under ... on ..." is no such)
_ON_DATE_AFTER_RE = re.compile(rf"\s+on\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\b(?!\s*(?:to|until|-|\u2013)\s)")
# a date after a comma that closes the brackets the citation opens in: "(resolution 22/18, March 2013)"
_BRACKETED_DATE_AFTER_RE = re.compile(rf",\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}}|{_MONTH}\s+\d{{4}}|(?:19|20)\d\d)\s*\)")
# (or the act named as a noun: "Since the adoption of General Assembly resolution 47/133 on 18 December 1992")
_ACT_BY_BEFORE_RE = re.compile(r"(?:\b(?:adopted|established|created|renewed|extended|set up|prolonged)\s+(?:by|in|through)\s+|"
                               r"\b(?:[Aa]doption|[Ee]stablishment|[Cc]reation|[Rr]enewal|[Ee]xtension)\s+of\s+)"
                               r"(?:(?:its|the|a)\s+)?$")


# the resolution as the subject of its act, the act's year, month or day right after: "the mandate that resolution 32/2
# set up in 2016", "resolution 51/25 established the mandate in October 2022", "resolution 5/1 created on 18 June 2007",
# also in a relative clause: "resolution 32/2, which set up the mandate in 2016"
_ACT_AFTER_RE = re.compile(rf"(?:,\s+which)?\s+(?:set\s+up|established|created|renewed|extended)(?:\s+(?:the|this|its|that)\s+mandate)?\s+"
                           rf"(?:on\s+(\d{{1,2}}\s+{_MONTH}\s+\d{{4}})|in\s+({_MONTH}\s+\d{{4}}|(?:19|20)\d\d))\b(?![/\d])")


def paren_date(text: str, item: str, end: int) -> str | None:
    """A date in brackets after a resolution's number: "51/25 (2022)", "51/25 (of 2022)" (``item``, the number as
    matched, may hold it), "51/25 (7 October 2022)" (right after ``end``)."""
    m = re.search(r"\((?:of |adopted in )?(\d{4})\)$", item) or _PAREN_DATE_RE.match(text, end)
    return m.group(1) if m else None


def date_after(text: str, end: int, start: int) -> str | None:
    """The date of the only resolution of a clause written after it (``end``, the end of its number; ``start``, where
    its citation starts): "68/304, on ..., adopted on 9 September 2014", "35/3, adopted in June 2017", "51/25, adopted
    7 October 2022", "established by Human Rights Council resolution 51/25 on 7 October 2022", "resolution 32/2 set up
    in 2016" (see _ACT_AFTER_RE)."""
    ad = _ADOPTED_ON_RE.match(text, end)
    if ad:
        return ad.group(1) or ad.group(2)
    bd = _BRACKETED_DATE_AFTER_RE.match(text, end)
    if bd and text.rfind("(", max(0, start - 40), start) > text.rfind(")", max(0, start - 40), start):
        return bd.group(1)                    # "(resolution 22/18, March 2013)"
    am = _ACT_AFTER_RE.match(text, end)
    if am:
        return am.group(1) or am.group(2)
    od = _ON_DATE_AFTER_RE.match(text, end)
    if od and (_ACT_BY_BEFORE_RE.search(text, max(0, start - 60), start)
               or _ACT_CLAUSE_BY_RE.search(text, max(0, start - 250), start)):
        return od.group(1)
    oy = _OF_YEAR_AFTER_RE.match(text, end)
    if oy:
        return oy.group(1)                    # "resolution 5/1 of 2007"
    iy = _IN_YEAR_AFTER_RE.match(text, end)
    if iy and _ACT_CLAUSE_BY_RE.search(text, max(0, start - 250), start):
        return iy.group(1)
    return None


# the act's year or month written after the resolution that made it, its verb opening the clause: "The Council set up
# the mandate of the Independent Expert on ... by its resolution 32/2 in 2016", "renewed by resolution 41/6 in July 2019"
_IN_YEAR_AFTER_RE = re.compile(rf",?\s+in\s+({_MONTH}\s+\d{{4}}|(?:19|20)\d\d)\b(?![/\d])")
# a bare year after "of": "in its resolution 5/1 of 2007" (not a session, a report or a range: "of 2007 session", "of 2007-2008")
_OF_YEAR_AFTER_RE = re.compile(r",?\s+of\s+((?:19|20)\d\d)\b(?![/\d\-\u2013])(?!\s+(?:session|report|to|and)\b)")
_ACT_CLAUSE_BY_RE = re.compile(r"\b(?:adopted|established|created|renewed|extended|set\s+up|prolonged)\b[^.;:()]{0,220}?"
                               r"\b(?:by|through|in)\s+(?:(?:its|the|a|their)\s+)?(?:[A-Z][\w-]*(?:'s)?\s+){0,4}$")


# a resolution's date written in French or Spanish after its number: "2000/9 du 17 avril 2000", "2000/9, de 17 de abril
# de 2000", "5/1 du 1er juin 2031" (not the start of a period: "du 2 au 12 mai")
_FOREIGN_MONTHS = dict(zip(
    "janvier f\u00e9vrier mars avril mai juin juillet ao\u00fbt septembre octobre novembre d\u00e9cembre "
    "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre setiembre".split(),
    "January February March April May June July August September October November December".split() * 2 + ["September"]))
_FOREIGN_DATE_AFTER_RE = re.compile(
    r",?\s+(?:du|de|del|en date du|de fecha)\s+(\d{1,2})(?:er|\u00ba|\u00b0)?\s+(?:de\s+)?(" + "|".join(_FOREIGN_MONTHS) +
    r")\s+(?:de\s+)?(\d{4})\b(?!\s*(?:au|a|al|-|\u2013)\s)")


def foreign_date_after(text: str, end: int) -> str | None:
    """A French or Spanish date right after a resolution's number (``end``), as an English date: "17 April 2000"."""
    m = _FOREIGN_DATE_AFTER_RE.match(text, end)
    return f"{int(m.group(1))} {_FOREIGN_MONTHS[m.group(2)]} {m.group(3)}" if m else None
