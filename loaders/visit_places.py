"""Names a text gives to places of visits (used by ``visit_reader``): the short names standing for a longer one it
writes ("Congo" after "Democratic Republic of the Congo"), and places it locates in a country ("Havana, Cuba")."""
from __future__ import annotations

import re

from .countries import ANY_COUNTRY_RE, TERRITORIES, canonical

__all__ = ["REGION_WORD", "long_names", "places", "city_locator"]

# a place the text locates in a country: "Havana, Cuba, Jul 14", "Beijing, China": a visit to the place is one to the country
_PLACE_OF = re.compile(r"(?<![\w'])([A-Z][a-z\u00e0-\u00ff]+(?: [A-Z][a-z\u00e0-\u00ff]+)?),\s+" + ANY_COUNTRY_RE.pattern.replace("(?:the\\s+)?(", "(?:the\\s+)?(?P<c>", 1))


# a country written only to locate a city where something happened: "met agencies in Nairobi, Kenya", "began in Accra, Ghana"
_IN_CITY_OF = re.compile(r"\b(?:in|at)\s+(?:[A-Z][\w'\u2019-]+\s+){0,2}[A-Z][\w'\u2019-]+,\s*(?:the\s+)?$")


def city_locator(text: str, start: int, country: str, topic: str | None) -> bool:
    """Whether the country at start only locates a city ("in Nairobi, Kenya") in a text on another country's visit."""
    return bool(topic) and topic != country and bool(_IN_CITY_OF.search(text[max(0, start - 60):start]))


def long_names(text: str) -> dict[str, str]:
    """Short names standing for a longer one the text writes: "Congo" after "Democratic Republic of (the) Congo",
    a short form it defines: "... Congo (DRC)"."""
    out = {}
    for m in ANY_COUNTRY_RE.finditer(text):
        full = canonical(m.group(1))
        tail = re.search(r"\bof (?:the )?(\w+)$", full)
        if tail and ANY_COUNTRY_RE.fullmatch(tail.group(1)):
            out.setdefault(tail.group(1), full)
    for m in re.finditer(ANY_COUNTRY_RE.pattern + r"\s*\(([A-Z]{2,5})\)", text):
        out[m.group(2)] = canonical(m.group(1))
    return out


def places(text: str) -> dict[str, str]:
    """Places the text locates in a country ("Havana, Cuba"): a visit to Havana is a visit to Cuba."""
    out = {}
    for m in _PLACE_OF.finditer(text):
        if not ANY_COUNTRY_RE.fullmatch(m.group(1)):
            out.setdefault(m.group(1), canonical(m.group("c")))
    return out


# a position or "new" word glued before a State's name makes a place's name (the longer listed names, "South Sudan",
# "Papua New Guinea", "North Korea", are matched whole before this)
REGION_WORD = re.compile(r"\b(?:Central|Northern|Southern|Eastern|Western|North|South|East|West|Upper|Lower|Greater|Inner|Outer|"
                          r"New|Nueva|Nuevo|Nouvelle|Nouveau|Nova|Novo|Nuova|Nuovo|Little)\s+$")


def paired(text: str, found: list) -> list | None:
    """The last two countries found, when they are written "A and B" and no other country is named (a State and a
    territory visited together: "the visit I made ... in Serbia and Kosovo"); None otherwise."""
    if len(found) < 2 or len({c[0] for c in found}) != 2 or found[-1][0] == found[-2][0] or \
            not any(c[0] in TERRITORIES for c in found):          # (two States: not read so)
        return None
    return found[-2:] if re.fullmatch(r"\s+and\s+(?:in\s+)?(?:the\s+)?", text[found[-2][2]:found[-1][1]]) else None


# a State's name that is also the name of a part of another State (a state of the United States of America named
# "Georgia"): in a text naming that other State, the name written as a part of it ("Atlanta, Georgia", "Georgia
# (Atlanta)", or in a list beside another of its parts) is the part, not the State
_PART_HOMONYMS = {"Georgia": ("United States of America", "Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|"
                  "Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|"
                  "Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|"
                  "New Mexico|New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
                  "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|Washington|West Virginia|"
                  "Wisconsin|Wyoming|Puerto Rico")}


def part_of_other_state(text: str, name: str, start: int, end: int) -> bool:
    """Whether the State name at text[start:end] stands for a part of another State the text names."""
    if name not in _PART_HOMONYMS:
        return False
    state, parts = _PART_HOMONYMS[name]
    if not any(canonical(m.group(1)) == state for m in ANY_COUNTRY_RE.finditer(text)):
        return False
    before, after = text[max(0, start - 40):start], text[end:end + 40]
    parts_re = r"(?:%s)" % parts.replace(" ", r"\s+")
    return bool(re.search(r"[A-Z][\w.'-]+,[ \t]*$", before) or re.match(r"\s*\([A-Z]", after)
                or re.search(parts_re + r"(?:\s*\([^()]*\))?\s*(?:,|and)\s*$", before)
                or re.match(r"(?:\s*\([^()]*\))?\s*(?:,|and)\s*" + parts_re + r"\b", after))
