"""Visits listed one to a line, as mandate pages and their tables give them.

A line that opens with a country (after, at most, a glued table cell: a year "2018 ", a body and session
"HRC56th") and goes on with the visit's period or year ("Switzerland, 13-17 May 2019", "Belgium, 2015",
"HRC53rdArgentina, 16 - 28 February 2023A/HRC/53/24/Add.3 ...", "2018 Nigeria (3 to 10 September 2018)") is
one visit, when two such lines or more stand in a text about visits (a list, not a stray line). Status: announced
when the line or the nearest heading word before the list says so ("Upcoming visits", "planned"), else completed.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import ANY_COUNTRY_RE, canonical, is_country
from .un_dates import DATE_RE, MONTH_RE, MONTHS, find_month_spans, find_ranges, parse_date

__all__ = ["ListedVisit", "listed_visits", "line_starts", "group_dates"]

# a glued first cell: a year, or a body's short name with a session's ordinal ("HRC56th", "GA 78th")
_CELL = re.compile(r"(?:(?:19|20)\d\d\s*|[A-Z]{2,6}\s?\d{1,3}(?:st|nd|rd|th)\s*)?")
_AFTER = re.compile(r"\s*,?\s*(?:\(\s*)?")
_YEAR_ONLY = re.compile(rf"(?:({MONTH_RE})\s+)?((?:19|20)\d\d)(?![\d/-])\s*[:)]?\s*$")
_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming|planned|scheduled|future|to\s+come|pending)\b", re.I)
_PAST = re.compile(r"\b(?:past|previous|completed|undertaken|conducted|carried\s+out|made)\b", re.I)


_MISSPELT = re.compile(r"(\d{1,2})\s*(?:to|-|\u2013)\s*(\d{1,2})\s+([A-Z][a-z]{2,8})\s+((?:19|20)\d\d)(?!\d)")


def _month_of(word: str) -> str | None:
    """The month a word names with two of its letters swapped ("Arpil", "Spetember"), or None."""
    for month in MONTHS:
        if len(month) == len(word) and month != word and sorted(month) == sorted(word) and \
                sum(x != y for x, y in zip(month, word)) == 2:
            return month
    return None


@dataclass
class ListedVisit:
    country: str
    start: str | None
    end: str | None
    status: str
    span: tuple[int, int]


def line_starts(n: int, pos: list[int], src: str) -> list[int]:
    """Stream offsets (of a stream of n characters whose offset i is src[pos[i]]) where the original starts a line."""
    return [i for i in range(1, min(n, len(pos))) if "\n" in src[pos[i - 1]:pos[i]]]


def _line_visit(text: str, a: int, b: int):
    """(country, start, end, country span) of the visit the line text[a:b] lists, or None."""
    cell = _CELL.match(text, a, b)
    c0 = cell.end()
    m = ANY_COUNTRY_RE.match(text[c0:b])            # sliced: a glued cell ("HRC56thJapan") is no word before the name
    if not m or not (is_country(m.group(1)) or canonical(m.group(1)) != m.group(1)):
        return None
    p = _AFTER.match(text, c0 + m.end(), b).end()
    r = next((r for r in find_ranges(text, p, min(b, p + 60)) if r.span[0] == p), None) or \
        next((r for r in find_month_spans(text, p, min(b, p + 60)) if r.span[0] == p), None)
    mm = _MISSPELT.match(text, p, b) if not r else None
    if r:
        start, end = r.start, r.end
    elif mm and _month_of(mm.group(3)):             # "(10 to 14 Arpil 2017)": a hand-typed table's swapped letters
        mo = _month_of(mm.group(3))
        start, end = parse_date(f"{mm.group(1)} {mo} {mm.group(4)}"), parse_date(f"{mm.group(2)} {mo} {mm.group(4)}")
        if not (start and end and start <= end):
            return None
    else:
        y = _YEAR_ONLY.match(text[p:b])
        if not y:
            return None
        start, end = parse_date(f"{y.group(1)} {y.group(2)}" if y.group(1) else y.group(2)), None
    return canonical(m.group(1)), start, end, (c0 + m.start(1), c0 + m.end(1))


def listed_visits(text: str, lines: list[int]) -> list[ListedVisit]:
    """The visits of the lines of text (starting at the offsets ``lines``) that list one visit each (see above)."""
    cuts = sorted({0, len(text)} | set(lines))
    found = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a] == " ":
            a += 1
        got = _line_visit(text, a, b) if a < b else None
        if got:
            found.append((a, b, got))
    if len(found) < 2:
        return []
    out = []
    for a, b, (name, start, end, span) in found:
        before = text[max(0, found[0][0] - 300):found[0][0]]
        heads = [(h.start(), "announced") for h in _UPCOMING.finditer(before)] + \
                [(h.start(), "completed") for h in _PAST.finditer(before)]
        status = "announced" if _UPCOMING.search(text, a, b) else max(heads)[1] if heads else "completed"
        out.append(ListedVisit(name, start, end, status, span))
    return out


# the dates in brackets after a listed country: "(2019)", "(2018 and 1995)", "(May 2010, 2004)"
_BRACKET = re.compile(rf"\s*\(\s*((?:{DATE_RE})(?:\s*(?:,\s*and|,|and)\s*(?:{DATE_RE}))*)\s*\)")
_JOINED = re.compile(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?:the\s+)?")


def group_dates(text: str, found, i: int, b: int) -> list[str]:
    """The dates of the i-th of the countries ``found`` ((name, start, end, ...) in order) of a list that ends at b:
    those in brackets right after it, one visit each ("Australia (2016 and 2001)"), else those its group shares
    ("Czechia, Hungary and Romania (1999)": the bracket after the last country joined to it by "," or "and")."""
    for j in range(i, len(found)):
        nxt = found[j + 1][1] if j + 1 < len(found) else b
        m = _BRACKET.match(text, found[j][2], nxt)
        if m:
            return [d for d in (parse_date(x) for x in re.findall(DATE_RE, m.group(1))) if d]
        if j + 1 >= len(found) or not _JOINED.fullmatch(text, found[j][2], nxt):
            return []
    return []
