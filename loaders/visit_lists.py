"""Visits listed one to a line, as mandate pages and their tables give them.

A line that opens with a country (after, at most, a glued table cell: a year "2018 ", a body and session
"HRC56th") and goes on with the visit's period or year ("Switzerland, 13-17 May 2019", "Belgium, 2015",
"HRC53rdArgentina, 16 - 28 February 2023A/HRC/53/24/Add.3 ...", "2018 Nigeria (3 to 10 September 2018)") is
one visit, when two such lines or more stand in a text about visits (a list, not a stray line). Status: announced
when the line or the nearest heading word before the list says so ("Upcoming visits", "planned"), else completed.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace

from .countries import ANY_COUNTRY_RE, canonical, is_country
from .un_dates import DATE_RE, MONTH_RE, MONTHS, find_month_spans, find_ranges, parse_date

__all__ = ["ListedVisit", "listed_visits", "line_starts", "group_dates", "shared_period"]

# a glued first cell: a year, or a body's short name with a session's ordinal ("HRC56th", "GA 78th")
_BULLET = re.compile(r"[\s|\u2022\u00b7*\u2013-]*(?:\d{1,3}[.)]\s+)?")
_CELL = re.compile(r"(?:(?:19|20)\d\d\s*(?:[:|\u2013-]\s*)?|[A-Z]{2,6}\s?\d{1,3}(?:st|nd|rd|th)\s*)?")
_AFTER = re.compile(r"\s*[,:|\u2013-]?\s*(?:\(\s*)?")
_SEP = re.compile(r"\s*[,:|\u2013-]?\s*")
_MONTH_YEAR = re.compile(rf"(?:{MONTH_RE}\s+)?(?:19|20)\d\d(?![\d/-])")
# what may end a listed visit's line: nothing, a bracket, a colon, a symbol or a link's words after a space or glued
_LINE_END = re.compile(r"\s*(?:[):;.]\s*)?(?:$|(?=[A-Z(|]))")
# after a year or a month alone (weaker than a period): the line ends, or a symbol or a cell follows ("Chile, 2019: Ministry
# data" is a source line, not a visit)
_YEAR_END = re.compile(r"\s*[):;.]?\s*(?:$|(?=[A-Z]{1,5}/)|\|)")
_AGREED = re.compile(r"\b(?:accepted|agreed(?:\s+to)?|confirmed\s+by)\b", re.I)
_VISIT_WORD = re.compile(r"\b(?:visits?|missions?)\b", re.I)
_REQUESTS = re.compile(r"\b(?:requests?|requested|pending|invitations?|not\s+yet\s+(?:agreed|accepted))\b", re.I)
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


def _period_at(text: str, p: int, b: int):
    """(start, end, its end offset) of the period written at text[p:b]'s start: a range, a span of months, a range with a
    swapped month, or a month and year, or a year; None."""
    r = next((r for r in find_ranges(text, p, min(b, p + 60)) if r.span[0] == p), None) or \
        next((r for r in find_month_spans(text, p, min(b, p + 60)) if r.span[0] == p), None)
    if r:
        return r.start, r.end, r.span[1]
    mm = _MISSPELT.match(text, p, b)
    if mm and _month_of(mm.group(3)):               # "(10 to 14 Arpil 2017)": a hand-typed table's swapped letters
        mo = _month_of(mm.group(3))
        start, end = parse_date(f"{mm.group(1)} {mo} {mm.group(4)}"), parse_date(f"{mm.group(2)} {mo} {mm.group(4)}")
        return (start, end, mm.end()) if start and end and start <= end else None
    y = _MONTH_YEAR.match(text, p, b)
    return (parse_date(" ".join(y.group(0).split())), None, y.end()) if y else None


def _country_at(text: str, p: int, b: int):
    m = ANY_COUNTRY_RE.match(text[p:b])             # sliced: a glued cell ("HRC56thJapan") is no word before the name
    if not m or not (is_country(m.group(1)) or canonical(m.group(1)) != m.group(1)):
        return None
    return canonical(m.group(1)), p + m.start(1), p + m.end(1)


def _line_visit(text: str, a: int, b: int):
    """(country, start, end, country span) of the visit the line text[a:b] lists, or None."""
    a = _BULLET.match(text, a, b).end()
    cell = _CELL.match(text, a, b)
    c = _country_at(text, cell.end(), b)
    if c:
        p = _AFTER.match(text, c[2], b).end()
        got = _period_at(text, p, b)
        if got and (got[1] or _YEAR_END.match(text, got[2], b)):
            return c[0], got[0], got[1], (c[1], c[2])
        year = re.match(r"(?:19|20)\d\d", text[a:cell.end()])
        if year and _YEAR_END.match(text, c[2], b):  # "2031 Malawi": the year cell is the date
            return c[0], year.group(0), None, (c[1], c[2])
        ym = _YEARLESS.match(text, p, b)             # "Malawi (2-9 March)" under a year's heading: its year comes later
        if ym and _LINE_END.match(text, ym.end(), b):
            return c[0], ym, None, (c[1], c[2])
        return None
    got = _period_at(text, a, b)                     # the period first: "3-9 May 2031: Malawi", "2029 - Chile"
    if got:
        c = _country_at(text, _SEP.match(text, got[2], b).end(), b)
        if c and _LINE_END.match(text, c[2], b):
            return c[0], got[0], got[1], (c[1], c[2])
    return None


# a period with no year: "2-9 March", "28 May to 3 June", "March", "May/June"
_YEARLESS = re.compile(rf"(?:(\d{{1,2}})(?:\s+({MONTH_RE}))?\s*(?:[-\u2013]|to)\s*(\d{{1,2}})\s+({MONTH_RE})|({MONTH_RE})"
                       rf"(?:\s*(?:[-\u2013/]|to)\s*({MONTH_RE}))?)(?![\s,]*\d)")
# a year's heading line: "2031", "2031:", "Visits in 2031"
_YEAR_HEAD = re.compile(r"\s*(?:(?:[Cc]ountry\s+)?[Vv]isits\s+(?:in|of|during)\s+)?((?:19|20)\d\d)\s*:?\s*$")


def _with_year(f, heads: list[tuple[int, str]]):
    """A listed visit whose period has no year takes that of the nearest year heading line before it (``heads``:
    (end, year) of each such line, in order); none, no visit."""
    a, b, (name, ym, end, span) = f
    if not isinstance(ym, re.Match):
        return f
    k = bisect.bisect_right(heads, (a, "9999")) - 1
    if k < 0:
        return None
    year = heads[k][1]
    if ym.group(4):
        start = parse_date(f"{ym.group(1)} {ym.group(2) or ym.group(4)} {year}")
        stop = parse_date(f"{ym.group(3)} {ym.group(4)} {year}")
    else:
        start = parse_date(f"{ym.group(5)} {year}")
        stop = parse_date(f"{ym.group(6)} {year}") if ym.group(6) else None
    if not start or stop and stop < start:
        return None
    return a, b, (name, start, stop, span)


def _runs(found: list, gap: int = 600) -> list[list]:
    runs: list[list] = []
    for f in found:
        if runs and f[0] - runs[-1][-1][1] <= gap:
            runs[-1].append(f)
        else:
            runs.append([f])
    return runs


def listed_visits(text: str, lines: list[int]) -> list[ListedVisit]:
    """The visits of the lines of text (starting at the offsets ``lines``) that list one visit each (see above): runs
    of two lines or more, with a visit word in the run or in the 600 characters before it, not under a heading of
    requests."""
    cuts = sorted({0, len(text)} | set(lines))
    found = []
    for a, b in zip(cuts, cuts[1:]):
        while a < b and text[a] == " ":
            a += 1
        got = _line_visit(text, a, b) if a < b else None
        if got:
            found.append((a, b, got))
    if any(isinstance(f[2][1], re.Match) for f in found):
        heads = [(y, h.group(1)) for x, y in zip(cuts, cuts[1:]) if (h := _YEAR_HEAD.fullmatch(text, x, y))]
        found = [f for f in (_with_year(f, heads) for f in found) if f]
    out = []
    for run in _runs(found):
        start = run[0][0]
        if len(run) < 2 or not _VISIT_WORD.search(text, max(0, start - 600), run[-1][1]):
            continue
        before = text[max(0, start - 300):start]
        heads = [(h.start(), "announced") for h in _UPCOMING.finditer(before)] + \
                [(h.start(), "completed") for h in _PAST.finditer(before)] + \
                [(h.start(), None) for h in _REQUESTS.finditer(before)] + \
                [(h.start(), "accepted") for h in _AGREED.finditer(before)]
        head = max(heads, key=lambda h: h[0])[1] if heads else "completed"
        if head is None:
            continue                                 # "Requests for visits", "Pending requests": no visit made
        for a, b, (name, s, e, span) in run:
            out.append(ListedVisit(name, s, e, "announced" if _UPCOMING.search(text, a, b) else head, span))
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


# the mission of the sentence before told again, with its period: "She will go to A and B next week. In the course of the
# mission, which is to run from 1 to 12 September, ..." (the mission: not "a mission", not "the mission to X")
_THE_MISSION = re.compile(r"\b(?:the|this)\s+(?:[\w-]+\s+){0,2}?(?:mission|visit|trip)\b(?!\s+(?:to|of|in)\b)[^.;]{0,40}?"
                          r"\b(?:is\s+to\s+run|will\s+run|runs|ran|took\s+place|will\s+take\s+place|is\s+to\s+take\s+place|lasts|will\s+last)"
                          r"\s+(?:from|between)\b", re.I)


def shared_period(text: str, units: list[tuple[int, int]], out: list) -> list:
    """The countries of one dateless visit sentence take the period the next sentence gives "the mission", when that
    sentence's dated visit is to one of them."""
    add = []
    for i, (a, b) in enumerate(units[1:], 1):
        if not _THE_MISSION.search(text, a, b):
            continue
        dated = [v for v in out if v.start and len(v.start) == 10 and a <= v.span[0] < b]
        pa, pb = units[i - 1]
        before = [v for v in out if v.start is None and pa <= v.span[0] < pb]
        if len({v.start for v in dated}) == 1 and any(v.country == dated[0].country for v in before):
            add += [replace(v, start=dated[0].start, end=dated[0].end, status=dated[0].status) for v in before
                    if v.country != dated[0].country]
    return out + add
