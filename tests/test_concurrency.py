"""Idempotence and concurrency: same input, same bytes; builds serialised; readers see a whole build."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from mandate_lineage.loaders.build import current_build, read_manifest
from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings

from .conftest import BASE, MINIMAL
from .test_crash import synthetic

CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout)


def start(args: list[str]) -> subprocess.Popen:
    return subprocess.Popen(CLI + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_building_twice_gives_identical_bytes(tmp_path):
    settings = load_settings(home=tmp_path / "home", data=MINIMAL, base_iri=BASE)
    first = build(settings, mirror=False)
    first_bytes = (first.path / "graph.nq").read_bytes()
    second = build(settings, mirror=False)
    assert second.build_id != first.build_id
    assert (second.path / "graph.nq").read_bytes() == first_bytes
    assert read_manifest(second.path)["checksum_sha256"] == read_manifest(first.path)["checksum_sha256"]
    assert first.path.exists(), "the previous build must be kept (readers may still use it)"


@pytest.fixture(scope="module")
def slow_data(tmp_path_factory):
    """Two data sets large enough that a build takes a couple of seconds."""
    root = tmp_path_factory.mktemp("concurrency")
    return synthetic(root / "data-a", 10), synthetic(root / "data-b", 11)


@pytest.mark.slow
def test_two_builds_at_once_one_waits_or_is_refused(tmp_path, slow_data):
    data_a, data_b = slow_data
    home = tmp_path / "home"
    procs = [start(["build", "--data", str(d), "--home", str(home), "--base-iri", BASE, "--json"]) for d in (data_a, data_b)]
    results = [(p, *p.communicate(timeout=300)) for p in procs]
    ok = [json.loads(out) for p, out, _err in results if p.returncode == 0]
    refused = [err for p, _out, err in results if p.returncode != 0]
    assert ok, f"neither build succeeded: {[r[2][-1500:] for r in results]}"
    for err in refused:
        assert "another build is running" in err, err[-2000:]
        assert "Traceback" not in err
    # The current build is one of the successful ones, and whole.
    build_dir = current_build(home)
    manifest = read_manifest(build_dir)
    assert sha256(build_dir / "graph.nq") == manifest["checksum_sha256"]
    assert manifest["checksum_sha256"] in {o["checksum_sha256"] for o in ok}
    assert not list((home / "builds").glob(".tmp-*"))


SPARQL_COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def _timed(args: list[str], read) -> tuple:
    """(value, start, end): one command's answer and when it ran (monotonic seconds)."""
    t0 = time.monotonic()
    proc = run(args)
    t1 = time.monotonic()
    assert proc.returncode == 0, proc.stderr
    return read(proc.stdout), t0, t1


def answers(home: Path) -> dict:
    """What each kind of command answers now, with when it ran: {key: (value, start, end)}."""
    common = ["--home", str(home), "--json"]
    return {"build_id": _timed(["stats", *common], lambda out: json.loads(out)["build_id"]),
            "triples": _timed(["sparql", SPARQL_COUNT, *common], lambda out: json.loads(out)[0]["n"]),
            "nodes": _timed(["cypher", "MATCH (n) RETURN count(n) AS n", *common], lambda out: json.loads(out)[0]["n"])}


def values(found: dict) -> dict:
    return {key: value for key, (value, _t0, _t1) in found.items()}


def watch_switch(home: Path, old_id: str, stop: threading.Event, seen: dict) -> None:
    """Record the last moment `current` still named the old build and the first it named another."""
    while not stop.is_set():
        now = time.monotonic()
        if current_build(home).name != old_id:
            seen["switched"] = now
            return
        seen["old_until"] = now
        time.sleep(0.002)


@pytest.mark.slow
def test_queries_during_a_build_answer_from_the_previous_build(tmp_path, slow_data):
    """Every answer during a build is the old build's or the new one's; one given wholly before the switch
    (as the switch is seen by a watcher of `current`) is the old build's, one asked after it the new one's."""
    data_a, data_b = slow_data
    home = tmp_path / "home"
    first = run(["build", "--data", str(data_a), "--home", str(home), "--base-iri", BASE])
    assert first.returncode == 0, first.stderr
    old = values(answers(home))
    seen: dict = {}
    stop = threading.Event()
    watcher = threading.Thread(target=watch_switch, args=(home, old["build_id"], stop, seen), daemon=True)
    watcher.start()
    proc = start(["build", "--data", str(data_b), "--home", str(home), "--base-iri", BASE, "--json"])
    during = []
    while proc.poll() is None:
        during.append(answers(home))
        time.sleep(0.05)
    out, err = proc.communicate(timeout=300)
    stop.set()
    watcher.join(10)
    assert proc.returncode == 0, err[-2000:]
    new_id = json.loads(out)["build_id"]
    new = values(answers(home))
    assert new["build_id"] == new_id and new != old
    assert "switched" in seen, "the watcher never saw `current` change"
    before = 0
    for found in during:
        for key, (value, t0, t1) in found.items():
            assert value in (old[key], new[key]), f"{key}: {value} is neither the old ({old[key]}) nor the new ({new[key]}) build's"
            if t1 < seen.get("old_until", float("-inf")):
                assert value == old[key], f"{key}: answered before the switch, but from the new build"
                before += 1
            elif t0 > seen["switched"]:
                assert value == new[key], f"{key}: asked after the switch, but answered from the old build"
    assert before, "no answer was given while the previous build was still current"
