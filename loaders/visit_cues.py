"""Words of a visit that speak of no visit of the holder (used by ``visit_reader.py``): people's arrivals, a body
named "Mission in", a country a person is sent to, the visited countries spoken of as a group."""
from __future__ import annotations

import re

__all__ = ["SENT_TO", "COUNTRIES_VISITED", "not_a_visit_cue"]

_CROWD_ARRIVES = re.compile(r"(?:\b(?:people|persons|migrants|refugees|asylum[- ]seekers|children|women|families|nationals|"
                            r"tourists)|(?<![\w,.])\d[\d,]*)\s+(?:a\s+day\s+|per\s+day\s+|each\s+day\s+)?(?:who\s+|that\s+)?"
                            r"(?:(?:had|have|has|were|was|are|is)\s+)?(?:been\s+|already\s+|also\s+)?$", re.I)
# a body named with "Mission in": "the African Union Mission in X", "the United Nations Assistance Mission in X"
_NAMED_BODY = re.compile(r"Missions?\s+in\b")


# a country a person is sent to, not one the holder visits: "the risks he faces if extradited to X"
SENT_TO = re.compile(r"\b(?:extradit\w+|deport\w+|expell?\w+|refoul\w+|transferr?\w+|forcibly\s+returned|sent\s+back|"
                     r"fle(?:e|es|d|eing))\s+(?:back\s+)?to\s+(?:the\s+)?$", re.I)
# the visited countries spoken of as a group, none named as the object: "a dialogue with the countries it had visited"
COUNTRIES_VISITED = re.compile(r"\b(?:countries|States)\s+(?:that\s+|which\s+)?(?:[\w-]+\s+){0,3}?(?:had\s+|has\s+|have\s+)?visited\b")


def not_a_visit_cue(text: str, a: int, m: re.Match) -> bool:
    """A visit word that speaks of no visit: people's arrivals, a body's name."""
    before = text[max(a, m.start() - 80):m.start()]
    if m.group(0)[:5].lower() == "arriv" and _CROWD_ARRIVES.search(before):
        return True
    return bool(_NAMED_BODY.match(text, m.start()) and re.search(r"[A-Z][\w-]*\s+$", before))
