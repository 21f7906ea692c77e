"""Disk and permission trouble: a full disk, a read-only home, an unusual home path, a build deleted under serve.

Each gives one clear line and a non-zero exit, and the previous build stays current and whole.
The full-disk and read-only cases mount a small tmpfs as the home (root only: elsewhere they are
skipped, saying so).
"""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from contextlib import contextmanager
from pathlib import Path

import pytest

from mandate_lineage.loaders.build import current_build, read_manifest

from .conftest import BASE, MINIMAL, REAL_DATA

pytestmark = pytest.mark.slow

CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


def cli(*args, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True, timeout=timeout)


def build(home: Path, data: Path = MINIMAL) -> subprocess.CompletedProcess:
    return cli("build", "--data", data, "--home", home, "--base-iri", BASE)


def one_clear_line(result: subprocess.CompletedProcess) -> str:
    assert result.returncode != 0, result.stdout
    assert "Traceback" not in result.stderr, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip().startswith("error")]
    assert len(lines) == 1, result.stderr
    return lines[0]


def triples(home: Path) -> int:
    result = cli("sparql", COUNT, "--home", home, "--json")
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)[0]["n"]


def intact(home: Path, build_id: str) -> None:
    """The build `build_id` is still current, its graph.nq matches its manifest, and it answers."""
    import hashlib

    current = current_build(home)
    assert current is not None and current.name == build_id
    manifest = read_manifest(current)
    assert hashlib.sha256((current / "graph.nq").read_bytes()).hexdigest() == manifest["checksum_sha256"]
    assert triples(home) == manifest["triples"]


@contextmanager
def tmpfs(where: Path, size: str):
    where.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        pytest.skip("mounting a small tmpfs as the home needs root")
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(where)], capture_output=True, text=True)
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.strip()}")
    try:
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def test_full_disk_during_a_build(tmp_path):
    with tmpfs(tmp_path / "mnt", "24m") as home:
        first = build(home, REAL_DATA)
        assert first.returncode == 0, first.stderr
        good = current_build(home).name
        free = shutil.disk_usage(home).free
        (home / "filler").write_bytes(b"\0" * (free - 600_000))  # room for a little, not for a build
        line = one_clear_line(build(home, REAL_DATA))
        assert "space" in line.lower() or "disk" in line.lower(), line
        (home / "filler").unlink()
        intact(home, good)
        again = build(home, REAL_DATA)  # nothing the failed build left blocks the next one
        assert again.returncode == 0, again.stderr


def test_read_only_home(tmp_path):
    with tmpfs(tmp_path / "mnt", "24m") as home:
        first = build(home)
        assert first.returncode == 0, first.stderr
        good = current_build(home).name
        subprocess.run(["mount", "-o", "remount,ro", str(home)], check=True)
        line = one_clear_line(build(home))
        assert "read-only" in line.lower() or "permission" in line.lower(), line
        intact(home, good)  # reading a build needs no write
        line = one_clear_line(cli("cypher", "MATCH (n) RETURN count(n)", "--home", home))
        assert "read-only" in line.lower() and "writable home" in line, line


def test_home_with_spaces_and_non_ascii(tmp_path):
    home = tmp_path / "a home with spaces é ü 数据"
    result = build(home, MINIMAL)
    assert result.returncode == 0, result.stderr
    assert triples(home) > 0
    cypher = cli("cypher", "MATCH (n) RETURN count(n) AS n", "--home", home, "--json")
    assert cypher.returncode == 0, cypher.stderr
    assert json.loads(cypher.stdout)[0]["n"] > 0


def test_build_deleted_under_a_running_serve(tmp_path):
    home = tmp_path / "home"
    assert build(home).returncode == 0
    build_dir = current_build(home)
    expected = triples(home)
    port = _free_port()
    serve = subprocess.Popen(CLI + ["serve", "--home", str(home), "--port", str(port)], stdout=subprocess.DEVNULL,
                             stderr=subprocess.PIPE, text=True)
    try:
        assert _count(port, wait=60) == expected
        shutil.rmtree(build_dir)  # someone removes the build serve is serving
        assert _count(port) == expected  # serve holds its store: it keeps answering, the same data
        line = one_clear_line(cli("sparql", COUNT, "--home", home))  # a new command: the build is gone
        assert "build" in line, line
    finally:
        serve.terminate()
        serve.wait(30)
    assert "Traceback" not in serve.stderr.read()


ON_DISK = {"MANDATE_LINEAGE_IN_MEMORY_MB": "0"}  # even the minimal build is served from its on-disk store
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }"  # 207^4 rows: hours


def test_on_disk_build_deleted_under_a_running_serve(tmp_path):
    """A build served from its RocksDB store is deleted: answers stay whole or become one-line errors."""
    home = tmp_path / "home"
    assert build(home).returncode == 0
    build_dir = current_build(home)
    expected = triples(home)
    port = _free_port()
    env = {**os.environ, **ON_DISK}
    serve = subprocess.Popen(CLI + ["serve", "--home", str(home), "--port", str(port), "--query-timeout", "2",
                                    "--max-queries", "2"], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
                             env=env)
    try:
        assert _count(port, wait=60) == expected
        shutil.rmtree(build_dir)
        answers = []
        for query in [COUNT, CROSS_JOIN, COUNT, COUNT, CROSS_JOIN, COUNT]:  # the cross join's worker is killed:
            answers.append(_answer(port, query))  # the next query needs a worker that opens the deleted build
        for status, body in answers:
            assert status == 200 and int(body) == expected or status in (500, 503), (status, body)
            assert "Traceback" not in body and "\n" not in body.strip(), body
        assert any(status == 503 and "time limit" in body for status, body in answers), answers
        print("\nanswers after the on-disk build was deleted:", answers)
        page = urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=30)  # pages read the server's handle
        assert page.status == 200
        assert build(home).returncode == 0  # the next build works, and serve switches to it
        new = current_build(home)
        end = time.monotonic() + 60
        while _answer(port, COUNT) != (200, str(expected)):
            assert time.monotonic() < end, "serve did not switch to the new build"
            time.sleep(0.5)
        assert new != build_dir
    finally:
        serve.terminate()
        serve.wait(30)
    err = serve.stderr.read()
    assert "Traceback" not in err, err


def test_a_build_without_union_nt_is_refused(tmp_path):
    """A half-deleted build (or one from before union.nt) is never served as a smaller graph."""
    home = tmp_path / "home"
    assert build(home).returncode == 0
    build_dir = current_build(home)
    expected = triples(home)
    (build_dir / "union.nt").unlink()
    for args in (["sparql", COUNT], ["ask", "Who held the mandate in 2010?"], ["serve", "--port", _free_port()]):
        line = one_clear_line(cli(*args, "--home", home))
        assert f"build {build_dir.name} has no union.nt" in line and "run `mandate-lineage build`" in line, line
    line = one_clear_line(subprocess.run(CLI + ["sparql", COUNT, "--home", str(home)], capture_output=True, text=True,
                                         env={**os.environ, **ON_DISK}, timeout=300))
    assert "has no union.nt" in line, line  # on-disk mode too: the build is refused whole
    assert build(home).returncode == 0
    assert triples(home) == expected


def _answer(port: int, query: str) -> tuple[int, str]:
    """(HTTP status, the count or the error's text) of one SPARQL request."""
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    try:
        with urllib.request.urlopen(req, timeout=60) as resp:
            return resp.status, json.loads(resp.read())["results"]["bindings"][0]["n"]["value"]
    except urllib.error.HTTPError as exc:
        return exc.code, exc.read().decode("utf-8", "replace")


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _count(port: int, wait: float = 0) -> int:
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": COUNT})
    end = time.monotonic() + wait
    while True:
        try:
            req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
            with urllib.request.urlopen(req, timeout=30) as resp:
                return int(json.loads(resp.read())["results"]["bindings"][0]["n"]["value"])
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.3)
