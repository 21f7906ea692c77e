"""The embedded FalkorDB server on disk: which server is ours, what a crash leaves, which snapshot to load.

Files next to the database file ``home/falkor/graph.db`` (all under the file lock ``graph.db.lock``):

- ``graph.db.settings``: FalkorDB Lite's registry of the running server (its socket and pid file);
- ``graph.db.<dir>.pid``: the pid file of each server we start, written by the server itself as it
  starts (before it loads anything) and removed by it on a clean exit; ``<dir>`` names the server's
  temporary folder (socket, config, log) in the system's temporary directory. A pid file whose
  process is gone, or alive but not the registered server, is a leftover of a crash: the server is
  ended (SIGTERM, which saves, then SIGKILL) and its folder and stale socket removed. A server is
  only ever found through these files and checked by its command line, never by process name;
- ``graph.db.last-good`` (+ ``.json``): a copy of the last snapshot a server loaded whole. A newest
  snapshot that is torn (cut short, or refused by the server) is moved aside and replaced by it.

What happened when a command was killed (the fault this module fixes): a process killed while
closing had sent ``SHUTDOWN SAVE``; the server, still registered and alive, was writing its final
snapshot; the next command attached to it, its PING was queued, and the server exited under it:
``Connection reset by peer``. Now an attach that fails waits for the registered server to finish
exiting (ending it if it does not), and starts a fresh one.
"""
from __future__ import annotations

import json
import logging
import os
import shutil
import signal
import tempfile
import time
from pathlib import Path

log = logging.getLogger(__name__)

EXIT_WAIT = 30.0  # seconds a server being shut down gets to write its last snapshot and exit
BUSY_WAIT = 120.0  # seconds a server that is not shutting down gets to answer again (a long write, a save)
START_TIMEOUT = 60  # seconds a server gets to start and load its snapshot (the machine may be busy)
RDB_PROBLEMS = ("Short read", "Bad file format", "Internal error in RDB", "Wrong RDB checksum", "Unexpected EOF",
                "Can't handle RDB format")


def registry_file(path: Path) -> Path:
    return path.parent / (path.name + ".settings")


def pid_file(path: Path, server_dir: str | Path) -> Path:
    return path.parent / f"{path.name}.{Path(server_dir).name}.pid"


def pid_files(path: Path) -> list[Path]:
    return sorted(path.parent.glob(f"{path.name}.*.pid"))


def _server_dir(pidfile: Path, path: Path) -> Path:
    """The temporary folder of the server a pid file belongs to (socket, config, log)."""
    name = pidfile.name[len(path.name) + 1: -len(".pid")]
    return Path(tempfile.gettempdir()) / name


def _read_pid(pidfile: Path) -> int | None:
    try:
        return int(pidfile.read_text().strip() or 0) or None
    except (OSError, ValueError):
        return None


def _is_ours(pid: int, server_dir: Path) -> bool:
    """A live, non-zombie server of `server_dir` (guards against pid reuse): started with the config in
    that folder, and once up, titled with its socket there."""
    import psutil

    try:
        proc = psutil.Process(pid)
        return proc.status() != psutil.STATUS_ZOMBIE and f"{server_dir.name}/redis." in " ".join(proc.cmdline())
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return False


def _gone(pid: int) -> bool:
    import psutil

    try:
        return psutil.Process(pid).status() == psutil.STATUS_ZOMBIE
    except psutil.NoSuchProcess:
        return True


def wait_gone(pid: int, timeout: float) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if _gone(pid):
            return True
        time.sleep(0.02)
    return _gone(pid)


def terminate(pid: int, first_wait: float = 5.0) -> None:
    """SIGTERM (the server saves and exits), then SIGKILL if it does not."""
    for sig, wait in ((signal.SIGTERM, first_wait), (signal.SIGKILL, 5.0)):
        try:
            os.kill(pid, sig)
        except ProcessLookupError:
            return
        if wait_gone(pid, wait):
            return


def servers_for(path: Path) -> list[int]:
    """Pids of the live servers we started for the database file `path` (from their pid files)."""
    path = Path(path)
    found = []
    for pidfile in pid_files(path):
        pid = _read_pid(pidfile)
        if pid and _is_ours(pid, _server_dir(pidfile, path)):
            found.append(pid)
    return found


def registered(path: Path) -> tuple[int | None, Path | None]:
    """The registered server's pid (None when it is gone) and its temporary folder."""
    try:
        settings = json.loads(registry_file(path).read_text())
        pidfile = Path(settings["pidfile"])
    except (OSError, ValueError, KeyError, TypeError):
        return None, None
    server_dir = Path(settings.get("unixsocket") or "").parent
    pid = _read_pid(pidfile)
    return (pid if pid and _is_ours(pid, server_dir) else None), server_dir


def forget(path: Path, pidfile: Path | None, server_dir: Path | None, ended: bool = False) -> None:
    """Remove what a gone server left: its pid file and its folder (config, log, stale socket); its log
    is kept first when it crashed, or when we had to end it (`ended`)."""
    if pidfile is not None:
        pidfile.unlink(missing_ok=True)
    if server_dir is not None and (server_dir / "redis.config").exists():
        if ended or not ended_cleanly(server_dir):
            keep_log(path, server_dir)
        shutil.rmtree(server_dir, ignore_errors=True)


def forget_dead(path: Path, server_dir: Path | None) -> None:
    """The server of `server_dir` died under an open handle (a crash removes its pid file): forget it
    (its registry only if the registry still names it: another process may have started a new one)."""
    if server_dir is None or not server_dir.exists():
        return
    if registered(path)[1] == server_dir:
        registry_file(path).unlink(missing_ok=True)
    forget(path, pid_file(path, server_dir), server_dir)


KEPT_LOGS = 5


def keep_log(path: Path, server_dir: Path) -> Path | None:
    """Keep the log of a server that ended without our shutdown (it crashed, or a crash left it) next to
    the database file, ``graph.db.ended-<time>-<dir>.log``: the only record of why. The newest few are kept."""
    source = server_dir / "redis.log"
    if not source.exists():
        return None
    kept = path.parent / f"{path.name}.ended-{time.strftime('%Y%m%dT%H%M%S')}-{server_dir.name}.log"
    try:
        shutil.copyfile(source, kept)
    except OSError:
        return None
    for old in sorted(path.parent.glob(f"{path.name}.ended-*.log"))[:-KEPT_LOGS]:
        old.unlink(missing_ok=True)
    return kept


def end_leftovers(path: Path) -> list[int]:
    """End servers a crashed process left behind for `path`; forget dead ones. Returns the pids ended."""
    path = Path(path)
    live, live_dir = registered(path)
    if live is None:  # a registered server that died (a crash removes its pid file): forget it all
        registry_file(path).unlink(missing_ok=True)
        forget(path, None, live_dir)
    ended = []
    for pidfile in pid_files(path):
        server_dir = _server_dir(pidfile, path)
        pid = _read_pid(pidfile)
        if pid and pid == live:
            continue
        ours = bool(pid) and _is_ours(pid, server_dir)
        if ours:
            log.warning("ending a redis-server (pid %s) left behind for %s", pid, path)
            terminate(pid)
            ended.append(pid)
        elif pid is None and _young(pidfile):
            continue  # a server starting right now writes its pid in a moment
        forget(path, pidfile, server_dir, ended=ours)
    return ended


def _young(pidfile: Path) -> bool:
    try:
        return time.time() - pidfile.stat().st_mtime < 5.0
    except OSError:
        return False


def end_registered(path: Path) -> None:
    """The registered server did not answer (a killed process had asked it to stop, or it died):
    let it finish writing its snapshot and exit, end it if it does not, and forget it."""
    path = Path(path)
    pid, server_dir = registered(path)
    if pid is not None and _answers(server_dir):
        return  # up after all (the failure was on our side): others may be using it
    if pid is not None and _is_ours(pid, server_dir) and not shutting_down(server_dir):
        # Alive and not stopping: busy (a long batch, a synchronous save on a loaded machine), with
        # other commands using it. Ending it would fail them all (the soak saw exactly that): wait.
        end = time.monotonic() + BUSY_WAIT
        while time.monotonic() < end and not _gone(pid) and not shutting_down(server_dir):
            if _answers(server_dir):
                return
            time.sleep(0.5)
    if pid is not None and not wait_gone(pid, EXIT_WAIT):
        log.warning("ending the embedded redis-server (pid %s) for %s: it does not answer", pid, path)
        terminate(pid)
    registry_file(path).unlink(missing_ok=True)
    forget(path, None, server_dir, ended=True)  # it did not answer: keep its log
    end_leftovers(path)


def _log_since_ready(server_dir: Path | None) -> str | None:
    """The server's log since it last became ready, lower-cased (None: no log to read)."""
    if server_dir is None:
        return None
    try:
        text = (server_dir / "redis.log").read_text(errors="replace")
    except OSError:
        return None
    return text.rsplit("Ready to accept connections", 1)[-1].lower()


def ended_cleanly(server_dir: Path | None) -> bool:
    """Did the (gone) server exit by a shutdown since it last became ready? From its log."""
    since_ready = _log_since_ready(server_dir)
    return since_ready is None or "ready to exit" in since_ready


def shutting_down(server_dir: Path | None) -> bool:
    """Has the server begun to stop (SHUTDOWN, SIGTERM) since it last became ready? From its log."""
    since_ready = _log_since_ready(server_dir)
    return since_ready is not None and ("shutdown" in since_ready or "ready to exit" in since_ready)


def _answers(server_dir: Path | None) -> bool:
    import redis

    if server_dir is None:
        return False
    client = redis.Redis(unix_socket_path=str(server_dir / "redis.socket"), socket_timeout=5, socket_connect_timeout=5)
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
    finally:
        client.close()


# --------------------------------------------------------------------------- snapshots
def last_good(path: Path) -> Path:
    return path.parent / (path.name + ".last-good")


def snapshot_problem(path: Path) -> str | None:
    """Why the snapshot file cannot be whole (None: it may be loaded). Cheap checks of its frame:
    the RDB header and the end-of-file marker before the 8-byte checksum."""
    try:
        size = path.stat().st_size
        if size == 0:
            return "it is empty"
        with open(path, "rb") as handle:
            head = handle.read(9)
            handle.seek(-9, os.SEEK_END) if size >= 18 else None
            tail = handle.read(1) if size >= 18 else b""
    except FileNotFoundError:
        return None
    except OSError as exc:
        return f"it cannot be read ({exc.strerror})"
    if not head.startswith(b"REDIS"):
        return "it is not a Redis snapshot"
    if tail != b"\xff":
        return "it is cut short"
    return None


def _stamp(path: Path) -> dict | None:
    try:
        st = path.stat()
    except OSError:
        return None
    return {"inode": st.st_ino, "size": st.st_size, "mtime_ns": st.st_mtime_ns}


def remember_good(path: Path) -> None:
    """After a server loaded `path` whole: keep a copy to fall back on (only when it changed)."""
    stamp = _stamp(path)
    record = last_good(path).with_name(last_good(path).name + ".json")
    if stamp is None or snapshot_problem(path) is not None:
        return
    try:
        if json.loads(record.read_text()) == stamp and last_good(path).exists():
            return
    except (OSError, ValueError):
        pass
    for stale in path.parent.glob(last_good(path).name + ".tmp-*"):  # a copy a killed process left half done
        pid = stale.name.rsplit("-", 1)[-1]
        if pid.isdecimal() and _gone(int(pid)):
            stale.unlink(missing_ok=True)
    tmp = last_good(path).with_name(last_good(path).name + f".tmp-{os.getpid()}")
    try:
        shutil.copyfile(path, tmp)
        with open(tmp, "rb") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, last_good(path))
        record.write_text(json.dumps(stamp))
    except OSError as exc:  # a full disk: keep the older copy
        tmp.unlink(missing_ok=True)
        log.warning("could not keep a copy of the last good snapshot %s: %s", path, exc)


def restore_last_good(path: Path, problem: str) -> bool:
    """Move a torn snapshot aside and put the last good copy in its place. False: there is none."""
    good = last_good(path)
    if not good.exists() or snapshot_problem(good) is not None:
        return False
    aside = path.with_name(f"{path.name}.torn-{time.strftime('%Y%m%dT%H%M%S')}")
    if path.exists():
        os.replace(path, aside)
    shutil.copyfile(good, path)
    log.warning("the embedded store's snapshot %s was unusable (%s): moved to %s, loaded the last good one "
                "(builds mirrored after it need `mandate-lineage mirror`)", path, problem, aside.name)
    return True


def log_problem(server_dir: Path | None) -> str | None:
    """An RDB loading error in a server's log, if the server refused its snapshot."""
    if server_dir is None:
        return None
    try:
        text = (server_dir / "redis.log").read_text(errors="replace")
    except OSError:
        return None
    for line in text.splitlines():
        if any(p in line for p in RDB_PROBLEMS):
            return line.split(" ", 4)[-1].strip()
    return None
