"""Page times of `serve`: p50 and p99 of the Linked Data pages, on the real graph or a synthetic corpus.

    .venv/bin/python bench/bench_web.py                       # the real data, built into a temporary home
    .venv/bin/python bench/bench_web.py --home HOME           # an existing build
    .venv/bin/python bench/bench_web.py --synth 1m [--workdir DIR]   # bench/synth.py's corpus, built first

`mandate-lineage serve` runs as its own process (as a user runs it); this process asks for pages over
one keep-alive HTTP connection, one at a time, and times each answer to its last byte. The sample:
the home page, every mandate, up to --per-kind resources of each class (tasks, resolutions, holders,
terms, visits, reports, lineage events, citations ...), the disagreements page, and the Turtle of the
same resources. Every page is asked --rounds times; the first round is reported apart as "first"
(nothing is cached between requests; the first round pays Python's warm-up). Targets: p50 < 50 ms on
the real graph, p50 < 200 ms at 1M triples.
"""
from __future__ import annotations

import argparse
import http.client
import json
import os
import random
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
BENCH = REPO / "bench"
BASE = "https://w3id.org/mandate-lineage/"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def build_home(data: Path | None, home: Path) -> Path:
    from mandate_lineage.queries.build import build
    from mandate_lineage.loaders.config import load_settings, packaged_data_dir

    if not (home / "current").exists():
        build(load_settings(home=home, data=data or packaged_data_dir(), base_iri=BASE), mirror=False)
    return home


def synth_home(size: str, workdir: Path) -> Path:
    sys.path.insert(0, str(BENCH))
    import run
    import synth

    n = run.parse_size(size)
    corpus, home = workdir / f"corpus-{size}", workdir / f"home-{size}"
    if not (home / "current").exists():
        synth.generate(run.mandates_for(n), run.YEARS, 1, corpus)
        build_home(corpus, home)
    return home


def sample(home: Path, per_kind: int, seed: int) -> list[tuple[str, str]]:
    """(kind, path) of the pages to ask for."""
    import pyoxigraph as ox

    from mandate_lineage.loaders.store import open_store

    store = open_store((home / "current").resolve())
    by_kind: dict[str, list[str]] = {}
    for q in store.quads_for_pattern(None, ox.NamedNode(RDF_TYPE), None, ox.DefaultGraph()):
        if q.subject.value.startswith(BASE):
            by_kind.setdefault(q.object.value.rsplit("#", 1)[-1], []).append(q.subject.value)
    del store
    rng = random.Random(seed)
    pages = [("home", "/"), ("disagreements", "/-/disagreements")]
    for kind, iris in sorted(by_kind.items()):
        iris.sort()
        chosen = iris if kind == "Mandate" and len(iris) <= per_kind else rng.sample(iris, min(per_kind, len(iris)))
        for iri in chosen:
            pages.append((kind, "/" + iri[len(BASE):] + ".html"))
            pages.append(("turtle", "/" + iri[len(BASE):] + ".ttl"))
    return pages


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def start_serve(home: Path) -> tuple[subprocess.Popen, int]:
    port = free_port()
    env = {**os.environ, "MANDATE_LINEAGE_HOME": str(home)}
    exe = Path(sys.executable).parent / "mandate-lineage"
    proc = subprocess.Popen([str(exe), "serve", "--port", str(port)], env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE, stdin=subprocess.DEVNULL)
    deadline = time.monotonic() + 300
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return proc, port
        except OSError:
            if proc.poll() is not None:
                raise RuntimeError(f"serve did not start: {proc.stderr.read().decode()[-2000:]}")
            time.sleep(0.2)
    proc.kill()
    raise RuntimeError("serve did not start in 300 s")


def measure(port: int, pages: list[tuple[str, str]], rounds: int) -> dict:
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    first: list[float] = []
    warm: dict[str, list[float]] = {}
    errors = 0
    for r in range(rounds):
        for kind, path in pages:
            t = time.perf_counter()
            conn.request("GET", path)
            resp = conn.getresponse()
            resp.read()
            ms = (time.perf_counter() - t) * 1000
            if resp.status != 200:
                errors += 1
            (first.append(ms) if r == 0 else warm.setdefault(kind, []).append(ms))
    conn.close()
    every = [x for xs in warm.values() for x in xs] or first
    return {"pages": len(pages), "rounds": rounds, "errors": errors, "first": pct(first), "all": pct(every),
            "by_kind": {k: pct(v) for k, v in sorted(warm.items())}}


def pct(values: list[float]) -> dict:
    values = sorted(values)
    if not values:
        return {}
    p99 = values[min(len(values) - 1, int(round(0.99 * (len(values) - 1))))]
    return {"n": len(values), "p50_ms": round(statistics.median(values), 1), "p99_ms": round(p99, 1),
            "max_ms": round(values[-1], 1)}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--home", type=Path, help="an existing home with a build")
    ap.add_argument("--synth", help="build bench/synth.py's corpus of this size (10k, 100k, 1m) and use it")
    ap.add_argument("--workdir", type=Path, help="where --synth keeps its corpus and home (reused when present)")
    ap.add_argument("--per-kind", type=int, default=25, help="resources sampled per class (default 25)")
    ap.add_argument("--rounds", type=int, default=3, help="times each page is asked (default 3)")
    ap.add_argument("--seed", type=int, default=7)
    ap.add_argument("--json", action="store_true", help="print only the JSON record")
    args = ap.parse_args(argv)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # stop the server on the way out
    if args.synth:
        home = synth_home(args.synth, args.workdir or Path(tempfile.mkdtemp(prefix="bench-web-")))
        graph = f"synthetic {args.synth}"
    else:
        home = args.home or build_home(None, Path(tempfile.mkdtemp(prefix="bench-web-")) / "home")
        graph = "real data" if not args.home else str(args.home)
    triples = json.loads(((home / "current").resolve() / "manifest.json").read_text())["triples"]
    pages = sample(home, args.per_kind, args.seed)
    proc, port = start_serve(home)
    try:
        record = {"graph": graph, "triples": triples, **measure(port, pages, args.rounds)}
    finally:
        proc.terminate()
        proc.wait(30)
    if not args.json:
        print(f"{graph}: {triples} triples, {record['pages']} pages x {record['rounds']} rounds, {record['errors']} errors")
        print(f"  first round  p50 {record['first']['p50_ms']} ms  p99 {record['first']['p99_ms']} ms")
        print(f"  later rounds p50 {record['all']['p50_ms']} ms  p99 {record['all']['p99_ms']} ms  (max {record['all']['max_ms']} ms)")
        for kind, p in record["by_kind"].items():
            print(f"    {kind:16} n={p['n']:4}  p50 {p['p50_ms']:7} ms  p99 {p['p99_ms']:7} ms")
    print(json.dumps(record))
    return 0


if __name__ == "__main__":
    sys.exit(main())
