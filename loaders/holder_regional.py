"""A regional body's rapporteur or commissioner named beside a UN expert is no holder of a UN special procedure:
"NAME, the Special Rapporteur on X of the African Commission ...", "the Inter-American Commission's Rapporteur, NAME",
"her counterpart of the African Commission ..., NAME"; nor is a place the text names after "in": "Speaking in
Port Louis, the Special Rapporteur said"."""
from __future__ import annotations

import re

from .name_titles import OPT_TITLE_GLUED

# regional (not UN) human rights bodies that have rapporteurs and commissioners of their own
REGIONAL_BODY = (r"(?:African\s+Commission|Inter-American\s+(?:Commission|Court)|IACHR|ACHPR|African\s+Union|Council\s+of\s+Europe|"
                 r"Organi[sz]ation\s+of\s+American\s+States|OSCE|Organi[sz]ation\s+for\s+Security\s+and\s+Co-?operation|"
                 r"European\s+(?:Commission|Committee|Union|Court)|ASEAN|League\s+of\s+Arab\s+States|Arab\s+League|"
                 # the same in Spanish or French: "la Comisión Interamericana", "la Commission africaine"
                 r"Comisi\u00f3n\s+(?:Interamericana|Africana)|Corte\s+Interamericana|Commission\s+(?:africaine|interam\u00e9ricaine)|CIDH|CADHP)")
_ROLE = r"(?:[Cc]ounterpart|[Cc]olleague|[Cc]oll\u00e8gue|[Hh]omologue|[Cc]olega|[Hh]om\u00f3log[oa]|Rapporteur|Relator[a]?|Rapporteuse|Commissioner|Comisionad[oa]|Commissaire|Chair\w*|President[ae]?|Pr\u00e9sidente?|[Mm]ember|[Mm]iembro)"
_OF = r"(?:(?:of|at|for|from|in)\s+the|de\s+la|del|de\s+l['\u2019]|du)"
_NOT_UN = r"(?!\b(?:UN|U\.N\.|United\s+Nations|Naciones\s+Unidas|Nations\s+[Uu]nies|ONU|who|which|that|que)\b)"
# the office after the name: "NAME (Country), the Special Rapporteur on X of the Inter-American Commission"
_AFTER = re.compile(rf"\s*(?:\([^()]{{2,40}}\)\s*)?,\s*(?:the\s+|an?\s+|its\s+|her\s+|his\s+)?(?:{_NOT_UN}(?!(?:and|et|y|with|avec|con)\b)[\w-]+\s+){{0,2}}?{_ROLE}\b"
                    rf"(?:{_NOT_UN}[^.;,]){{0,120}}?\b{_OF}\s*{REGIONAL_BODY}")
# the office before the name: "the African Commission's Special Rapporteur, NAME", "her counterpart of the African
# Commission on X, NAME", "the Rapporteur of the Inter-American Commission, NAME"
_BEFORE = re.compile(rf"(?:\b{REGIONAL_BODY}['\u2019]s\s+(?:[\w-]+\s+){{0,4}}?{_ROLE}\b[^.;,]{{0,100}}?"
                     rf"|\b{_ROLE}\s+{_OF}\s*{REGIONAL_BODY}[^.;]{{0,100}}?),\s*(?:(?:el|la)\s+)?(?:Sra\.?\s+|Sr\.?\s+|Mme\s+|M\.\s+)?{OPT_TITLE_GLUED}$")


def regional_officer(text: str, span: tuple[int, int]) -> bool:
    """Whether the name at span is given as an officer of a regional (not UN) human rights body."""
    s, e = span
    return bool(_AFTER.match(text, e) or _BEFORE.search(text[max(0, s - 220):s]))


_PLACE_WORD = re.compile(r"\b(?:[Ii]n|near|across|throughout|outside|inside)\s+$")


# a name inside a list of places the expert goes to: "will go to CITY, NAME, CITY and CITY", "visit CITY, NAME y CITY"
_CAP = r"[A-Z\u00c0-\u00de][\w\u00c0-\u00ff'-]*"
_LIST_BEFORE = re.compile(rf"\b(?:to|in|visit\w*|a|en|\u00e0|visitar\w*)\s+(?:{_CAP}(?:\s+{_CAP})?,\s+)+$")
_LIST_AFTER = re.compile(rf"(?:,\s+{_CAP}(?:\s+{_CAP})?)*,?\s+(?:and|y|e|et)\s+{_CAP}")


def a_place(text: str, name: str) -> bool:
    """Whether every mention of name follows "in", "near", ... (a place: "in Port Louis, the Special Rapporteur"),
    or sits inside a list of places after "to", "in", "visit" (an item before it, an "and" item after)."""
    spots = [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", text)]
    return bool(spots) and all(_PLACE_WORD.search(text[max(0, s - 12):s])
                               or _LIST_BEFORE.search(text[max(0, s - 120):s]) and _LIST_AFTER.match(text, e) for s, e in spots)


def no_un_holder(text: str, h) -> bool:
    """Whether the holder read at h.span is no UN mandate holder (a regional body's officer, a place)."""
    return regional_officer(text, h.span) or a_place(text, h.name)


# the older title of some mandates before the name: "the Representative of the UN Secretary-General on internally
# displaced persons, NAME,", "the Secretary-General's Representative on X, Mr. NAME" (a Special Representative of the
# Secretary-General is no special procedure)
_OLDER_TITLE = re.compile(r"(?:(?<!Special )(?<!Deputy )\bRepresentative\s+of\s+the\s+(?:UN\s+|U\.N\.\s+|United\s+Nations\s+)?Secretary-General"
                          r"|\bSecretary-General['\u2019]s\s+Representative)\s+(?:on|for)\s+[^.;:()\"\u201c]{1,120}?,\s*" + OPT_TITLE_GLUED)


def older_title_before(text: str, name_re, clean) -> list[tuple[str, int, int, str]]:
    """(name, start, end, words) of a holder named after the older title (see _OLDER_TITLE)."""
    out = []
    for m in _OLDER_TITLE.finditer(text):
        n = name_re.match(text, m.end())
        if n and (name := clean(n.group(0))) and " ".join(n.group(0).split()) == name:
            out.append((name, n.start(), n.end(), " ".join(m.group(0).split())))
    return out
