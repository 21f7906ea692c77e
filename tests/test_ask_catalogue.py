"""The catalogue of question kinds (queries/questions.toml) is usable data: every kind has its form,
at least six examples, a named query that exists, rules over known slots and cues, and each of its
examples is read as that kind."""
from __future__ import annotations

from pathlib import Path

import pytest

from mandate_lineage.queries.ask import ask
from mandate_lineage.queries.ask.catalogue import load

QUERIES = Path(__file__).resolve().parent.parent / "queries"
CATALOGUE = load()


@pytest.mark.parametrize("kind", CATALOGUE.kinds, ids=lambda k: k.name)
def test_kind_entry(kind):
    assert kind.form and kind.restate and kind.rules
    assert len(kind.examples) >= 6, kind.name
    assert (QUERIES / f"{kind.query}.rq").exists(), kind.query
    assert kind.cypher is None or (QUERIES / f"{kind.cypher}.cypher").exists(), kind.cypher
    from mandate_lineage.queries.ask import dispatch

    assert callable(getattr(dispatch, kind.answer, None)), kind.answer


@pytest.mark.parametrize("kind", CATALOGUE.kinds, ids=lambda k: k.name)
def test_examples_are_read_as_their_kind(ctx_all, kind):
    wrong = []
    for q in kind.examples:
        r = ask(ctx_all, q)
        if (r["interpretation"] or {}).get("kind") != kind.name or not r["answers"]:
            wrong.append((q, (r["interpretation"] or {}).get("kind"), r["status"]))
    assert not wrong, wrong


def test_correct_words_are_never_corrected(ctx_all):
    r = ask(ctx_all, "which visits were requested but never made")
    assert r["interpretation"]["corrections"] == [] and r["interpretation"]["kind"] == "visits_by_status"


def test_misspelt_words_are_corrected_and_shown(ctx_all):
    r = ask(ctx_all, "wich resolutoin introdcued the SDGs task")
    fixes = {(c["from"], c["to"]) for c in r["interpretation"]["corrections"]}
    assert {("wich", "which"), ("resolutoin", "resolution"), ("introdcued", "introduced")} <= fixes
    assert r["interpretation"]["restated"]


def test_close_readings_are_offered(ctx_all):
    r = ask(ctx_all, "What changed between 21/10 and 26/6?")
    assert r["interpretation"]["kind"] == "diff"
    assert "resolution_changes" in {d["kind"] for d in r["interpretation"]["did_you_mean"]}
