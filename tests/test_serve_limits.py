"""The SPARQL endpoint under abuse (issue 21): a runaway query is stopped at the time limit, a query
whose client disconnects is stopped at once, concurrent queries and result rows are capped, and
each refusal is an HTTP error status with a one-line reason; the server keeps answering others.

Runs `serve` on the real build (4,000 triples, so the cross join below would run for hours)."""
from __future__ import annotations

import json
import os
import socket
import threading
import time
import urllib.parse

import pytest

from mandate_lineage.loaders.config import load_settings
from mandate_lineage.queries.serve import serve_in_thread
from mandate_lineage.queries.web.state import Limits

from tests.web import fetch

CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
SMALL = "ASK { ?s ?p ?o }"
TIMEOUT = 4.0


@pytest.fixture(scope="module")
def limited(real_build):
    """`serve` with a 4 s limit, 2 queries at once, 1000 rows."""
    settings, _ = real_build
    server, thread = serve_in_thread(settings, port=0, limits=Limits(query_timeout=TIMEOUT, max_queries=2, max_rows=1000))
    try:
        yield f"http://127.0.0.1:{server.server_port}", server.app.state.source
    finally:
        server.shutdown()
        server.server_close()


def query(url: str, text: str, accept: str = "application/sparql-results+json") -> tuple[int, dict, bytes]:
    return fetch(url + "/sparql?" + urllib.parse.urlencode({"query": text}), headers={"Accept": accept})


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    try:  # a zombie is dead too
        with open(f"/proc/{pid}/stat") as f:
            return f.read().split(")")[-1].split()[0] != "Z"
    except OSError:
        return False


def test_cross_join_is_stopped_and_others_are_answered_meanwhile(limited):
    url, source = limited
    assert query(url, SMALL)[0] == 200  # workers up
    result = {}

    def runaway():
        result["t0"] = time.monotonic()
        result["answer"] = query(url, CROSS_JOIN)
        result["t1"] = time.monotonic()

    thread = threading.Thread(target=runaway)
    thread.start()
    time.sleep(0.5)
    latencies = []
    while thread.is_alive():
        t = time.monotonic()
        status, _h, body = query(url, SMALL)
        latencies.append(time.monotonic() - t)
        assert status == 200 and json.loads(body)["boolean"] is True
        time.sleep(0.2)
    thread.join()
    status, headers, body = result["answer"]
    assert status == 503
    assert body.decode().strip() == f"query stopped: it ran longer than the time limit of {TIMEOUT:g} s (MANDATE_LINEAGE_QUERY_TIMEOUT)"
    assert TIMEOUT <= result["t1"] - result["t0"] < TIMEOUT + 10
    assert latencies and max(latencies) < TIMEOUT  # the others were not held up behind it
    pool = source.get().pool
    assert pool.stats["timed_out"] >= 1
    deadline = time.monotonic() + 10
    while alive(pool.stopped_pids[-1]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(pool.stopped_pids[-1])  # the core is free again


def test_a_disconnected_client_stops_its_query(limited):
    url, source = limited
    pool = source.get().pool
    before = pool.stats["disconnected"]
    host, port = urllib.parse.urlsplit(url).netloc.split(":")
    target = "/sparql?" + urllib.parse.urlencode({"query": CROSS_JOIN})
    with socket.create_connection((host, int(port))) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nAccept: application/json\r\n\r\n".encode())
        time.sleep(1.0)
    deadline = time.monotonic() + TIMEOUT - 0.5  # well before the time limit would stop it
    while pool.stats["disconnected"] == before and time.monotonic() < deadline:
        time.sleep(0.1)
    assert pool.stats["disconnected"] == before + 1
    deadline = time.monotonic() + 5
    while alive(pool.stopped_pids[-1]) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not alive(pool.stopped_pids[-1])
    assert query(url, SMALL)[0] == 200


def test_concurrent_queries_are_capped(limited):
    url, _source = limited
    threads = [threading.Thread(target=query, args=(url, CROSS_JOIN)) for _ in range(2)]
    for t in threads:
        t.start()
    time.sleep(1.0)
    status, headers, body = query(url, SMALL)
    assert status == 503 and headers["Retry-After"] == "1"
    assert body.decode().strip() == "refused: 2 queries are already running (the limit); try again shortly"
    for t in threads:
        t.join()
    assert query(url, SMALL)[0] == 200


def test_result_rows_are_capped(limited):
    url, _source = limited
    status, _h, body = query(url, "SELECT * WHERE { ?s ?p ?o }")
    assert status == 403 and "over the limit of 1000; add a LIMIT" in body.decode() and body.count(b"\n") == 1
    status, _h, body = query(url, "SELECT * WHERE { ?s ?p ?o } LIMIT 1000")
    assert status == 200 and len(json.loads(body)["results"]["bindings"]) == 1000
    status, _h, body = query(url, "CONSTRUCT WHERE { ?s ?p ?o }", "text/turtle")
    assert status == 403 and b"triples" in body


def test_limits_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("MANDATE_LINEAGE_QUERY_TIMEOUT", "12.5")
    monkeypatch.setenv("MANDATE_LINEAGE_MAX_QUERIES", "3")
    settings = load_settings()
    assert settings.query_timeout == 12.5 and settings.max_queries == 3 and settings.max_rows == 100_000
    assert load_settings(query_timeout=2).query_timeout == 2.0  # a flag wins
    monkeypatch.setenv("MANDATE_LINEAGE_MAX_ROWS", "lots")
    with pytest.raises(ValueError, match="MANDATE_LINEAGE_MAX_ROWS .* must be a number"):
        load_settings()
