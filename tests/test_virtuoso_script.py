"""Two test runs side by side each get a Virtuoso of their own (.ci/virtuoso.sh start at once).

Found by ten whole-suite runs beside other engineers' runs: both starts found the same ports free,
one instance could not listen, and its readiness check was answered by the other instance, so the
push tests wrote to a server with another password ("Broken pipe", 5 attempts)."""

from __future__ import annotations

import os
import shutil
import subprocess
from concurrent.futures import ThreadPoolExecutor

import pytest

from tests.virtuoso import SCRIPT, _give_up, _parse_state

pytestmark = pytest.mark.virtuoso


def _script(action: str, workdir: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith("VIRTUOSO_")}
    env.update(VIRTUOSO_DIR=workdir, VIRTUOSO_FRESH="1")
    return subprocess.run(["bash", str(SCRIPT), action], env=env, capture_output=True, text=True,
                          timeout=300, stdin=subprocess.DEVNULL)


def _listening_pid(port: int) -> str:
    """The pid of the process that listens on 127.0.0.1:port, read from /proc."""
    inodes = set()
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for row in open(table).read().splitlines()[1:]:
            f = row.split()
            if f[3] == "0A" and int(f[1].rsplit(":", 1)[1], 16) == port:
                inodes.add(f"socket:[{f[9]}]")
    for pid in filter(str.isdigit, os.listdir("/proc")):
        try:
            fds = os.listdir(f"/proc/{pid}/fd")
        except OSError:
            continue
        for fd in fds:
            try:
                if os.readlink(f"/proc/{pid}/fd/{fd}") in inodes:
                    return pid
            except OSError:
                pass
    return ""


def test_three_starts_at_once_get_three_servers_of_their_own(tmp_path):
    if shutil.which("virtuoso-t") is None:
        _give_up("virtuoso-t is not installed")
    dirs = [str(tmp_path / f"v{i}") for i in range(3)]
    try:
        with ThreadPoolExecutor(3) as pool:
            started = list(pool.map(lambda d: _script("start", d), dirs))
        for proc in started:
            assert proc.returncode == 0, proc.stderr[-800:]
        states = [_parse_state(p.stdout) for p in started]
        ports = [(s["VIRTUOSO_PORT"], s["VIRTUOSO_HTTP_PORT"]) for s in states]
        assert len({p for pair in ports for p in pair}) == 6, ports
        for d, (sql, http) in zip(dirs, ports):
            own = open(f"{d}/virtuoso.pid").read().strip()
            assert _listening_pid(int(sql)) == own and _listening_pid(int(http)) == own
    finally:
        for d in dirs:
            _script("stop", d)
