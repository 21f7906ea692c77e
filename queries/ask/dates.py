"""The one date parser of questions, commands and answers.

Dates in a question or a command's argument (`asof`): days, months, years in the forms people type,
and ranges ("between 2012 and 2015", "from 2012 to 2015", "2012-2015", "since 2017", "after 2018",
"before 2011"). Each date is an interval {"text", "start", "end", "precision"}; the text is
returned without them (`find_dates`).

Dates and durations as the graph stores them (partial ISO dates 'YYYY', 'YYYY-MM', 'YYYY-MM-DD';
ISO durations 'P3Y'): `iso_parts`, `span`, `duration_parts`, used by the answers, the pages and
the pictures.
"""
from __future__ import annotations

import calendar
import re
from datetime import date

MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
MONTHS["sept"] = 9
_MONTH_RE = "|".join(sorted(MONTHS, key=len, reverse=True))
YEAR = r"(?:1[89]\d{2}|2\d{3})"
FIRST_YEAR = 1900
_ISO_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")
_ISO_DURATION = re.compile(r"P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?")


# ------------------------------------------------------------------ dates and durations of the graph
def iso_parts(value, whole: bool = False) -> tuple[str, str | None, str | None] | None:
    """A partial ISO date's year, month and day as written (None for the parts it lacks); None when
    the value does not start with one (or, `whole`, is not one)."""
    text = str(value or "")
    m = _ISO_DATE.fullmatch(text) if whole else _ISO_DATE.match(text)
    return m.groups() if m else None


def span(value: str | None) -> tuple[date, date] | None:
    """A (possibly partial) ISO date as the interval it covers: 'YYYY' -> YYYY-01-01 .. YYYY-12-31."""
    parts = iso_parts(value) if value else None
    if not parts:
        return None
    y, mo, d = parts
    y = int(y)
    if d:
        day = date(y, int(mo), int(d))
        return day, day
    if mo:
        mo = int(mo)
        return date(y, mo, 1), date(y, mo, calendar.monthrange(y, mo)[1])
    return date(y, 1, 1), date(y, 12, 31)


def duration_parts(value) -> tuple[str | None, str | None, str | None] | None:
    """An ISO duration's years, months and days as written ('P3Y' -> ('3', None, None)); None if it is not one."""
    m = _ISO_DURATION.fullmatch(str(value or ""))
    return m.groups() if m else None


# ------------------------------------------------------------------ dates in questions and commands


def _interval(dates: list, notes: list, y, mo=None, d=None, raw="") -> str:
    try:
        y = int(y)
        if d:
            start = end = date(y, int(mo), int(d))
            prec = "day"
        elif mo:
            start, end = date(y, int(mo), 1), date(y, int(mo), calendar.monthrange(y, int(mo))[1])
            prec = "month"
        else:
            start, end, prec = date(y, 1, 1), date(y, 12, 31), "year"
    except ValueError:
        notes.append(f"'{raw.strip()}' is not a valid date")
        return " "
    dates.append({"text": raw.strip(), "start": start.isoformat(), "end": end.isoformat(), "precision": prec})
    return " "


def _range(dates: list, raw: str, start: date, end: date) -> str:
    if start > end:
        start, end = end, start
    dates.append({"text": raw.strip(), "start": start.isoformat(), "end": end.isoformat(), "precision": "range"})
    return " "


def _ranges(text: str, dates: list) -> str:
    today = date.today()
    rules = [
        (rf"\b(?:between|from)\s+(?P<a>{YEAR})\s+(?:and|to|until|till)\s+(?P<b>{YEAR})\b",
         lambda m: _range(dates, m[0], date(int(m["a"]), 1, 1), date(int(m["b"]), 12, 31))),
        (rf"\b(?P<a>{YEAR})\s*(?:-|to)\s*(?P<b>{YEAR})\b",
         lambda m: _range(dates, m[0], date(int(m["a"]), 1, 1), date(int(m["b"]), 12, 31))),
        (rf"\b(?:since|from)\s+(?P<a>{YEAR})(?:\s+on(?:wards?)?)?\b", lambda m: _range(dates, m[0], date(int(m["a"]), 1, 1), max(today, date(int(m["a"]), 12, 31)))),
        (rf"\bafter\s+(?P<a>{YEAR})\b", lambda m: _range(dates, m[0], date(int(m["a"]) + 1, 1, 1), max(today, date(int(m["a"]) + 1, 12, 31)))),
        (rf"\b(?:before|prior to)\s+(?P<a>{YEAR})\b", lambda m: _range(dates, m[0], date(FIRST_YEAR, 1, 1), date(int(m["a"]) - 1, 12, 31))),
        (rf"\b(?:until|up to|till)\s+(?P<a>{YEAR})\b", lambda m: _range(dates, m[0], date(FIRST_YEAR, 1, 1), date(int(m["a"]), 12, 31))),
    ]
    for pattern, fn in rules:
        text = re.sub(pattern, fn, text, flags=re.IGNORECASE)
    return text


def find_dates(text: str, r) -> str:
    """Dates in the text into r.dates (as intervals), notes on invalid ones into r.notes; the text without them."""
    def add(y, mo=None, d=None, raw=""):
        return _interval(r.dates, r.notes, y, mo, d, raw)

    def dmy(m):
        a, b = int(m["a"]), int(m["b"])
        day, mon = (a, b) if b <= 12 else (b, a)
        return add(m["y"], mon, day, m[0])

    month = rf"(?P<mon>{_MONTH_RE})\.?"
    rules = [
        (r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})\b", lambda m: add(m["y"], m["m"], m["d"], m[0])),
        (r"(?<![\w/])(?P<a>\d{1,2})[/.](?P<b>\d{1,2})[/.](?P<y>\d{4})\b", dmy),
        (rf"\b(?P<d>\d{{1,2}})(?:st|nd|rd|th)?\s+(?:of\s+)?{month},?\s+(?P<y>\d{{4}})\b", lambda m: add(m["y"], MONTHS[m["mon"].lower()], m["d"], m[0])),
        (rf"\b{month}\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", lambda m: add(m["y"], MONTHS[m["mon"].lower()], m["d"], m[0])),
        (rf"\b{month},?\s+(?:of\s+)?(?P<y>\d{{4}})\b", lambda m: add(m["y"], MONTHS[m["mon"].lower()], None, m[0])),
        (r"\b(?P<y>\d{4})-(?P<m>\d{2})\b(?!-)", lambda m: add(m["y"], m["m"], None, m[0])),
    ]
    for pattern, fn in rules:
        text = re.sub(pattern, fn, text, flags=re.IGNORECASE)
    text = _ranges(text, r.dates)
    text = re.sub(rf"\b(?P<y>{YEAR})\b", lambda m: add(m["y"], None, None, m[0]), text)
    text = re.sub(r"(?<![\w'])'(?P<y>\d{2})\b", lambda m: add(2000 + int(m["y"]) if int(m["y"]) < 70 else 1900 + int(m["y"]), None, None, m[0]), text)
    return text
