"""The build: golden output, determinism, atomic switch, failures that keep the previous build."""
from __future__ import annotations

import os
from pathlib import Path

import pytest

from mandate_lineage.loaders.build import BuildError, BuildLocked, build_lock, current_build, read_manifest
from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings

from .conftest import BASE, MINIMAL, TESTS

GOLDEN = TESTS / "golden" / "minimal.nq"


def test_build_matches_golden_nquads(minimal_build):
    _settings, result = minimal_build
    produced = (result.path / "graph.nq").read_text()
    if os.environ.get("MANDATE_LINEAGE_UPDATE_GOLDENS") == "1":
        GOLDEN.write_text(produced)
    assert produced == GOLDEN.read_text(), "build output differs from tests/golden/minimal.nq (set MANDATE_LINEAGE_UPDATE_GOLDENS=1 to accept)"


def test_build_counts_classes_and_manifest(minimal_build):
    _settings, result = minimal_build
    assert result.class_counts["Resolution"] == 3
    assert result.class_counts["TaskAdded"] == 1 and result.class_counts["TaskReaffirmed"] == 1
    manifest = read_manifest(result.path)
    assert manifest["triples"] == result.triples and manifest["mandates"] == ["international-solidarity"]
    assert manifest["checksum_sha256"] == result.checksum


def test_same_input_gives_identical_bytes(tmp_path):
    a = build(load_settings(home=tmp_path / "a", data=MINIMAL, base_iri=BASE), mirror=False)
    b = build(load_settings(home=tmp_path / "b", data=MINIMAL, base_iri=BASE), mirror=False)
    assert (a.path / "graph.nq").read_bytes() == (b.path / "graph.nq").read_bytes()


def test_base_iri_is_configurable(tmp_path):
    result = build(load_settings(home=tmp_path, data=MINIMAL, base_iri="https://example.org/x/"), mirror=False)
    text = (result.path / "graph.nq").read_text()
    assert "<https://example.org/x/doc/A/HRC/RES/35/3>" in text
    assert BASE + "doc/" not in text


def test_current_switches_only_after_a_good_build(tmp_path, minimal_copy):
    settings = load_settings(home=tmp_path / "home", data=minimal_copy, base_iri=BASE)
    first = build(settings, mirror=False)
    before = (current_build(settings.home) / "graph.nq").read_bytes()
    # Break a reference: the next build must fail and leave the first one current.
    tasks = minimal_copy / "mandates" / "international-solidarity" / "tasks.yaml"
    tasks.write_text(tasks.read_text().replace("by: HRC 26/6", "by: HRC 99/9"))
    with pytest.raises(BuildError) as info:
        build(settings, mirror=False)
    assert any("not in the data" in p.message for p in info.value.problems)
    assert current_build(settings.home) == first.path
    assert (current_build(settings.home) / "graph.nq").read_bytes() == before
    assert not list((settings.home / "builds").glob(".tmp-*"))


def test_second_build_while_locked_is_refused(tmp_path):
    settings = load_settings(home=tmp_path, data=MINIMAL, base_iri=BASE)
    with build_lock(settings.home):
        with pytest.raises(BuildLocked, match="another build is running"):
            build(settings, mirror=False)


def test_old_builds_are_pruned(tmp_path):
    settings = load_settings(home=tmp_path, data=MINIMAL, base_iri=BASE)
    for _ in range(4):
        last = build(settings, mirror=False)
    kept = [p for p in (tmp_path / "builds").iterdir()]
    assert len(kept) == 2 and last.path in kept
    assert Path(os.readlink(tmp_path / "current")).name == last.build_id
