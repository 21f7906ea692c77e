"""Idempotence and concurrency: same input, same bytes; builds serialised; readers see a whole build."""
from __future__ import annotations

import hashlib
import json
import subprocess
import sys
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


def answers(home: Path) -> dict:
    stats = run(["stats", "--home", str(home), "--json"])
    sparql = run(["sparql", SPARQL_COUNT, "--home", str(home), "--json"])
    assert stats.returncode == 0 and sparql.returncode == 0, stats.stderr + sparql.stderr
    found = {"build_id": json.loads(stats.stdout)["build_id"], "triples": json.loads(sparql.stdout)[0]["n"]}
    cypher = run(["cypher", "MATCH (n) RETURN count(n) AS n", "--home", str(home), "--json"])
    assert cypher.returncode == 0, cypher.stderr
    found["nodes"] = json.loads(cypher.stdout)[0]["n"]
    return found


@pytest.mark.slow
def test_queries_during_a_build_answer_from_the_previous_build(tmp_path, slow_data):
    data_a, data_b = slow_data
    home = tmp_path / "home"
    first = run(["build", "--data", str(data_a), "--home", str(home), "--base-iri", BASE])
    assert first.returncode == 0, first.stderr
    old = answers(home)
    proc = start(["build", "--data", str(data_b), "--home", str(home), "--base-iri", BASE, "--json"])
    during = []
    while proc.poll() is None:
        running_at_start = proc.poll() is None  # the round's first query starts while the build runs
        seen = answers(home)
        during.append((seen, running_at_start))
        time.sleep(0.05)
    out, err = proc.communicate(timeout=300)
    assert proc.returncode == 0, err[-2000:]
    new_id = json.loads(out)["build_id"]
    new = answers(home)
    assert new["build_id"] == new_id and new != old
    assert any(running for _seen, running in during), "no query ran while the build was running"
    # Each answer (one command, one moment) is the old build's or the new one's, never anything else;
    # the commands of one round may straddle the switch, so they are checked one by one.
    for seen, _running in during:
        for key, value in seen.items():
            assert value in (old[key], new[key]), f"{key}: {value} is neither the old ({old[key]}) nor the new ({new[key]}) build's"
    assert during[0][0] == old, "the first queries, well before the switch, must see the previous build"
