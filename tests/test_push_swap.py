"""push through a temporary graph (issue 21): the upload goes to a graph of its own, and the target is
replaced by one SPARQL update only once the upload is complete.

The first tests need nothing (IRIs, the update text, the configured update endpoint); the others
push to the private Virtuoso of tests/virtuoso.py: the temporary graph is gone after a push, a
leftover one (what a push killed between upload and swap leaves) is replaced by the next push, a
refused swap leaves the target as it was, and a reader polling the target during pushes reads the
old or the new count whenever no swap is running (the kill trials are in test_crash_commands.py).
"""
from __future__ import annotations

import logging
import threading
import time
import uuid
from collections import Counter

import pytest

from mandate_lineage.loaders.config import load_settings, push_update_endpoint
from mandate_lineage.queries.push import count_triples, push, validate_iri
from mandate_lineage.queries.push_update import drop_update, swap_update, temp_graph_iri

pytest_plugins = ["tests.virtuoso"]

NT = "application/n-triples"


def graph_iri(tag: str) -> str:
    return f"urn:mandate-lineage:test:{tag}:{uuid.uuid4().hex[:10]}"


def triples(n: int, tag: str, pad: int = 0) -> bytes:
    """``n`` distinct triples naming ``tag`` (two bodies of different sizes tell old from new), each
    literal ``pad`` characters longer (a long body with few triples: a long upload, a short swap)."""
    fill = "x" * pad
    return "".join(f'<urn:t:{tag}:{i}> <urn:p:{i % 5}> "item {i} of {tag} {fill}" .\n' for i in range(n)).encode()


# --------------------------------------------------------------------------- no store needed
def test_temp_graph_is_derived_from_the_target_and_valid():
    assert temp_graph_iri("https://example.org/g") == "https://example.org/g#ml-push-upload"
    assert temp_graph_iri("https://example.org/g#part") == "https://example.org/g#part-ml-push-upload"
    assert temp_graph_iri("urn:x:y") == validate_iri(temp_graph_iri("urn:x:y"))
    assert temp_graph_iri("urn:x:y") == temp_graph_iri("urn:x:y")  # one per target: a leftover is reused


@pytest.mark.parametrize("bad", ["no-scheme", "urn:x> } ; DROP ALL ; #", "urn:a b", 'urn:"q"'])
def test_update_text_takes_only_valid_iris(bad):
    for make in (temp_graph_iri, drop_update, lambda iri: swap_update(iri, "urn:ok"),
                 lambda iri: swap_update("urn:ok", iri)):
        with pytest.raises(ValueError, match="not an absolute IRI"):
            make(bad)


def test_update_endpoint_setting(monkeypatch):
    monkeypatch.delenv("MANDATE_LINEAGE_PUSH_UPDATE_ENDPOINT", raising=False)
    plain = load_settings()
    assert push_update_endpoint(plain, "http://h:8890/sparql-graph-crud-auth") == "http://h:8890/sparql-auth"
    assert push_update_endpoint(plain, "https://h/db/sparql-graph-crud-auth/") == "https://h/db/sparql-auth"
    assert push_update_endpoint(plain, "http://h:3030/ds/data") is None
    flag = load_settings(push_update_endpoint="http://h:3030/ds/update")
    assert push_update_endpoint(flag, "http://h:3030/ds/data") == "http://h:3030/ds/update"
    monkeypatch.setenv("MANDATE_LINEAGE_PUSH_UPDATE_ENDPOINT", "none")
    assert push_update_endpoint(load_settings(), "http://h:8890/sparql-graph-crud-auth") is None


# --------------------------------------------------------------------------- against Virtuoso
def _update_endpoint(virtuoso) -> str:
    return push_update_endpoint(load_settings(), virtuoso.gsp)


@pytest.mark.virtuoso
def test_push_swaps_and_leaves_no_temporary_graph(virtuoso):
    target = graph_iri("swap")
    kw = dict(user=virtuoso.user, password=virtuoso.password, update_endpoint=_update_endpoint(virtuoso))
    for n in (50, 20):
        result = push(triples(n, str(n)), NT, virtuoso.gsp, target, **kw)
        assert result.graph_iri == target
        assert count_triples(virtuoso.sparql, target) == n
        assert count_triples(virtuoso.sparql, temp_graph_iri(target)) == 0


@pytest.mark.virtuoso
def test_a_leftover_temporary_graph_is_cleared_by_the_next_push(virtuoso):
    """A push killed after its upload and before its swap leaves the temporary graph full (made here
    with a plain PUT of it); the next push replaces it, swaps, and nothing of it stays."""
    target = graph_iri("leftover")
    kw = dict(user=virtuoso.user, password=virtuoso.password)
    push(triples(30, "old"), NT, virtuoso.gsp, target, **kw)
    push(triples(70, "stale"), NT, virtuoso.gsp, temp_graph_iri(target), **kw)
    assert count_triples(virtuoso.sparql, temp_graph_iri(target)) == 70
    push(triples(40, "new"), NT, virtuoso.gsp, target, update_endpoint=_update_endpoint(virtuoso), **kw)
    assert count_triples(virtuoso.sparql, target) == 40
    assert count_triples(virtuoso.sparql, temp_graph_iri(target)) == 0


@pytest.mark.virtuoso
def test_a_failed_swap_leaves_the_target_and_no_temporary_graph(virtuoso):
    """An update endpoint that refuses (the anonymous /sparql has no SPARQL_UPDATE) fails the push
    with a clear error; the target keeps its triples."""
    from mandate_lineage.queries.push import PushError

    target = graph_iri("refused")
    kw = dict(user=virtuoso.user, password=virtuoso.password)
    push(triples(10, "old"), NT, virtuoso.gsp, target, **kw)
    with pytest.raises(PushError, match="SPARQL update"):
        push(triples(12, "new"), NT, virtuoso.gsp, target, update_endpoint=virtuoso.sparql, **kw)
    assert count_triples(virtuoso.sparql, target) == 10


class _SwapWindows(logging.Handler):
    """Collects (start, end) times of the swaps push() logs."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.starts: list[float] = []
        self.ends: list[float] = []

    def emit(self, record: logging.LogRecord) -> None:
        msg = record.getMessage()
        if msg.startswith("swap of "):
            (self.starts if msg.endswith("starts") else self.ends).append(time.monotonic())


MIN_PUSHES, MAX_PUSHES, OUTSIDE_READS = 4, 20, 5


@pytest.mark.virtuoso
def test_a_reader_polling_during_pushes_sees_old_or_new_outside_the_swaps(virtuoso):
    """Before issue 21 a reader saw the target empty, then growing, for the whole upload. Now the
    upload goes elsewhere: every count read while no swap runs is the old or the new one. What a
    read overlapping a swap saw is printed (Virtuoso's MOVE is not one transaction: see README)."""
    target = graph_iri("reader")
    sizes = {"a": 1500, "b": 1000}
    bodies = {k: triples(n, k, pad=4000) for k, n in sizes.items()}  # 6 and 4 MB
    kw = dict(user=virtuoso.user, password=virtuoso.password, update_endpoint=_update_endpoint(virtuoso), timeout=120)
    push(bodies["a"], NT, virtuoso.gsp, target, **kw)
    reads: list[tuple[float, float, int]] = []
    done = threading.Event()

    def reader() -> None:
        while not done.is_set():
            t0 = time.monotonic()
            n = count_triples(virtuoso.sparql, target, timeout=120)
            reads.append((t0, time.monotonic(), n))

    windows = _SwapWindows()
    logger = logging.getLogger("mandate_lineage.queries.push")
    level = logger.level
    logger.addHandler(windows)
    logger.setLevel(logging.DEBUG)
    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        for i in range(MAX_PUSHES):  # until the reader has read during enough uploads (a loaded machine reads slowly)
            push(bodies["b" if i % 2 == 0 else "a"], NT, virtuoso.gsp, target, **kw)
            if i % 2 and i >= MIN_PUSHES - 1 and len(_outside(reads, windows)) >= OUTSIDE_READS:
                break
    finally:
        done.set()
        thread.join(180)
        logger.removeHandler(windows)
        logger.setLevel(level)
    assert len(windows.starts) == len(windows.ends) == i + 1
    outside = _outside(reads, windows)
    during = [n for n in (r[2] for r in reads)]
    for n in outside:
        during.remove(n)
    tally = lambda ns: dict(sorted(Counter(ns).items()))  # noqa: E731
    print(f"\nreads outside the swaps: {tally(outside)}; reads overlapping a swap: {tally(during)}")
    assert len(outside) >= OUTSIDE_READS, f"in {i + 1} pushes the reader read {len(outside)} times while no swap ran"
    assert set(outside) <= set(sizes.values()), f"outside the swaps a reader saw {tally(outside)}"
    assert count_triples(virtuoso.sparql, target) == sizes["a"]


def _outside(reads: list[tuple[float, float, int]], windows: _SwapWindows) -> list[int]:
    """The counts of the reads that overlapped no swap (a swap still running counts to now)."""
    spans = list(zip(windows.starts, windows.ends + [float("inf")] * (len(windows.starts) - len(windows.ends))))
    return [n for t0, t1, n in list(reads) if not any(t0 < e and t1 > s for s, e in spans)]
