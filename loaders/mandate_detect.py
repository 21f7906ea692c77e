"""Which mandate a document is about, from the mandates' labels (data/): a document names its
mandate by the label's distinctive words (two words of the label that no other mandate's label has) in its
title, its text or the expert's title, rarely by the whole label."""
from __future__ import annotations

import re
import unicodedata

__all__ = ["detect_mandate", "distinctive_phrases"]

_STOP = {"on", "of", "the", "and", "to", "in", "for", "all", "other", "its", "a", "an", "independent",
         "expert", "special", "rapporteur", "working", "group", "mandate", "human", "rights", "full",
         "particularly", "related", "states", "enjoyment", "economic", "social", "cultural", "civil",
         "political"}


def _norm(text: str) -> str:
    t = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return " " + " ".join(re.findall(r"[a-z0-9]+", t)) + " "


def distinctive_phrases(labels: dict[str, str]) -> dict[str, list[str]]:
    """Per mandate, the two-word phrases of its label that no other label has and that are not
    made only of common words."""
    grams = {}
    for key, label in labels.items():
        w = _norm(label or "").split()
        grams[key] = {f"{a} {b}" for a, b in zip(w, w[1:]) if not ({a, b} <= _STOP) and a not in _STOP
                      and b not in _STOP}
    out = {}
    for key, gs in grams.items():
        others = set().union(*[g for k, g in grams.items() if k != key]) if len(grams) > 1 else set()
        out[key] = sorted(gs - others)
    return out


# Documents of no one mandate, though their lists name mandates: the Council's own report of a session ("Report of
# the Human Rights Council on its eighteenth session", whose contents list "18/5. Human rights and international
# solidarity") and a joint or communications report of several special procedures ("Communications report of Special
# Procedures", "Joint report by the Special Rapporteur on ...,
# the Working Group on ..., ... and the Independent expert on the effects of foreign debt ..."): in the title and first
# lines, not a footnote's "(the texts) will be contained in the report of the Human Rights Council on its ... session".
_NO_ONE_MANDATE = re.compile(r"(?<! in the)(?<! in the draft) (?:draft )?report of the human rights council on its (?:[a-z]+ ){1,3}session "
                             r"| (?:joint|communications) report (?:by|of) (?:the )?(?:special procedures|special rapporteur|working group"
                             r"|independent expert)"
                             r"| report (?:to the economic and social council )?on the (?:[a-z]+ ){1,3}session of the commission ")
# (the last: the Commission's report of a session, "REPORT TO THE ECONOMIC AND SOCIAL COUNCIL ON THE SIXTY-FIRST SESSION OF
# THE COMMISSION", whose contents list "2005/55. Human rights and international solidarity")
# "international financial institutions" (the IMF, the World Bank) is a common noun of any text on debt or finance, not
# the foreign-debt mandate's label ("... international financial obligations ..."): it counts for no mandate.
_COMMON_NOUNS = re.compile(r" international financial institutions? ")


def detect_mandate(text: str, labels: dict[str, str]) -> str | None:
    """The key of the mandate the text names most (whole label first), or None (also for a text of no one
    mandate: a session report of the Council, a joint report of several special procedures)."""
    flat = _norm(re.sub(r"(?m)^%%%.*$", "", text))      # "%%%" lines are comments, not text
    if _NO_ONE_MANDATE.search(flat[:1200]):
        return None
    whole = {k: flat.count(_norm(v).strip()) for k, v in labels.items() if v}
    whole = {k: n for k, n in whole.items() if n}
    if len(whole) == 1:
        return next(iter(whole))
    flat = _COMMON_NOUNS.sub(" ", flat)
    scores = {k: sum(flat.count(f" {p} ") for p in ps) for k, ps in distinctive_phrases(labels).items()}
    best = sorted(((n, k) for k, n in scores.items() if n), reverse=True)
    if not best:                      # the expert's short title: "UN Expert on Debt and Human Rights", "independent
                                      # expert of the UN International Human Rights and Solidarity Committee"
        scores = {k: sum(len(re.findall(rf" (?:expert|rapporteur|mandate) (?:on|of) (?:the )?(?:[a-z]+ ){{0,5}}?{w} ", flat)) for w in ws)
                  for k, ws in _distinctive_words(labels).items()}
        best = sorted(((n, k) for k, n in scores.items() if n), reverse=True)
    if not best or (len(best) > 1 and best[0][0] == best[1][0]):
        return None
    return best[0][1]


_GENERIC = {"effects", "impact", "promotion", "protection", "situation", "issue", "issues", "international", "obligations"}


def _distinctive_words(labels: dict[str, str]) -> dict[str, set[str]]:
    """Per mandate, the words of its label that no other label has (not common, not generic)."""
    words = {k: {w for w in _norm(v or "").split() if w not in _STOP and w not in _GENERIC and len(w) > 3}
             for k, v in labels.items()}
    return {k: ws - set().union(*[o for j, o in words.items() if j != k]) for k, ws in words.items()}
