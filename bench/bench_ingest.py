"""Time `ingest` (extraction + reconciliation, no --accept) of the test corpus, and show how it
grows with the number of documents.

    .venv/bin/python bench/bench_ingest.py                  # corpus x1, x2, x4, x8 (40 to 320 documents)
    .venv/bin/python bench/bench_ingest.py --copies 1,4,16 --json-out /tmp/ingest.json

It builds the real data once (no mirror) in a temporary home, then for each size ingests that many
documents (the corpus texts repeated) in one process, as `mandate-lineage ingest` does, and prints
the total, the time per document and, between sizes, how many times the time grew against how many
times the documents grew (at most linear: the time ratio stays at or under the size ratio). It also
times the command itself once on the whole corpus (a fresh process: start-up included).
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "documents" / "corpus"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--copies", default="1,2,4,8", help="corpus copies per size (comma-separated)")
    ap.add_argument("--repeat", type=int, default=3, help="runs per size; the fastest is used, the median shown")
    ap.add_argument("--json-out", type=Path)
    args = ap.parse_args()

    from mandate_lineage.queries.build import build
    from mandate_lineage.loaders.config import load_settings
    from mandate_lineage.loaders.documents import extract
    from mandate_lineage.loaders.reconcile import Graph, reconcile
    from mandate_lineage.loaders.store import current_dir, open_store

    import yaml
    paths = [p for p in sorted(CORPUS.glob("*/*.txt"))      # texts of a mandate in data/ (ingest needs one)
             if yaml.safe_load(p.with_suffix(".yaml").read_text(encoding="utf-8")).get("mandate")]
    texts = [(p.name, p.read_text(encoding="utf-8")) for p in paths]
    chars = sum(len(t) for _, t in texts)
    with tempfile.TemporaryDirectory(prefix="bench-ingest-") as tmp:
        settings = load_settings(home=Path(tmp) / "home")
        build(settings, mirror=False)
        rows = []
        for k in [int(x) for x in args.copies.split(",")]:
            docs = texts * k
            runs = []
            for _ in range(args.repeat):
                store = open_store(current_dir(settings))
                graph = Graph(store, settings.base_iri)           # a fresh graph cache per run
                t0 = time.perf_counter()
                t_extract = 0.0
                for name, text in docs:
                    a = time.perf_counter()
                    x = extract(text, name)
                    t_extract += time.perf_counter() - a
                    reconcile(graph, x, text, None)
                runs.append((time.perf_counter() - t0, t_extract))
            total, ext = min(runs)                 # the machine is shared: the fastest run is the cost
            median = sorted(r[0] for r in runs)[len(runs) // 2]
            rows.append({"documents": len(docs), "chars": chars * k, "seconds": round(total, 4),
                         "median_seconds": round(median, 4), "extract_seconds": round(ext, 4),
                         "ms_per_document": round(1000 * total / len(docs), 2)})
        cmd = [sys.executable, "-m", "mandate_lineage.cli.main", "ingest", "--home", str(settings.home), "--json",
               *map(str, paths)]
        t0 = time.perf_counter()
        r = subprocess.run(cmd, capture_output=True, text=True)
        cli_seconds = time.perf_counter() - t0
        summary = json.loads(r.stdout)["summary"] if r.returncode == 0 else {"error": r.stderr.strip()}

    print(f"{'documents':>10}{'chars':>10}{'total s':>10}{'median s':>10}{'extract s':>11}{'ms/doc':>9}{'docs x':>8}{'time x':>8}")
    for i, row in enumerate(rows):
        grow = ""
        if i:
            grow = (f"{row['documents'] / rows[i - 1]['documents']:>8.2f}"
                    f"{row['seconds'] / rows[i - 1]['seconds']:>8.2f}")
        print(f"{row['documents']:>10}{row['chars']:>10}{row['seconds']:>10.3f}{row['median_seconds']:>10.3f}"
              f"{row['extract_seconds']:>11.3f}"
              f"{row['ms_per_document']:>9.2f}{grow}")
    first, last = rows[0], rows[-1]
    growth = (last["seconds"] / first["seconds"]) / (last["documents"] / first["documents"])
    print(f"time growth / document growth, {first['documents']} -> {last['documents']}: {growth:.2f} "
          f"({'at most linear' if growth <= 1.10 else 'FASTER THAN LINEAR'})")
    print(f"`mandate-lineage ingest --json` on the {len(paths)} corpus documents (fresh process): {cli_seconds:.2f} s; "
          f"summary: " + ", ".join(f"{k} {summary.get(k)}" for k in ("confirmed", "new", "conflicting")))
    if args.json_out:
        args.json_out.write_text(json.dumps({"rows": rows, "cli_seconds": round(cli_seconds, 3),
                                             "cli_summary": summary, "growth_ratio": round(growth, 3)}, indent=2))


if __name__ == "__main__":
    main()
