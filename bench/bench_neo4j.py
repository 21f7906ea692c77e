"""The mirror into a real Neo4j: the batched writer on the 1M-triple synthetic corpus against a
per-row MERGE baseline on the same server.

    .venv/bin/python bench/bench_neo4j.py                          # 1M triples (a few minutes; not part of CI)
    .venv/bin/python bench/bench_neo4j.py --size 100k --heap 2g    # quicker

Steps: generate the corpus (bench/synth.py, as bench/run.py does: 25 years per mandate, as many
mandates as the size needs), build it (`queries.build.build`, validation included, no embedded
mirror) into a temporary home, start a private Neo4j Community server (tests/neo4j_server.py:
the launcher in .ci/neo4j, built from Maven Central), then on that server:

1. the per-row baseline (`mirror.write_per_row`: one MERGE query, in its own transaction, per node
   and per relationship) on a sample of the graph (`--baseline-sample` elements; the whole graph
   would take hours), into the empty database; then that sample is deleted (untimed);
2. `mirror_neo4j` on the whole graph: the schema, the batched `UNWIND ... MERGE` writes under the
   staging label and the switch transaction, exactly what `mandate-lineage mirror --neo4j` runs.

Rates are elements (nodes + relationships) per second; the speed-up is their ratio (target >= 20x).
It prints the figures, one JSON line at the end, and exits 0 when the target is met.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

BASE = "https://w3id.org/mandate-lineage/"


def sample(pg, size: int):
    """About `size` elements in the graph's own mix: every `step`-th relationship and the nodes at its ends."""
    from mandate_lineage.queries.mirror import PropertyGraph

    step = max(1, round((len(pg.nodes) + len(pg.relationships)) / size))
    rels = pg.relationships[::step]
    ends = {iri for r in rels for iri in (r["start"], r["end"])}
    nodes = [n for n in pg.nodes if n["iri"] in ends]
    while rels and len(nodes) + len(rels) > size:  # the ends of a sparse sample can outnumber it
        rels = rels[: len(rels) * 9 // 10]
        ends = {iri for r in rels for iri in (r["start"], r["end"])}
        nodes = [n for n in pg.nodes if n["iri"] in ends]
    return PropertyGraph(nodes, rels)


def main(argv: list[str] | None = None) -> int:
    import run as bench_run  # bench/run.py: sizes and the corpus generator

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=bench_run.parse_size, default=1_000_000, help="triples (default 1m)")
    parser.add_argument("--baseline-sample", type=int, default=20_000, help="elements the per-row baseline writes")
    parser.add_argument("--batch-size", type=int, default=None, help="rows per UNWIND query (default: the mirror's)")
    parser.add_argument("--heap", default="4g", help="the Neo4j server's Java heap (default 4g)")
    parser.add_argument("--workdir", type=Path, default=None, help="keep corpus, build and server here")
    args = parser.parse_args(argv)

    from mandate_lineage.queries.build import build
    from mandate_lineage.loaders.config import load_settings
    from mandate_lineage.queries import neo4j_engine as N
    from mandate_lineage.queries.mirror import BATCH_SIZE, load_property_graph, mirror_neo4j, write_per_row
    from tests.neo4j_server import running

    wall0 = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="bench-neo4j-") as tmp:
        work = args.workdir or Path(tmp)
        corpus = bench_run.generate(args.size, work / "corpus", seed=1)
        t0 = time.perf_counter()
        home = work / "home"
        result = build(load_settings(home=home, data=work / "corpus", base_iri=BASE), mirror=False)
        t_build = time.perf_counter() - t0
        t0 = time.perf_counter()
        pg = load_property_graph(result.path)
        t_map = time.perf_counter() - t0
        elements = len(pg.nodes) + len(pg.relationships)
        print(f"corpus: {corpus['mandates']} mandates x {corpus['years']} years -> {result.triples} triples "
              f"(built in {t_build:.1f} s); property graph: {len(pg.nodes):,} nodes, {len(pg.relationships):,} relationships "
              f"(mapped in {t_map:.1f} s)", flush=True)

        t0 = time.perf_counter()
        with running(work / "neo4j", heap=args.heap) as server:
            t_start = time.perf_counter() - t0
            print(f"Neo4j Community started in {t_start:.1f} s at {server.uri} (heap {args.heap})", flush=True)
            settings = load_settings(home=home, base_iri=BASE, neo4j_uri=server.uri, neo4j_user=server.user,
                                     neo4j_password=server.password, neo4j_database="neo4j")
            with N.connect(settings) as driver:
                N.ensure_schema(driver, settings)
                base = sample(pg, args.baseline_sample)
                base_elements = len(base.nodes) + len(base.relationships)
                with N.write_session(driver, settings) as session:
                    t0 = time.perf_counter()
                    write_per_row(lambda q, p: N.write(session, q, p), base)
                    t_row = time.perf_counter() - t0
                    per_row = base_elements / t_row
                    print(f"per-row MERGE baseline (one query and transaction per element, sample of {base_elements:,}): "
                          f"{t_row:.1f} s = {per_row:,.0f} elements/s", flush=True)
                    while session.execute_write(lambda tx: tx.run(
                            "MATCH (n:Resource) WITH n LIMIT 5000 DETACH DELETE n RETURN count(*) AS n").single()["n"]):
                        pass
            batch = args.batch_size or BATCH_SIZE
            t0 = time.perf_counter()
            summary = mirror_neo4j(settings, result.path, pg=pg, batch_size=batch)
            t_mirror = time.perf_counter() - t0
            assert (summary["nodes"], summary["relationships"]) == (len(pg.nodes), len(pg.relationships)), summary
            batched = elements / t_mirror
            print(f"mirror --neo4j (schema, UNWIND CREATE batches of {batch} under the staging label, switch transaction): "
                  f"{elements:,} elements in {t_mirror:.1f} s = {batched:,.0f} elements/s", flush=True)
    ratio = batched / per_row
    wall = time.perf_counter() - wall0
    print(f"speed-up: {ratio:.1f}x (target >= 20x); wall time {wall:.0f} s")
    print(json.dumps({"triples": result.triples, "nodes": len(pg.nodes), "relationships": len(pg.relationships),
                      "build_s": round(t_build, 1), "map_s": round(t_map, 1), "neo4j_start_s": round(t_start, 1),
                      "per_row_sample": base_elements, "per_row_s": round(t_row, 2), "per_row_rate": round(per_row),
                      "mirror_s": round(t_mirror, 2), "mirror_rate": round(batched), "speedup": round(ratio, 1),
                      "wall_s": round(wall), "heap": args.heap, "batch_size": batch}))
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
