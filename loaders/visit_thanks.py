"""An end-of-visit statement that names no visit word: the expert thanks a Government for inviting her and gives
preliminary findings (English, Spanish, French forms): a visit to that country, completed (announced when the
findings are still to come: "will present her preliminary findings"). Used by ``visits.find_visits``."""
from __future__ import annotations

import re

from .countries import canonical, find_countries

__all__ = ["thanked_for_invitation"]

# "I thank the Government of X for inviting me", "Doy las gracias al Gobierno de X por haberme invitado",
# "Je remercie le Gouvernement de X de son invitation"
_THANKS = re.compile(
    r"\b(?:thank(?:s|ed)?|grateful\s+to|gratitude\s+to)\s+the\s+Government\s+of\s+(?:the\s+)?(?=\S)"
    r"|\b(?:[Dd]oy\s+las\s+gracias|[Aa]gradezco|[Aa]gradece|[Qq]uisiera\s+agradecer|[Dd]eseo\s+agradecer)\s+al\s+Gobierno\s+(?:de\s+)?"
    r"|\b(?:[Jj]e\s+remercie|remercie)\s+le\s+Gouvernement\s+(?:de\s+|du\s+|d['\u2019]\s*)?")
_FOR_INVITING = re.compile(
    r"\s*,?\s*(?:for|por|de|pour)\s+(?:(?:its|their|his|her|su|son|sa)\s+(?:kind\s+|amable\s+|aimable\s+)?(?:invitation|invitaci[oó]n)"
    r"|(?:inviting|having\s+invited)\s+(?:me|her|him|us)|haberme\s+invitado|invitarme|m['\u2019]avoir\s+invit[ée]e?)", re.I)
_PRELIMINARY = re.compile(r"\bpreliminary\s+(?:findings|observations|conclusions|recommendations|impressions)\b"
                          r"|\b(?:observaciones|conclusiones|impresiones|recomendaciones)\s+(?:y\s+\w+\s+)?preliminares\b"
                          r"|\b(?:observations|conclusions|recommandations)\s+(?:et\s+\w+\s+)?préliminaires\b", re.I)
_TO_COME = re.compile(r"\b(?:will|shall|presentará|dará|compartirá|présentera|donnera)\b[^.]{0,80}$", re.I)


def thanked_for_invitation(text: str) -> list[tuple[str, str, tuple[int, int]]]:
    """(country, status, span) of a visit the text tells by thanks for an invitation and preliminary findings."""
    pm = _PRELIMINARY.search(text)
    if not pm:
        return []
    for m in _THANKS.finditer(text):
        c = next(iter(find_countries(text, m.end(), m.end() + 60)), None)
        if c and c[1] <= m.end() + 4 and _FOR_INVITING.match(text, c[2]):
            status = "announced" if _TO_COME.search(text[max(0, pm.start() - 120):pm.start()]) else "completed"
            return [(canonical(c[0]), status, (c[1], c[2]))]
    return []
