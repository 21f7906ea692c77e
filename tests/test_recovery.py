"""After a crash the next command opens the stores: what a killed process leaves is cleared or waited out.

The fault behind these tests: a command killed while closing the embedded FalkorDB had just sent
SHUTDOWN SAVE; its server, still registered, was writing its last snapshot when the next command
attached to it, and that command failed with "Connection reset by peer".
"""
from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import textwrap
import time
from pathlib import Path

import pyoxigraph
import pytest

from mandate_lineage.queries import falkor_server
from mandate_lineage.queries.falkor import FalkorDB, FalkorError

from .falkor_procs import no_falkor_left, wait_none_left  # noqa: F401 - fixture

NODES = 300_000  # its last snapshot takes long enough that the old code failed 6 times in 10 here


def _seed(path, nodes: int = NODES) -> None:
    with FalkorDB(path) as db:
        db.query("g", f"UNWIND range(1, {nodes}) AS i CREATE (:N {{i: i, s: 'some text to save'}})")
        db.save()


def _count(path) -> int:
    with FalkorDB(path) as db:
        return db.ro_query("g", "MATCH (n) RETURN count(n)").result_set[0][0]


def _child(code: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)


def test_killed_right_after_asking_the_server_to_stop(tmp_path, no_falkor_left):
    """The root cause: the next open attaches to a server that is saving and about to exit."""
    path = tmp_path / "falkor" / "graph.db"
    _seed(path)
    for _ in range(5):
        proc = _child(f"""
            import os, signal, sys
            from mandate_lineage.queries.falkor import FalkorDB
            db = FalkorDB({str(path)!r})
            conn = db._db.client.connection_pool.get_connection()
            print("ready", flush=True)
            sys.stdin.readline()
            conn.send_command("SHUTDOWN", "SAVE")  # what close() sends; then the process dies
            os.kill(os.getpid(), signal.SIGKILL)
        """)
        assert proc.stdout.readline().strip() == "ready"
        proc.stdin.write("go\n")
        proc.stdin.flush()
        proc.wait(30)
        assert _count(path) == NODES
    assert wait_none_left(tmp_path) == []


def test_a_server_left_without_registry_is_ended_by_its_pid_file(tmp_path, no_falkor_left):
    path = tmp_path / "falkor" / "graph.db"
    proc = _child(f"""
        import time
        from mandate_lineage.queries.falkor import FalkorDB
        db = FalkorDB({str(path)!r})
        db.query("g", "CREATE (:X)")
        print(db.pid, flush=True)
        time.sleep(60)
    """)
    pid = int(proc.stdout.readline())
    proc.kill()
    proc.wait(30)
    (path.parent / "graph.db.settings").unlink()  # as if killed between starting it and registering it
    assert falkor_server.servers_for(path) == [pid]
    with FalkorDB(path) as db:
        assert db.pid != pid
        assert falkor_server.servers_for(path) == [db.pid]
    assert wait_none_left(tmp_path) == []


def test_dead_pid_files_and_stale_sockets_are_removed(tmp_path, no_falkor_left):
    path = tmp_path / "falkor" / "graph.db"
    _seed(path, 10)
    stale = Path(tempfile.mkdtemp())  # a server's folder, where FalkorDB Lite puts them
    (stale / "redis.config").write_text("dir .\n")
    (stale / "redis.socket").write_text("")  # a socket file nobody listens on any more
    pidfile = falkor_server.pid_file(path, stale)
    pidfile.write_text(str(2**22 + 4321))  # above the default pid_max: no live process has it
    os.utime(pidfile, (time.time() - 60, time.time() - 60))
    assert _count(path) == 10
    assert not pidfile.exists() and not stale.exists()


@pytest.mark.parametrize("how", ["truncated", "zeroed", "garbage"])
def test_a_torn_snapshot_falls_back_to_the_last_good_one(tmp_path, how, no_falkor_left):
    path = tmp_path / "falkor" / "graph.db"
    _seed(path, 1000)
    assert _count(path) == 1000  # a server loaded it whole: a copy is kept
    with FalkorDB(path) as db:
        db.query("g", "CREATE (:N)")  # the newest snapshot differs from the copy
    size = path.stat().st_size
    with open(path, "r+b") as handle:  # torn in place, as a crash of the file system would leave it
        if how == "truncated":
            handle.truncate(size // 2)
        elif how == "zeroed":
            handle.truncate(0)
        else:
            handle.seek(size // 3)
            handle.write(b"\x00" * 64)
            handle.truncate(size - 5)
    assert _count(path) == 1000
    assert list(path.parent.glob("graph.db.torn-*")), "the torn snapshot should be kept aside"


def test_a_torn_snapshot_without_a_good_copy_says_what_to_run(tmp_path, no_falkor_left):
    path = tmp_path / "falkor" / "graph.db"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"REDIS0011" + b"\x00" * 100)
    with pytest.raises(FalkorError, match=r"remove .* and run `mandate-lineage mirror`") as info:
        FalkorDB(path)
    assert "\n" not in str(info.value)


def test_the_rdf_store_opens_after_a_process_holding_it_was_killed(tmp_path):
    """RocksDB's LOCK is an fcntl lock: the kernel drops it with the killed process."""
    store_dir = tmp_path / "store"
    proc = _child(f"""
        import time, pyoxigraph
        store = pyoxigraph.Store({str(store_dir)!r})
        store.add(pyoxigraph.Quad(pyoxigraph.NamedNode("http://e/s"), pyoxigraph.NamedNode("http://e/p"),
                                  pyoxigraph.Literal("o")))
        store.flush()
        print("ready", flush=True)
        time.sleep(60)
    """)
    assert proc.stdout.readline().strip() == "ready"
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    assert (store_dir / "LOCK").exists()
    store = pyoxigraph.Store(str(store_dir))  # read-write: takes the lock
    assert len(store) == 1
    del store
    assert len(pyoxigraph.Store.read_only(str(store_dir))) == 1


def test_the_log_of_a_crashed_server_is_kept(tmp_path, no_falkor_left):
    """A server that died without our shutdown leaves its log next to the database: the only record of why."""
    path = tmp_path / "falkor" / "graph.db"
    _seed(path, 10)
    db = FalkorDB(path)
    os.kill(db.pid, signal.SIGSEGV)  # what FalkorDB did under a foreground SAVE
    falkor_server.wait_gone(db.pid, 30)
    db.close()
    assert _count(path) == 10
    kept = sorted(path.parent.glob("graph.db.ended-*.log"))
    assert len(kept) == 1 and "crashed by signal" in kept[0].read_text()
