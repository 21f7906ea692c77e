"""What the readers of visits told in French, Spanish and Russian share: the States' names in a language (the ISO 3166
translations pycountry ships, given as UN short names), the States a text names, and a matched period as ISO dates."""
from __future__ import annotations

import gettext
import re
from functools import lru_cache

import pycountry

from .countries import COUNTRIES, canonical

__all__ = ["localised_names", "named_states", "localised_date", "localised_period"]


@lru_cache(maxsize=4)
def localised_names(lang: str) -> dict[str, str]:
    """The name of each State in a language ("fr", "es", "ru"; ISO 3166, lower case) to its UN short name."""
    tr = gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
    out = {}
    for c in pycountry.countries:
        for en in {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}:
            head, _, tail = en.partition(", ")          # ISO's inverted names: "Bolivia, Plurinational State of"
            un = next((n for n in (f"{head} ({tail})", f"{tail} {head}", canonical(en), canonical(head)) if n in COUNTRIES), None)
            if un:
                out[tr.gettext(en).lower()] = canonical(un)
    return out


def named_states(text: str, word_re: re.Pattern, country) -> set[str]:
    """The States a text names: in each run of capitalised words (word_re), the longest name that ends the run and
    that country() knows."""
    found = set()
    for m in word_re.finditer(text):
        words = m.group(0).split()
        for i in range(len(words)):
            n = country(" ".join(words[i:]))
            if n:
                found.add(n)
                break
    return found


def localised_date(day: str, month: str, year: str, months: list[str], aliases: dict[str, str] | None = None) -> str:
    """An ISO date from a day ("1er", "1º": its digits), a month named in a language whose month names, January first,
    are months (aliases: other spellings, "setiembre"), and a year."""
    month = month.lower()
    month = (aliases or {}).get(month, month)
    return f"{year}-{months.index(month) + 1:02d}-{int(re.match(r'\d+', day).group()):02d}"


def localised_period(m: re.Match, months: list[str], aliases: dict[str, str] | None = None) -> tuple[str, str]:
    """(start, end) ISO dates of a matched period with groups d1 m1 y1 d2 m2 y2 (the start's month and year may be left
    to the end's)."""
    start = localised_date(m.group("d1"), m.group("m1") or m.group("m2"), m.group("y1") or m.group("y2"), months, aliases)
    return start, localised_date(m.group("d2"), m.group("m2"), m.group("y2"), months, aliases)
