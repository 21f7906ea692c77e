"""bench/synth.py: deterministic for a seed, valid as generated, and each injected violation reported once."""
from __future__ import annotations

import importlib.util
import json
from collections import Counter

import pytest

from mandate_lineage.loaders.build import validate_quads
from mandate_lineage.loaders.curated import load_curated

from .conftest import BASE, REPO

_spec = importlib.util.spec_from_file_location("synth", REPO / "bench" / "synth.py")
synth = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(synth)


def _files(folder):
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_same_seed_same_bytes_other_seed_other_corpus(tmp_path):
    synth.generate(2, 7, 5, tmp_path / "a", violations=1)
    synth.generate(2, 7, 5, tmp_path / "b", violations=1)
    synth.generate(2, 7, 6, tmp_path / "c", violations=1)
    a, b, c = (_files(tmp_path / x) for x in "abc")
    assert a == b
    assert a.keys() == c.keys() and a != c


def test_cli_writes_the_corpus(tmp_path):
    assert synth.main(["--mandates", "1", "--years", "3", "--seed", "2", "--out", str(tmp_path / "d")]) == 0
    assert (tmp_path / "d" / "mandates" / "synth-0000" / "tasks.yaml").exists()
    assert json.loads((tmp_path / "d" / "synth.json").read_text())["expected_results"] == {}


@pytest.fixture(scope="module")
def clean(tmp_path_factory):
    folder = tmp_path_factory.mktemp("synth") / "clean"
    synth.generate(2, 8, 1, folder)
    return load_curated(folder, BASE)


def test_small_corpus_loads_and_validates_clean(clean):
    assert clean.problems == []
    assert validate_quads(clean) == []
    kinds = Counter(str(o).rsplit("#", 1)[-1] for _s, p, o, _g in clean.quads if str(p).endswith("#type"))
    for cls in ("Resolution", "Decision", "TaskAdded", "TaskReaffirmed", "TaskChanged", "TaskSuperseded", "Term",
                "CountryVisit", "ThematicReport", "MissionReport", "CallForInputs", "Disagreement", "Citation"):
        assert kinds[cls] > 0, f"the corpus has no {cls}"


@pytest.mark.parametrize("k", [1, 2])
def test_injected_violations_are_reported_once_each(tmp_path, k):
    folder = tmp_path / "bad"
    info = synth.generate(3, 6, 1, folder, violations=k)
    loaded = load_curated(folder, BASE)
    assert loaded.problems == []
    found = Counter(v.shape for v in validate_quads(loaded))
    assert dict(found) == info["expected_results"]
    assert set(found) == {synth.shape(s) for s, _what in synth.INJECTIONS.values()}
    assert all(n == k for n in found.values())
