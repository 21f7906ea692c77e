"""A snapshot written while other clients query never crashes the embedded FalkorDB.

The fault (issue 21, the soak's "Connection closed by server" for every Cypher client at once):
the mirror wrote its snapshot with a foreground SAVE, and FalkorDB 4.22 segfaults when SAVE runs
while another client's query is running. Now our queries hold a lock shared and SAVE holds it
exclusive, across processes (BGSAVE is no way out: its forked child may hang for ever, FalkorDB
issues 1454 and 1462).
"""
from __future__ import annotations

import subprocess
import sys
import textwrap
import threading

from mandate_lineage.queries.falkor import FalkorDB

from .falkor_procs import no_falkor_left  # noqa: F401 - fixture

COUNT = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges"
SAVES = 50  # an unguarded SAVE crashed the server after 5 to 42 saves (4 runs of 4)


def _small_graph(db: FalkorDB, name: str) -> None:
    db.query(name, "UNWIND range(1, 700) AS i CREATE (:N {i: i})")
    db.query(name, "MATCH (a:N), (b:N) WHERE b.i = (a.i * 7) % 700 + 1 OR b.i = (a.i * 13) % 700 + 1 CREATE (a)-[:R]->(b)")


def test_saves_while_three_threads_query(tmp_path, no_falkor_left):
    db = FalkorDB(tmp_path / "falkor" / "graph.db")
    try:
        _small_graph(db, "g")
        expected = db.ro_query("g", COUNT).result_set
        stop = threading.Event()
        failures: list[str] = []
        answers = [0]

        def reader() -> None:
            try:
                while not stop.is_set():
                    assert db.ro_query("g", COUNT).result_set == expected
                    answers[0] += 1
            except Exception as exc:  # noqa: BLE001 - every failure is reported below
                failures.append(f"{type(exc).__name__}: {exc}")

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


def test_no_automatic_forking_save(tmp_path, no_falkor_left):
    """The server's own save points (a BGSAVE, whose child may hang) are off: our writers save explicitly."""
    with FalkorDB(tmp_path / "falkor" / "graph.db") as db:
        assert db.command("CONFIG", "GET", "save") == {"save": ""}


def test_saves_while_another_process_queries(tmp_path, no_falkor_left):
    path = tmp_path / "falkor" / "graph.db"
    db = FalkorDB(path)
    try:
        _small_graph(db, "g")
        expected = db.ro_query("g", COUNT).result_set
        code = f"""
            import sys
            from mandate_lineage.queries.falkor import FalkorDB
            db = FalkorDB({str(path)!r})
            print("ready", flush=True)
            answers = 0
            while sys.stdin.readline().strip() == "go":
                for _ in range(20):
                    assert db.ro_query("g", {COUNT!r}).result_set == {expected!r}
                    answers += 1
                print(answers, flush=True)
            db.close()
        """
        child = subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdin=subprocess.PIPE,
                                 stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert child.stdout.readline().strip() == "ready"
        for _ in range(SAVES // 5):
            child.stdin.write("go\n")
            child.stdin.flush()
            for _ in range(5):
                db.save()
            assert child.stdout.readline().strip().isdecimal(), child.stderr.read()[-2000:]
        child.stdin.close()
        assert child.wait(60) == 0, child.stderr.read()[-2000:]
        assert db.ro_query("g", COUNT).result_set == expected
    finally:
        db.close()
