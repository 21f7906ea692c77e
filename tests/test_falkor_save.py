"""A snapshot written while other clients query never crashes the embedded FalkorDB.

The fault (issue 21, the soak's "Connection closed by server" for every Cypher client at once):
the mirror wrote its snapshot with a foreground SAVE, and FalkorDB 4.22 segfaults when SAVE runs
while another client's query is running. Snapshots are now written with BGSAVE.
"""
from __future__ import annotations

import threading

import redis

from mandate_lineage.queries.falkor import FalkorDB

from .falkor_procs import no_falkor_left  # noqa: F401 - fixture

COUNT = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges"
SAVES = 50  # the foreground SAVE crashed the server after 5 to 42 saves (4 runs of 4)


def _small_graph(db: FalkorDB, name: str) -> None:
    db.query(name, "UNWIND range(1, 700) AS i CREATE (:N {i: i})")
    db.query(name, "MATCH (a:N), (b:N) WHERE b.i = (a.i * 7) % 700 + 1 OR b.i = (a.i * 13) % 700 + 1 CREATE (a)-[:R]->(b)")


def test_saves_while_three_clients_query(tmp_path, no_falkor_left):
    db = FalkorDB(tmp_path / "falkor" / "graph.db")
    try:
        _small_graph(db, "g")
        expected = db.ro_query("g", COUNT).result_set
        compact = db.command("GRAPH.RO_QUERY", "g", COUNT, "--compact")[1]
        stop = threading.Event()
        failures: list[str] = []
        answers = [0]

        def reader() -> None:
            client = redis.Redis(unix_socket_path=db._db.client.socket_file, socket_timeout=60)
            try:
                while not stop.is_set():
                    reply = client.execute_command("GRAPH.RO_QUERY", "g", COUNT, "--compact")
                    assert reply[1] == compact, reply
                    answers[0] += 1
            except Exception as exc:  # noqa: BLE001 - every failure is reported below
                failures.append(f"{type(exc).__name__}: {exc}")
            finally:
                client.close()

        threads = [threading.Thread(target=reader) for _ in range(3)]
        for thread in threads:
            thread.start()
        try:
            for _ in range(SAVES):
                db.save()
        finally:
            stop.set()
            for thread in threads:
                thread.join(60)
        assert not failures, failures[:3]
        assert answers[0] > 0
        assert db.ro_query("g", COUNT).result_set == expected  # the same server, still up
        assert (tmp_path / "falkor" / "graph.db").stat().st_size > 0
    finally:
        db.close()
