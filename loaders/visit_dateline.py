"""The date a text is issued, read from its dateline: "GENEVA (26 November 2015)", a date alone on a line near the top,
a statement's "Santiago, 7 June 2031", a wire's "OSLO, March 3, 2031" or "New York, Nov 5 2031 2:10PM"."""
from __future__ import annotations

import re

from .un_dates import DATE_RE, MONTH_RE, parse_date

__all__ = ["dateline"]

_DATELINE = re.compile(rf"\(\s*({DATE_RE})\s*\)|^\s*(\d{{1,2}} {MONTH_RE} \d{{4}})\s*$|\bdate (\d{{4}}-\d\d-\d\d)\b|"
                       rf"^\s*({MONTH_RE}) (\d{{1,2}}), (\d{{4}})\s*$|"       # a blog's "February 24, 2016"
                       # a statement's place and date on a line of their own: "Santiago de Chile, 7 June 2031"
                       rf"^[ \t]*[A-Z][\w'.-]*(?:[ \t]+(?:de|del|da|di|[A-Z][\w'.-]*)){{0,3}},[ \t]+(\d{{1,2}} {MONTH_RE} \d{{4}})[ \t]*$|"
                       # a wire's city dateline: "OSLO, March 3, 2031, Agency --", "NAIROBI, 4 May 2031 -"
                       rf"^\s*[A-Z][A-Z.'-]+(?:[ \t]+[A-Z][A-Z.'-]+){{0,3}},[ \t]+(?:({MONTH_RE}) (\d{{1,2}}),? (\d{{4}})|"
                       rf"(\d{{1,2}} {MONTH_RE} \d{{4}}))\b|"
                       # a city in small letters, a comma before the year, a dash: "Geneva, 1 February, 2031.- The ..."
                       rf"^\s*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){{0,2}},[ \t]+(\d{{1,2}} {MONTH_RE}),[ \t]+(\d{{4}})\s*\.?\s*[-\u2013\u2014]|"
                       # a news site's stamp, a weekday, the date and the hour: "Monday, 4 December 2031 00:25", "Monday, December 4, 2031 9:10 AM"
                       rf"^\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day,?[ \t]+(\d{{1,2}} {MONTH_RE} \d{{4}}|{MONTH_RE} \d{{1,2}}, \d{{4}}),?[ \t]+\d{{1,2}}[:.]\d\d\b|"
                       # a news wire's place, short month, day, year and hour on a line: "New York, Nov 5 2031 2:10PM"
                       r"^[ \t]*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2},[ \t]+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
                       r"[ \t]+(\d{1,2}),?[ \t]+(\d{4})(?:[ \t]+\d{1,2}[:.]\d\d[ \t]*(?:[AaPp]\.?[Mm]\.?)?)?[ \t]*$|"
                       # ... or the day first: "GENEVA, 5 Nov 2031"
                       r"^[ \t]*[A-Z][\w'.-]*(?:[ \t]+[A-Z][\w'.-]*){0,2},[ \t]+(\d{1,2})[ \t]+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.?"
                       r"[ \t]+(\d{4})\b", re.M)
_SHORT_MONTHS = {m[:3]: m for m in ("January February March April May June July August September October November "
                                    "December").split()}


def dateline(src: str) -> str | None:
    """The date the text is issued: "GENEVA (26 November 2015)", a date alone on a line near the top ("18 May 2012",
    "February 24, 2016"), " date 2022-03-29"."""
    m = next((m for m in _DATELINE.finditer(src[:1500])       # (a year in brackets is no dateline: "resolution 1244 (1999)")
              if not (m.group(1) and len(parse_date(m.group(1)) or "") == 4)), None)
    if not m:
        return None
    if m.group(4):
        return parse_date(f"{m.group(5)} {m.group(4)} {m.group(6)}")
    if m.group(8):
        return parse_date(f"{m.group(9)} {m.group(8)} {m.group(10)}")
    if m.group(12):
        return parse_date(f"{m.group(12)} {m.group(13)}")
    if m.group(18):
        return parse_date(f"{m.group(18)} {_SHORT_MONTHS[m.group(19)[:3]]} {m.group(20)}")
    if m.group(15):
        return parse_date(f"{m.group(16)} {_SHORT_MONTHS[m.group(15)[:3]]} {m.group(17)}")
    return m.group(3) or parse_date(m.group(1) or m.group(2) or m.group(7) or m.group(11) or m.group(14))
