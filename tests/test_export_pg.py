"""Property-graph exports: GraphML (for Gephi) and the neo4j-admin CSV, the same projection as the mirror."""
from __future__ import annotations

import csv
import io
import re

from mandate_lineage.queries.export import load_dataset, render

from .export_helpers import ML, build_quads


def test_graphml_for_gephi(minimal):
    import networkx as nx

    settings, build_dir = minimal
    graph = nx.read_graphml(io.BytesIO(render(load_dataset(settings), "graphml")))
    quads = build_quads(build_dir)
    subjects = {s[1:-1] for s, _, _, _ in quads}
    assert subjects <= set(graph.nodes)
    okafor = graph.nodes[ML + "person/okafor"]
    assert okafor["label"] == "Obiora Chinedu Okafor" and okafor["class"] == "Person"
    term = ML + "mandate/international-solidarity/term/okafor-1"
    assert graph.has_edge(term, ML + "person/okafor")
    assert {d["label"] for _, _, d in graph.out_edges(term, data=True)} >= {"ml:holder", "ml:mandate", "ml:citation"}
    assert graph.nodes[ML + "ontology#Renewed"]["class"] == "MandateAction"  # from the ontology


def read_neo4j(files: dict[str, bytes]):
    nodes, rels = {}, []
    for name, content in files.items():
        if name.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(content.decode())))
            header = rows[0]
            if name.startswith("nodes_"):
                assert header[:2] == ["iri:ID", ":LABEL"], name
                for row in rows[1:]:
                    assert row[0] not in nodes, f"duplicate id {row[0]}"
                    nodes[row[0]] = dict(zip(header, row))
            else:
                assert header[:3] == [":START_ID", ":END_ID", ":TYPE"], name
                rels += [dict(zip(header, row)) for row in rows[1:]]
    return nodes, rels


def test_neo4j_csv_is_the_mirror_graph(two_mandates):
    settings, _ = two_mandates
    dataset = load_dataset(settings)
    files = render(dataset, "neo4j-csv")
    script = files["import.sh"].decode()
    delimiter = re.search(r"--array-delimiter='(.)'", script).group(1)
    nodes, rels = read_neo4j(files)
    assert rels and all(r[":START_ID"] in nodes and r[":END_ID"] in nodes and r[":TYPE"].isupper() for r in rels)
    for row in nodes.values():
        for column, value in row.items():
            kind = column.partition(":")[2]
            values = value.split(delimiter) if kind.endswith("[]") and value else ([value] if value else [])
            for v in values:
                if kind.startswith("long"):
                    int(v)
    # The same projection as `mirror --neo4j`: same nodes, labels and relationships, provenance on each.
    from mandate_lineage.queries.mirror import property_graph

    pg = property_graph(load_dataset(settings, plain=True).quads)  # the mirror's input: graph.nq, no standard terms
    assert len(nodes) == len(pg.nodes) and len(rels) == len(pg.relationships)
    assert {n["iri"]: delimiter.join(n["labels"]) for n in pg.nodes} == {k: v[":LABEL"] for k, v in nodes.items()}
    resolution = next(r for r in nodes.values() if r.get("symbol") == "A/HRC/RES/35/3")
    assert resolution["session:long"] == "35" and resolution["adoptedOn"] == "2017-06-22"
    assert resolution[":LABEL"].split(delimiter) == ["Resource", "Document", "Resolution"]
    holder = next(r for r in rels if r[":TYPE"] == "HOLDER")
    assert holder["sources:string[]"] and holder["citations:string[]"]
    term = nodes[ML + "mandate/toy-mandate/term/second-holder-1"]
    assert term["startDate"] == "2017-08-01" and term["startDatePrecision"] == "day"
    assert "neo4j-admin database import full" in script
    for name in files:
        if name.endswith(".csv"):
            assert f"={name}" in script
