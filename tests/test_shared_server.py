"""Two processes share one embedded FalkorDB server: one closing never stops it under the other.

The fault (issue 21, the soak's "Connection closed by server"): the closing process decided it was
the last user from the sockets connected at that moment, so a process that still had the database
open but no socket connected (between commands, after redis-py dropped its connection) lost its
server to a SHUTDOWN SAVE. Now each process holds a lease while it has the database open.
"""
from __future__ import annotations

import subprocess
import sys
import textwrap

from mandate_lineage.queries import falkor_lease
from mandate_lineage.queries.falkor import FalkorDB

from .falkor_procs import no_falkor_left, wait_none_left  # noqa: F401 - fixture


def _other_process(path) -> subprocess.Popen:
    """Opens the database, drops its sockets (as between two commands), then queries on request."""
    code = f"""
        import sys
        from mandate_lineage.queries.falkor import FalkorDB
        db = FalkorDB({str(path)!r})
        db.query("g", "CREATE (:N)")
        db._db.client.connection_pool.disconnect()  # open, but no socket connected right now
        print("ready", flush=True)
        sys.stdin.readline()
        try:
            print(db.ro_query("g", "MATCH (n) RETURN count(n)").result_set[0][0], flush=True)
        except Exception as exc:
            print(f"failed: {{type(exc).__name__}}: {{exc}}", flush=True)
        db.close()
    """
    return subprocess.Popen([sys.executable, "-c", textwrap.dedent(code)], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, text=True)


def test_closing_one_process_leaves_the_server_to_the_other(tmp_path, no_falkor_left):
    path = tmp_path / "falkor" / "graph.db"
    first = FalkorDB(path)
    other = _other_process(path)
    try:
        assert other.stdout.readline().strip() == "ready"
        first.close()  # the other process still has the database open
        other.stdin.write("\n")
        other.stdin.flush()
        assert other.stdout.readline().strip() == "1"
    finally:
        first.close()
        other.stdin.close()
        other.wait(timeout=60)
    assert not wait_none_left(tmp_path)  # the last one out stopped the server
    assert not list(path.parent.glob("graph.db.lease-*"))


def test_a_dead_process_lease_does_not_keep_the_server(tmp_path, no_falkor_left):
    path = tmp_path / "falkor" / "graph.db"
    path.parent.mkdir(parents=True)
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    falkor_lease.lease_file(path, int(dead.stdout)).write_text(f"{int(dead.stdout)} 1.0\n")
    with FalkorDB(path) as db:
        db.query("g", "CREATE (:N)")
    assert not wait_none_left(tmp_path)
    assert not list(path.parent.glob("graph.db.lease-*"))
