"""Country visits told in Spanish, as the Spanish versions of mission reports and statements tell them: "estuvo en
misión en X del 3 al 12 marzo de 2030", "estuvo en X del 24 de noviembre al 5 de diciembre de 2031", "visitó X del ...",
"realizó una visita oficial a X del ...", "me invitó a visitar el país del ...", a title "Misión a X" over "(3 a 12 de
marzo de 2030)". Country names are read through the ISO 3166 Spanish names pycountry ships (and the English ones), given
as the UN short names; "el país" is the one State the text names."""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .countries import COUNTRIES, canonical
from .visit_languages import localised_names, localised_period, named_states

__all__ = ["spanish_visits", "spanish_country"]

_MONTHS = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_MONTH = "(?:" + "|".join(_MONTHS) + "|setiembre)"
_DAY = r"(?:1º|1°|\d{1,2})"
_PERIOD = (rf"(?P<d1>{_DAY})(?:\s+de)?(?:\s+(?P<m1>{_MONTH}))?(?:\s+de(?:l)?\s+(?P<y1>\d{{4}}))?\s+(?:al?|hasta\s+el)\s+"
           rf"(?P<d2>{_DAY})(?:\s+de)?\s+(?P<m2>{_MONTH})\s+de(?:l)?\s+(?P<y2>\d{{4}})")
_COUNTRY = r"(?:(?:el|la|los|las)\s+(?=(?-i:[A-ZÁÉÍÓÚÑ])))?(?P<c>el\s+país|[A-ZÁÉÍÓÚÑ][^,.;()\d]{1,40}?)"
# the other ways Spanish texts write a period: "entre el 6 y el 15 de junio de 2004", a title's "7 – 15 junio 2004"
_ENTRE = (rf"(?P<d1>{_DAY})(?:\s+de\s+(?P<m1>{_MONTH}))?(?:\s+de(?:l)?\s+(?P<y1>\d{{4}}))?\s+y\s+el\s+"
          rf"(?P<d2>{_DAY})\s+de\s+(?P<m2>{_MONTH})\s+de(?:l)?\s+(?P<y2>\d{{4}})")
_DASHED = (rf"(?P<d1>{_DAY})(?:\s+(?:de\s+)?(?P<m1>{_MONTH}))?(?P<y1>)\s*[-\u2013\u2014]\s*"
           rf"(?P<d2>{_DAY})\s+(?:de\s+)?(?P<m2>{_MONTH})\s+(?:de(?:l)?\s+)?(?P<y2>\d{{4}})")
_VERB = (r"\b(?:(?:estuvo|estuvieron|estará|estarán)\s+(?:(?:en|de)\s+(?:misión|visita)(?:\s+oficial)?\s+)?en|"
         r"(?:visitó|visitaron|visitará|visitarán|visitar)(?:\s+a)?|"
         r"(?:se\s+desplazó|se\s+desplazará|viajó|viajará)\s+al?|"
         r"(?:su|mi|nuestra|una|la|esta)\s+(?:primera\s+|segunda\s+)?(?:visita|misión)(?:\s+oficial)?(?:\s+al\s+país)?\s+(?:al?|en)|"
         r"(?:realizó|realizará|efectuó|efectuará|llevó\s+a\s+cabo|llevará\s+a\s+cabo)\s+una\s+(?:visita|misión)(?:\s+oficial)?\s+(?:al?|en))\s+")
_AFTER = r"\s*,?\s+(?:(?:por\s+invitación\s+del\s+Gobierno|en\s+misión\s+oficial)\s*,?\s+)?"
_VISITS_ES = [re.compile(_VERB + rf"{_COUNTRY}{_AFTER}del?\s+{_PERIOD}", re.I),
              re.compile(_VERB + rf"{_COUNTRY}{_AFTER}entre\s+el\s+{_ENTRE}", re.I),
              # the period first, the visit after it in the sentence: "Del 6 al 15 de junio de 2004 el Relator ... estuvo en X"
              re.compile(rf"(?<![\w,])(?:Del?|Entre\s+el)\s+(?:{_PERIOD.replace('(?:al?|hasta', '(?:al?|y\\s+el|hasta')})\s*,?\s+"
                         rf"(?:[^.;:]{{1,250}}?\s)?" + _VERB.removeprefix("\\b") + _COUNTRY + r"(?=\s*[.,;(])", re.I)]
_TITLES_ES = [re.compile(rf"\bMisi[oó]n\s+(?:al?|en)\s+{_COUNTRY}\W{{0,8}}\(\s*(?:del?\s+)?{_PERIOD}\s*\)", re.I),
              re.compile(rf"\bMisi[oó]n\s+(?:al?|en)\s+{_COUNTRY}\s*{_DASHED}", re.I)]
_FUTURE_ES = re.compile(r"\b(?:estará|estarán|visitará|visitarán|se\s+desplazará|viajará|realizará|efectuará|llevará)\b", re.I)
_WORD = re.compile(r"[A-ZÁÉÍÓÚÑ][\wáéíóúñü'-]+(?:\s+(?:de\s+(?:la\s+|los\s+)?)?[A-ZÁÉÍÓÚÑ][\wáéíóúñü'-]+){0,4}")


def _plain(name: str) -> str:
    s = unicodedata.normalize("NFKD", " ".join(name.split()).lower())
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    return re.sub(r"^(?:la|el|los|las|islas)\s+", "", s)


@lru_cache(maxsize=1)
def _names() -> dict[str, str]:
    out = {_plain(k): v for k, v in localised_names("es").items()}
    out.update({_plain(k): canonical(k) for k in COUNTRIES})
    return out


def spanish_country(name: str) -> str | None:
    """The UN short name of a State named in Spanish ("Maldivas" -> "Maldives"), or None."""
    return _names().get(_plain(name))


def spanish_visits(text: str) -> list[tuple[str, str, str, str, tuple[int, int]]]:
    """(country, start, end, status, span) of each visit a text tells in Spanish with its period."""
    out, sole = [], None
    for rx in _TITLES_ES + _VISITS_ES:
        for m in rx.finditer(text):
            word = m.group("c")
            if re.fullmatch(r"el\s+país", word, re.I):
                if sole is None:
                    named = named_states(text, _WORD, spanish_country)
                    sole = next(iter(named)) if len(named) == 1 else ""
                name = sole or None
            else:
                name = spanish_country(word)
            if not name:
                continue
            status = "announced" if _FUTURE_ES.search(m.group(0)) else "completed"
            out.append((name, *localised_period(m, _MONTHS, {"setiembre": "septiembre"}), status, (m.start("c"), m.end("c"))))
    return out
