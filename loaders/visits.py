"""Country visits in any kind of UN text, with their dates and status.

Two readers: the sentences (``visit_reader``: a unit with a visit word and a country, its period
and status; see there), and lists of visits where each country heads its dates ("Ukraine
8-18 September 2015", the name doubled by an image's alternative text: "HondurasHonduras").
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .countries import find_countries, is_country
from .un_dates import find_ranges
from .visit_reader import read_visits

__all__ = ["VisitMention", "find_visits", "heading_country"]

_VISIT_WORD = re.compile(r"\b(?:visit(?:s|ed)?|missions?|went to|travel(?:led)? to)\b", re.I)


@dataclass
class VisitMention:
    country: str
    start: str | None
    end: str | None
    status: str                   # announced | completed | accepted
    span: tuple[int, int]         # of the country name in the text given


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


def find_visits(text: str, blocks: list[int] = (), src: str | None = None) -> list[VisitMention]:
    """Visits stated in text (a cleaned stream; ``blocks``: offsets where a block starts; ``src``: the original,
    for its dateline), in order, one per country and period."""
    out = [VisitMention(v.country, v.start, v.end, v.status, v.span) for v in read_visits(text, blocks, src)]
    if _VISIT_WORD.search(text):
        for r in find_ranges(text):
            for name, s, e in heading_country(text, r.span[0]):
                if not any(v.country == name and v.start == r.start for v in out):
                    out = [v for v in out if not (v.country == name and v.start is None)]
                    out.append(VisitMention(name, r.start, r.end, "completed", (s, e)))
    return sorted(out, key=lambda v: v.span)
