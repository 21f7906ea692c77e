"""The `push` and `serve` commands, run as a user runs them (a subprocess of the console entry point).

push goes to the private Virtuoso of tests/virtuoso.py (skipped when it cannot start, except in CI):
the triple count Virtuoso reports for the pushed graph must equal the local one, also after a
second push; a closed port or a wrong password gives exit 1 and a clear message without the
password. serve runs on a free port and is queried with SPARQLWrapper.
"""
from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
import uuid
from pathlib import Path

import pytest

from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.queries.push import ENV_PASSWORD, ENV_USER, count_triples

pytest_plugins = ["tests.virtuoso"]

HERE = Path(__file__).resolve().parent
MINIMAL = HERE / "data" / "minimal"
CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]
SECRET = "pw-that-must-not-show-" + uuid.uuid4().hex[:8]


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    path = tmp_path_factory.mktemp("push-serve") / "home"
    result = build(load_settings(home=path, data=MINIMAL), mirror=False)
    manifest = json.loads((result.path / "manifest.json").read_text())
    return path, manifest


def run_cli(*args, user=None, password=None, timeout=120) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k not in (ENV_USER, ENV_PASSWORD)}
    if user is not None:
        env[ENV_USER] = user
    if password is not None:
        env[ENV_PASSWORD] = password
    env["COLUMNS"] = "200"  # keep error messages on one line
    return subprocess.run(CLI + list(args), capture_output=True, text=True, env=env, timeout=timeout,
                          stdin=subprocess.DEVNULL)


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def graph_iri(tag: str) -> str:
    return f"urn:mandate-lineage:test:{tag}:{uuid.uuid4().hex[:10]}"


# --------------------------------------------------------------------------- push
@pytest.mark.virtuoso
@pytest.mark.parametrize("fmt", ["turtle", "nt"])  # Virtuoso 7.2 refuses JSON-LD in a PUT
def test_push_build_to_virtuoso(virtuoso, home, fmt):
    path, manifest = home
    graph = graph_iri(f"build-{fmt}")
    args = ["push", "--home", str(path), "--endpoint", virtuoso.gsp, "--graph", graph, "--format", fmt, "--json"]
    first = run_cli(*args, user=virtuoso.user, password=virtuoso.password)
    assert first.returncode == 0, first.stderr
    answer = json.loads(first.stdout)
    assert answer["triples"] == manifest["triples"] and answer["status"] in (200, 201, 204)
    assert count_triples(virtuoso.sparql, graph) == manifest["triples"]
    second = run_cli(*args, user=virtuoso.user, password=virtuoso.password)
    assert second.returncode == 0, second.stderr
    assert count_triples(virtuoso.sparql, graph) == manifest["triples"]  # replaced, not appended
    assert virtuoso.password not in first.stdout + first.stderr + second.stdout + second.stderr


@pytest.mark.virtuoso
def test_push_swaps_through_a_temporary_graph_unless_told_not_to(virtuoso, home):
    """By default (Virtuoso's /sparql-graph-crud-auth: its /sparql-auth) push uploads elsewhere and
    swaps; `--update-endpoint none` does a plain PUT and warns once about a kill during the upload."""
    from mandate_lineage.queries.push_update import temp_graph_iri

    path, manifest = home
    graph = graph_iri("swap-cli")
    args = ["push", "--home", str(path), "--endpoint", virtuoso.gsp, "--graph", graph, "--format", "nt", "--json"]
    swapped = run_cli(*args, user=virtuoso.user, password=virtuoso.password)
    assert swapped.returncode == 0, swapped.stderr
    assert json.loads(swapped.stdout)["swapped"] is True and "warning" not in swapped.stderr
    assert count_triples(virtuoso.sparql, graph) == manifest["triples"]
    assert count_triples(virtuoso.sparql, temp_graph_iri(graph)) == 0
    plain = run_cli(*args, "--update-endpoint", "none", user=virtuoso.user, password=virtuoso.password)
    assert plain.returncode == 0, plain.stderr
    assert json.loads(plain.stdout)["swapped"] is False
    assert plain.stderr.count("warning:") == 1 and "may leave it empty" in plain.stderr
    assert count_triples(virtuoso.sparql, graph) == manifest["triples"]


@pytest.mark.virtuoso
def test_push_view_to_virtuoso(virtuoso, home):
    path, _ = home
    local = run_cli("export", "--home", str(path), "--view", "wikidata-positions", "--format", "nt")
    expected = len(local.stdout.splitlines())
    graph = graph_iri("view")
    done = run_cli("push", "--home", str(path), "--endpoint", virtuoso.gsp, "--graph", graph,
                   "--view", "wikidata-positions", "--mandate", "international-solidarity",
                   user=virtuoso.user, password=virtuoso.password)
    assert done.returncode == 0, done.stderr
    assert f"{expected} triples" in done.stdout
    assert count_triples(virtuoso.sparql, graph) == expected > 0


@pytest.mark.virtuoso
def test_push_wrong_password_is_refused(virtuoso, home):
    path, _ = home
    done = run_cli("push", "--home", str(path), "--endpoint", virtuoso.gsp, "--graph", graph_iri("bad"),
                   "--retries", "0", user=virtuoso.user, password=SECRET)
    assert done.returncode == 1
    assert "push failed" in done.stderr and "401" in done.stderr
    assert SECRET not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


def test_push_to_closed_port_fails_clearly(home):
    path, _ = home
    endpoint = f"http://127.0.0.1:{free_port()}/sparql-graph-crud-auth"
    done = run_cli("push", "--home", str(path), "--endpoint", endpoint, "--graph", graph_iri("closed"),
                   "--retries", "0", user="someone", password=SECRET)
    assert done.returncode == 1
    message = " ".join(done.stderr.split())
    assert "push failed" in message and "connection refused" in message and endpoint in message
    assert SECRET not in done.stdout + done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("args, message", [
    (["--format", "trig"], "format must be one of turtle, nt, jsonld"),
    (["--graph", "not an iri"], "not an absolute IRI"),
    (["--view", "nope"], "unknown view 'nope'"),
])
def test_push_bad_arguments(home, args, message):
    path, _ = home
    base = ["push", "--home", str(path), "--endpoint", "http://127.0.0.1:9/x", "--graph", "urn:x:y"]
    done = run_cli(*base, *args)
    assert done.returncode == 1
    assert message in " ".join(done.stderr.split())


# --------------------------------------------------------------------------- serve
@pytest.fixture(scope="module")
def endpoint(home):
    path, _ = home
    port = free_port()
    proc = subprocess.Popen(CLI + ["serve", "--home", str(path), "--port", str(port)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}/sparql"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(url, timeout=2).read()
                break
            except OSError:
                if proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"serve did not start: {proc.stderr.read().decode()[-1000:] if proc.poll() is not None else 'timeout'}")
                time.sleep(0.2)
        yield url
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def test_serve_answers_sparqlwrapper(endpoint, home):
    from SPARQLWrapper import JSON, SPARQLWrapper

    _, manifest = home
    client = SPARQLWrapper(endpoint)
    client.setReturnFormat(JSON)
    client.setQuery("SELECT (COUNT(*) AS ?n) WHERE { SELECT DISTINCT ?s ?p ?o WHERE { ?s ?p ?o } }")
    rows = client.query().convert()["results"]["bindings"]
    assert int(rows[0]["n"]["value"]) == manifest["triples"]
    client.setQuery("SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }")
    assert int(client.query().convert()["results"]["bindings"][0]["n"]["value"]) == manifest["graphs"]
    client.setQuery('PREFIX foaf: <http://xmlns.com/foaf/0.1/> ASK { ?p foaf:name "Obiora Chinedu Okafor" }')
    assert client.query().convert()["boolean"] is True


def test_serve_is_read_only(endpoint, home):
    from SPARQLWrapper import POST, SPARQLWrapper
    from SPARQLWrapper.SPARQLExceptions import SPARQLWrapperException

    _, manifest = home
    client = SPARQLWrapper(endpoint)
    client.setMethod(POST)
    client.setQuery("INSERT DATA { <urn:x:a> <urn:x:b> <urn:x:c> }")
    with pytest.raises((SPARQLWrapperException, OSError)):
        client.query()
    reader = SPARQLWrapper(endpoint)
    reader.setReturnFormat("json")
    reader.setQuery("ASK { <urn:x:a> ?p ?o }")
    assert reader.query().convert()["boolean"] is False


def test_serve_without_build_fails_clearly(tmp_path):
    done = run_cli("serve", "--home", str(tmp_path / "nothing"), "--port", str(free_port()), timeout=60)
    assert done.returncode == 1 and "run `mandate-lineage build` first" in " ".join(done.stderr.split())


def test_serve_on_a_busy_port_fails_clearly(home):
    path, _ = home
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen(1)
        port = busy.getsockname()[1]
        done = run_cli("serve", "--home", str(path), "--port", str(port), timeout=60)
    assert done.returncode == 1 and f"cannot listen on 127.0.0.1:{port}" in " ".join(done.stderr.split())
