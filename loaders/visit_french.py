"""Country visits told in French, as the French versions of mission reports tell them: "sa visite en Ukraine du 30 avril
au 10 mai 2019", "lors de sa mission en Inde, du 22 avril au 1er mai 2013", "s'est rendue au Pérou du 3 au 14 mars 2031",
"s'est rendu à X pour sa première visite officielle du 25 au 31 octobre 2016", "la mission qu'il a faite au X du 4 au 12 août
2030".
Country names are read through the ISO 3166 French names pycountry ships, given as the UN short names."""
from __future__ import annotations

import re

from .visit_languages import localised_date, localised_names, localised_period, named_states

__all__ = ["french_visits", "french_country"]

_MONTHS = ("janvier février mars avril mai juin juillet août septembre octobre novembre décembre").split()
_MONTH = "(?:" + "|".join(_MONTHS) + ")"
_DAY = r"(?:1er|\d{1,2})"
_VISIT_FR = re.compile(
    r"\b(?:(?:la|sa|une)\s+(?:visite|mission)(?:\s+officielle)?\s+qu['\u2019](?:il|elle)s?\s+(?:a|ont|avait|avaient)\s+(?:faite|effectuée)s?|"
    r"(?:sa|son|leur|une|la|cette)\s+(?:(?:première|deuxième|seconde|dernière|récente)\s+)?(?:visite|mission)(?:\s+(?:officielle|de\s+pays))?|s['\u2019]est\s+rendue?|"
    r"se\s+sont\s+rendu(?:e)?s|(?:a|ont)\s+(?:effectué|fait)\s+une\s+(?:visite|mission)(?:\s+officielle)?)\s+"
    r"(?:en|au|aux|à|dans\s+l[ea]|dans\s+les)\s+(?P<c>[A-ZÉÎ][^,.;()\d]{1,40}?)\s*,?\s+(?:(?:pour|dans\s+le\s+cadre\s+de)\s+[^,.;]{0,60}?\s+)?"
    rf"du\s+(?P<d1>{_DAY})(?:\s+(?P<m1>{_MONTH}))?(?:\s+(?P<y1>\d{{4}}))?\s+au\s+(?P<d2>{_DAY})\s+(?P<m2>{_MONTH})\s+(?P<y2>\d{{4}})",
    re.I)
_FUTURE_FR = re.compile(r"\b(?:se\s+rendra|effectuera|(?:va|doit)\s+(?:se\s+rendre|effectuer))\b", re.I)


def french_country(name: str) -> str | None:
    """The UN short name of a State named in French ("Inde" -> "India"), or None."""
    return localised_names("fr").get(" ".join(name.split()).lower().removeprefix("l'").removeprefix("la "))


# the visit's last day told by what happens at its end: "Au terme de sa mission, le 5 décembre 2030, elle donnera une
# conférence de presse", "À l'issue de sa visite, le 12 mai 2031, il présentera ..." (the country: the one State named)
_AT_END_FR = re.compile(rf"\b(?:au\s+terme|à\s+la\s+fin|a\s+la\s+fin|à\s+l['\u2019]issue|a\s+l['\u2019]issue)\s+de\s+"
                        rf"(?:sa|son|leur|cette|la)\s+(?:visite|mission)(?:\s+officielle)?\s*,?\s+le\s+(?P<d>{_DAY})\s+"
                        rf"(?P<m>{_MONTH})\s+(?P<y>\d{{4}})[^.;]*", re.I)
_FUTURE_ANY_FR = re.compile(r"\b(?:se\s+rendra|effectuera|donnera|tiendra|présentera|fera|partagera|rencontrera|sera)\b", re.I)
_CAPS_FR = re.compile(r"[A-ZÉÎ][\w'\u2019éèêëàâîïôûüç-]+(?:\s+(?:de\s+|du\s+|des\s+)?[A-ZÉÎ][\w'\u2019éèêëàâîïôûüç-]+){0,3}")


def french_visits(text: str) -> list[tuple[str | None, str | None, str, str, tuple[int, int]]]:
    """(country, start, end, status, span) of each visit text tells in French with its period."""
    out, named = [], None
    for m in _AT_END_FR.finditer(text):
        named = named if named is not None else named_states(text, _CAPS_FR, french_country)
        if len(named) == 1:
            status = "announced" if _FUTURE_ANY_FR.search(m.group(0)) else "completed"
            end = localised_date(m.group("d"), m.group("m"), m.group("y"), _MONTHS)
            out.append((next(iter(named)), None, end, status, (m.start(), m.end("y"))))
    for m in _VISIT_FR.finditer(text):
        name = french_country(m.group("c"))
        if not name:
            continue
        status = "announced" if _FUTURE_FR.search(m.group(0)) else "completed"
        out.append((name, *localised_period(m, _MONTHS), status, (m.start("c"), m.end("c"))))
    return out
