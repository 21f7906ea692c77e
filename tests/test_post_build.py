"""A build runs the post-build steps its caller passes (loaders/post_build.py), and nothing else."""
from __future__ import annotations

import pytest

from mandate_lineage.loaders import build as build_lib
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.loaders.post_build import Step
from mandate_lineage.queries.build import post_build_steps

from .conftest import BASE, MINIMAL
from .post_build_probe import mark_store, note_removed


def test_the_steps_given_run_and_no_others(tmp_path):
    settings = load_settings(home=tmp_path, data=MINIMAL, base_iri=BASE)
    steps = (Step("probe", "store", mark_store), Step("probe removal", "remove", note_removed))
    builds = [build_lib.build(settings, steps=steps) for _ in range(3)]
    for result in builds[1:]:
        assert int((result.path / "probe-store-step").read_text()) > 0
        assert not (result.path / "ask-lexicon").exists(), "loaders/ adds no step of its own"
        assert result.mirrored is None
    assert (tmp_path / "probe-removed").read_text().split() == [builds[0].build_id]  # keeps two builds


def test_a_step_names_a_known_stage_and_one_mirror_at_most(tmp_path):
    with pytest.raises(ValueError, match="unknown stage"):
        Step("x", "after-lunch", mark_store)
    settings = load_settings(home=tmp_path, data=MINIMAL, base_iri=BASE)
    mirror = next(s for s in post_build_steps() if s.stage == "mirror")
    with pytest.raises(ValueError, match="more than one mirror step"):
        build_lib.build(settings, steps=(mirror, mirror))


def test_queries_passes_the_lexicon_and_the_mirror():
    assert [(s.name, s.stage) for s in post_build_steps(mirror=False)] == [
        ("ask lexicon", "store"), ("drop the mirror graph of a pruned build", "remove")]
    assert [s.stage for s in post_build_steps()] == ["store", "mirror", "remove"]
