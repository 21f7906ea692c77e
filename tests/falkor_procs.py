"""FalkorDB Lite's redis-server processes: list those a test left behind, kill them, fail the run.

A redis-server belongs to a test when its working directory (FalkorDB Lite starts it in the folder
of the database file) or its command line points under the test's path. Zombies (exited, waiting
for their parent to reap them) are not counted: they hold no memory and burn no CPU.
"""
from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import psutil
import pytest


def redis_servers(under: Path) -> list[psutil.Process]:
    """Live redis-server processes whose cwd or command line is under `under`."""
    root = str(Path(under).resolve())
    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        try:
            name = proc.info["name"] or ""
            cmdline = " ".join(proc.info["cmdline"] or [])
            if "redis-server" not in name and "redis-server" not in cmdline:
                continue
            if proc.status() == psutil.STATUS_ZOMBIE:
                continue
            cwd = proc.cwd()
        except (psutil.NoSuchProcess, psutil.AccessDenied, FileNotFoundError):
            continue
        if cwd == root or cwd.startswith(root + os.sep) or root in cmdline:
            found.append(proc)
    return found


def kill(procs: list[psutil.Process]) -> None:
    for proc in procs:
        try:
            proc.send_signal(signal.SIGKILL)
        except psutil.NoSuchProcess:
            pass


def wait_none_left(under: Path, timeout: float = 10.0) -> list[psutil.Process]:
    """Servers still alive under `under` after waiting up to `timeout` seconds for them to exit."""
    end = time.monotonic() + timeout
    left = redis_servers(under)
    while left and time.monotonic() < end:
        time.sleep(0.05)
        left = redis_servers(under)
    return left


@pytest.fixture(scope="session")
def no_falkor_left(tmp_path_factory):
    """At the end of the session: no redis-server left under the session's temporary folders."""
    base = tmp_path_factory.getbasetemp()
    yield base
    left = wait_none_left(base, timeout=5.0)
    described = [f"pid {p.pid} in {p.cwd()}" for p in left]
    kill(left)
    assert not left, f"redis-server processes left behind by the tests: {described}"
