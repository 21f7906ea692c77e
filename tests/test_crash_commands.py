"""Kill -9 and Ctrl-C at seeded random moments of the commands test_crash.py does not cover.

test_crash.py covers build, mirror, export and `ingest --accept`; test_neo4j_access.py covers
`mirror --neo4j`. Here: `push` to a private Virtuoso (the partner's graph is the old one or the new
one, never a part, and the next push works), `serve` killed while it answers (no process and no
temporary file of it left, the next `serve` on the same port answers the whole build) and the
commands that only read (`ask`, `cypher`, `sparql`, `audit`, `timeline --out`): the next run gives
the same answer, and a drawing is never left half written under the asked name.
"""
from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest

from mandate_lineage.loaders.builds import current_build

from .conftest import BASE, MINIMAL, REAL_DATA
from .falkor_procs import wait_none_left
from .test_crash import synthetic

pytestmark = pytest.mark.slow
pytest_plugins = ["tests.virtuoso"]

SEED = 20261207
CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]
COUNT = "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"
AUDIT_TEXTS = Path(__file__).resolve().parent / "documents" / "audit"


def start(args: list[str], env: dict | None = None) -> subprocess.Popen:
    """A command in a session of its own (Ctrl-C goes to its whole group, as in a terminal)."""
    return subprocess.Popen(CLI + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True, env={**os.environ, **(env or {})}, stdin=subprocess.DEVNULL)


def run(args: list[str], env: dict | None = None, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout, env={**os.environ, **(env or {})},
                          stdin=subprocess.DEVNULL)


def stop(proc: subprocess.Popen, i: int, finished: int = 0) -> str:
    """SIGKILL the command (even trials) or Ctrl-C its group (odd ones); wait for it.

    After a Ctrl-C the exit is 130 ("interrupted"), or `finished` (the command's own exit) when it
    had done its work before the signal came."""
    how = "SIGINT" if i % 2 else "SIGKILL"
    try:
        os.killpg(proc.pid, signal.SIGINT) if i % 2 else proc.send_signal(signal.SIGKILL)
    except ProcessLookupError:
        pass
    out, err = proc.communicate(timeout=120)
    if how == "SIGINT" and before_main(err):
        return "SIGINT before main"
    if how == "SIGINT":
        assert "Traceback" not in out + err, err[-3000:]
        assert proc.returncode in (finished, 130), f"exit {proc.returncode} after Ctrl-C: {err[-2000:]}"
        if proc.returncode == 130:
            assert "interrupted" in err, err[-2000:]
    return how


def before_main(err: str) -> bool:
    """Ctrl-C came while the interpreter was still starting, before any code of ours could handle it
    (Python prints its KeyboardInterrupt; on a loaded machine that lasts a few hundred ms)."""
    lines = err.strip().splitlines()
    ours = [line for line in lines if "cli/main.py" in line.replace("\\", "/") and line.rstrip().endswith(("in main", "in _dispatch"))]
    return bool(lines) and lines[-1].strip() == "KeyboardInterrupt" and not ours


def moments(rng: random.Random, count: int, span: float, floor: float = 0.15) -> list[float]:
    """`count` seeded kill times spread over [floor, span] (one in each slice)."""
    width = max(span - floor, 0.1) / count
    return [floor + width * (i + rng.random()) for i in range(count)]


def timed(args: list[str], env: dict | None = None) -> tuple[subprocess.CompletedProcess, float]:
    t0 = time.perf_counter()
    result = run(args, env)
    assert result.returncode == 0, result.stderr
    return result, time.perf_counter() - t0


@pytest.fixture(scope="module")
def homes(tmp_path_factory):
    """The shipped data and the minimal data, each built (with its Cypher mirror) into a home."""
    root = tmp_path_factory.mktemp("crash-commands")
    made = {}
    for name, data in (("real", REAL_DATA), ("minimal", MINIMAL)):
        home = root / name
        result = run(["build", "--data", str(data), "--home", str(home), "--base-iri", BASE, "--json"])
        assert result.returncode == 0, result.stderr
        made[name] = (home, json.loads(result.stdout))
    # a larger build (the shipped mandates copied 6 times), so that a push spends a while sending
    big = root / "big"
    result = run(["build", "--data", str(synthetic(root / "data-big", 6)), "--home", str(big), "--base-iri", BASE,
                  "--no-mirror", "--json"])
    assert result.returncode == 0, result.stderr
    made["big"] = (big, json.loads(result.stdout))
    yield root, made
    assert wait_none_left(root) == [], "a redis-server outlived the trials"


# --------------------------------------------------------------------------- push
PUSH_TRIALS = 8


def _settled(count, graph: str) -> int:
    """The partner's triple count once it has stopped changing for 3 s (a killed client's last request may
    still be running there, the swap of its upload into the target included; 0.5 s of stability was too
    short once in a whole-file run)."""
    samples, end = [count(graph)], time.monotonic() + 90
    while time.monotonic() < end:
        time.sleep(1.0)
        samples.append(count(graph))
        if len(samples) >= 4 and len(set(samples[-4:])) == 1:
            return samples[-1]
    return samples[-1]


@pytest.mark.virtuoso
def test_push_killed_leaves_the_old_or_the_new_graph(virtuoso, homes):
    from mandate_lineage.queries.push import ENV_PASSWORD, ENV_USER, count_triples
    from mandate_lineage.queries.push_update import temp_graph_iri

    _root, made = homes
    graph = f"urn:mandate-lineage:test:crash-push:{os.getpid()}"
    creds = {ENV_USER: virtuoso.user, ENV_PASSWORD: virtuoso.password}

    def args(variant: str) -> list[str]:  # two graphs of the large build: whole, and without the standard terms
        return ["push", "--home", str(made["big"][0]), "--endpoint", virtuoso.gsp, "--graph", graph, "--format", "nt",
                "--json"] + (["--plain"] if variant == "plain" else [])

    def count(g: str) -> int:
        return count_triples(virtuoso.sparql, g)

    triples = {}
    for variant in ("plain", "full"):
        result, seconds = timed(args(variant), creds)  # the last one is the span of the kill moments
        triples[variant] = json.loads(result.stdout)["triples"]
        assert count(graph) == triples[variant]
    assert triples["plain"] != triples["full"]
    before, outcomes = "full", []
    rng = random.Random(SEED)
    for i, delay in enumerate(moments(rng, PUSH_TRIALS, span=1.3 * seconds)):
        target = "plain" if before == "full" else "full"
        proc = start(args(target), creds)
        time.sleep(delay)
        how = stop(proc, i)
        n = _settled(count, graph)
        # the upload goes to a temporary graph, swapped in by one update once complete (issue 21)
        assert n in (triples[before], triples[target]), \
            f"after a {how} at {delay:.2f} s the partner graph has {n} triples: neither {triples[before]} nor {triples[target]}"
        after = target if n == triples[target] else before
        outcomes.append((round(delay, 2), how, proc.returncode, "new" if after == target else "old"))
        before = after
    target = "plain" if before == "full" else "full"
    again = run(args(target), creds)
    assert again.returncode == 0, again.stderr
    assert count(graph) == triples[target]
    assert count(temp_graph_iri(graph)) == 0, "the next push left the temporary graph behind"
    print("\npush trials (delay s, signal, exit, partner graph after):", outcomes)


@pytest.mark.virtuoso
def test_a_large_push_authenticates_before_sending_its_body(virtuoso, homes):
    """Virtuoso answers an unauthenticated PUT with 401 and closes while a large body is still being
    sent: the client broke its pipe before reading the challenge, on every retry (one run in four of
    the trials above failed so). push now learns the challenge with a HEAD first."""
    from mandate_lineage.queries.push import ENV_PASSWORD, ENV_USER, PREFLIGHT_BYTES, _preauthorize

    _root, made = homes
    graph = f"urn:mandate-lineage:test:large-push:{os.getpid()}"
    url = virtuoso.gsp + "?" + urllib.parse.urlencode({"graph": graph})
    req = urllib.request.Request(url, data=b"x" * (PREFLIGHT_BYTES + 1), method="PUT")
    _preauthorize(req, virtuoso.user, virtuoso.password, 30)
    assert req.unredirected_hdrs.get("Authorization", "").startswith("Digest "), req.unredirected_hdrs
    creds = {ENV_USER: virtuoso.user, ENV_PASSWORD: virtuoso.password}
    for _ in range(3):
        result = run(["push", "--home", str(made["big"][0]), "--endpoint", virtuoso.gsp, "--graph", graph,
                      "--format", "nt", "--json", "--retries", "0"], creds)
        assert result.returncode == 0, result.stderr
        assert json.loads(result.stdout)["bytes"] > 20 * PREFLIGHT_BYTES


# --------------------------------------------------------------------------- serve
SERVE_TRIALS = 6


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _ask(port: int, query: str = COUNT, timeout: float = 30) -> int:
    url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=timeout) as resp:
        return int(json.loads(resp.read())["results"]["bindings"][0]["n"]["value"])


def _wait_answer(port: int, wait: float = 120) -> int:
    end = time.monotonic() + wait
    while True:
        try:
            return _ask(port)
        except OSError:
            if time.monotonic() > end:
                raise
            time.sleep(0.2)


def _tree(pid: int) -> list:
    import psutil

    try:
        return psutil.Process(pid).children(recursive=True)
    except psutil.NoSuchProcess:
        return []


def _dumps_of(pid: int) -> list[Path]:
    return sorted(Path(tempfile.gettempdir()).glob(f"mandate-lineage-serve-{pid}-*"))


def test_serve_killed_while_answering(homes):
    """Clients keep asking while serve is killed at a random moment (starting, or answering)."""
    import psutil

    _root, made = homes
    home, manifest = made["real"]
    expected = manifest["triples"]
    port = _free_port()
    serve_args = ["serve", "--home", str(home), "--port", str(port), "--max-queries", "2"]
    rng = random.Random(SEED + 1)
    outcomes = []
    for i, delay in enumerate(moments(rng, SERVE_TRIALS, span=4.0, floor=0.3)):
        proc = start(serve_args)
        answers, stop_asking = [], threading.Event()

        def client(kind: int) -> None:
            query = COUNT if kind == 0 else "SELECT (COUNT(DISTINCT ?s) AS ?n) WHERE { ?s a ?t }"
            while not stop_asking.is_set():
                try:
                    answers.append((kind, _ask(port, query, timeout=10)))
                except OSError:
                    time.sleep(0.05)  # not listening yet, or killed under the request

        clients = [threading.Thread(target=client, args=(k % 2,), daemon=True) for k in range(3)]
        for c in clients:
            c.start()
        time.sleep(delay)
        family = [proc.pid] + [p.pid for p in _tree(proc.pid)]  # serve, its fork server, its query workers
        how = stop(proc, i)
        stop_asking.set()
        for c in clients:
            c.join(30)
        left = [p for p in family if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        end = time.monotonic() + 15
        while left and time.monotonic() < end:  # the workers die with their fork server (PDEATHSIG)
            time.sleep(0.2)
            left = [p for p in left if psutil.pid_exists(p) and psutil.Process(p).status() != psutil.STATUS_ZOMBIE]
        assert not left, f"processes of a serve stopped by {how} after {delay:.2f} s are still running: {left}"
        counts = {n for kind, n in answers if kind == 0}
        assert counts <= {expected}, f"serve answered {counts}, the build has {expected} triples"
        # the next serve, on the same port, answers the whole build and clears what the killed one left
        nxt = start(serve_args)
        try:
            assert _wait_answer(port) == expected
        finally:
            stop(nxt, 1)
        assert not _dumps_of(proc.pid), f"a temporary copy of the build outlived serve ({how} after {delay:.2f} s)"
        outcomes.append((round(delay, 2), how, proc.returncode, len(answers)))
    print("\nserve trials (delay s, signal, exit, answers before it stopped):", outcomes)
    assert sum(n for *_x, n in outcomes) > 0, "the kills never came while serve was answering"


def test_serve_stopped_by_sigterm_cleans_up(homes):
    """SIGTERM (what service managers send) stops serve through its cleanup: exit 143, nothing left."""
    _root, made = homes
    home, manifest = made["minimal"]
    port = _free_port()
    proc = start(["serve", "--home", str(home), "--port", str(port)])
    try:
        assert _wait_answer(port) == manifest["triples"]  # the answer came from a query worker
        assert _dumps_of(proc.pid), "the query workers' copy of the build is where this test looks for it"
        family = _tree(proc.pid)
    finally:
        proc.terminate()
        _out, err = proc.communicate(timeout=60)
    assert proc.returncode == 128 + signal.SIGTERM and "Traceback" not in err, err[-2000:]
    assert not _dumps_of(proc.pid), "serve stopped by SIGTERM left its copy of the build in the temporary folder"
    end = time.monotonic() + 15
    while any(p.is_running() and p.status() != "zombie" for p in family) and time.monotonic() < end:
        time.sleep(0.2)
    assert not [p.pid for p in family if p.is_running() and p.status() != "zombie"]


# --------------------------------------------------------------------------- commands that read
READ_TRIALS = 4  # per command: two SIGKILL, two Ctrl-C (from 30 ms: `ask` answers in a few hundred)


def _read_commands(home: Path, out: Path) -> dict[str, list[str]]:
    h = ["--home", str(home)]
    return {
        "ask": ["ask", "Who held the international solidarity mandate in 2010?", *h, "--json"],
        "cypher": ["cypher", "MATCH (n) RETURN count(n) AS n", *h, "--json"],
        "sparql": ["sparql", COUNT, *h, "--json"],
        "audit": ["audit", "--texts", str(AUDIT_TEXTS), "--data", str(REAL_DATA), "--json"],
        "timeline": ["timeline", *h, "--mandate", "international-solidarity", "--out", str(out)],
    }


@pytest.mark.parametrize("name", ["ask", "cypher", "sparql", "audit", "timeline"])
def test_reading_commands_killed_then_run_again(homes, name, tmp_path):
    _root, made = homes
    home = made["real"][0]
    out = tmp_path / "timeline.svg"
    args = _read_commands(home, out)[name]
    t0 = time.perf_counter()
    reference = run(args)  # audit exits 1 when a fact is not confirmed: the same exit every time
    seconds = time.perf_counter() - t0
    assert reference.returncode in (0, 1) and reference.stdout, reference.stderr
    drawing = out.read_bytes() if name == "timeline" else None
    rng = random.Random(f"{SEED}-{name}")
    outcomes = []
    for i, delay in enumerate(moments(rng, READ_TRIALS, span=1.1 * seconds, floor=0.03)):
        out.unlink(missing_ok=True)
        proc = start(args)
        time.sleep(delay)
        how = stop(proc, i, finished=reference.returncode)  # audit exits 1: some facts are not confirmed
        if drawing is not None:
            assert not out.exists() or out.read_bytes() == drawing, f"a half drawing after a {how} at {delay:.2f} s"
        if how == "SIGINT":
            assert not list(tmp_path.glob(f".{out.name}.*")), "a temporary drawing was left behind"
        again = run(args)
        assert again.returncode == reference.returncode, f"after a {how} at {delay:.2f} s: {again.stderr[-2000:]}"
        assert again.stdout == reference.stdout, f"another answer after a {how} at {delay:.2f} s"
        if drawing is not None:
            assert out.read_bytes() == drawing
        outcomes.append((round(delay, 2), how, proc.returncode))
    print(f"\n{name} trials (delay s, signal, exit):", outcomes)
    assert current_build(home) is not None
