"""Country visits told in Russian, as the Russian versions of mission reports tell them: "побывала в Японии с официальным
визитом 12−17 июля 2009 года", "посетил Францию с 3 по 12 марта 2030 года", "находилась в Перу с 3 по 12 марта ...".
A State's name is read in any of its cases: each word of its ISO 3166 Russian name (pycountry) by its stem (the name
less its last vowel or soft sign), given as the UN short name."""
from __future__ import annotations

import re
from functools import lru_cache

from .visit_languages import localised_names, localised_period

__all__ = ["russian_visits"]

_MONTHS = "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split()
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_PERIOD = (rf"(?:с\s+)?(?P<d1>\d{{1,2}})(?:\s+(?P<m1>{_MONTH}))?(?:\s+(?P<y1>\d{{4}})\s+года)?\s*(?:[-\u2010-\u2015\u2212]|по)\s*"
           rf"(?P<d2>\d{{1,2}})\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}})\s+(?:года|г\.)")
_VERB = (r"(?:побывал[аио]?|посетил[аио]?|находил(?:ся|ась|ись)|пребывал[аио]?|"
         r"(?:совершил[аио]?|осуществил[аио]?)\s+(?:\w+\s+){0,2}(?:визит|поездку|миссию))\s+(?:в\s+|во\s+)?")


_VERB_RE = re.compile(_VERB, re.I)
# the period after the State's name, the visit's words between: "с официальным визитом 12−17 июля 2009 года"
_PERIOD_AFTER = re.compile(r"\s*(?:с\s+официальным\s+визитом\s+|с\s+(?:\w+\s+){0,2}(?:визитом|миссией)\s+)?" + _PERIOD, re.I)


def _stem(word: str) -> str:
    return re.sub(r"(?:ия|ая|ий|ый|ой|ь|[аяоеиыйу])$", "", word) if len(word) > 4 else word


@lru_cache(maxsize=1)
def _names() -> list[tuple[re.Pattern, str]]:
    """(pattern reading the name in any case, UN short name), longest names first."""
    out = []
    for ru, un in sorted(localised_names("ru").items(), key=lambda kv: -len(kv[0])):
        words = ru.split()
        out.append((re.compile(r"\s+".join(re.escape(_stem(w)) + r"[а-яё]{0,3}" for w in words) + r"(?![а-яё])", re.I), un))
    return out


def _country(text: str, pos: int) -> tuple[str, int] | None:
    for rx, un in _names():
        m = rx.match(text, pos)
        if m:
            return un, m.end()
    return None


def russian_visits(text: str) -> list[tuple[str, str, str, str, tuple[int, int]]]:
    """(country, start, end, status, span) of each visit a text tells in Russian with its period."""
    out = []
    for m in _VERB_RE.finditer(text):
        c = _country(text, m.end())
        p = _PERIOD_AFTER.match(text, c[1]) if c else None
        if p:
            out.append((c[0], *localised_period(p, _MONTHS), "completed", (m.end(), c[1])))
    return out
