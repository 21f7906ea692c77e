"""Visits a text dates only by a year (used by ``visit_reader``): the holder's own visit named with its year before the
visit word ("his 2013 fact-finding mission to the country", "her 2019 visit to X"), and visits told by a year relative
to the text's date ("Earlier this year she visited X and Y", "earlier last year he went to X": the dateline's year, or the one
before)."""
from __future__ import annotations

import re

from .countries import ANY_COUNTRY_RE

__all__ = ["years_told"]

_YEAR_BEFORE = re.compile(r"\b(?:my|his|her|their|its|the)\s+((?:19|20)\d\d)\s+(?:(?:official|country|fact-finding|"
                          r"follow-up|first|last)\s+)*(?:visit|mission)\s+to\s+", re.I)
_RELATIVE = re.compile(r"\b(?:earlier\s+(this|last)\s+year|(?:in|during)\s+(?:the\s+(?:early|first)\s+"
                       r"(?:months|half)\s+of\s+)?(this|last)\s+year|(this|last)\s+year)\b,?\s+(?:[\w.]+\s+){0,3}?"
                       r"(?:(?:had\s+)?visited|went\s+to|travell?ed\s+to|(?:had\s+)?(?:made|carried\s+out|undertook)\s+"
                       r"(?:\w+\s+){0,2}(?:visits?|missions?)\s+to)\s+", re.I)
# a visit told by a relative year after the visit words: "she visited X and Y earlier this year"
_RELATIVE_AFTER = re.compile(r"\b(?:visited|went\s+to|travell?ed\s+to)\s+([^.;]{1,80}?)\s+earlier\s+(this|last)\s+year\b", re.I)


def years_told(text: str, a: int, b: int, issued: str | None) -> list[tuple[str, int, int]]:
    """(year, start, end) of the stretch of text[a:b] naming the countries of each visit dated only by its year."""
    out = [(m.group(1), m.end(), _clause_end(text, m.end(), b)) for m in _YEAR_BEFORE.finditer(text, a, b)]
    year = int(issued[:4]) if issued and issued[:4].isdigit() else None
    if year:
        for m in _RELATIVE.finditer(text, a, b):     # (the countries its object: not "went to the EU in Brussels and to X")
            if not ANY_COUNTRY_RE.match(text, m.end()):
                continue
            rel = next(g for g in m.groups() if g).lower()
            out.append((str(year - (rel == "last")), m.end(), _clause_end(text, m.end(), b)))
        for m in _RELATIVE_AFTER.finditer(text, a, b):
            out.append((str(year - (m.group(2).lower() == "last")), m.start(1), m.end(1)))
    return out


_CLAUSE_END = re.compile(r"[.;:]|,\s+(?:where|which|who|when|and|but)\b|\s+(?:from|between|on)\s+\d")


def _clause_end(text: str, s: int, b: int) -> int:
    m = _CLAUSE_END.search(text, s, b)
    return m.start() if m else b
