"""Time `mandate-lineage ask` from a cold process against a bare `python -c pass` and the naive path.

    .venv/bin/python bench/bench_ask.py [--home HOME] [--runs 7] [--question "..."] [--json]

Three timings, each the median of --runs fresh processes:
  python   `python -c pass` (the floor: interpreter start-up)
  ask      `mandate-lineage ask QUESTION` (store of the current build, lexicon, answer)
  naive    a fresh process that parses graph.nq with rdflib and runs the same SPARQL (lexicon + answer)
and the ratios ask/python (the target is <= 5) and naive/ask. Without --home, the real data is built
into a temporary home first. Bytecode is compiled first, as an install does.
"""
from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = 5.0

NAIVE = r"""
import sys, rdflib
from pathlib import Path
g = rdflib.Dataset(default_union=True)
g.parse(sys.argv[1], format="nquads")
q = Path(sys.argv[2]).read_text()
rows = list(g.query(q))
q2 = Path(sys.argv[3]).read_text().replace("WHERE {", "WHERE { VALUES ?mandate { \"%s\" } " % sys.argv[4], 1)
rows2 = list(g.query(q2))
print(len(rows), len(rows2))
"""


def timed(cmd: list[str], env: dict, runs: int) -> tuple[float, list[float]]:
    times = []
    for _ in range(runs):
        t0 = time.perf_counter()
        p = subprocess.run(cmd, env=env, capture_output=True, text=True)
        times.append(time.perf_counter() - t0)
        if p.returncode not in (0,):
            raise SystemExit(f"{' '.join(cmd[:3])} ... failed ({p.returncode}): {p.stderr[-500:]}")
    return statistics.median(times), times


def ensure_build(home: Path | None) -> Path:
    if home is not None:
        return home
    home = Path(tempfile.mkdtemp(prefix="bench-ask-"))
    from mandate_lineage.queries.build import build
    from mandate_lineage.loaders.config import load_settings, packaged_data_dir

    build(load_settings(home=home, data=packaged_data_dir()), mirror=False)
    return home


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--home", type=Path, default=os.environ.get("MANDATE_LINEAGE_HOME") and Path(os.environ["MANDATE_LINEAGE_HOME"]))
    ap.add_argument("--runs", type=int, default=7)
    ap.add_argument("--question", default="Which resolution added the SDG task?")
    ap.add_argument("--mandate", default="international-solidarity")
    ap.add_argument("--naive-runs", type=int, default=3)
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--target", type=float, default=TARGET, help="ask/python ratio to meet (5 on the real graph, 10 at 1M triples)")
    args = ap.parse_args(argv)
    for folder in ("cli", "loaders", "queries", "ontology"):
        compileall.compile_dir(str(ROOT / folder), quiet=1)
    home = ensure_build(args.home)
    env = {**os.environ, "MANDATE_LINEAGE_HOME": str(home), "MANDATE_LINEAGE_MANDATE": args.mandate}
    exe = Path(sys.executable).with_name("mandate-lineage")
    ask_cmd = [str(exe), "ask", args.question] if exe.exists() else [sys.executable, "-m", "mandate_lineage.cli.main", "ask", args.question]
    graph = (home / "current" / "graph.nq").resolve()
    naive_cmd = [sys.executable, "-c", NAIVE, str(graph), str(ROOT / "queries" / "ask-lexicon.rq"), str(ROOT / "queries" / "ask-events.rq"), args.mandate]

    subprocess.run(ask_cmd, env=env, capture_output=True)  # warm the file cache
    py, py_all = timed([sys.executable, "-c", "pass"], env, args.runs)
    ask, ask_all = timed(ask_cmd, env, args.runs)
    naive, naive_all = timed(naive_cmd, env, args.naive_runs)
    result = {
        "question": args.question, "runs": args.runs, "graph_bytes": graph.stat().st_size,
        "python_s": round(py, 4), "ask_s": round(ask, 4), "naive_s": round(naive, 4),
        "ask_over_python": round(ask / py, 2), "naive_over_ask": round(naive / ask, 1), "target_ask_over_python": args.target,
        "all_s": {"python": [round(t, 4) for t in py_all], "ask": [round(t, 4) for t in ask_all], "naive": [round(t, 4) for t in naive_all]},
    }
    if args.json:
        print(json.dumps(result, indent=2))
    else:
        print(f"graph.nq: {result['graph_bytes']} bytes; question: {args.question!r}; median of {args.runs} runs")
        print(f"  python -c pass        {py * 1000:8.1f} ms")
        print(f"  mandate-lineage ask   {ask * 1000:8.1f} ms   ask/python = {result['ask_over_python']:.2f}  (target <= {args.target})")
        print(f"  naive rdflib path     {naive * 1000:8.1f} ms   naive/ask  = {result['naive_over_ask']:.1f}")
    return 0 if ask / py <= args.target else 1


if __name__ == "__main__":
    sys.exit(main())
