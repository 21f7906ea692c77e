"""Does a piece of source text state a value? One matcher per kind of value, written for the ways UN
documents print them: dates ("25 June 2012", "25-29 June 2012", "from 30 November to 8 December
2015", "June 25, 2012", "2012-06-25", French month names), resolution numbers ("35/3" also inside
"A/HRC/RES/35/3"), symbols, persons (by surname), countries, votes ("31 in favour, 13 against and 3
abstentions"), term lengths ("three years") and paragraph numbers ("para. 1 (b)"). And, for lineage
events, whether the wording around the resolution supports the event's kind.
"""
from __future__ import annotations

import re

_MONTHS_EN = "January February March April May June July August September October November December".split()
_MONTHS_FR = "janvier février mars avril mai juin juillet août septembre octobre novembre décembre".split()
_MONTHS_ES = "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre".split()
_NUM_WORDS = "one two three four five six seven eight nine ten".split()


def _month(m: int) -> str:
    names = {_MONTHS_EN[m - 1], _MONTHS_FR[m - 1], _MONTHS_ES[m - 1], _MONTHS_EN[m - 1][:3] + r"\."}
    return "(?:" + "|".join(sorted(names)) + ")"


_ANY_MONTH = "(?:" + "|".join(_MONTHS_EN + _MONTHS_FR + _MONTHS_ES) + ")"
_DASH = r"\s*(?:-|–|—|to|and|au|al|y|et)\s*"


def _date_patterns(value: str) -> list[str]:
    m = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", value)
    if not m:
        return [re.escape(value)]
    y, mo, d = m.group(1), m.group(2), m.group(3)
    if mo is None:
        return [rf"(?<!\d){y}(?!\d)"]
    mon = _month(int(mo))
    if d is None:
        return [rf"{mon}(?:\s+of)?\s+(?:de\s+)?{y}", rf"(?<!\d){y}-{mo}(?!\d)"]
    day = str(int(d))
    tail = rf"(?:\s+(?:de\s+)?{y}|(?!\s+\d))"     # the year, or a date in a sentence that gives it elsewhere
    return [
        rf"(?<!\d){day}(?:st|nd|rd|th|er)?\s+(?:de\s+)?{mon}{tail}",                 # 25 June 2012
        rf"(?<!\d){day}{_DASH}\d{{1,2}}\s+(?:de\s+)?{mon}{tail}",                    # 25-29 June 2012
        rf"(?<!\d)\d{{1,2}}{_DASH}{day}\s+(?:de\s+)?{mon}{tail}",                    # 25-29 June (end)
        rf"(?<!\d){day}\s+{mon}{_DASH}\d{{1,2}}\s+{_ANY_MONTH}\s+{y}",               # 30 November to 8 December 2015
        rf"(?<!\d){day}\s+{mon}{_DASH}\d{{1,2}}\s+{_ANY_MONTH}",
        rf"{mon}\s+{day},?\s+{y}",                                                    # June 25, 2012
        rf"(?<!\d){y}-{mo}-{d}(?!\d)",
    ]


def _ref_pattern(ref: str) -> str:
    number = ref.split(" ", 1)[-1]
    return rf"(?:(?<=RES/)|(?<=DEC/)|(?<![\d/]))(?:S-)?{re.escape(number)}(?![\d]|/\d)"


def _symbol_pattern(symbol: str) -> str:
    parts = [re.escape(p) for p in symbol.split("/")]
    return r"(?<![\w/])" + r"/\s?".join(parts) + r"(?![\w]|/\w|\.\d)"


def _person_pattern(name: str) -> str:
    surname = name.split()[-1]
    return rf"\b{re.escape(surname)}\b"


def _country_patterns(name: str) -> list[str]:
    short = name.split(" (")[0].strip()
    pats = [rf"\b{re.escape(short)}\b"]
    last = short.split()[-1]
    if len(last) >= 5 and last != short:
        pats.append(rf"\b{re.escape(last)}\b")
    return pats


def _vote_patterns(value: str) -> list[str]:
    m = re.fullmatch(r"(\d+)-(\d+)-(\d+)", value)
    if not m:
        return [re.escape(value)]
    a, b, c = m.groups()
    pats = [rf"(?<!\d){a}\s*(?:-|to)\s*{b}(?:\s*(?:-|to)\s*{c})?(?!\d)",
            rf"(?<!\d){a}(?!\d)\D{{1,60}}(?<!\d){b}(?!\d)\D{{1,60}}(?<!\d){c}(?!\d)"]
    if c == "0":
        pats.append(rf"(?<!\d){a}(?!\d)\D{{1,60}}(?<!\d){b}(?!\d)[^.]{{0,60}}\bno abstentions?\b")
    return pats


def _duration_patterns(value: str) -> list[str]:
    m = re.fullmatch(r"P(\d+)([YM])", value)
    if not m:
        return [re.escape(value)]
    n, unit = int(m.group(1)), "year" if m.group(2) == "Y" else "month"
    word = _NUM_WORDS[n - 1] if 1 <= n <= 10 else str(n)
    return [rf"\b(?:{word}|{n})[\s-]+{unit}s?\b"]


def _paragraph_patterns(value: str) -> list[str]:
    m = re.fullmatch(r"(\d{1,3})(?:\s*\(([a-z])\))?", value.strip())
    if not m:
        return [re.escape(value)]
    n, letter = m.groups()
    if letter:
        return [rf"(?<![\d/]){n}\s*\({letter}\)"]
    return [rf"(?:para(?:graph)?s?\.?|§)\s*(?:\d{{1,3}}(?:\s*\([a-z]\))?\s*(?:,|and)\s*)*{n}(?![\d/])"]


def patterns(kind: str, value: str) -> list[str]:
    """Regular expressions any of which, found in a text, states the value."""
    if kind == "date":
        return _date_patterns(value)
    if kind in ("ref", "event"):
        return [_ref_pattern(value)]
    if kind == "symbol":
        return [_symbol_pattern(value)]
    if kind == "addendum":              # an addendum's symbol is its parent's plus "/Add.n"
        return [_symbol_pattern(value), _symbol_pattern(value).replace(r"(?![\w]|/\w|\.\d)", "") + r"/\s?Add\.\d"]
    if kind == "res-symbol":            # "A/HRC/RES/23/12": the symbol, or the resolution number it is built from
        number = re.sub(r"^.*?/(?:RES|DEC)/", "", value)
        return [_symbol_pattern(value), _ref_pattern("x " + number)]
    if kind == "person":
        return [_person_pattern(value)]
    if kind == "country":
        return _country_patterns(value)
    if kind == "vote":
        return _vote_patterns(value)
    if kind == "duration":
        return _duration_patterns(value)
    if kind == "paragraph":
        return _paragraph_patterns(value)
    return [re.escape(value)]


_OFFICE = re.compile(r"\b(?:[Ii]ndependent [Ee]xpert|[Ss]pecial [Rr]apporteur|mandate holder|she|he|her|his)\b")
# "Reaffirming all previous resolutions and decisions ...": earlier resolutions named collectively, not by number
_COLLECTIVE = re.compile(r"\b(?:all|every)\s+(?:(?:its|the|of\s+its|of\s+the)\s+)?(?:previous|earlier|prior|relevant|past)\s+"
                         r"(?:resolutions?|decisions?)\b", re.I)


def names_collectively(text: str) -> str | None:
    """The words by which a text refers to earlier resolutions as a whole ("all previous resolutions"), or None."""
    m = _COLLECTIVE.search(text)
    return " ".join(m.group(0).split()) if m else None


def names_office(text: str) -> bool:
    """True when a text speaks of the office holder without a name ("the Independent Expert", "she")."""
    return bool(_OFFICE.search(text))


def states(text: str, kind: str, value: str) -> bool:
    """True when the text states the value (case-insensitive except for persons)."""
    flags = 0 if kind == "person" else re.I
    return any(re.search(p, text, flags) for p in patterns(kind, value))


# ------------------------------------------------------------------------- event kinds

_WORDING = {
    "reaffirmed": re.compile(r"\b(?:reiterat\w*|reaffirm\w*|repeat\w*|renew\w*|again|continu\w*|"
                             r"maintain\w*|confirm\w*|still)\b", re.I),
    "changed": re.compile(r"\b(?:widen\w*|expand\w*|broaden\w*|amend\w*|chang\w*|modif\w*|replac\w*|"
                          r"revis\w*|no longer|now|instead|add\w*)\b", re.I),
    "added": re.compile(r"\b(?:request\w*|decid\w*|ask\w*|invit\w*|mandat\w*|entrust\w*|call\w* (?:up)?on|"
                        r"encourag\w*|creat\w*|establish\w*|task\w*)\b", re.I),
}
_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-Z(])")


def event_wording(text: str, kind: str, ref: str, referred_back: bool = False) -> str:
    """'supported', 'not supported: ...' or 'cannot decide' for an event of this kind by ref (the
    sentences naming the resolution; all of them when the text refers back to it)."""
    pat = re.compile(_ref_pattern(ref))
    sentences = [s for s in _SENTENCE.split(text) if referred_back or pat.search(s)]
    if not sentences:
        return "cannot decide: the resolution is not named in the located text"
    found = {k for k, rx in _WORDING.items() for s in sentences if rx.search(s)}
    if kind == "superseded":
        return "cannot decide: no wording rule for superseded"
    if kind in found:
        if kind == "added" and "reaffirmed" in found:
            return "cannot decide: the wording both requests and repeats"
        return "supported"
    if not found:
        return "cannot decide: no verb names what the resolution did (a citation only)"
    if "reaffirmed" in found:
        found.discard("added")          # "reiterates its request": the request is what is repeated
    if found == {"added"} and kind in ("reaffirmed", "changed"):
        # "requests" fits a repeated or an amended request alike: only the earlier wording can tell
        return "cannot decide: the text shows a request, not whether it repeats or changes an earlier one"
    return "not supported: the wording suggests " + " or ".join(sorted(found))
