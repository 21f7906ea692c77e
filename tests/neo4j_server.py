"""A private Neo4j Community server for the tests (and bench/bench_neo4j.py).

:func:`running` builds the launcher in ``.ci/neo4j`` (``build.sh``: Neo4j 5.26 from Maven Central,
pinned in its pom.xml), starts ``mandatelineage.TestServer`` in a fresh folder with Bolt on
127.0.0.1 and a port the system picks, authentication on and a password made for this run, waits
for the URI, yields a :class:`Neo4jServer`, and stops the server on the way out, failures included.
The server also stops by itself when its standard input (a pipe from this process) closes, so it
does not outlive a test run that was killed.

The session fixture ``neo4j_server`` (use it with ``pytest_plugins = ["tests.neo4j_server"]``)
starts one server for the whole run. Without Java or Maven the Neo4j tests skip with the reason;
with ``CI=true`` they fail instead. While developing, ``ML_TEST_NEO4J_URI`` and
``ML_TEST_NEO4J_PASSWORD`` point the tests at a server kept running between runs (one you can
spare: the tests replace its mirror).
"""
from __future__ import annotations

import os
import secrets
import shutil
import signal
import subprocess
import time
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator

import pytest

REPO = Path(__file__).resolve().parent.parent
LAUNCHER = REPO / ".ci" / "neo4j"
START_TIMEOUT = 300.0  # a cold JVM on a busy 2-core machine takes 20-60 s
STOP_TIMEOUT = 60.0


class Neo4jUnavailable(RuntimeError):
    """The launcher could not be built or the server did not start."""


@dataclass(frozen=True)
class Neo4jServer:
    uri: str
    user: str
    password: str = field(repr=False)
    workdir: Path = Path()
    pid: int = 0
    start_seconds: float = 0.0

    def env(self) -> dict[str, str]:
        """The environment variables the CLI reads to reach this server."""
        return {"NEO4J_URI": self.uri, "NEO4J_USER": self.user, "NEO4J_PASSWORD": self.password, "NEO4J_DATABASE": ""}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def build_launcher() -> list[str]:
    """Compile the launcher (once; Maven's cache makes later runs quick) and return its classpath."""
    if not shutil.which("java") or not shutil.which("mvn"):
        raise Neo4jUnavailable("Java and Maven are needed to run Neo4j (apt-get install openjdk-17-jdk-headless maven)")
    proc = subprocess.run(["bash", str(LAUNCHER / "build.sh")], capture_output=True, text=True, timeout=900,
                          stdin=subprocess.DEVNULL)
    if proc.returncode != 0:
        raise Neo4jUnavailable(f"building the Neo4j launcher failed: {proc.stderr.strip()[-2000:]}")
    classpath_file = Path(proc.stdout.strip().splitlines()[-1])
    return [str(LAUNCHER / "target" / "classes"), classpath_file.read_text().strip()]


@contextmanager
def running(workdir: Path, heap: str = "1g", timeout: float = START_TIMEOUT) -> Iterator[Neo4jServer]:
    """A Neo4j server in `workdir` for the duration of the block."""
    classpath = build_launcher()
    workdir = Path(workdir)
    workdir.mkdir(parents=True, exist_ok=True)
    uri_file = workdir / "bolt-uri"
    uri_file.unlink(missing_ok=True)
    password = "ml-test-" + secrets.token_urlsafe(12)
    env = {**os.environ, "ML_NEO4J_PASSWORD": password}
    java = os.environ.get("ML_NEO4J_JAVA", "java")
    command = [java, f"-Xmx{heap}", "-XX:+UseSerialGC", "-cp", os.pathsep.join(classpath),
               "mandatelineage.TestServer", str(workdir / "dbms"), str(uri_file)]
    t0 = time.monotonic()
    with open(workdir / "server.log", "wb") as log:
        proc = subprocess.Popen(command, stdin=subprocess.PIPE, stdout=log, stderr=subprocess.STDOUT, env=env,
                                start_new_session=True)  # a Ctrl-C meant for pytest reaches it through stop()
    try:
        while not uri_file.exists():
            if proc.poll() is not None:
                raise Neo4jUnavailable(f"the Neo4j server exited with {proc.returncode} before it was ready: "
                                       f"{_tail(workdir / 'server.log')}")
            if time.monotonic() - t0 > timeout:
                raise Neo4jUnavailable(f"the Neo4j server was not ready within {timeout:.0f} s: {_tail(workdir / 'server.log')}")
            time.sleep(0.2)
        uri = uri_file.read_text().strip()
        yield Neo4jServer(uri, "neo4j", password, workdir, proc.pid, round(time.monotonic() - t0, 1))
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    """Close its input (it shuts down cleanly), then SIGTERM, then SIGKILL; wait until it is gone."""
    if proc.poll() is None and proc.stdin:
        try:
            proc.stdin.close()
        except OSError:
            pass
    for sig, wait in ((None, STOP_TIMEOUT), (signal.SIGTERM, 20.0), (signal.SIGKILL, 10.0)):
        if sig is not None and proc.poll() is None:
            try:
                os.killpg(proc.pid, sig)
            except ProcessLookupError:
                pass
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def _tail(path: Path, lines: int = 15) -> str:
    try:
        return " | ".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


def give_up(reason: str) -> None:
    if in_ci():
        pytest.fail(f"Neo4j is required in CI but could not be started: {reason}", pytrace=False)
    pytest.skip(f"Neo4j not available: {reason}")


@pytest.fixture(scope="session")
def neo4j_server(tmp_path_factory) -> Iterator[Neo4jServer]:
    """One private Neo4j for the session (skipped without Java/Maven, except in CI)."""
    if os.environ.get("ML_TEST_NEO4J_URI"):  # a server kept running between runs while developing
        yield Neo4jServer(os.environ["ML_TEST_NEO4J_URI"], "neo4j", os.environ.get("ML_TEST_NEO4J_PASSWORD", ""))
        return
    try:
        manager = running(tmp_path_factory.mktemp("neo4j"))
        server = manager.__enter__()
    except Neo4jUnavailable as exc:
        give_up(str(exc))
    try:
        yield server
    finally:
        manager.__exit__(None, None, None)
