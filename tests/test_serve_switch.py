"""A build switch while `serve` runs: pages and SPARQL answers move to the new build as a whole.

The home starts with the minimal data (one mandate); the real data is then built into the same home
while a client keeps asking. Every answer names its build (X-Mandate-Lineage-Build) and its content
belongs to that build alone; within a few seconds every answer comes from the new build.
"""
from __future__ import annotations

import json
import threading
import time
import urllib.parse

import pytest

from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.queries.serve import serve_in_thread
from tests.conftest import BASE, MINIMAL, REAL_DATA
from tests.web import fetch

COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"


@pytest.fixture
def switching_home(tmp_path):
    home = tmp_path / "home"
    first = build(load_settings(home=home, data=MINIMAL, base_iri=BASE), mirror=False)
    return home, first


def test_pages_and_queries_switch_builds_whole(switching_home):
    home, first = switching_home
    settings = load_settings(home=home, base_iri=BASE)
    server, _thread = serve_in_thread(settings, port=0)
    url = f"http://127.0.0.1:{server.server_port}"
    old_state = server.app.state.source.state
    seen: list[tuple[str, str, int]] = []
    stop = threading.Event()

    def client():
        while not stop.is_set():
            status, headers, body = fetch(url + "/")
            assert status == 200
            seen.append(("page", headers["X-Mandate-Lineage-Build"], body.count(b'<li><a href="/mandate/')))
            status, headers, body = fetch(url + "/sparql?" + urllib.parse.urlencode({"query": COUNT}),
                                          headers={"Accept": "application/sparql-results+json"})
            assert status == 200
            n = int(json.loads(body)["results"]["bindings"][0]["n"]["value"])
            seen.append(("sparql", headers["X-Mandate-Lineage-Build"], n))

    try:
        reader = threading.Thread(target=client)
        reader.start()
        time.sleep(1.0)
        second = build(load_settings(home=home, data=REAL_DATA, base_iri=BASE), mirror=False)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not any(b == second.path.name for _k, b, _n in seen[-4:]):
            time.sleep(0.2)
        time.sleep(1.0)
        stop.set()
        reader.join(60)
    finally:
        server.shutdown()
        server.server_close()
    builds = {first.path.name: json.loads((first.path / "manifest.json").read_text()),
              second.path.name: json.loads((second.path / "manifest.json").read_text())}
    assert {b for _k, b, _n in seen} == set(builds)  # answers from both, from nothing else
    for kind, b, n in seen:
        if kind == "page":
            assert n == len(builds[b]["mandates"]), (b, n)
        else:
            assert n == builds[b]["triples"], (b, n)
    last = [i for i, (_k, b, _n) in enumerate(seen) if b == first.path.name][-1]
    assert all(b == second.path.name for _k, b, _n in seen[last + 1:])  # never back to the old build
    # the old build was closed once its last request ended: its SPARQL workers are gone
    assert old_state._closed and old_state._pool is not None
    assert all(not w.proc.is_alive() for w in old_state._pool._idle) and not old_state._pool._idle
