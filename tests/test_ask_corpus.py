"""The tuning corpus (tests/questions/corpus.yaml): every question's first answer holds the expected
facts; prints the accuracy per kind. The corpus was written before the reader's cue words changed."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

import yaml

from mandate_lineage.queries.ask import ask

from .ask_match import check

CORPUS = Path(__file__).parent / "questions" / "corpus.yaml"


def cases():
    for group in yaml.safe_load(CORPUS.read_text(encoding="utf-8")):
        for q in group["questions"]:
            yield group["kind"], group["mandate"], group["expect"], q


def test_corpus_size():
    per = Counter(k for k, _, _, _ in cases())
    assert sum(per.values()) >= 250 and min(per.values()) >= 6, per


def test_corpus_accuracy(ctx_all, capsys):
    right, total, fails = Counter(), Counter(), []
    for kind, mandate, expect, q in cases():
        r = ask(ctx_all, q)
        miss = check(r, expect, mandate)
        total[kind] += 1
        if miss:
            fails.append(f"[{kind}] {q!r}: got {r['interpretation'] and r['interpretation'].get('kind')}, missing {miss}")
        else:
            right[kind] += 1
    with capsys.disabled():
        print(f"\nask corpus: {sum(right.values())}/{sum(total.values())} right")
        for kind in sorted(total):
            print(f"  {kind:<20} {right[kind]:>3}/{total[kind]:<3}")
        for f in fails:
            print("  FAIL", f)
    assert not fails, f"{len(fails)} wrong: " + "\n".join(fails[:40])
