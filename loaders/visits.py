"""Country visits in any kind of UN text, with their dates and status.

A visit is a period ("from 5 to 13 November 2018", "2-10 September 2019", "21 February to 3 March
2022") in a sentence that speaks of a visit or mission to a country; the country is the one
written after "visit(s)/mission(s) to" (several: "visits to Norway and Ecuador"), else the
Government named in the sentence, else the country of the document's title ("... at the end of
his visit to Qatar"). Status: ``announced`` when the sentence speaks of the future ("will visit",
"will carry out"), ``completed`` otherwise; a country that accepted a request to visit, with no
period, is ``accepted``; "visited Norway" without dates is ``completed`` with no dates.
Also: a visit "to the country" named by the expert's title ("Independent Expert on ... Somalia"),
"NAME to Venezuela and Ecuador from <period>", "his visit to Brazil in June 2012" (start only),
dateless past visits ("his official visit to Viet Nam", "the Congo, which the Independent Expert
also visited"), short forms the text defines ("... Congo (DRC)"), and lists of visits where each
country heads its dates ("Ukraine 8-18 September 2015").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import COUNTRY_RE, find_countries, is_country
from .un_dates import MONTH_RE, find_ranges, parse_date

__all__ = ["VisitMention", "find_visits", "heading_country"]

_TERRITORIES = ("Bonaire", "Aruba", "Curaçao", "Sint Maarten", "Greenland", "Puerto Rico")
_VISIT_WORD = re.compile(r"\b(?:visit(?:s|ed)?|missions?|went to|travel(?:led)? to)\b", re.I)
_TO_COUNTRIES = re.compile(r"\b(?:visits?|missions?|went|travel(?:led)?|visited)\s+(?:to\s+)?")
_FUTURE = re.compile(r"\bwill\s+(?:\w+\s+){0,2}?(?:visit|make|carry|pay|conduct|undertake|travel|be)\b"
                     r"|\bis\s+(?:to|scheduled to)\s+visit\b|\bplans? to visit\b", re.I)
_ACCEPTED = re.compile(r"\b(?:accept(?:ed|ing)|agreed to|replied positively to)\s+(?:\w+\s+){0,3}request\s+to\s+visit"
                       r"|\baccept(?:ed|ing)\s+(?:a|the|his|her)\s+(?:country\s+)?visit", re.I)
_PLANNED = re.compile(r"\b(?:plans?|intends?|is scheduled|is to|will)\s+(?:to\s+)?(?:visit|travel to)\s+")
_CLAUSE = re.compile(r";\s|,\s+(?:and|but|while)\s+")
_SENT = re.compile(r"(?<![A-Z])(?<!\bNo)[.!?][\"'\u201d]?\s+(?=[A-Z\"\u201c])")
_TITLE_VISIT = re.compile(r"\b(?:visit|mission)\s+to\s+(?:the\s+)?", re.I)


@dataclass
class VisitMention:
    country: str
    start: str | None
    end: str | None
    status: str                   # announced | completed | accepted
    span: tuple[int, int]         # of the country name in the text given


def _sentence(text: str, pos: int) -> tuple[int, int]:
    a = max(0, pos - 700)
    for m in _SENT.finditer(text, max(0, pos - 700), pos):
        a = m.end()
    m = _SENT.search(text, pos)
    return a, (m.start() + 1 if m else len(text))


def _countries_after(text: str, pos: int, limit: int, aliases: dict[str, str] | None = None) -> list[tuple[str, int, int]]:
    """"[the] X[, Y] and Z" right at pos (a list of countries, territories dropped); ``aliases``:
    short forms the text defines ("Democratic Republic of the Congo (DRC)")."""
    out = []
    while pos < limit:
        m = COUNTRY_RE.match(text, pos)
        al = re.match(r"(?:the\s+)?(" + "|".join(map(re.escape, aliases)) + r")\b", text[pos:limit]) if aliases and not m else None
        if al:
            out.append((aliases[al.group(1)], pos + al.start(1), pos + al.end(1)))
            pos += al.end()
        elif not m:
            t = re.match(r"(?:the\s+)?(" + "|".join(_TERRITORIES) + r")\b", text[pos:limit])
            if not t:
                break
            pos += t.end()
        else:
            out.append((" ".join(m.group(1).split()), m.start(1), m.end(1)))
            pos = m.end()
        sep = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)", text[pos:limit])
        if not sep:
            break
        pos += sep.end()
    return out


def _sentence_countries(text: str, a: int, b: int, before: int) -> list[tuple[str, int, int]]:
    best: list = []
    for m in _TO_COUNTRIES.finditer(text, a, before):
        found = _countries_after(text, m.end(), b)
        if found:
            best = found
    if best:
        return best
    for m in re.finditer(r"\bto\s+", text[a:before]):      # "... de Zayas to Venezuela and Ecuador from 26 November ..."
        found = _countries_after(text, a + m.end(), before)
        if found and re.fullmatch(r"\s*,?\s*(?:from\s+)?", text[found[-1][2]:before]):
            return found
    if re.search(r"\b(?:visit|mission)\s+to\s+the\s+country\b", text[a:b]):    # "... in Somalia, will visit the country"
        named = {n: (n, s, e) for n, s, e in find_countries(text, a, b)}
        if len(named) == 1:
            return list(named.values())
    gov = list(re.finditer(r"\bGovernment of\s+", text[a:b]))
    for g in gov:
        found = _countries_after(text, a + g.end(), b)
        if found:
            return found[:1]
    return []


def heading_country(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The country written right before a period, as in a list of visits ("Ukraine 8-18 September 2015"),
    its name doubled by an image's alternative text ("HondurasHonduras")."""
    off = max(0, pos - 80)
    before = text[off:pos].rstrip()
    glued = re.search(r"(?<![\w'])([A-Z][a-z]+(?: [A-Z][a-z]+)*)\1$", before)
    if glued and is_country(glued.group(1)):
        return [(glued.group(1), off + glued.start(1), off + glued.end(1))]
    found = [(c, s, e) for c, s, e in find_countries(before) if e == len(before)]
    return [(found[-1][0], off + found[-1][1], off + found[-1][2])] if found else []


def title_country(text: str, limit: int = 1500) -> tuple[str, int, int] | None:
    for m in _TITLE_VISIT.finditer(text, 0, min(limit, len(text))):
        found = _countries_after(text, m.end(), min(limit, len(text)))
        if found:
            return found[0]
    return None


def find_visits(text: str) -> list[VisitMention]:
    """Visits stated in text (a cleaned stream), in order, one per country and period."""
    out: list[VisitMention] = []
    seen = set()

    def add(v: VisitMention):
        key = (v.country, v.start, v.end)
        if key not in seen and not (v.start is None and any(x.country == v.country for x in out)):
            seen.add(key)
            out.append(v)

    fallback = title_country(text)
    aliases = {m.group(2): " ".join(m.group(1).split())
               for m in re.finditer(COUNTRY_RE.pattern + r"\s*\(([A-Z]{2,5})\)", text)}
    for r in find_ranges(text):
        a, b = _sentence(text, r.span[0])
        if re.search(r"\bsession\s*\(?\s*$", text[max(0, r.span[0] - 30):r.span[0]]):
            continue                                  # "Thirty-eighth session 18 June–6 July 2018"
        if not _VISIT_WORD.search(text, a, b):
            continue
        countries = (_sentence_countries(text, a, b, r.span[0]) or heading_country(text, r.span[0])
                     or ([fallback] if fallback else []))
        ca = max([a] + [m.end() for m in _CLAUSE.finditer(text, a, r.span[0])])   # the clause of the period
        nxt = _CLAUSE.search(text, r.span[1], b)
        status = "announced" if _FUTURE.search(text, ca, nxt.start() if nxt else b) else "completed"
        for name, s, e in countries:
            add(VisitMention(name, r.start, r.end, status, (s, e)))
    for m in _PLANNED.finditer(text):          # "he plans to visit Mali in May 2018"
        a, b = _sentence(text, m.start())
        found = _countries_after(text, m.end(), b)
        if found:
            dm = re.match(rf"\s+in\s+({MONTH_RE}\s+\d{{4}}|\d{{4}})", text[found[-1][2]:b])
            for name, s, e in found:
                add(VisitMention(name, parse_date(dm.group(1)) if dm else None, None, "announced", (s, e)))
    for m in _ACCEPTED.finditer(text):
        a, b = _sentence(text, m.start())
        for name, s, e in _sentence_countries(text, a, b, b)[:1]:
            add(VisitMention(name, None, None, "accepted", (s, e)))
    for m in re.finditer(rf"\b(?:visits?|missions?)\s+to\s+", text):    # "on her visit to Brazil in June 2012"
        a, b = _sentence(text, m.start())
        found = _countries_after(text, m.end(), b, aliases)
        dm = re.match(rf"\s+in\s+({MONTH_RE}\s+\d{{4}}|(?:19|20)\d\d)\b", text[found[-1][2]:b]) if found else None
        if not dm or any(r.span[0] >= a and r.span[1] <= b for r in find_ranges(text, a, b)):
            continue
        status = "announced" if _FUTURE.search(text, a, found[0][1]) else "completed"
        for name, s, e in found:
            if not any(x.country == name and x.start for x in out):
                add(VisitMention(name, parse_date(dm.group(1)), None, status, (s, e)))
    for m in re.finditer(r"\b(?:his|her|my)\s+(?:(?:official|country|first|second|third|recent)\s+){0,2}visit\s+to\s+", text):
        a, b = _sentence(text, m.start())             # "He spoke of his official visit to Viet Nam"
        if _FUTURE.search(text, a, b) or re.search(r"\b(?:would|plans?|intends?|hopes?|requested)\b", text[a:b]) \
                or any(r.span[0] >= a and r.span[1] <= b for r in find_ranges(text, a, b)):
            continue
        for name, s, e in _countries_after(text, m.end(), b, aliases):
            if not re.match(r"\s+in\s+(?:19|20)\d\d|\s+in\s+" + MONTH_RE, text[e:b]):
                add(VisitMention(name, None, None, "completed", (s, e)))
    for m in re.finditer(COUNTRY_RE.pattern + r",?\s+which\s+(?:the\s+(?:Independent Expert|Special Rapporteur|expert)|he|she)"
                         r"\s+(?:(?:also|had|has|then)\s+)*visited\b", text):   # "the Congo, which the Independent Expert also visited"
        add(VisitMention(" ".join(m.group(1).split()), None, None, "completed", (m.start(1), m.end(1))))
    for m in re.finditer(r"\b(?:visited|went to|(?:[Ww]rapping up|[Ee]nding|[Cc]oncluding|[Cc]losing|at the end of|"
                         r"wrapped up|ended|concluded|completed|closed)\s+"
                         r"(?:an?\s+|his\s+|her\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:visits?|missions?)\s+to)\s+", text):
        a, b = _sentence(text, m.start())
        if any(r.span[0] >= a and r.span[1] <= b for r in find_ranges(text, a, b)):
            continue
        for name, s, e in _countries_after(text, m.end(), b, aliases):
            add(VisitMention(name, None, None, "completed", (s, e)))
    return out
