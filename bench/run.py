"""The scale benchmarks: one command, one process tree, a table and a JSON record.

    .venv/bin/python bench/run.py [--sizes 10k,100k,1m] [--reference-max 10k] [--json-out FILE]

For each size the synthetic generator (bench/synth.py, 25 years per mandate) writes a corpus of about
that many triples, and a child process runs the real build on it (`queries.build.build`, with the
embedded mirror when queries/mirror.py exists) and reports its stages and its peak RSS. Then:

- validation: on a corpus of the same size with injected violations (K of each kind), the build's
  validation path (pyoxigraph store + compiled core constraints + SPARQL constraints) against plain
  `pyshacl.validate` with the same shapes and data (ontology.validate.run_shacl): both times, their
  ratio, whether both report the same results and whether the counts per shape are the injected ones.
  Plain pyshacl only runs up to --reference-max; above it its time is extrapolated (said so in the
  record) from the measured sizes;
- mirror: bench/bench_mirror.py (the mirror helper's benchmark: batched writer vs per-row MERGE);
- ask: bench/bench_ask.py on the real graph and on the largest synthetic build, when cli/fast_ask.py
  exists ("not available yet" otherwise).

Absolute times depend on the machine and on what else runs: read the ratios.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
YEARS = 25
TRIPLES_PER_MANDATE = 3578  # measured: 30 mandates x 25 years -> 107,341 triples
BASE = "https://w3id.org/mandate-lineage/"


def parse_size(text: str) -> int:
    m = re.fullmatch(r"(\d+(?:\.\d+)?)([km]?)", text.strip().lower())
    if not m:
        raise argparse.ArgumentTypeError(f"not a size: {text!r} (10k, 100k, 1m, 250000)")
    return int(float(m[1]) * {"": 1, "k": 1_000, "m": 1_000_000}[m[2]])


def label(n: int) -> str:
    return f"{n // 1_000_000}m" if n % 1_000_000 == 0 else f"{n // 1000}k" if n % 1000 == 0 else str(n)


def mandates_for(n: int) -> int:
    return max(1, round(n / TRIPLES_PER_MANDATE))


def peak_rss_mb() -> float:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024, 1)


def machine() -> dict:
    mem = None
    try:
        for line in Path("/proc/meminfo").read_text().splitlines():
            if line.startswith("MemTotal:"):
                mem = round(int(line.split()[1]) / 1024 / 1024, 1)
    except OSError:
        pass
    versions = {}
    for pkg in ("rdflib", "pyshacl", "pyoxigraph", "yaml", "falkordb"):
        try:
            mod = __import__(pkg)
            versions[pkg] = getattr(mod, "__version__", "?")
        except ImportError:
            versions[pkg] = None
    try:
        load = os.getloadavg()
    except OSError:
        load = None
    return {"cores": os.cpu_count(), "memory_gib": mem, "python": platform.python_version(), "platform": platform.platform(),
            "load_average_at_start": load, "versions": versions}


# -- children: each measured step runs in its own process so that its peak RSS is its own ----------------------
def child_build(data: str, home: str, mirror: bool) -> dict:
    from mandate_lineage.queries.build import build
    from mandate_lineage.loaders.config import load_settings

    sampler = TreeRss()
    t0 = time.perf_counter()
    with sampler:
        result = build(load_settings(home=Path(home), data=Path(data), base_iri=BASE), mirror=mirror)
    wall = time.perf_counter() - t0
    timings = {k: round(v, 3) for k, v in result.timings.items()}
    own = peak_rss_mb()
    workers = result.worker_peak_rss_mb
    # The build loads in one worker process, then validates and writes the store in another beside the
    # mirror: the sampled peak of the whole tree is the figure; the sum of the build's own peak and the
    # larger worker's is an upper bound (the workers do not overlap; the peaks need not coincide).
    return {"triples": result.triples, "quads": result.quads, "graphs": result.graphs, "timings_s": timings,
            "wall_s": round(wall, 3), "peak_rss_mb": own, "worker_peak_rss_mb": workers,
            "peak_rss_mb_all": round(own + max(workers.values(), default=0.0), 1),
            "peak_rss_mb_tree": sampler.peak_mb, "peak_rss_mb_tree_with_falkordb": sampler.peak_with_server_mb,
            "mirrored": bool(result.mirrored), "build": str(result.path)}


class TreeRss:
    """The largest sum of RSS over this process and its descendants (the build's stage processes), sampled
    every 50 ms while the build runs; with and without the FalkorDB server (redis-server)."""

    def __init__(self, interval: float = 0.05):
        import threading

        self.interval, self.peak_mb, self.peak_with_server_mb = interval, 0.0, 0.0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)

    def _sample(self) -> None:
        import psutil

        me = psutil.Process()
        while not self._stop.is_set():
            total = server = 0
            for proc in [me] + me.children(recursive=True):
                try:
                    rss = proc.memory_info().rss
                    if "redis-server" in proc.name():
                        server += rss
                    else:
                        total += rss
                except psutil.Error:
                    continue
            self.peak_mb = max(self.peak_mb, round(total / 2**20, 1))
            self.peak_with_server_mb = max(self.peak_with_server_mb, round((total + server) / 2**20, 1))
            self._stop.wait(self.interval)

    def __enter__(self):
        self._thread.start()
        return self

    def __exit__(self, *exc):
        self._stop.set()
        self._thread.join()


def _key(results):
    return sorted({(r["focus"], r["path"], r["value"], r["message"], r["shape"]) for r in results}, key=str)


def child_validate(data: str, reference: bool) -> dict:
    """Fast path vs plain pyshacl on one corpus (with injected violations)."""
    from collections import Counter

    import pyoxigraph as ox

    from mandate_lineage.loaders.curated import load_curated
    from mandate_lineage.ontology.validate import ONTOLOGY_FILE, load_shapes, run_shacl, run_shapes_on_store

    loaded = load_curated(Path(data), BASE)
    if loaded.problems:
        raise SystemExit(f"the synthetic corpus has loader problems: {loaded.problems[:3]}")
    shapes = load_shapes()
    expected = json.loads((Path(data) / "synth.json").read_text())["expected_results"]
    out = {"quads": len(loaded.quads)}

    t0 = time.perf_counter()
    store = ox.Store()
    triples_text = loaded.union_ntriples
    store.bulk_load(input=triples_text, format=ox.RdfFormat.N_TRIPLES)
    store.bulk_load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)
    t1 = time.perf_counter()
    fast = run_shapes_on_store(store, shapes)
    t2 = time.perf_counter()
    out["fast"] = {"store_s": round(t1 - t0, 3), "validate_s": round(t2 - t1, 3), "total_s": round(t2 - t0, 3), "results": len(fast)}
    fast_counts = Counter(r["shape"] for r in fast)
    out["fast_counts_match_injected"] = dict(fast_counts) == expected
    out["triples"] = triples_text.count("\n")
    if reference:
        from rdflib import Graph

        t0 = time.perf_counter()
        graph = Graph()
        for s, p, o, _g in loaded.quads:
            graph.add((s, p, o))
        t1 = time.perf_counter()
        plain = run_shacl(graph, shapes)
        t2 = time.perf_counter()
        out["plain"] = {"graph_s": round(t1 - t0, 3), "validate_s": round(t2 - t1, 3), "total_s": round(t2 - t0, 3), "results": len(plain)}
        out["identical"] = _key(plain) == _key(fast)
        out["plain_counts_match_injected"] = dict(Counter(r["shape"] for r in plain)) == expected
        out["ratio"] = round(out["plain"]["total_s"] / out["fast"]["total_s"], 1)
    out["peak_rss_mb"] = peak_rss_mb()
    return out


def run_child(args: list[str], timeout: float | None = None) -> dict:
    proc = subprocess.run([sys.executable, str(Path(__file__).resolve()), *args], capture_output=True, text=True, timeout=timeout,
                          cwd=ROOT)
    if proc.returncode != 0:
        raise RuntimeError(f"child {args[:2]} failed ({proc.returncode}):\n{proc.stderr[-3000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def generate(n: int, out: Path, seed: int, violations: int = 0) -> dict:
    t0 = time.perf_counter()
    sys.path.insert(0, str(BENCH))
    import synth

    info = synth.generate(mandates_for(n), YEARS, seed, out, violations)
    return {"mandates": info["mandates"], "years": YEARS, "seconds": round(time.perf_counter() - t0, 2)}


def extrapolate(points: list[tuple[int, float]], n: int) -> dict:
    """Plain pyshacl's time at n triples from the measured (triples, seconds): a power law through the two
    largest measurements, or linear from one."""
    import math

    points = sorted(points)
    if len(points) >= 2:
        (n1, t1), (n2, t2) = points[-2:]
        b = math.log(t2 / t1) / math.log(n2 / n1)
        return {"seconds": round(t2 * (n / n2) ** b, 1), "method": f"power law t ~ n^{b:.2f} through {n1} and {n2} triples"}
    n1, t1 = points[-1]
    return {"seconds": round(t1 * n / n1, 1), "method": f"linear from {n1} triples (a lower bound if pyshacl grows faster)"}


def mirror_bench() -> dict:
    script = BENCH / "bench_mirror.py"
    if not (ROOT / "queries" / "mirror.py").exists():
        return {"available": False, "note": "queries/mirror.py does not exist yet"}
    if not script.exists():
        return {"available": False, "note": "bench/bench_mirror.py not present"}
    proc = subprocess.run([sys.executable, str(script), "--baseline-sample", "5000"], capture_output=True, text=True, cwd=ROOT)
    m = re.search(r"speed-up: ([\d.]+)x", proc.stdout)
    rates = dict(re.findall(r"^(mirror writer|generic writer|per-row MERGE baseline).*?= ([\d,]+) elements/s", proc.stdout, re.M))
    return {"available": True, "command": "bench/bench_mirror.py --baseline-sample 5000", "ratio": float(m[1]) if m else None,
            "rates_elements_per_s": {k: int(v.replace(",", "")) for k, v in rates.items()}, "exit": proc.returncode,
            "output": proc.stdout.strip().splitlines()[-6:]}


def ask_bench(home: Path | None, mandate: str | None, runs: int = 7, naive_runs: int = 3, question: str | None = None,
              timeout: float = 600, target: float = 5.0) -> dict:
    if not (ROOT / "cli" / "fast_ask.py").exists():
        return {"available": False, "note": "not available yet (cli/fast_ask.py does not exist)"}
    cmd = [sys.executable, str(BENCH / "bench_ask.py"), "--json", "--runs", str(runs), "--naive-runs", str(naive_runs),
           "--target", str(target)]
    if home is not None:
        cmd += ["--home", str(home)]
    if mandate:
        cmd += ["--mandate", mandate]
    if question:
        cmd += ["--question", question]
    try:
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"available": True, "error": f"did not finish within {timeout} s ({runs} timed runs + 1 warm-up + {naive_runs} naive)"}
    if proc.returncode not in (0, 1) or "{" not in proc.stdout:  # 1 = ran, but missed the target
        return {"available": True, "error": f"exit {proc.returncode}: {(proc.stderr or proc.stdout)[-1000:]}"}
    data = json.loads(proc.stdout[proc.stdout.index("{"):])
    keys = ("python_s", "ask_s", "naive_s", "ask_over_python", "naive_over_ask", "graph_bytes", "target_ask_over_python")
    return {"available": True, "target_met": proc.returncode == 0, **{k: data[k] for k in keys}}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sizes", default="10k,100k,1m", help="corpus sizes in triples (comma-separated: 10k,100k,1m)")
    ap.add_argument("--reference-max", default="10k", type=parse_size,
                    help="largest size at which plain pyshacl runs (above: extrapolated); default 10k")
    ap.add_argument("--violations", type=int, default=3, help="injected violations of each kind in the validation corpora")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--workdir", type=Path, default=None, help="where corpora and build homes go (default: a temporary folder)")
    ap.add_argument("--json-out", type=Path, default=None, help="also write the JSON record to this file")
    ap.add_argument("--no-mirror", action="store_true", help="build without the embedded mirror")
    ap.add_argument("--validate-all", action="store_true",
                    help="also run the injected-violations corpus above --reference-max (by default the fast time there "
                         "is the build's validation stage on the clean corpus)")
    ap.add_argument("--repeat", type=int, default=1,
                    help="build each size this many times (fresh home each time) and report the run with the median total")
    ap.add_argument("--skip-ask", action="store_true")
    ap.add_argument("--skip-mirror-bench", action="store_true")
    ap.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = ap.parse_args(argv)

    if args.child:
        kind, *rest = args.child
        if kind == "build":
            print(json.dumps(child_build(rest[0], rest[1], rest[2] == "1")))
        elif kind == "validate":
            print(json.dumps(child_validate(rest[0], rest[1] == "1")))
        return 0

    sizes = [parse_size(s) for s in args.sizes.split(",") if s.strip()]
    work = args.workdir or Path(tempfile.mkdtemp(prefix="mandate-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    mirror = not args.no_mirror and (ROOT / "queries" / "mirror.py").exists()
    record = {"command": "bench/run.py " + " ".join(argv if argv is not None else sys.argv[1:]), "machine": machine(),
              "started": time.strftime("%Y-%m-%dT%H:%M:%S%z"), "years_per_mandate": YEARS, "builds": [], "validation": []}
    say = lambda m: print(m, file=sys.stderr, flush=True)  # noqa: E731
    largest_home = largest_mandate = None
    for n in sizes:
        data, home = work / f"corpus-{label(n)}", work / f"home-{label(n)}"
        gen = generate(n, data, args.seed)
        say(f"[{label(n)}] corpus: {gen['mandates']} mandates x {YEARS} years in {gen['seconds']} s; building ...")
        runs = []
        for i in range(max(1, args.repeat)):
            if i:
                shutil.rmtree(home, ignore_errors=True)
            runs.append(run_child(["--child", "build", str(data), str(home), "1" if mirror else "0"]))
        # The median run by total time (whole runs, not medians of each stage, so the stages add up).
        res = sorted(runs, key=lambda r: r["timings_s"]["total"])[len(runs) // 2]
        if len(runs) > 1:
            res["repeats_total_s"] = [r["timings_s"]["total"] for r in runs]
            res["repeats_load_validate_mirror_s"] = [round(r["timings_s"]["load"] + r["timings_s"]["serialize"]
                                                           + r["timings_s"]["validate+write+mirror"], 3) for r in runs]
        t = res["timings_s"]
        # validation, the query store and the mirror run side by side: their wall time, after load and serialization
        lvm = t["load"] + t["serialize"] + t["validate+write+mirror"]
        res.update({"size": label(n), "mandates": gen["mandates"], "load_validate_mirror_s": round(lvm, 3),
                    "triples_per_s": round(res["triples"] / t["total"]), "generate_s": gen["seconds"]})
        record["builds"].append(res)
        if len(runs) > 1:
            say(f"[{label(n)}] {len(runs)} runs, totals {res['repeats_total_s']} s: the median run is reported")
        say(f"[{label(n)}] {res['triples']} triples: " + ", ".join(f"{k} {v:.2f} s" for k, v in t.items())
            + f"; peak RSS {res['peak_rss_mb']} MB, process tree {res['peak_rss_mb_tree']} MB "
              f"({res['peak_rss_mb_tree_with_falkordb']} MB with the FalkorDB server; the build's own peak plus its larger worker's {res['peak_rss_mb_all']} MB)")
        largest_home, largest_mandate = home, "synth-0000"

    record["growth"] = growth(record["builds"])
    measured = []
    for n, build_res in zip(sizes, record["builds"]):
        reference = n <= args.reference_max
        if not reference and not args.validate_all:
            # Same fast path as the build's validation stage, which was just measured on a clean corpus of this size.
            t = build_res["timings_s"]["validate"]
            record["validation"].append({"size": label(n), "triples": build_res["triples"], "from_build_stage": True,
                                         "fast": {"total_s": t}, "fast_counts_match_injected": None})
            continue
        data = work / f"corpus-{label(n)}-violations"
        generate(n, data, args.seed, args.violations)
        say(f"[{label(n)}] validation: fast path" + (" and plain pyshacl" if reference else "") + " ...")
        res = run_child(["--child", "validate", str(data), "1" if reference else "0"])
        res["size"] = label(n)
        if reference:
            measured.append((res["triples"], res["plain"]["total_s"]))
        record["validation"].append(res)
    for res in record["validation"]:
        if "plain" not in res and measured:
            est = extrapolate(measured, res["triples"])
            res["plain_extrapolated"] = est
            res["ratio_extrapolated"] = round(est["seconds"] / res["fast"]["total_s"], 1)

    record["mirror"] = {"available": False, "note": "skipped"} if args.skip_mirror_bench else mirror_bench()
    if args.skip_ask:
        record["ask"] = {"available": False, "note": "skipped"}
    else:
        say("ask: real graph ...")
        record["ask"] = {"real": ask_bench(None, None)}
        if largest_home is not None and record["ask"]["real"].get("available"):
            say(f"ask: {record['builds'][-1]['size']} synthetic graph ...")
            record["ask"]["largest"] = {"size": record["builds"][-1]["size"], **ask_bench(largest_home, largest_mandate, runs=3, naive_runs=1, timeout=300,
                                                                                        question="Which resolutions renewed the mandate?",
                                                                                        target=10.0 if record["builds"][-1]["triples"] >= 900_000 else 5.0)}
    record["finished"] = time.strftime("%Y-%m-%dT%H:%M:%S%z")
    print_table(record)
    text = json.dumps(record, indent=1)
    print(text)
    if args.json_out:
        args.json_out.write_text(text + "\n")
    return 0


def growth(builds: list[dict]) -> list[dict]:
    """Between consecutive sizes: how many times the time grew against how many times the triples grew."""
    out = []
    for a, b in zip(builds, builds[1:]):
        triples = b["triples"] / a["triples"]
        times = {k: round(b["timings_s"][k] / a["timings_s"][k], 2) for k in b["timings_s"] if a["timings_s"].get(k)}
        lvm = b["load_validate_mirror_s"] / a["load_validate_mirror_s"]
        out.append({"from": a["size"], "to": b["size"], "triples_x": round(triples, 2), "load_validate_mirror_x": round(lvm, 2),
                    "total_x": times.get("total"), "stages_x": times, "at_most_linear": lvm <= triples})
    return out


def print_table(record: dict) -> None:
    m = record["machine"]
    print(f"machine: {m['cores']} cores, {m['memory_gib']} GiB, Python {m['python']}; load average at start {m['load_average_at_start']}")
    print()
    print(f"{'size':>5} {'triples':>9} {'load s':>7} {'serial. s':>9} {'valid. s*':>9} {'write s*':>8} {'mirror s*':>9} {'V|W|M s':>7} "
          f"{'L+V+M s':>7} {'total s':>7} {'triples/s':>9} {'RSS MB':>7} {'tree MB':>7}")
    for b in record["builds"]:
        t = b["timings_s"]
        print(f"{b['size']:>5} {b['triples']:>9} {t['load']:>7.2f} {t['serialize']:>9.2f} {t['validate']:>9.2f} {t['write']:>8.2f} "
              f"{t.get('mirror', float('nan')):>9.2f} {t['validate+write+mirror']:>7.2f} {b['load_validate_mirror_s']:>7.2f} {t['total']:>7.2f} "
              f"{b['triples_per_s']:>9} {b['peak_rss_mb']:>7.0f} {b['peak_rss_mb_tree']:>7.0f}")
    print("  load and serialize run in a worker process; * side by side: validation then the store in a second worker,")
    print("  the mirror in the build process; V|W|M is their wall time; L+V+M = load + serialize + V|W|M. RSS: the build")
    print("  process's own peak; tree: the sampled peak of the build and its workers together (FalkorDB server not counted).")
    for g in record.get("growth", []):
        print(f"  growth {g['from']} -> {g['to']}: triples x{g['triples_x']}, load+validate+mirror x{g['load_validate_mirror_x']}, "
              f"total x{g['total_x']} ({'at most linear' if g['at_most_linear'] else 'faster than linear'}); "
              + ", ".join(f"{k} x{v}" for k, v in g["stages_x"].items() if k not in ("total",)))
    print()
    print(f"{'size':>5} {'triples':>9} {'fast s':>7} {'plain s':>9} {'ratio':>6}  identical  counts=injected")
    for v in record["validation"]:
        if "plain" in v:
            plain, ratio, same = f"{v['plain']['total_s']:.2f}", f"{v['ratio']:.1f}", str(v["identical"])
        else:
            plain = f"~{v['plain_extrapolated']['seconds']:.0f}*" if "plain_extrapolated" in v else "-"
            ratio, same = (f"~{v['ratio_extrapolated']:.0f}*" if "ratio_extrapolated" in v else "-"), "n/a"
        injected = "n/a (build stage)" if v.get("from_build_stage") else v["fast_counts_match_injected"]
        print(f"{v['size']:>5} {v['triples']:>9} {v['fast']['total_s']:>7.2f} {plain:>9} {ratio:>6}  {same:>9}  {injected}")
    if any("plain_extrapolated" in v for v in record["validation"]):
        print("  * plain pyshacl extrapolated, not measured: " + next(v["plain_extrapolated"]["method"] for v in record["validation"] if "plain_extrapolated" in v))
    mir = record["mirror"]
    print()
    print("mirror: " + (f"batched writer / per-row MERGE = {mir.get('ratio')}x" if mir.get("available") else mir.get("note", "n/a")))
    ask = record["ask"]
    for key in ("real", "largest"):
        a = ask.get(key) if isinstance(ask, dict) else None
        if a is None:
            continue
        if not a.get("available"):
            print(f"ask ({key}): {a.get('note')}")
        elif "error" in a:
            print(f"ask ({key}): failed: {a['error'][-200:]}")
        else:
            print(f"ask ({key}{' ' + a.get('size', '') if key == 'largest' else ''}): ask {a['ask_s'] * 1000:.0f} ms, python -c pass {a['python_s'] * 1000:.0f} ms, "
                  f"ask/python {a['ask_over_python']}x, naive/ask {a['naive_over_ask']}x")
    if not ask.get("real") and ask.get("note"):
        print(f"ask: {ask['note']}")
    print()


if __name__ == "__main__":
    sys.exit(main())
