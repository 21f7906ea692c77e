"""Soak: clients send mixed requests while builds of two alternating data sets switch the current build.

    .venv/bin/python bench/soak.py                      # 4 clients, >= 5,000 requests, 20 builds, 4 abusive queries
    .venv/bin/python bench/soak.py --quick              # a smoke run: 2 builds, 200 requests, no abusive query
    .venv/bin/python bench/soak.py --json-out soak.json --max-seconds 1800

Two data sets: A is the shipped data, B the same with every mandate copied once more (new keys), so
each answer tells which build it came from: `ask "Who held the mandate in 2015?"` lists A's two or
B's four mandates; the Cypher query counts nodes and relationships; the SPARQL query counts the
triples and the mandates. Before the clients start, every request is run once on each data set, and
during the soak every answer must equal one of the two exactly (anything else is a mix, an error).

Kinds of request (each client rotates through them; the CLI kinds are one in eight):
  ask, cypher, sparql               library calls in the client process (each reopens the current build)
  ask-cli, cypher-cli, sparql-cli   `mandate-lineage ... --json` in a fresh process
  http                              SPARQL Protocol GET to `mandate-lineage serve` (started once; it
                                    serves the build that was current when it started)
  abuse                             a cross join sent to `serve` at even intervals by a separate
                                    thread (the client gives up after --abuse-timeout s); its status
                                    is reported, and the http latency while one is in flight

Meanwhile the main process runs --builds builds (`mandate-lineage build`, alternating A and B), paced
over the requests (build k starts once k/builds of the requests are done).
Checks (exit 1 when one fails): zero errors, no mixed answer, every build succeeded, the resident
memory of `serve` after warm-up (the first fifth of the run) stays within 10% of its value at the
end of warm-up, and no process of the soak (serve, a client, a build, a redis-server) is left.
Figures: requests per second and p50/p99 latency per kind.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing as mp
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]
BASE = "https://w3id.org/mandate-lineage/"
QUESTION = "Who held the mandate in 2015?"
CYPHER = "MATCH (n) WITH count(n) AS nodes MATCH ()-[r]->() RETURN nodes, count(r) AS edges"
SPARQL = ("SELECT ?triples ?mandates WHERE { { SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o } } "
          "{ SELECT (COUNT(DISTINCT ?m) AS ?mandates) WHERE { ?m a <https://w3id.org/mandate-lineage/ontology#Mandate> } } }")
CROSS_JOIN = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }"
LIB_KINDS = ["ask", "cypher", "sparql", "http"]
CLI_KINDS = ["ask-cli", "cypher-cli", "sparql-cli"]
CLI_EVERY = 8  # one request in this many is a CLI one


# --------------------------------------------------------------------------- data and builds
def make_data(workdir: Path) -> dict[str, Path]:
    """A: the shipped data; B: the same with each mandate folder copied once more under a new key."""
    ignore = shutil.ignore_patterns("__init__.py", "__pycache__", "*.md")
    a = workdir / "data-a"
    b = workdir / "data-b"
    for dest in (a, b):
        if not dest.exists():
            shutil.copytree(ROOT / "data", dest, ignore=ignore)
    for folder in sorted((b / "mandates").iterdir()):
        if folder.name.endswith("-copy1"):
            continue
        new = folder.parent / f"{folder.name}-copy1"
        if new.exists():
            continue
        shutil.copytree(folder, new)
        (new / "sources.yaml").unlink(missing_ok=True)  # source keys are global: the original defines them
        mandate = new / "mandate.yaml"
        mandate.write_text(mandate.read_text().replace(f"key: {folder.name}", f"key: {new.name}", 1))
    return {"A": a, "B": b}


def run_build(home: Path, data: Path) -> tuple[bool, float, str]:
    t0 = time.perf_counter()
    out = subprocess.run(CLI + ["build", "--data", str(data), "--home", str(home), "--base-iri", BASE, "--json"],
                         capture_output=True, text=True, timeout=600)
    last = (out.stderr.strip().splitlines() or [""])[-1]
    return out.returncode == 0, time.perf_counter() - t0, last


# --------------------------------------------------------------------------- requests
def _norm_rows(rows: list[dict]) -> list[dict]:
    return [{k: str(v) for k, v in row.items()} for row in rows]


def request(kind: str, home: Path, port: int):
    """One request; its answer in a form comparable across kinds of the same query."""
    from mandate_lineage.loaders.config import load_settings

    settings = load_settings(home=home)
    if kind == "ask":
        from mandate_lineage.queries.ask import ask, open_context

        return json.loads(json.dumps(ask(open_context(settings), QUESTION), default=str))
    if kind == "cypher":
        from mandate_lineage.queries import cypher

        return _norm_rows(cypher.run(settings, CYPHER)[1])
    if kind == "sparql":
        from mandate_lineage.loaders.store import current_dir, open_store
        from mandate_lineage.queries.sparql import select

        return _norm_rows(select(open_store(current_dir(settings)), SPARQL))
    if kind == "http":
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": SPARQL})
        req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
        with urllib.request.urlopen(req, timeout=60) as resp:
            body = json.loads(resp.read())
        return [{k: v["value"] for k, v in b.items()} for b in body["results"]["bindings"]]
    args = {"ask-cli": ["ask", QUESTION], "cypher-cli": ["cypher", CYPHER], "sparql-cli": ["sparql", SPARQL, "--mandate", "international-solidarity"]}[kind]
    out = subprocess.run(CLI + args + ["--home", str(home), "--json"], capture_output=True, text=True, timeout=300)
    if out.returncode != 0:
        raise RuntimeError(f"exit {out.returncode}: {(out.stderr.strip().splitlines() or [''])[-1]}")
    answer = json.loads(out.stdout)
    return answer if kind == "ask-cli" else _norm_rows(answer)


def which(kind: str, answer, expected: dict) -> str:
    """'A' or 'B' when the answer is exactly one data set's, else 'mix'."""
    base = kind.removesuffix("-cli")
    if base == "http":
        base = "sparql"
    for name, value in expected[base].items():
        if answer == value:
            return name
    return "mix"


def client(index: int, home: str, port: int, expected: dict, target: int, done, counter, deadline: float) -> list:
    """One client process: rotate through the kinds until the target is reached and the builds are done."""
    records = []
    i = index
    while time.time() < deadline:
        if done.is_set() and counter.value >= target:
            break
        kind = LIB_KINDS[i % len(LIB_KINDS)] if i % CLI_EVERY else CLI_KINDS[(i // CLI_EVERY) % len(CLI_KINDS)]
        i += 1
        t0 = time.perf_counter()
        try:
            answer = request(kind, Path(home), port)
            outcome = which(kind, answer, expected)
        except Exception as exc:  # noqa: BLE001 - every failure is a figure of the soak
            outcome = f"error: {type(exc).__name__}: {' '.join(str(exc).split())[:300]}"
        records.append((kind, time.perf_counter() - t0, outcome, time.time()))
        with counter.get_lock():
            counter.value += 1
    return records


def client_main(*args) -> None:
    queue = args[-1]
    try:
        queue.put(client(*args[:-1]))
    except BaseException as exc:  # noqa: BLE001 - reported as one error record
        queue.put([("client", 0.0, f"error: client died: {exc!r}", time.time())])


# --------------------------------------------------------------------------- serve
def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(home: Path, port: int, log_path: Path) -> subprocess.Popen:
    # Its log goes to a file: an unread pipe fills up and blocks the server's threads (it logs each request).
    with open(log_path, "w") as log_file:
        proc = subprocess.Popen(CLI + ["serve", "--home", str(home), "--port", str(port)], stdout=subprocess.DEVNULL,
                                stderr=log_file, text=True, start_new_session=True)
    end = time.monotonic() + 120
    while time.monotonic() < end:
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/sparql", timeout=5).read()
            return proc
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            if proc.poll() is not None:
                raise RuntimeError(f"serve exited: {log_path.read_text()[-500:]}")
            time.sleep(0.2)
    raise RuntimeError("serve did not answer within 120 s")


def rss_sampler(pid: int, samples: list, stop: threading.Event) -> None:
    import psutil

    proc = psutil.Process(pid)
    while not stop.is_set():
        try:
            samples.append((time.time(), proc.memory_info().rss))
        except psutil.NoSuchProcess:
            return
        stop.wait(0.5)


def abuse(port: int, count: int, span: float, timeout: float, out: list, stop: threading.Event) -> None:
    """Send `count` cross joins spread over `span` seconds; the client gives up after `timeout` s."""
    for k in range(count):
        if stop.wait(span / (count + 1)):
            return
        url = f"http://127.0.0.1:{port}/sparql?" + urllib.parse.urlencode({"query": CROSS_JOIN})
        t0 = time.time()
        try:
            with urllib.request.urlopen(url, timeout=timeout) as resp:
                status = f"HTTP {resp.status} (answered)"
        except urllib.error.HTTPError as exc:
            status = f"HTTP {exc.code}: {exc.read()[:200].decode(errors='replace').strip()}"
        except (TimeoutError, socket.timeout, urllib.error.URLError, ConnectionError) as exc:
            status = f"client gave up after {timeout:.0f} s ({type(exc).__name__})"
        out.append((t0, time.time(), status))


# --------------------------------------------------------------------------- figures
def percentile(values: list[float], q: float) -> float:
    if not values:
        return float("nan")
    values = sorted(values)
    return values[min(len(values) - 1, max(0, round(q * (len(values) - 1))))]


def leftovers(workdir: Path, home: Path) -> list[str]:
    import psutil

    from mandate_lineage.queries.falkor import db_path
    from mandate_lineage.queries.falkor_server import servers_for

    found = [f"redis-server {pid}" for pid in servers_for(db_path(home))]
    root = str(workdir.resolve())
    own = {os.getpid()} | {p.pid for p in psutil.Process().parents()}  # the soak and whatever started it
    for proc in psutil.process_iter(["cmdline"]):
        try:
            if proc.pid not in own and proc.status() != psutil.STATUS_ZOMBIE \
                    and (root in " ".join(proc.info["cmdline"] or []) or proc.cwd().startswith(root)):
                found.append(f"pid {proc.pid}: {' '.join(proc.info['cmdline'] or [])[:120]}")
        except (psutil.NoSuchProcess, psutil.AccessDenied):
            continue
    return found


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--quick", action="store_true", help="smoke run: 2 builds, 200 requests, no abusive query")
    ap.add_argument("--clients", type=int, default=4)
    ap.add_argument("--requests", type=int, default=None, help="at least this many requests (default 5000)")
    ap.add_argument("--builds", type=int, default=None, help="builds during the soak (default 20)")
    ap.add_argument("--abuse", type=int, default=None, help="cross joins sent to serve (default 4)")
    ap.add_argument("--abuse-timeout", type=float, default=10.0, help="seconds an abusive client waits")
    ap.add_argument("--abuse-span", type=float, default=600.0, help="seconds over which the abusive queries are spread")
    ap.add_argument("--max-seconds", type=float, default=1800.0, help="stop (and fail) after this long")
    ap.add_argument("--workdir", type=Path, default=None)
    ap.add_argument("--json-out", type=Path, default=None)
    args = ap.parse_args(argv)
    target = args.requests or (200 if args.quick else 5000)
    builds = args.builds if args.builds is not None else (2 if args.quick else 20)
    abuses = args.abuse if args.abuse is not None else (0 if args.quick else 4)
    workdir = args.workdir or Path(tempfile.mkdtemp(prefix="soak-"))
    workdir.mkdir(parents=True, exist_ok=True)
    home = workdir / "home"
    t_start = time.time()
    load_start = os.getloadavg()

    data = make_data(workdir)
    expected: dict[str, dict] = {k: {} for k in ("ask", "cypher", "sparql")}
    for name in ("A", "B"):  # B ends up current
        ok, _s, last = run_build(home, data[name])
        if not ok:
            print(f"soak: the first build of {name} failed: {last}", file=sys.stderr)
            return 1
        for kind in expected:
            expected[kind][name] = request(kind, home, 0)
    for kind, pair in expected.items():
        if pair["A"] == pair["B"]:
            print(f"soak: the {kind} answer does not tell the two data sets apart", file=sys.stderr)
            return 1

    port = free_port()
    serve = start_serve(home, port, workdir / "serve.log")
    try:
        return _soak(args, workdir, home, data, expected, serve, port, target, builds, abuses, t_start, load_start)
    finally:
        if serve.poll() is None:  # an exception on the way: leave no serve behind
            serve.kill()
            serve.wait(10)
        if not args.workdir:
            shutil.rmtree(workdir, ignore_errors=True)


def _soak(args, workdir, home, data, expected, serve, port, target, builds, abuses, t_start, load_start) -> int:
    problems: list[str] = []
    samples: list = []
    stop = threading.Event()
    sampler = threading.Thread(target=rss_sampler, args=(serve.pid, samples, stop), daemon=True)
    sampler.start()
    abused: list = []
    ctx = mp.get_context("spawn")
    done, counter = ctx.Event(), ctx.Value("i", 0)
    deadline = time.time() + args.max_seconds
    build_log = []
    t0 = time.time()
    results = ctx.Queue()
    procs = [ctx.Process(target=client_main, args=(i, str(home), port, expected, target, done, counter, deadline, results),
                         daemon=True)
             for i in range(args.clients)]
    for proc in procs:
        proc.start()
    # Abusive queries spread over the expected length of the run (--abuse-span).
    abuser = threading.Thread(target=abuse, args=(port, abuses, args.abuse_span, args.abuse_timeout, abused, stop))
    abuser.start()
    for k in range(builds):
        name = "A" if k % 2 == 0 else "B"
        while counter.value < k * target / builds and time.time() < deadline:
            time.sleep(0.2)  # builds paced over the requests: the current build switches all along
        if time.time() > deadline:
            problems.append(f"time limit reached after {k} builds")
            break
        ok, seconds, last = run_build(home, data[name])
        build_log.append((name, ok, round(seconds, 2)))
        if not ok:
            problems.append(f"build {k + 1} ({name}) failed: {last}")
    done.set()
    records = [r for _ in procs for r in results.get(timeout=args.max_seconds + 600)]
    for proc in procs:
        proc.join(60)
    elapsed = time.time() - t0
    stop.set()
    abuser.join(timeout=args.abuse_timeout + 5)
    print(f"soak: stopping serve (pid {serve.pid})", file=sys.stderr)
    serve.send_signal(signal.SIGINT)
    try:
        serve.wait(20)
        serve_exit = serve.returncode
    except subprocess.TimeoutExpired:
        serve_exit = "did not stop within 20 s of SIGINT (killed)"
        problems.append(f"serve {serve_exit}")
        serve.kill()
        serve.wait(10)
    time.sleep(1)
    left = leftovers(workdir, home)
    if left:
        problems.append(f"processes left afterwards: {left}")

    # ---- figures
    errors = [r for r in records if r[2].startswith("error")]
    mixes = [r for r in records if r[2] == "mix"]
    if len(records) < target:
        problems.append(f"only {len(records)} requests (target {target})")
    if errors:
        problems.append(f"{len(errors)} errors, e.g. {errors[0][0]}: {errors[0][2]}")
    if mixes:
        problems.append(f"{len(mixes)} answers from neither build (mixed), e.g. {mixes[0][0]}")
    after_warmup = [rss for t, rss in samples if t >= t0 + elapsed / 5]
    at_warmup = after_warmup[0] if after_warmup else None
    growth = (max(after_warmup) / at_warmup - 1) if at_warmup else None
    if growth is not None and growth > 0.10:
        problems.append(f"serve grew {growth:.0%} after warm-up")
    in_abuse = [r for r in records if r[0] == "http" and any(a <= r[3] <= b for a, b, _ in abused)]
    per_kind = {}
    for kind in sorted({r[0] for r in records}):
        lat = [r[1] for r in records if r[0] == kind]
        per_kind[kind] = {"n": len(lat), "p50_ms": round(1000 * percentile(lat, 0.5), 1),
                          "p99_ms": round(1000 * percentile(lat, 0.99), 1),
                          "from_A": sum(1 for r in records if r[0] == kind and r[2] == "A"),
                          "from_B": sum(1 for r in records if r[0] == kind and r[2] == "B")}
    result = {
        "requests": len(records), "seconds": round(elapsed, 1), "requests_per_s": round(len(records) / elapsed, 1),
        "clients": args.clients, "builds": build_log, "errors": len(errors), "mixed": len(mixes),
        "per_kind": per_kind,
        "serve_rss_mb": {"at_warmup": round(at_warmup / 2**20, 1) if at_warmup else None,
                         "max_after": round(max(after_warmup) / 2**20, 1) if after_warmup else None,
                         "growth": round(growth, 3) if growth is not None else None},
        "abuse": [{"sent_at_s": round(a - t0, 1), "lasted_s": round(b - a, 1), "outcome": s} for a, b, s in abused],
        "http_while_abuse": {"n": len(in_abuse), "p50_ms": round(1000 * percentile([r[1] for r in in_abuse], 0.5), 1),
                             "p99_ms": round(1000 * percentile([r[1] for r in in_abuse], 0.99), 1)},
        "serve_exit": serve_exit, "leftovers": left, "load_average_start": load_start, "load_average_end": os.getloadavg(),
        "total_seconds": round(time.time() - t_start, 1), "problems": problems,
    }
    print(f"soak: {len(records)} requests in {elapsed:.1f} s ({result['requests_per_s']} req/s), {args.clients} clients, "
          f"{len(build_log)} builds ({sum(1 for b in build_log if b[1])} ok), load {load_start[0]:.1f} -> {os.getloadavg()[0]:.1f}")
    print(f"{'kind':<12}{'n':>6}{'p50 ms':>10}{'p99 ms':>10}{'from A':>8}{'from B':>8}")
    for kind, f in per_kind.items():
        print(f"{kind:<12}{f['n']:>6}{f['p50_ms']:>10}{f['p99_ms']:>10}{f['from_A']:>8}{f['from_B']:>8}")
    print(f"errors {len(errors)}, mixed answers {len(mixes)}; serve RSS {result['serve_rss_mb']}; serve exit {serve_exit}")
    for a in result["abuse"]:
        print(f"abuse: cross join at {a['sent_at_s']} s: {a['outcome']} after {a['lasted_s']} s")
    if abused:
        print(f"http while a cross join was in flight: {result['http_while_abuse']}")
    print("OK" if not problems else "FAILED: " + "; ".join(problems))
    if args.json_out:
        args.json_out.write_text(json.dumps(result, indent=2) + "\n")
    return 0 if not problems else 1


if __name__ == "__main__":
    sys.exit(main())
