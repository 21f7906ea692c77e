"""Dates as UN texts write them, to ISO strings that stay partial when the text is partial.

``parse_date("20 April 2005") -> "2005-04-20"``, ``"April 2005" -> "2005-04"``, ``"2005" -> "2005"``.
``find_ranges(text)`` finds periods: "20-24 April 2005", "2 to 10 September 2019",
"21 February to 3 March 2022", "28 April to 8 May 2009", "18 June–12 July 2024",
"from 5 to 13 November 2018", "March 3 to 10, 2016", each as a ``DateRange`` with ISO start and end and its span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["MONTHS", "MONTH_RE", "DATE_RE", "DAY_RE", "parse_date", "find_dates", "find_ranges", "DateRange", "with_year",
           "find_month_spans", "context_year"]

MONTHS = {m: i for i, m in enumerate(
    "January February March April May June July August September October November December".split(), 1)}
MONTH_RE = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
# a day may be written "03 March 2022" on OHCHR pages
# (also "1st August 2022", and a news copy's month first: "August 1, 2022")
DATE_RE = (rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}\s+\d{{4}}|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?,\s+\d{{4}}|{MONTH_RE}\s+\d{{4}}|"
           rf"(?<![\d/.-])(?:19|20)\d\d(?![\d/]))")
# a day with no year ("on 12 April", "April 12"), its year the document's: see with_year
DAY_RE = rf"(?:\d{{1,2}}(?:st|nd|rd|th)?\s+{MONTH_RE}(?![\s,]*\d)|{MONTH_RE}\s+\d{{1,2}}(?:st|nd|rd|th)?(?![\d,]|,?\s*\d))"
_DASH = r"\s*[-\u2013\u2014]\s*"
_ORD = r"(?:st|nd|rd|th)?"                       # "from 3rd to 11th September 2018"
_WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"   # "from Monday 3 May to Friday 7 May"
_RANGE = re.compile(
    rf"(?<!\d)(?P<d1>\d{{1,2}}){_ORD}(?:\s+(?P<m1>{MONTH_RE}))?(?:\s+(?P<y1>\d{{4}}))?"
    rf"(?:{_DASH}|\s+(?:to|until|and)\s+){_WEEKDAY}"
    rf"(?P<d2>\d{{1,2}}){_ORD}\s+(?P<m2>{MONTH_RE})\s+(?P<y2>\d{{4}})(?!\d)")
# the month first, as United States texts write it: "March 3 to 10, 2016", "March 28-April 2, 2022"
_RANGE_MDY = re.compile(
    rf"(?P<m1>{MONTH_RE})\s+(?P<d1>\d{{1,2}}){_ORD}(?!\d)(?:{_DASH}|\s+(?:to|until|through)\s+)"
    rf"(?:(?P<m2>{MONTH_RE})\s+)?(?P<d2>\d{{1,2}}){_ORD},?\s+(?P<y2>\d{{4}})(?!\d)")


def parse_date(text: str | None) -> str | None:
    """ISO form of one UN date; partial dates stay partial; None when it is not a date."""
    if not text:
        return None
    s = " ".join(text.split())
    m = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})\s+(\d{{4}})", s) or \
        re.fullmatch(rf"(?P<m>{MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,\s+(?P<y>\d{{4}})", s)
    if m and m.re.groupindex:
        m = re.fullmatch(r"(\d+) (\w+) (\d+)", f"{m.group('d')} {m.group('m')} {m.group('y')}")
    if m:
        if not 1 <= int(m.group(1)) <= 31:
            return None
        return f"{m.group(3)}-{MONTHS[m.group(2)]:02d}-{int(m.group(1)):02d}"
    m = re.fullmatch(rf"({MONTH_RE})\s+(\d{{4}})", s)
    if m:
        return f"{m.group(2)}-{MONTHS[m.group(1)]:02d}"
    m = re.fullmatch(r"(?:19|20)\d\d", s)
    return s if m else None


def find_dates(text: str, start: int = 0, end: int | None = None):
    """(iso, start, end) of every single date in text[start:end]."""
    for m in re.finditer(DATE_RE, text[:end] if end is not None else text):
        if m.start() >= start:
            yield parse_date(m.group(0)), m.start(), m.end()


@dataclass(frozen=True)
class DateRange:
    start: str
    end: str
    span: tuple[int, int]


def find_ranges(text: str, start: int = 0, end: int | None = None):
    """Every period "D1 [M1 [Y1]] - / to D2 M2 Y2" in text[start:end], as DateRange."""
    for m in _RANGE.finditer(text, start, len(text) if end is None else end):
        m2, y2 = m.group("m2"), m.group("y2")
        y1 = m.group("y1") or y2
        m1 = m.group("m1") or m2
        if m.group("y1") and not m.group("m1"):
            continue
        a = parse_date(f"{m.group('d1')} {m1} {y1}")
        b = parse_date(f"{m.group('d2')} {m2} {y2}")
        if a and b and a <= b:
            yield DateRange(a, b, (m.start(), m.end()))
    for m in _RANGE_MDY.finditer(text, start, len(text) if end is None else end):
        y = m.group("y2")
        a = parse_date(f"{m.group('d1')} {m.group('m1')} {y}")
        b = parse_date(f"{m.group('d2')} {m.group('m2') or m.group('m1')} {y}")
        if a and b and a <= b:
            yield DateRange(a, b, (m.start(), m.end()))


def with_year(day: str, issued: str | None, after: bool = False) -> str | None:
    """ISO date of a day written with no year ("12 April", "April 12"), in the year of ``issued`` (the document's
    full ISO date), or the year after (``after``: a day to come) or before (a day past) where the day would otherwise
    fall on the wrong side of it."""
    m = re.fullmatch(rf"(\d{{1,2}})(?:st|nd|rd|th)?\s+({MONTH_RE})|({MONTH_RE})\s+(\d{{1,2}})(?:st|nd|rd|th)?",
                     " ".join(day.split()))
    if not m or not issued or len(issued) != 10:
        return None
    d, mo = (m.group(1), m.group(2)) if m.group(1) else (m.group(4), m.group(3))
    year = int(issued[:4])
    iso = parse_date(f"{d} {mo} {year}")
    if iso and after and iso < issued:
        iso = parse_date(f"{d} {mo} {year + 1}")
    if iso and not after and iso > issued:
        iso = parse_date(f"{d} {mo} {year - 1}")
    return iso


# a span of months: "September/October 2016", "May-June 2030", "from November 2029 to January 2030", "December 2030-January 2031"
_MONTH_SPAN = re.compile(rf"(?P<m1>{MONTH_RE})(?:\s+(?P<y1>\d{{4}}))?\s*(?:/|[-\u2013]|\s+to\s+)\s*"
                         rf"(?P<m2>{MONTH_RE})\s+(?P<y2>\d{{4}})\b")


def find_month_spans(text: str, start: int = 0, end: int | None = None):
    """Every span of months in text[start:end] (see _MONTH_SPAN), as DateRange of partial dates ("2016-09".."2016-10");
    with one year written, a span over the new year starts in the year before."""
    for m in _MONTH_SPAN.finditer(text, start, len(text) if end is None else end):
        y2 = int(m.group("y2"))
        a1, a2 = MONTHS[m.group("m1")], MONTHS[m.group("m2")]
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if a1 <= a2 else y2 - 1)
        a, b = f"{y1}-{a1:02d}", f"{y2}-{a2:02d}"
        if a < b:
            yield DateRange(a, b, (m.start(), m.end()))


_MONTH_YEAR = re.compile(rf"\b{MONTH_RE}\s+(?:\d{{1,2}},?\s+)?((?:19|20)\d\d)\b")


def context_year(text: str, a: int, b: int) -> str | None:
    """The year of a day and month written with no year, in a text with no dateline: that of the last month the text
    dates before it ("from March to December 2016 ... On 20 and 21 November ..."), else of the first after it (a
    release that names the year only with a later session: "... in September 2018")."""
    before = list(_MONTH_YEAR.finditer(text, max(0, a - 4000), a))
    if before:
        return before[-1].group(1)
    after = next((m for m in _MONTH_YEAR.finditer(text, b, b + 3000)
                  if not _SINCE.search(text, max(b, m.start() - 12), m.start())), None)   # "has swept the region since May 2030"
    if after and _AT_SESSION.search(text, max(b, after.start() - 160), after.start()):
        return None          # "At the sixtieth session of the General Assembly in October 2030, she will answer ...": a session's date
    if after and _REPORT_LATER.search(text, max(b, after.start() - 160), after.start()):
        return None          # "will present a full report ... to the Council in June 2020": a later session, maybe the next year
    if after and _SINCE_APPOINTED.search(text, max(b, after.start() - 160), after.start()):
        return None          # a release's note on its expert: "took up her functions in May 2014": not the visit's year
    return after.group(1) if after else None


_SINCE = re.compile(r"\bsince\s+(?:early\s+|late\s+|mid-?)?$", re.I)
_AT_SESSION = re.compile(r"\b(?:at|during)\s+(?:its|the|their)\s+[\w-]+\s+session\b[^.;]*$", re.I)
_SINCE_APPOINTED = re.compile(r"\b(?:took\s+up\s+(?:his|her|their|its)\s+(?:functions|duties|post|mandate)|"
                              r"(?:was|were)\s+(?:first\s+)?appointed|assumed\s+(?:his|her|their|the)\s+(?:functions|duties|"
                              r"post|mandate)|took\s+office)\b[^.;]*$", re.I)
_REPORT_LATER = re.compile(r"\b(?:present|submit)\w*\s+(?:a|an|the|his|her|their|its)\s+(?:[\w-]+\s+){0,2}?report\b[^.;]*$")
