"""The build's worker processes: results and errors come back, and a failed build leaves nothing behind."""
from __future__ import annotations

import os
import shutil
import signal
import time

import pytest

from mandate_lineage.loaders.build import BuildError, current_build
from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.loaders.curated import union_lines
from mandate_lineage.loaders.workers import Worker, WorkerFailed

from .conftest import BASE, TESTS


def add(a, b):
    return a + b


def fail(message):
    raise ValueError(message)


def sleep_then_pid(seconds):
    time.sleep(seconds)
    return os.getpid()


def test_a_worker_returns_its_result_from_another_process():
    worker = Worker("add", add, 2, 3)
    assert worker.result() == 5
    assert worker.seconds is not None and worker.peak_rss_mb > 0
    assert Worker("pid", sleep_then_pid, 0).result() != os.getpid()


def test_a_workers_error_is_raised_in_the_caller():
    worker = Worker("fail", fail, "bad value")
    with pytest.raises(ValueError, match="bad value"):
        worker.result()
    assert isinstance(worker.error(), ValueError)


def test_a_killed_worker_is_reported_not_waited_for():
    worker = Worker("slow", sleep_then_pid, 60)
    time.sleep(0.3)
    os.kill(worker._process.pid, signal.SIGKILL)  # noqa: SLF001 - a crash from outside
    with pytest.raises(WorkerFailed, match="ended without a result"):
        worker.result()


def test_union_lines_keep_each_triple_once_in_order():
    lines = sorted([
        '<a> <p> "x" <g1> .\n', '<a> <p> "x" <g2> .\n', '<a> <p> "x y" <g1> .\n', '<b> <p> <c> <g1> .\n', '<b> <p> <c> <g3> .\n',
    ])
    expected = list(dict.fromkeys(line[: line.rindex(" <")] + " .\n" for line in lines))
    assert list(union_lines(lines)) == expected
    assert sorted(expected) == ['<a> <p> "x y" .\n', '<a> <p> "x" .\n', '<b> <p> <c> .\n']


def test_a_violation_found_while_mirroring_leaves_the_previous_build_and_graph(tmp_path, minimal_copy):
    from mandate_lineage.queries.falkor import graph_name, opened

    settings = load_settings(home=tmp_path / "home", data=minimal_copy, base_iri=BASE)
    first = build(settings)
    # Overlapping terms load fine and are found by a SHACL-SPARQL shape, in the validation worker.
    shutil.copy(TESTS / "bad_inputs" / "overlapping-terms.yaml", minimal_copy / "mandates" / "international-solidarity" / "holders.yaml")
    with pytest.raises(BuildError) as info:
        build(settings)
    problems = info.value.problems
    assert problems and all("overlaps the term of" in p.message and p.file.endswith("holders.yaml") for p in problems)
    assert 5 in {p.line for p in problems}  # located from the origins the loading worker wrote
    assert current_build(settings.home) == first.path
    assert not list((settings.home / "builds").glob(".tmp-*"))
    with opened(settings.home) as db:
        assert db.graphs() == [graph_name(first.build_id)], "the refused build's staging graph was not dropped"
