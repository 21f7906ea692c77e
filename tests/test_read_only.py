"""Every analyst path is read-only: cypher, sparql, ask and serve refuse writes of every form.

Each write is refused (non-zero exit or HTTP 403, with a message saying so) and the graph is
unchanged afterwards: graph.nq's checksum, the store's quad count and the Cypher mirror's counts.
"""
from __future__ import annotations

import hashlib
import json
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from mandate_lineage.loaders.build import current_build, read_manifest

from .conftest import BASE, MINIMAL
from .writes import CYPHER_WRITES, SPARQL_WRITES

CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]

ASK_WRITES = {
    "cypher": "MATCH (n) DETACH DELETE n",
    "sparql": "DELETE WHERE { ?s ?p ?o }",
    "drop": "DROP ALL",
}


def run(args: list[str], timeout: float = 120) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout)


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("ro-home")
    result = run(["build", "--data", str(MINIMAL), "--home", str(home), "--base-iri", BASE], timeout=300)
    assert result.returncode == 0, result.stderr
    return home


def snapshot(home: Path) -> dict:
    """What a write could change: the graph file, the store, the mirror."""
    import pyoxigraph

    build_dir = current_build(home)
    store = pyoxigraph.Store.read_only(str(build_dir / "store"))
    state = {
        "build": build_dir.name,
        "sha256": hashlib.sha256((build_dir / "graph.nq").read_bytes()).hexdigest(),
        "manifest": read_manifest(build_dir)["checksum_sha256"],
        "store_quads": len(store),
    }
    del store
    query = ("MATCH (n) OPTIONAL MATCH (n)-[r]->() "
             "RETURN count(DISTINCT n) AS nodes, count(r) AS relationships, count(DISTINCT n.key) AS keys")
    result = run(["cypher", query, "--home", str(home), "--json"])
    assert result.returncode == 0, result.stderr
    state.update(json.loads(result.stdout)[0])
    return state


def refused_all(home: Path, command: str, queries: dict, words=("refused", "read-only", "only reads")) -> None:
    before = snapshot(home)

    def one(item):
        name, query = item
        return name, run([command, query, "--home", str(home)])

    with ThreadPoolExecutor(max_workers=3) as pool:
        results = list(pool.map(one, queries.items()))
    problems = []
    for name, result in results:
        text = result.stdout + result.stderr
        if result.returncode == 0:
            problems.append(f"{name}: accepted\n{text[-500:]}")
        elif "Traceback" in text:
            problems.append(f"{name}: traceback\n{text[-1500:]}")
        elif words and not any(w in text.lower() for w in words):
            problems.append(f"{name}: refused without saying why\n{text[-500:]}")
    assert not problems, "\n".join(problems)
    assert snapshot(home) == before, "a refused write changed the graph"


def test_cypher_refuses_every_write(home):
    refused_all(home, "cypher", CYPHER_WRITES)


def test_sparql_refuses_every_update(home):
    words = ("refused", "read-only", "only reads")
    # "after-select" is not an update but invalid SPARQL: refused as a syntax error is enough.
    refused_all(home, "sparql", {k: v for k, v in SPARQL_WRITES.items() if k != "after-select"}, words)
    refused_all(home, "sparql", {"after-select": SPARQL_WRITES["after-select"]}, ("syntax", "refused"))


def test_ask_never_executes_query_text(home):
    refused_all(home, "ask", ASK_WRITES, words=("could not", "not understand", "no ", "closest"))


def test_the_engine_itself_refuses_writes(home):
    """Past the pre-check, FalkorDB runs GRAPH.RO_QUERY and pyoxigraph opens the store read-only."""
    import pyoxigraph

    from mandate_lineage.queries.cypher import CypherError, run_on
    from mandate_lineage.queries.falkor import graph_name, opened

    before = snapshot(home)
    build_dir = current_build(home)
    with opened(home) as db:
        for name, query in CYPHER_WRITES.items():
            with pytest.raises(CypherError):
                run_on(db, graph_name(build_dir.name), query)
                pytest.fail(f"{name}: the engine ran it")
    store = pyoxigraph.Store.read_only(str(build_dir / "store"))
    with pytest.raises((OSError, RuntimeError)):
        store.update("DROP ALL")
    del store
    assert snapshot(home) == before


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_refuses_every_update(home):
    port = _free_port()
    proc = subprocess.Popen(CLI + ["serve", "--port", str(port), "--home", str(home)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        for _ in range(100):
            try:
                urllib.request.urlopen(url + "?query=" + urllib.parse.quote("ASK {}"), timeout=2).read()
                break
            except (urllib.error.URLError, ConnectionError):
                time.sleep(0.1)
        before = snapshot(home)
        attempts = []
        for name, text in SPARQL_WRITES.items():
            attempts.append((name + " (update=)", url, urllib.parse.urlencode({"update": text}).encode(), "application/x-www-form-urlencoded"))
            attempts.append((name + " (query=)", url, urllib.parse.urlencode({"query": text}).encode(), "application/x-www-form-urlencoded"))
            attempts.append((name + " (body)", url, text.encode(), "application/sparql-update"))
        attempts.append(("GET update", url + "?update=" + urllib.parse.quote("DROP ALL"), None, None))
        for name, target, body, ctype in attempts:
            request = urllib.request.Request(target, data=body, headers={"Content-Type": ctype} if ctype else {})
            with pytest.raises(urllib.error.HTTPError) as info:
                urllib.request.urlopen(request, timeout=10).read()
            assert info.value.code in (400, 403), f"{name}: HTTP {info.value.code}"
            if "after-select" not in name:
                assert info.value.code == 403, f"{name}: HTTP {info.value.code} (an update must be refused as forbidden)"
        assert snapshot(home) == before, "a refused update changed the graph"
    finally:
        proc.terminate()
        proc.communicate(timeout=30)
