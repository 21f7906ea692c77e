"""Pytest plugin: a private Virtuoso for the partner-store tests.

Use it from a test module with ``pytest_plugins = ["tests.virtuoso"]`` and the session-scoped
``virtuoso`` fixture.  The fixture runs ``.ci/virtuoso.sh start`` (installing Debian's
virtuoso-opensource with apt-get when missing) on loopback ports in a fresh work directory,
yields a :class:`VirtuosoInfo`, and runs ``.ci/virtuoso.sh stop`` at the end of the session
(also when tests fail).  When Virtuoso cannot be installed or started the tests are skipped,
except in CI (``CI=true``), where that is a failure.

Environment: ``VIRTUOSO_DIR`` to use a given work directory instead of a fresh temporary one;
``VIRTUOSO_PORT`` / ``VIRTUOSO_HTTP_PORT`` to pin the ports (see the script's header).
"""

from __future__ import annotations

import os
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent
SCRIPT = REPO / ".ci" / "virtuoso.sh"
START_TIMEOUT = 600  # includes a possible apt-get install


@dataclass(frozen=True)
class VirtuosoInfo:
    sparql: str  # SPARQL 1.1 Protocol endpoint (anonymous, read-only)
    gsp: str  # Graph Store Protocol endpoint with HTTP Digest authentication (writes)
    gsp_anon: str  # Graph Store Protocol endpoint without authentication (reads only)
    user: str
    password: str = field(repr=False)
    http_port: int = 0
    sql_port: int = 0
    workdir: str = ""
    start_seconds: float = 0.0


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")


def _parse_state(text: str) -> dict[str, str]:
    out = {}
    for line in text.splitlines():
        key, sep, value = line.partition("=")
        if sep and key.isupper():
            out[key.strip()] = value.strip()
    return out


def _give_up(reason: str) -> None:
    if in_ci():
        pytest.fail(f"Virtuoso is required in CI but could not be started: {reason}", pytrace=False)
    pytest.skip(f"Virtuoso not available: {reason}")


def _run(action: str, env: dict[str, str], timeout: float) -> subprocess.CompletedProcess:
    return subprocess.run(
        ["bash", str(SCRIPT), action], env=env, capture_output=True, text=True, timeout=timeout,
        stdin=subprocess.DEVNULL,
    )


@pytest.fixture(scope="session")
def virtuoso(tmp_path_factory: pytest.TempPathFactory):
    if not SCRIPT.exists():
        _give_up(f"{SCRIPT} is missing")
    env = dict(os.environ)
    if not env.get("VIRTUOSO_DIR"):
        env["VIRTUOSO_DIR"] = str(tmp_path_factory.mktemp("virtuoso"))
    env.setdefault("VIRTUOSO_USER", "ml_push")
    env.setdefault("VIRTUOSO_PASSWORD", "ml-test-" + os.urandom(6).hex())
    t0 = time.monotonic()
    try:
        proc = _run("start", env, START_TIMEOUT)
    except subprocess.TimeoutExpired:
        _run("stop", env, 120)
        _give_up(f".ci/virtuoso.sh start took more than {START_TIMEOUT}s")
    elapsed = time.monotonic() - t0
    if proc.returncode != 0:
        _run("stop", env, 120)
        tail = "\n".join(proc.stderr.strip().splitlines()[-15:])
        _give_up(f".ci/virtuoso.sh start exited {proc.returncode}:\n{tail}")
    state = _parse_state(proc.stdout)
    try:
        info = VirtuosoInfo(
            sparql=state["VIRTUOSO_SPARQL"],
            gsp=state["VIRTUOSO_GSP"],
            gsp_anon=state["VIRTUOSO_GSP_ANON"],
            user=env["VIRTUOSO_USER"],
            password=env["VIRTUOSO_PASSWORD"],
            http_port=int(state["VIRTUOSO_HTTP_PORT"]),
            sql_port=int(state["VIRTUOSO_PORT"]),
            workdir=env["VIRTUOSO_DIR"],
            start_seconds=elapsed,
        )
    except (KeyError, ValueError) as exc:
        _run("stop", env, 120)
        _give_up(f"unexpected output of .ci/virtuoso.sh start ({exc!r}): {proc.stdout!r}")
    try:
        yield info
    finally:
        stop = _run("stop", env, 120)
        if stop.returncode != 0:
            print(f"warning: .ci/virtuoso.sh stop exited {stop.returncode}: {stop.stderr[-500:]}")
