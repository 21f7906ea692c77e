"""The dates of a visit read in a unit of text (used by ``visit_reader``): the period nearest the country, a day and
month with no year given the dateline's year or the text's (``un_dates.context_year``), the month after a visit cue
("mission to the region in July 2019"), periods with no year listed before a dated one."""
from __future__ import annotations

import re
from dataclasses import replace

from .un_dates import MONTHS, MONTH_RE, context_year, find_month_spans, find_ranges, parse_date

__all__ = ["WEEKDAY", "YEAR_IN", "clause_around", "ordinal_periods", "end_in_next_sentence", "respective_periods", "title_period", "visit_period", "with_title_period", "yearless_then_dated"]

WEEKDAY = r"(?:(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+)?"
_NOYEAR = re.compile(rf"(?<![\d/.-])(\d{{1,2}})\s*({MONTH_RE})?\s*(?:to|-|\u2013|and)\s*{WEEKDAY}(\d{{1,2}})\s+({MONTH_RE})(?!\s*,?\s*\d)")
_NOYEAR_MDY = re.compile(rf"({MONTH_RE})\s+(\d{{1,2}})(?!\d)\s*(?:to|-|\u2013)\s*(?:({MONTH_RE})\s+)?(\d{{1,2}})(?!\d|,?\s*\d)")
_MONTHS_THEN_YEAR = re.compile(rf"\b(?:in\s+)?({MONTH_RE}(?:\s*(?:,|and|,\s*and)\s*(?:in\s+)?{MONTH_RE})*)\s*(?:,|and|,\s*and)\s*"
                               rf"(?:in\s+)?({MONTH_RE})\s+((?:19|20)\d\d)(?!\d)")
YEAR_IN = re.compile(r"\b(?:in|for|during)\s+((?:19|20)\d\d)\b(?!\s*[-\u2013/])")
_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+|;\s|\s+and\s+(?:he|she|they|the expert)\s+")


def yearless_then_dated(text: str, a: int, b: int) -> list[tuple[str, str]]:
    """Periods with no year that a dated period follows in a list ("from March 4 to 14 and from April 10 to 18, 2014",
    "4-14 March and 10-18 April 2014"): each with the year of the dated one; so the months of a list ("in January and
    in June 2014"), each but the last (the visit's own period)."""
    out = []
    for m in list(_NOYEAR.finditer(text, a, b)) + list(_NOYEAR_MDY.finditer(text, a, b)):
        j = re.match(r"\s*,?\s+and\s+(?:(?:from|between)\s+)?", text[m.end():b])
        r = next(iter(find_ranges(text, m.end() + j.end(), b)), None) if j else None
        if not r or r.span[0] != m.end() + j.end() or not r.start:
            continue
        y = r.start[:4]
        if m.re is _NOYEAR:
            ps, pe = parse_date(f"{m.group(1)} {m.group(2) or m.group(4)} {y}"), parse_date(f"{m.group(3)} {m.group(4)} {y}")
        else:
            ps, pe = parse_date(f"{m.group(2)} {m.group(1)} {y}"), parse_date(f"{m.group(4)} {m.group(3) or m.group(1)} {y}")
        if ps and pe and ps <= pe <= r.start:
            out.append((ps, pe))
    for m in _MONTHS_THEN_YEAR.finditer(text, a, b):     # "two missions to the country, in January and in June 2014"
        if (nm := _NEXT_MONTHS.match(text, m.start(1))) and nm.end(3) == m.end(3) and (_one_span(nm) or nm.group(4)):
            continue                                     # one visit over two months, or one month to each country
        y, last = m.group(3), MONTHS[m.group(2)]
        out += [(f"{y}-{MONTHS[mo]:02d}", None) for mo in re.findall(MONTH_RE, m.group(1)) if MONTHS[mo] < last]
    return out


# a part of a year before it: "in the first half of 2032", "in early 2032", "in mid-2032": the year
_PART_OF = r"(?:the\s+(?:first|second|latter)\s+half\s+of\s+|(?:early|late|mid-?)\s*)?"
_AGAIN = re.compile(rf"\bagain\s+(?:in|during)\s+({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)(?![\d/-])")
_ORDINAL_BEFORE = re.compile(r"\b(?:the\s+)?(?:first|second|third|fourth|fifth|last|latest|other|one|another)\s+"
                             r"(?:(?:one|visit|mission|trip)\s+)?(?:(?:from|between|on|in)\s+)?$")


def ordinal_periods(text: str, a: int, b: int) -> list[tuple[str, str]]:
    """The periods of visits counted in text[a:b]: "made two official visits to X, the first from 6 to 19 November 2023
    and the second from 5 to 11 May 2024"."""
    return [(r.start, r.end) for r in find_ranges(text, a, b) if _ORDINAL_BEFORE.search(text, max(a, r.span[0] - 40), r.span[0])] + \
        [(parse_date(m.group(1)), None) for m in _AGAIN.finditer(text, a, b)]      # "visited X in 2029 and again in 2031"


def clause_around(text: str, a: int, b: int, pos: int) -> tuple[int, int]:
    """The clause of unit text[a:b] around pos ("visited Nepal ..., and he plans to visit Mali ...")."""
    ca = max([a] + [m.end() for m in _CLAUSE.finditer(text, a, pos)])
    nxt = _CLAUSE.search(text, pos, b)
    return ca, (nxt.start() if nxt else b)


def visit_period(text: str, a: int, b: int, pos: int, year: str | None) -> tuple[str | None, str | None, int | None]:
    """The period (or month/year) of the visit whose country is at pos in unit text[a:b]."""
    a, b = clause_around(text, a, b, pos)
    rs = [r for r in find_ranges(text, a, b) if not re.search(r"\bsession\s*\(?\s*$", text[max(a, r.span[0] - 30):r.span[0]])]
    if rs:
        r = min(rs, key=lambda r: abs(r.span[0] - pos))
        return r.start, r.end, r.span[0]
    gm = min(_GAP_RANGE.finditer(text, a, b), key=lambda m: abs(m.start() - pos), default=None)
    if gm:                                               # "Mission to X 31 July 15 August 2006": a copy that lost its dash
        s, e = parse_date(f"{gm.group(1)} {gm.group(2)} {gm.group(5)}"), parse_date(f"{gm.group(3)} {gm.group(4)} {gm.group(5)}")
        if s and e and s < e:
            return s, e, gm.start()
    sm = _STARTING.search(text, pos, b)
    if sm and parse_date(sm.group(1)):                    # "a visit to X starting on 6 February 2023": its first day
        return parse_date(sm.group(1)), None, sm.start(1)
    bm = _BEGAN_ON.match(text, pos, b) if _BEGAN.search(text, max(a, pos - 140), pos) else None
    if bm and (bm.group(3) or year):                     # "started a mission to X on 10 January": its first day
        return parse_date(f"{bm.group(1)} {bm.group(2)} {bm.group(3) or year}"), None, bm.start(1)
    wm = _WHICH_BEGAN.match(text, pos, b)
    if wm and (wm.group(3) or wm.group(6) or year):                   # "my mission to X, which started on 19 September": its first day
        return parse_date(f"{wm.group(1) or wm.group(5)} {wm.group(2) or wm.group(4)} {wm.group(3) or wm.group(6) or year}"), \
            None, wm.start(1) if wm.group(1) else wm.start(4)
    nm = _OVER_NEW_YEAR.search(text, a, b)               # "in December 2030 and January 2031"
    if nm and int(nm.group(2)) == int(nm.group(1)) + 1:
        return f"{nm.group(1)}-12", f"{nm.group(2)}-01", nm.start()
    tm = min(_NEXT_MONTHS.finditer(text, a, b), key=lambda m: abs(m.start() - pos), default=None)
    if tm and _one_span(tm):                             # "a mission in April and May 2023": one visit over two months
        y = tm.group(3)
        return f"{y}-{MONTHS[tm.group(1)]:02d}", f"{y}-{MONTHS[tm.group(2)]:02d}", tm.start()
    ms = list(find_month_spans(text, a, b))              # "will visit Croatia in September/October 2016"
    if ms:
        r = min(ms, key=lambda r: abs(r.span[0] - pos))
        return r.start, r.end, r.span[0]
    if not year:                                         # "two official visits in 2018: ... from April 28 to May 12"
        ym = list(YEAR_IN.finditer(text, max(0, a - 300), a))
        year = ym[-1].group(1) if ym else context_year(text, a, b)
    if year:
        got = []
        for m in _NOYEAR.finditer(text, a, b):           # "(28 April to 8 May)": the year of the dateline
            m1 = m.group(2) or m.group(4)
            s, e = parse_date(f"{m.group(1)} {m1} {year}"), parse_date(f"{m.group(3)} {m.group(4)} {year}")
            if s and e and s <= e:
                got.append((s, e, m.start()))
        for m in _NOYEAR_MDY.finditer(text, a, b):      # "from March 3 to 10": the year of the dateline
            s, e = parse_date(f"{m.group(2)} {m.group(1)} {year}"), parse_date(f"{m.group(4)} {m.group(3) or m.group(1)} {year}")
            if s and e and s <= e:
                got.append((s, e, m.start()))
        if got:                                           # the period nearest the country (a list of visits)
            return min(got, key=lambda g: abs(g[2] - pos))
    pm = re.match(rf"\s*\(\s*({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)\s*\)", text[pos:b])    # "Chile (March 2030)"
    if pm:
        return parse_date(pm.group(1)), None, pos + pm.start(1)
    dm = re.match(rf"(?:\s*,)?[^.;,]{{0,60}}?\b(?:in|for|during)\s+{_PART_OF}({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)\b", text[pos:b])
    if dm and not re.search(r"\b(?:report|session|Council|Assembly|present|submit)\w*\b", dm.group(0)) and \
            not re.search(r"\breports?\s+(?:on|of)\s+(?:[\w-]+\s+){0,3}?(?:visit|mission)s?$", text[max(a, pos - 60):pos]):
        return parse_date(dm.group(1)), None, pos + dm.start(1)
    vm = _CUE_WHEN.search(text, a, b)                     # "held in Amman, Jordan, during the annual mission to the region
    if vm and not re.search(r"\b(?:report|session|Council|Assembly)\w*\b", vm.group(0)) and \
            not re.search(r"\breports?\s+(?:on|of)\s+(?:\w+\s+){0,2}$", text[max(a, vm.start() - 40):vm.start()]):   # the report's date   # in July 2019": the visit's own date
        return parse_date(vm.group(1)), None, vm.start(1)
    return None, None, None

# two months joined by "and" before one year: one visit over both when they follow each other ("in April and May 2023"),
# unless "respectively" gives one to each of the countries before it
_NEXT_MONTHS = re.compile(rf"\b({MONTH_RE})\s+and\s+({MONTH_RE})\s+((?:19|20)\d\d)(?!\d)(\s*,?\s*respectively)?")
_OVER_NEW_YEAR = re.compile(r"\bDecember\s+((?:19|20)\d\d)\s+and\s+January\s+((?:19|20)\d\d)(?!\d)")     # one visit


_STARTING = re.compile(rf"\b(?:starting|beginning|commencing|as\s+from)\s+(?:on\s+)?{WEEKDAY}(\d{{1,2}}\s+{MONTH_RE}\s+\d{{4}}|{MONTH_RE}\s+\d{{1,2}},\s+\d{{4}})")


# a visit begun on a day: "started a mission to X on 10 January", "began her visit to X on Monday, 3 May 2031"
_BEGAN = re.compile(r"\b(?:started|began|begun|commenced|opened|launched)\s+(?:an?\s+|the\s+|his\s+|her\s+|its\s+|their\s+)?"
                    r"(?:[\w-]+\s+){0,3}?(?:visit|mission)\s+(?:to|in)\s+[^.;,]{1,60}$", re.I)      # (up to the country's end)
_BEGAN_ON = re.compile(rf"[^.;,]{{0,40}}?\s+on\s+{WEEKDAY}(\d{{1,2}})\s+({MONTH_RE})(?:,?\s+(\d{{4}}))?\b")
# a relative clause on the visit's first day, right after its country: ", which started on 19 September", ", which began
# on Monday, September 19, 2030" (the year, when not written, is the dateline's)
_WHICH_BEGAN = re.compile(rf"\s*,?\s*(?:which|that)\s+(?:started|began|begun|commenced|opened)\s+on\s+{WEEKDAY}"
                          rf"(?:(\d{{1,2}})\s+({MONTH_RE})(?:,?\s+(\d{{4}}))?|({MONTH_RE})\s+(\d{{1,2}})(?:,\s+(\d{{4}}))?)\b")
# the next sentence's last day of a visit under way: "... will stay in the country until 18 January 2031"
_STAYS_UNTIL = re.compile(rf"\b(?:stay|remain|be)\s+(?:in\s+(?:the\s+country|[A-Z][\w-]+)\s+)?(?:until|till|through)\s+{WEEKDAY}"
                          rf"(\d{{1,2}})\s+({MONTH_RE})(?:,?\s+(\d{{4}}))?\b")


def end_in_next_sentence(text: str, b: int, start: str) -> str | None:
    """The last day of a visit whose first day alone its sentence gives, from a period with no year in the next
    sentence that starts on that day ("... starting on 6 February 2023. Between 6 and 14 February, the expert ...")."""
    nxt = re.search(r"(?<![A-Z])[.!?]\s+(?=[A-Z\"\u201c])", text[b:b + 400])
    e = b + nxt.start() + 1 if nxt and nxt.start() > 2 else min(len(text), b + 300)
    for m in _NOYEAR.finditer(text, b, e):
        ps = parse_date(f"{m.group(1)} {m.group(2) or m.group(4)} {start[:4]}")
        pe = parse_date(f"{m.group(3)} {m.group(4)} {start[:4]}")
        if ps == start and pe and pe > ps:
            return pe
    um = _STAYS_UNTIL.search(text, b, e)
    pe = parse_date(f"{um.group(1)} {um.group(2)} {um.group(3) or start[:4]}") if um else None
    return pe if pe and pe > start else None


def _one_span(m: re.Match) -> bool:
    return not m.group(4) and MONTHS[m.group(2)] == MONTHS[m.group(1)] + 1


def respective_periods(text: str, a: int, b: int, n: int) -> list[tuple[str, str | None]] | None:
    """The period of each of n countries listed before "in March and April 2012, respectively" or "from 1 to 5 March
    and from 10 to 14 April 2031, respectively" in text[a:b]."""
    m = re.search(rf"\b({MONTH_RE}(?:\s*,\s*{MONTH_RE})*)\s*,?\s+and\s+({MONTH_RE})\s+((?:19|20)\d\d)\s*,?\s*respectively\b", text[a:b])
    if m:
        months = re.findall(MONTH_RE, m.group(1)) + [m.group(2)]
        return [(f"{m.group(3)}-{MONTHS[mo]:02d}", None) for mo in months] if len(months) == n else None
    r = re.search(r",?\s*respectively\b", text[a:b])
    if not r:
        return None
    dated = [(d.start, d.end) for d in find_ranges(text, a, a + r.start())]
    periods = yearless_then_dated(text, a, a + r.start()) + dated[-1:]
    return periods if len(dated) == 1 and len(periods) == n else None


_GAP_RANGE = re.compile(rf"(?<![\d/.-])(\d{{1,2}})\s+({MONTH_RE})\s+(\d{{1,2}})\s+({MONTH_RE})\s+(\d{{4}})(?!\d)")
_CUE_WHEN = re.compile(rf"\b(?:visit|mission)\b[^.;,]{{0,40}}?\b(?:in|during)\s+({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)\b(?![\d/-])")


# a statement's title with the visit and its period: "Visit to X, 20 November to 3 December 2031 End of mission statement"
# (a copy may drop the country: "Visit to , 20 November ...")
_TITLE_VISIT = re.compile(r"\b(?:[Vv]isit|[Mm]ission|[Cc]ountry\s+visit)\s+to\s+[^,(:\n]{0,60}?(?:,|\(|:|\s[-\u2013\u2014])\s*(?=\d)")


def title_period(text: str):
    """The period (a DateRange) a title gives right after "Visit to X," in the text's front, or None."""
    m = _TITLE_VISIT.search(text, 0, 400)
    r = next(iter(find_ranges(text, m.end(), min(len(text), m.end() + 60))), None) if m else None
    return r if r and r.span[0] == m.end() else None


def with_title_period(text: str, out: list) -> list:
    """The dateless visits of a text on one country's visit take the period its title gives, when none is dated."""
    r = title_period(text)
    if not r or any(v.start for v in out) or len({v.country for v in out}) != 1:
        return out
    return [v if v.earlier else replace(v, start=r.start, end=r.end) for v in out]
