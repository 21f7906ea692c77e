"""Mirror throughput on a large synthetic graph: batched UNWIND writes against a per-row MERGE baseline.

    .venv/bin/python bench/bench_mirror.py                        # ~150k triples, well under 2 minutes
    .venv/bin/python bench/bench_mirror.py --tasks 6600           # ~300k triples
    .venv/bin/python bench/bench_mirror.py --baseline-sample 5000 # quicker: per-row baseline on a sample

The generator writes N-Quads in the project's vocabulary (a mandate, resolutions, tasks with
aliases, lineage events citing resolution paragraphs, citations in per-document named graphs),
which go through the same mapping as a real build. Three writers run against the embedded FalkorDB
in a temporary home, each into its own graph after the same indexes are created:

- the mirror's writer (``write_falkor_graph``): UNWIND batches of CREATE into the fresh graph,
  relationship ends found by internal id, shared provenance maps sent once per batch;
- the generic batched writer (``write_batched``, what Neo4j gets): UNWIND batches of MERGE by iri;
- the per-row baseline (``write_per_row``): one MERGE query per node and per relationship.

Throughputs are compared in elements (nodes + relationships) per second. The batched writers take
about a second, so each runs three times and the best run counts (their first run in a fresh server
is the slowest); the per-row baseline runs once. The exit status is 0 when the mirror's writer is at
least 20 times faster than the per-row baseline.
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

BASE = "https://w3id.org/mandate-lineage/"
ML = "https://w3id.org/mandate-lineage/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
XSD = "http://www.w3.org/2001/XMLSchema#"
KINDS = ("TaskAdded", "TaskReaffirmed", "TaskChanged")


def synthetic_nquads(tasks: int, resolutions: int = 200, seed: int = 7) -> str:
    """N tasks with three lineage events each, over `resolutions` resolutions, as N-Quads text."""
    rnd = random.Random(seed)
    out = []

    def quad(s, p, o, g, literal=False, datatype=None):
        if literal:
            text = o.replace("\\", "\\\\").replace('"', '\\"')
            obj = f'"{text}"' + (f"^^<{datatype}>" if datatype else "")
        else:
            obj = f"<{o}>"
        out.append(f"<{s}> <{p}> {obj} <{g}> .\n")

    mandate = f"{BASE}mandate/bench"
    report = f"{BASE}doc/A/HRC/99/1"
    g_report = f"{BASE}graph/doc/A/HRC/99/1"
    quad(mandate, RDF_TYPE, ML + "Mandate", g_report)
    quad(mandate, ML + "key", "bench", g_report, literal=True)
    quad(report, ML + "symbol", "A/HRC/99/1", g_report, literal=True)
    res_iris = []
    for r in range(resolutions):
        iri = f"{BASE}doc/A/HRC/RES/{r // 3 + 1}/{r % 3 + 1}"
        graph = f"{BASE}graph/doc/A/HRC/RES/{r // 3 + 1}/{r % 3 + 1}"
        res_iris.append(iri)
        quad(iri, RDF_TYPE, ML + "Resolution", graph)
        quad(iri, ML + "ref", f"HRC {r // 3 + 1}/{r % 3 + 1}", graph, literal=True)
        quad(iri, ML + "symbol", f"A/HRC/RES/{r // 3 + 1}/{r % 3 + 1}", graph, literal=True)
        quad(iri, ML + "adoptedOn", f"{2006 + r % 18}-0{1 + r % 9}", graph, literal=True, datatype=XSD + "gYearMonth")
        quad(iri, ML + "mandate", mandate, graph)
        if r:
            quad(iri, ML + "reaffirms", res_iris[rnd.randrange(r)], graph)
    for t in range(tasks):
        task = f"{mandate}/task/t{t}"
        cit = f"{BASE}citation/t{t}"
        quad(cit, RDF_TYPE, ML + "Citation", g_report)
        quad(cit, ML + "document", report, g_report)
        quad(cit, ML + "locator", f"para. {t}", g_report, literal=True)
        quad(task, RDF_TYPE, ML + "Task", g_report)
        quad(task, ML + "key", f"t{t}", g_report, literal=True)
        quad(task, SKOS + "prefLabel", f"Synthetic task number {t}", g_report, literal=True)
        for a in range(3):
            quad(task, SKOS + "altLabel", f"alias {t}-{a}", g_report, literal=True)
        quad(task, ML + "mandate", mandate, g_report)
        quad(task, ML + "citation", cit, g_report)
        quad(task, PROV + "wasDerivedFrom", report, g_report)
        for kind in KINDS:
            res = res_iris[rnd.randrange(resolutions)]
            para = f"{res}/!main~para_{rnd.randrange(1, 30)}"
            event = f"{task}/{kind}/{res.rsplit('/doc/', 1)[1].replace('/', '-')}"
            quad(event, RDF_TYPE, ML + kind, g_report)
            quad(event, ML + "task", task, g_report)
            quad(event, ML + "resolution", res, g_report)
            quad(event, ML + "paragraph", para, g_report)
            quad(event, ML + "mandate", mandate, g_report)
            quad(event, ML + "citation", cit, g_report)
            quad(event, PROV + "wasDerivedFrom", report, g_report)
            quad(para, RDF_TYPE, ML + "Paragraph", g_report)
            quad(para, ML + "paragraphOf", res, g_report)
            quad(para, ML + "number", para.rsplit("_", 1)[1], g_report, literal=True)
    return "".join(out)


def sample(pg, size: int):
    """The first `size` elements of the graph: nodes first, then relationships between them."""
    from mandate_lineage.queries.mirror import PropertyGraph

    nodes = pg.nodes[: size // 2]
    keep = {n["iri"] for n in nodes}
    rels = [r for r in pg.relationships if r["start"] in keep and r["end"] in keep][: size - len(nodes)]
    return PropertyGraph(nodes, rels)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--tasks", type=int, default=3300, help="synthetic tasks (45 triples each; default 3300, about 150k triples)")
    parser.add_argument("--batch-size", type=int, default=5000)
    parser.add_argument("--baseline-sample", type=int, default=0, help="elements the per-row baseline writes (default: the whole graph)")
    args = parser.parse_args(argv)

    import pyoxigraph as ox

    from mandate_lineage.queries.falkor import opened
    from mandate_lineage.queries.mirror import (
        falkor_counts, falkor_schema, property_graph, write_batched, write_falkor_graph, write_per_row,
    )

    t0 = time.perf_counter()
    text = synthetic_nquads(args.tasks)
    quads = list(ox.parse(text.encode(), format=ox.RdfFormat.N_QUADS))
    t1 = time.perf_counter()
    pg = property_graph(quads)
    t2 = time.perf_counter()
    elements = len(pg.nodes) + len(pg.relationships)
    print(f"synthetic graph: {len(quads)} quads -> {len(pg.nodes)} nodes, {len(pg.relationships)} relationships "
          f"(generated and parsed in {t1 - t0:.1f} s, mapped in {t2 - t1:.1f} s)")

    with tempfile.TemporaryDirectory(prefix="bench-mirror-") as tmp, opened(Path(tmp)) as db:
        def timed(label, graph, elements_written, write, repeat=1):
            runs = []
            for _ in range(repeat):
                start = time.perf_counter()
                write()
                runs.append(time.perf_counter() - start)
            seconds = min(runs)
            best = f" (best of {repeat}: {', '.join(f'{r:.2f}' for r in runs)} s)" if repeat > 1 else ""
            print(f"{label}: {elements_written} elements in {seconds:.2f} s = {elements_written / seconds:,.0f} elements/s{best}")
            return elements_written / seconds

        batched_rate = timed(f"mirror writer, UNWIND CREATE ({args.batch_size} rows/query)", "batched", elements,
                             lambda: write_falkor_graph(db, "batched", pg, batch_size=args.batch_size), repeat=3)
        assert falkor_counts(db, "batched") == pg.counts(), "batched write lost elements"
        def merged():
            db.delete_graph("merged")
            falkor_schema(db, "merged")
            write_batched(lambda q, p: db.query("merged", q, p), pg, batch_size=args.batch_size)

        timed(f"generic writer, UNWIND MERGE by iri ({args.batch_size} rows/query)", "merged", elements, merged, repeat=3)
        assert falkor_counts(db, "merged") == pg.counts(), "merged write lost elements"
        base = sample(pg, args.baseline_sample) if args.baseline_sample else pg
        base_elements = len(base.nodes) + len(base.relationships)
        falkor_schema(db, "per_row")
        scope = f"sample of {base_elements} elements" if args.baseline_sample else "whole graph"
        per_row_rate = timed(f"per-row MERGE baseline, one query per element ({scope})", "per_row", base_elements,
                             lambda: write_per_row(lambda q, p: db.query("per_row", q, p), base))
        assert falkor_counts(db, "per_row") == base.counts(), "per-row write lost elements"
    ratio = batched_rate / per_row_rate
    print(f"speed-up: {ratio:.1f}x (target >= 20x); total {time.perf_counter() - t0:.1f} s")
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
