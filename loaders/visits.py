"""Country visits in any kind of UN text, with their dates and status.

Two readers: the sentences (``visit_reader``: a unit with a visit word and a country, its period
and status; see there), and lists of visits where each country heads its dates ("Ukraine
8-18 September 2015", the name doubled by an image's alternative text: "HondurasHonduras"), and a mandate page's
table rows ("2023Honduras (22 May/2June)"); with none of these, a release whose expert "will meet the authorities of X"
and "will give her preliminary findings" announces a visit to X.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import ADMINISTERING, ANY_COUNTRY_RE, canonical, find_countries, is_country
from .un_dates import MONTH_RE, find_month_spans, find_ranges, parse_date
from .visit_dates import WEEKDAY
from .visit_lists import listed_visits
from .visit_reader import read_visits
from .visit_thanks import thanked_for_invitation

__all__ = ["VisitMention", "find_visits", "heading_country"]

_VISIT_WORD = re.compile(r"\b(?:visit(?:s|ed)?|missions?|went to|travel(?:led)? to)\b", re.I)


@dataclass
class VisitMention:
    country: str
    start: str | None
    end: str | None
    status: str                   # announced | completed | accepted
    span: tuple[int, int]         # of the country name in the text given
    report: str | None = None     # the symbol of its own report the text gives in brackets (another visit than the text's)
    earlier: bool = False         # an earlier holder's visit (a visit of its own beside the text's)


def heading_country(text: str, pos: int) -> list[tuple[str, int, int]]:
    """The country written right before a period, as in a list of visits ("Ukraine 8-18 September 2015"),
    its name doubled by an image's alternative text ("HondurasHonduras")."""
    off = max(0, pos - 80)
    before = text[off:pos].rstrip(" \t\n|")          # a table's cells: "Ghana | 3-12 December 2018"
    glued = re.search(r"(?<![\w'])([A-Z][a-z]+(?: [A-Z][a-z]+)*)\1$", before)
    if glued and is_country(glued.group(1)):
        return [(glued.group(1), off + glued.start(1), off + glued.end(1))]
    found = [(c, s, e) for c, s, e in find_countries(before) if e == len(before)]
    return [(found[-1][0], off + found[-1][1], off + found[-1][2])] if found else []


def find_visits(text: str, blocks: list[int] = (), src: str | None = None, lines: list[int] = ()) -> list[VisitMention]:
    """Visits stated in text (a cleaned stream; ``blocks``: offsets where a block starts; ``src``: the original,
    for its dateline; ``lines``: offsets where a line of the original starts), in order, one per country and period."""
    out = [VisitMention(v.country, v.start, v.end, v.status, v.span, v.report, v.earlier) for v in read_visits(text, blocks, src)]
    if _VISIT_WORD.search(text):
        for r in find_ranges(text):
            for name, s, e in heading_country(text, r.span[0]):
                if not any(v.country == name and v.start == r.start for v in out):
                    out = [v for v in out if not (v.country == name and v.start is None)]
                    out.append(VisitMention(name, r.start, r.end, "completed", (s, e)))
    if _VISIT_WORD.search(text):
        for v in table_rows(text):
            if not any(o.country == v.country and o.start == v.start for o in out):
                out = [o for o in out if not (o.country == v.country and o.start is None)]
                out.append(v)
    if _VISIT_WORD.search(text):
        for v in month_span_items(text):
            if not any(o.country == v.country and o.start == v.start for o in out):
                out = [o for o in out if not (o.country == v.country and o.start is None)]
                out.append(v)
    if _VISIT_WORD.search(text):
        for v in listed_visits(text, list(lines)):
            if not any(o.country == v.country and o.start == v.start for o in out):
                out = [o for o in out if not (o.country == v.country and o.start is None)]
                out.append(VisitMention(v.country, v.start, v.end, v.status, v.span))
    for v in contents_items(text) + singled_out(text):
        if not any(o.country == v.country for o in out):
            out.append(v)
    if not out:
        out = meetings_before_findings(text)
    for name, span in followed_up(text):
        if not any(o.country == name for o in out):
            out.append(VisitMention(name, None, None, "completed", span))
    if all(v.status == "accepted" and not v.start for v in out):   # thanks for an invitation, then preliminary findings
        for name, status, span in thanked_for_invitation(text):
            out = [v for v in out if v.country != name] + [VisitMention(name, None, None, status, span)]
    return sorted(_ends_on(text, _within_dated(_territories_of_the_visit(out))), key=lambda v: v.span)


def _within_dated(out: list[VisitMention]) -> list[VisitMention]:
    """A month or a year alone that falls within a dated visit of the same country is that visit ("the visit to X in
    March 2031" of a visit "from 3 February to 20 March 2031")."""
    def inside(v: VisitMention, w: VisitMention) -> bool:
        n = len(v.start)
        return w is not v and w.country == v.country and len(w.start or "") == 10 and len(w.end or "") == 10 \
            and w.start[:n] <= v.start <= w.end[:n]
    return [v for v in out if not (v.start and not v.end and len(v.start) < 10 and any(inside(v, w) for w in out))]


def _territories_of_the_visit(out: list[VisitMention]) -> list[VisitMention]:
    """A territory named without dates in a text on a visit to its administering State is a place of that visit ("he
    went to the capital and to the territories of X and Y"), not a visit of its own."""
    states = {v.country for v in out}
    return [v for v in out if v.start or v.end or ADMINISTERING.get(v.country) not in states]


# the follow-up of visits made, then the countries it looks at: "He means to follow up all his official visits. In 2031 he
# will look at A and B, and at ..." (visits made: completed)
_FOLLOW_UP = re.compile(r"\bfollow(?:s|ed|ing)?[- ]up\s+(?:on\s+|of\s+|to\s+)?(?:all\s+)?(?:(?:his|her|their|its|the)\s+)?"
                        r"(?:[\w-]+\s+){0,3}?visits\b", re.I)
_LOOK_AT = re.compile(r"\b(?:look(?:s|ed)?\s+(?:again\s+)?at|review(?:s|ed)?|assess(?:es|ed)?|examin(?:e|es|ed)|turn(?:s|ed)?\s+to)\s+")


def followed_up(text: str) -> list[tuple[str, tuple[int, int]]]:
    """(country, span) of each visit made that the text follows up: the countries a sentence on the follow-up of
    visits, or the next one, looks at ("will look at A and B")."""
    out = []
    for m in _FOLLOW_UP.finditer(text):
        ends = [e.end() for e in re.finditer(r"[.!?](?:\s|$)", text[m.end():m.end() + 600])]
        stop = m.end() + (ends[1] if len(ends) > 1 else ends[0] if ends else 600)
        for lm in _LOOK_AT.finditer(text, m.start(), stop):
            pos = lm.end()
            while (c := ANY_COUNTRY_RE.match(text, pos)) and c.end() <= stop:
                out.append((canonical(c.group(1)), (c.start(1), c.end(1))))
                sep = re.match(r"\s*(?:,\s*(?:and\s+)?|and\s+)(?=(?:the\s+)?[A-Z])", text[c.end():stop])
                if not sep:
                    break
                pos = c.end() + sep.end()
    return out


# the day a visit ends, given by what happens then: "At the end of the visit the expert will give her preliminary findings
# ... at a press conference in Maputo on Thursday, 2 May 2019"
_ENDS_ON = re.compile(rf"\b(?:[Aa]t|[Bb]y|[Tt]owards)\s+the\s+(?:end|close)\s+of\s+(?:the|his|her|their|this|its)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:visit|mission)\b([^.]{{0,200}}?)\bon\s+{WEEKDAY}(\d{{1,2}}\s+{MONTH_RE}\s+\d{{4}}|{MONTH_RE}\s+\d{{1,2}},\s+\d{{4}})")


def _ends_on(text: str, out: list[VisitMention]) -> list[VisitMention]:
    """The visits of a text about one country's visit, none of them dated, given the day the text says it ends on:
    announced when that sentence speaks of the end to come ("will"), else completed."""
    m = _ENDS_ON.search(text)
    if not m or len({v.country for v in out}) != 1 or any(v.start or v.end for v in out) or out[0].status == "accepted":
        return out
    status = "announced" if re.search(r"\b(?:will|shall|is\s+to|are\s+to)\b", m.group(1)) else "completed"
    return [VisitMention(out[0].country, None, parse_date(m.group(2)), status, out[0].span)]


# a table of contents' section on the visits, each country a lettered entry with its dot leaders ("Follow-up to country
# visits . . . 11 A. Bosnia and Herzegovina . . . 12 B. Bulgaria . . . 12"): visits made (not a section of requests)
_LEADERS = r"(?:\s*\.){2,}\s*(?:\d{1,3}(?!\d))?"
_CONTENTS_HEAD = re.compile(rf"\b(?:[Ff]ollow-up\s+(?:to|of|on)\s+(?:the\s+)?)?(?:[Cc]ountry|[Oo]fficial|[Ff]ield)\s+"
                            rf"(?:visits|missions)(?:\s+(?:undertaken|carried\s+out|conducted|made))?{_LEADERS}")
_CONTENTS_ITEM = re.compile(rf"\s*(?:[A-Z]|\d{{1,2}}|[ivx]{{1,4}})\.\s+([^.]{{2,60}}?){_LEADERS}")


def contents_items(text: str) -> list[VisitMention]:
    """Visits listed as the entries of a contents section on country visits (see _CONTENTS_HEAD): completed, no dates."""
    out = []
    for h in _CONTENTS_HEAD.finditer(text):
        if re.search(r"\b(?:request|planned|upcoming|forthcoming|pending|future)", text[max(0, h.start() - 30):h.end()], re.I):
            continue
        pos = h.end()
        while m := _CONTENTS_ITEM.match(text, pos):
            c = ANY_COUNTRY_RE.fullmatch(m.group(1).strip())
            if not c:
                break
            out.append(VisitMention(canonical(c.group(1)), None, None, "completed", (m.start(1), m.end(1))))
            pos = m.end()
    return out


_MONTH = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_DAY_MONTH = rf"(?:(\d{{1,2}})\s*)?({_MONTH})"
# a row of a mandate page's table of visits: the year, the country glued to it, the period in brackets with no year,
# its two ends split by a slash ("2023Honduras (22 May/2June)", "2019Nigeria (August/September)", "2017Iraq (November)")
_ROW = re.compile(rf"(?<!\d)((?:19|20)\d\d)\s*([A-Z][A-Za-z'\u00e0-\u00ff]+(?:[ -][A-Z(][A-Za-z'()\u00e0-\u00ff]*){{0,4}}?)"
                  rf"\s*\(\s*{_DAY_MONTH}(?:\s*/\s*{_DAY_MONTH})?\s*\)")


def table_rows(text: str) -> list[VisitMention]:
    """Visits in the rows of a table of past visits (see _ROW): completed, the dates as partial as the row."""
    from .un_dates import MONTHS
    out = []
    for m in _ROW.finditer(text):
        if not is_country(m.group(2)):
            continue
        year = m.group(1)

        def iso(day, month):
            return f"{year}-{MONTHS[month]:02d}" + (f"-{int(day):02d}" if day else "")
        start = iso(m.group(3), m.group(4))
        end = iso(m.group(5), m.group(6)) if m.group(6) else None
        if end and end < start:
            continue
        out.append(VisitMention(m.group(2), start, end, "completed", (m.start(2), m.end(2))))
    return out


# an item of a page's list of visits: the country, then its months in brackets ("Croatia (September/October 2016)",
# "Chad (May-June 2030)", "Peru (November 2029 to January 2030)")
_SPAN_ITEM = re.compile(r"(?<![\w'])([A-Z][A-Za-z'\u00e0-\u00ff]+(?:[ -][A-Z][A-Za-z'\u00e0-\u00ff]*){0,4}?)\s*\(\s*(?=[A-Z])")
_UPCOMING = re.compile(r"\b(?:upcoming|forthcoming|planned|scheduled|future|confirmed|to\s+come)\b", re.I)
_PAST_HEAD = re.compile(r"\b(?:past|previous|completed|undertaken|conducted|carried\s+out)\b", re.I)


def month_span_items(text: str) -> list[VisitMention]:
    """Visits in the items of a list that give each country its months (see _SPAN_ITEM): announced when the item or the
    nearest heading word before it says so ("Upcoming visits", "confirmed"), else completed."""
    out = []
    for m in _SPAN_ITEM.finditer(text):
        r = next(iter(find_month_spans(text, m.end(), m.end() + 40)), None)
        if not r or r.span[0] != m.end() or not re.match(r"\s*\)", text[r.span[1]:]):
            continue
        words = m.group(1).split(" ")            # "Upcoming: Croatia (...)": the country its last words name
        name = next((" ".join(words[k:]) for k in range(len(words)) if is_country(" ".join(words[k:]))), None)
        if not name:
            continue
        after = re.match(r"[^.;\n]{0,40}", text[r.span[1]:]).group(0)
        before = text[max(0, m.start() - 600):m.start()]
        heads = [(h.start(), "announced") for h in _UPCOMING.finditer(before)] + \
                [(h.start(), "completed") for h in _PAST_HEAD.finditer(before)]
        status = "announced" if _UPCOMING.search(after) else max(heads)[1] if heads else "completed"
        out.append(VisitMention(name, r.start, r.end, status, (m.end(1) - len(name), m.end(1))))
    return out


# one of the countries visited singled out: "The Governments of the countries she has visited cooperated well; the
# Government of X, in particular, ...", "... thanks the States he visited, in particular X and Y"
_VISITED_ONES = re.compile(r"\b(?:countries|States)\s+(?:that\s+|which\s+)?(?:she|he|they|it|the\s+[\w-]+(?:\s+[\w-]+)?)\s+"
                           r"(?:has\s+|have\s+|had\s+)?visited\b")
_SINGLED = re.compile(r"\bin\s+particular\b")
_SENTENCE_END = re.compile(r"(?<![A-Z])[.!?]\s+(?=[A-Z])")


def singled_out(text: str) -> list[VisitMention]:
    """Countries the sentence of a "countries she has visited" singles out with "in particular": completed, no dates."""
    out = []
    for m in _VISITED_ONES.finditer(text):
        end = _SENTENCE_END.search(text, m.end())
        b = end.start() if end else len(text)
        for name, s, e in find_countries(text, m.end(), b):
            if _SINGLED.search(text, max(m.end(), s - 40), s) or _SINGLED.match(text[e:e + 20].lstrip(", ")):
                out.append(VisitMention(canonical(name), None, None, "completed", (s, e)))
    return out


# a release on a coming visit that never says "visit": the expert "will meet the authorities of X" and "will give her
# preliminary findings" at the end (a press conference): an announced visit to X
_PRELIMINARY = re.compile(r"\bwill\s+(?:give|present|share|deliver|announce)\s+(?:his|her|their|its)\s+preliminary\s+"
                          r"(?:findings|observations|conclusions)\b")
_MEETS = re.compile(r"\bwill\s+(?:also\s+)?(?:meet|hold\s+(?:meetings|talks)|have\s+meetings)\s+(?:with\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:authorities|Government|officials)\s+(?:of|in)\s+")


def meetings_before_findings(text: str) -> list[VisitMention]:
    """The announced visit of a release whose expert will meet a country's authorities and then give preliminary
    findings (no visit word, no dates: a release on a coming visit)."""
    if not _PRELIMINARY.search(text):
        return []
    for m in _MEETS.finditer(text):
        c = next(iter(find_countries(text, m.end(), m.end() + 60)), None)
        if c and c[1] <= m.end() + 4:
            return [VisitMention(canonical(c[0]), None, None, "announced", (c[1], c[2]))]
    return []
