"""Mirror throughput on a large synthetic graph: batched UNWIND writes against a per-row MERGE baseline.

    .venv/bin/python bench/bench_mirror.py                 # ~150k triples, under ~2 minutes
    .venv/bin/python bench/bench_mirror.py --tasks 6000    # ~300k triples
    .venv/bin/python bench/bench_mirror.py --baseline-all  # time the per-row baseline on the whole graph

The generator writes N-Quads in the project's vocabulary (a mandate, resolutions, tasks with
aliases, lineage events citing resolution paragraphs, citations in per-document named graphs),
which go through the same mapping as a real build. Both writers run against the embedded FalkorDB
in a temporary home, each into its own graph after the same indexes are created. The per-row
baseline (one MERGE query per node and per relationship) is timed on a sample of the graph by
default (--baseline-sample elements), since on the whole graph it alone takes minutes; throughputs
are compared in elements (nodes + relationships) per second.
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
    parser.add_argument("--baseline-sample", type=int, default=12000, help="elements the per-row baseline writes (default 12000)")
    parser.add_argument("--baseline-all", action="store_true", help="run the per-row baseline on the whole graph")
    args = parser.parse_args(argv)

    import pyoxigraph as ox

    from mandate_lineage.queries.falkor import opened
    from mandate_lineage.queries.mirror import falkor_counts, falkor_schema, property_graph, write_falkor_graph, write_per_row

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
        start = time.perf_counter()
        write_falkor_graph(db, "batched", pg, batch_size=args.batch_size)
        batched_s = time.perf_counter() - start
        assert falkor_counts(db, "batched") == pg.counts(), "batched write lost elements"
        batched_rate = elements / batched_s
        print(f"batched UNWIND MERGE ({args.batch_size} rows/query): {elements} elements in {batched_s:.2f} s "
              f"= {batched_rate:,.0f} elements/s")

        base = pg if args.baseline_all else sample(pg, args.baseline_sample)
        base_elements = len(base.nodes) + len(base.relationships)
        falkor_schema(db, "per_row")
        start = time.perf_counter()
        write_per_row(lambda q, p: db.query("per_row", q, p), base)
        per_row_s = time.perf_counter() - start
        assert falkor_counts(db, "per_row") == base.counts(), "per-row write lost elements"
        per_row_rate = base_elements / per_row_s
        scope = "whole graph" if args.baseline_all else f"sample of {base_elements} elements"
        print(f"per-row MERGE baseline ({scope}): {base_elements} elements in {per_row_s:.2f} s "
              f"= {per_row_rate:,.0f} elements/s")
    ratio = batched_rate / per_row_rate
    print(f"speed-up: {ratio:.1f}x (target >= 20x); total {time.perf_counter() - t0:.1f} s")
    return 0 if ratio >= 20 else 1


if __name__ == "__main__":
    sys.exit(main())
