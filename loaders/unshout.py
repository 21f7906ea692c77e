"""Upper-case runs of a cover in the case of running text, so that the citation and date readers know them."""
from __future__ import annotations

import re

__all__ = ["unshout"]

_SHOUT_SMALL = {"OF", "ON", "AND", "THE", "TO", "IN", "FOR", "BY", "AT", "RESOLUTION", "RESOLUTIONS", "DECISION",
                "DECISIONS", "ENTITLED", "DATED", "ADOPTED"}
_SHOUT_TOKEN = re.compile(r"\S+")
_ROMAN_SESSION = re.compile(r"\((?:S-|ES-)?[IVXL]{1,7}\)")     # "(XXIV)" of "2542 (XXIV)": a number, not a word
_SHOUTED = re.compile(r"[A-Z][A-Z'-]*[A-Z]")


def unshout(text: str) -> str:
    """Upper-case runs (a cover's "IMPLEMENTATION OF GENERAL ASSEMBLY RESOLUTION 60/251 OF 15 MARCH 2006") in the
    case running text uses, so that the citation and date readers know them; same length, so spans hold. A run
    is four or more upper-case words with only numbers or symbols between them; acronyms in running text
    (OHCHR, UNCTAD) stay as they are."""
    out = list(text)
    run: list[re.Match] = []

    def flush():
        words = [m for m in run if _SHOUTED.fullmatch(m.group(0).strip(",.;:()"))
                 and not _ROMAN_SESSION.fullmatch(m.group(0).rstrip(",.;:"))]
        if len(words) >= 4:
            for m in words:
                w = m.group(0).strip(",.;:()")
                a = m.start() + m.group(0).index(w)
                new = w.lower() if w in _SHOUT_SMALL else w[0] + w[1:].lower()
                out[a:a + len(w)] = new
        run.clear()

    for m in _SHOUT_TOKEN.finditer(text):
        tok = m.group(0).strip(",.;:()")
        if _SHOUTED.fullmatch(tok) or not re.search(r"[a-z]", tok):
            run.append(m)
        else:
            flush()
    flush()
    return "".join(out)
