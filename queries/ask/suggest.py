"""Suggestions for a question that could not be read: the closest question forms and names."""
from __future__ import annotations

import difflib

from .catalogue import catalogue
from .reader import QUESTION_WORDS, Reader, Reading, words


def closest_forms(question: str, n: int = 3) -> list[dict]:
    """The kinds whose form or examples look most like the question."""
    q = question.lower()[:300]
    scored = []
    for k in catalogue().kinds:
        score = max(difflib.SequenceMatcher(None, q, x.lower()).ratio() for x in [k.form] + k.examples)
        scored.append((score, k.name, k.form, k.examples[0]))
    scored.sort(key=lambda s: (-s[0], s[1]))
    return [{"kind": k, "form": f, "example": e} for _, k, f, e in scored[:n]]
def closest_names(reader: Reader, reading: Reading, n: int = 5, kind: str | None = None) -> list[dict]:
    """Entity names closest to the words of the question that named nothing."""
    lex = reader.lex
    names = {}
    for e in lex.entries:
        if kind and e.kind != kind:
            continue
        if e.how in ("key", "label", "alias", "symbol", "ref"):
            names.setdefault(e.label.lower(), (e.kind, e.label, lex.name(e.item)))
    used = {w for m in reading.mentions for w in words(m.text)}
    probes = [w for w in reading.tokens if w not in QUESTION_WORDS and w not in used and len(w) > 2]
    probes += [s.lower() for s in reading.unknown_symbols]
    if not probes and kind is None:
        return []
    scored = {}
    keys = list(names)
    for p in probes or [" ".join(reading.tokens)]:
        for cand in difflib.get_close_matches(p, keys, n=n, cutoff=0.5):
            score = difflib.SequenceMatcher(None, p, cand).ratio()
            scored[cand] = max(score, scored.get(cand, 0))
        for cand in keys:
            if p in cand.split() and cand not in scored:
                scored[cand] = 0.6
    if not scored and kind:
        return [{"kind": names[k][0], "name": names[k][1], "entity": names[k][2]} for k in sorted(keys)[:n]]
    best = sorted(scored, key=lambda c: (-scored[c], c))[:n]
    return [{"kind": names[c][0], "name": names[c][1], "entity": names[c][2]} for c in best]
