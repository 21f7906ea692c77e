"""Property-graph exports: GraphML (for Gephi, via networkx) and CSV for ``neo4j-admin database import full``.

The Neo4j CSV files hold the mirror's own projection (queries/mirror.py), so an imported database
answers the query library like `mirror --neo4j` does. GraphML, made for looking at the graph in
Gephi, starts from a simpler projection of the RDF triples (:func:`project`):

* nodes: every IRI that is a subject, or the object of a relationship; labels from ``rdf:type``
  (class local names; "Resource" when untyped), properties from the literal-valued predicates
  (named by local name, prefixed as ``prefix_local`` when two predicates share one), plus
  ``iri`` and a display ``label`` (skos:prefLabel, foaf:name, rdfs:label, ref, symbol, title, key,
  locator, else the end of the IRI). ``rdfs:seeAlso`` and ``foaf:page`` links are properties too
  (URLs), not relationships. Controlled values of the ontology that the data points to
  (ml:Renewed, ml:Accepted ...) get their class and label from ontology/mandate-lineage.ttl;
* relationships: one per (subject, predicate, object) with an IRI object, whatever the number
  of source graphs that state it; type = the predicate's local name in UPPER_SNAKE_CASE.

Everything is sorted, so the same triples give the same bytes.
"""
from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ..ontology.iris import ONTOLOGY_NS
from .export_rdf import RDF_TYPE, compact

XSD = "http://www.w3.org/2001/XMLSchema#"
LINK_PREDICATES = {"http://www.w3.org/2000/01/rdf-schema#seeAlso", "http://xmlns.com/foaf/0.1/page"}
LABEL_PREDICATES = [
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://xmlns.com/foaf/0.1/name",
    "http://www.w3.org/2000/01/rdf-schema#label",
    ONTOLOGY_NS + "ref",
    ONTOLOGY_NS + "symbol",
    "http://purl.org/dc/terms/title",
    ONTOLOGY_NS + "key",
    ONTOLOGY_NS + "locator",
]
RESERVED = {"iri", "label", "class", "id", "type"}
ONTOLOGY_FILE = Path(__file__).resolve().parent.parent / "ontology" / "mandate-lineage.ttl"
ARRAY_DELIMITERS = [";", "|", "\u001f"]


@dataclass
class Node:
    iri: str
    classes: list[str] = field(default_factory=list)  # class IRIs
    props: dict[str, list] = field(default_factory=dict)  # predicate IRI -> literals / link IRIs (str)
    label: str = ""


@dataclass
class PropertyGraph:
    nodes: dict[str, Node]
    edges: list[tuple[str, str, str]]  # (start IRI, predicate IRI, end IRI), sorted
    prop_names: dict[str, str]  # predicate IRI -> property name
    label_names: dict[str, str]  # class IRI -> label
    rel_names: dict[str, str]  # predicate IRI -> relationship type

    def labels(self, node: Node) -> list[str]:
        return sorted({self.label_names[c] for c in node.classes}) or ["Resource"]


def _local(iri: str) -> str:
    tail = re.split(r"[#/]", iri.rstrip("/#"))[-1]
    return re.sub(r"[^A-Za-z0-9_]", "_", tail) or "x"


def _tail(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1] or iri


def _names(iris, transform=lambda s: s, reserved=frozenset()) -> dict[str, str]:
    """IRI -> a short unique name: the local name, or prefix_local where local names collide."""
    by_local: dict[str, list[str]] = {}
    for iri in sorted(set(iris)):
        by_local.setdefault(transform(_local(iri)), []).append(iri)
    out = {}
    for local, group in by_local.items():
        for iri in group:
            if len(group) == 1 and local not in reserved:
                out[iri] = local
            else:
                found = compact(iri)
                prefix = found[0] if found else "ns"
                out[iri] = transform(f"{prefix}_{_local(iri)}")
    if len(set(out.values())) != len(out):  # still colliding (unprefixed IRIs): fall back to numbering
        for i, iri in enumerate(sorted(out)):
            out[iri] = f"{out[iri]}_{i}"
    return out


def upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).upper()


@lru_cache(maxsize=1)
def _vocabulary() -> dict[str, tuple[list[str], str]]:
    """Ontology IRI -> (class IRIs, label), for controlled values the data points to."""
    types: dict[str, list[str]] = {}
    labels: dict[str, str] = {}
    for q in ox.parse(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE):
        s, p, o = q.subject, q.predicate.value, q.object
        if not isinstance(s, ox.NamedNode):
            continue
        if p == RDF_TYPE:
            types.setdefault(s.value, []).append(o.value)
        elif p in LABEL_PREDICATES[:3] and isinstance(o, ox.Literal):
            labels.setdefault(s.value, o.value)
    return {iri: (sorted(types.get(iri, [])), labels.get(iri, "")) for iri in set(types) | set(labels)}


def project(dataset) -> PropertyGraph:
    nodes: dict[str, Node] = {}
    edges = set()

    def node(iri: str) -> Node:
        if iri not in nodes:
            nodes[iri] = Node(iri)
        return nodes[iri]

    for t in dataset.triples():
        if not isinstance(t.subject, ox.NamedNode):
            continue
        s, p, o = t.subject.value, t.predicate.value, t.object
        n = node(s)
        if p == RDF_TYPE and isinstance(o, ox.NamedNode):
            n.classes.append(o.value)
        elif isinstance(o, ox.Literal):
            n.props.setdefault(p, []).append(o)
        elif isinstance(o, ox.NamedNode) and p in LINK_PREDICATES:
            n.props.setdefault(p, []).append(o.value)
        elif isinstance(o, ox.NamedNode):
            edges.add((s, p, o.value))
            node(o.value)
    vocabulary = _vocabulary()
    for iri, n in nodes.items():
        if not n.classes and not n.props and iri in vocabulary:
            n.classes, n.label = list(vocabulary[iri][0]), vocabulary[iri][1]
        n.classes = sorted(set(n.classes))
        if not n.label:
            n.label = next((str(n.props[p][0].value) for p in LABEL_PREDICATES if p in n.props), "") or _tail(iri)
    prop_iris = {p for n in nodes.values() for p in n.props}
    return PropertyGraph(
        nodes=dict(sorted(nodes.items())),
        edges=sorted(edges),
        prop_names=_names(prop_iris, reserved=RESERVED),
        label_names=_names({c for n in nodes.values() for c in n.classes}, reserved={"Resource"}),
        rel_names=_names({p for _, p, _ in edges}, transform=upper_snake),
    )


def _text(value) -> str:
    return value.value if isinstance(value, ox.Literal) else str(value)


# --------------------------------------------------------------------------- GraphML
def write_graphml(dataset) -> bytes:
    """GraphML (networkx): nodes with iri, label, class and their literal properties (several values
    joined by " | "); edges keyed and labelled by the predicate (prefixed name)."""
    import networkx as nx

    pg = project(dataset)
    graph = nx.MultiDiGraph()
    for iri, n in pg.nodes.items():
        attrs = {"iri": iri, "label": n.label, "class": ";".join(pg.labels(n))}
        for p in sorted(n.props, key=lambda p: pg.prop_names[p]):
            attrs[pg.prop_names[p]] = " | ".join(sorted(_text(v) for v in n.props[p]))
        graph.add_node(iri, **attrs)
    for s, p, o in pg.edges:
        found = compact(p)
        name = f"{found[0]}:{found[1]}" if found else p
        graph.add_edge(s, o, key=name, label=name, predicate=p)
    buffer = io.BytesIO()
    nx.write_graphml_xml(graph, buffer, encoding="utf-8", prettyprint=True)
    return buffer.getvalue()


# --------------------------------------------------------------------------- Neo4j CSV
def _neo_type(values: list) -> str:
    """The neo4j-admin type of a column from the Python values the mirror gives it."""
    kinds = set()
    for v in values:
        for item in v if isinstance(v, list) else [v]:
            kinds.add("boolean" if isinstance(item, bool) else "long" if isinstance(item, int)
                      else "double" if isinstance(item, float) else "string")
    return kinds.pop() if len(kinds) == 1 else "string"


def _cell_value(value, delimiter: str) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return delimiter.join(_cell_value(v, delimiter) for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_neo4j_csv(dataset) -> dict[str, bytes]:
    """CSV files for ``neo4j-admin database import full``, holding exactly the graph `mirror --neo4j` writes.

    The projection is the mirror's own (queries/mirror.py, following queries/mapping.py), so the
    query library runs unchanged on the imported database. One node file per label set
    (``nodes_<Labels>.csv``), ``relationships_<TYPE>.csv``, ``import.sh`` and ``README.md``.
    Headers: ``iri:ID``, ``:LABEL``, typed property columns (``session:long``, ``sources:string[]``);
    relationships ``:START_ID,:END_ID,:TYPE`` plus their provenance (sources, locators, citations).
    """
    from .mapping import KEY
    from .mirror import property_graph

    pg = property_graph(dataset.quads)
    texts = [_cell_value(v, "") for n in pg.nodes for v in n["props"].values()]
    texts += [_cell_value(v, "") for r in pg.relationships for v in r["props"].values()]
    texts += [lab for n in pg.nodes for lab in n["labels"]]
    delimiter = next(d for d in ARRAY_DELIMITERS if not any(d in t for t in texts))
    files: dict[str, bytes] = {}
    groups: dict[str, list[dict]] = {}
    for n in pg.nodes:
        groups.setdefault("_".join(n["labels"]), []).append(n)
    for group_name in sorted(groups):
        members = groups[group_name]
        columns = sorted({p for n in members for p in n["props"]} - {KEY})
        header = [f"{KEY}:ID", ":LABEL"]
        for name in columns:
            values = [n["props"][name] for n in members if name in n["props"]]
            array = any(isinstance(v, list) for v in values)
            kind = _neo_type(values)
            header.append(f"{name}:{kind}{'[]' if array else ''}" if kind != "string" or array else name)
        rows = [[n["iri"], delimiter.join(n["labels"])] + [_cell_value(n["props"].get(c), delimiter) for c in columns]
                for n in members]
        files[f"nodes_{group_name}.csv"] = _csv([header] + sorted(rows))
    by_type: dict[str, list[dict]] = {}
    for r in pg.relationships:
        by_type.setdefault(r["type"], []).append(r)
    for rel_type in sorted(by_type):
        members = by_type[rel_type]
        columns = sorted({p for r in members for p in r["props"]})
        header = [":START_ID", ":END_ID", ":TYPE"] + [
            f"{c}:string[]" if any(isinstance(r["props"].get(c), list) for r in members) else c for c in columns]
        rows = [[r["start"], r["end"], rel_type] + [_cell_value(r["props"].get(c), delimiter) for c in columns]
                for r in members]
        files[f"relationships_{rel_type}.csv"] = _csv([header] + sorted(rows))
    node_files = [name for name in sorted(files) if name.startswith("nodes_")]
    rel_files = [name for name in sorted(files) if name.startswith("relationships_")]
    command = neo4j_admin_command(node_files, rel_files, delimiter)
    files["import.sh"] = _import_script(command).encode("utf-8")
    files["README.md"] = _readme(command, len(pg.nodes), len(pg.relationships)).encode("utf-8")
    return files


def _csv(rows: list[list[str]]) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    writer.writerows(rows)
    return buffer.getvalue().encode("utf-8")


def neo4j_admin_command(node_files: list[str], rel_files: list[str], delimiter: str, database: str = "neo4j") -> str:
    shown = {"\u001f": "\\u001f"}.get(delimiter, delimiter)
    parts = ["neo4j-admin database import full", "--overwrite-destination",
             f"--array-delimiter='{shown}'", "--multiline-fields=true"]
    parts += [f"--nodes={name}" for name in node_files]
    parts += [f"--relationships={name}" for name in rel_files]
    return " \\\n    ".join(parts) + f" \\\n    {database}"


def _import_script(command: str) -> str:
    database = command.rsplit(" ", 1)[-1]
    command = command[: -len(database)] + '"${1:-neo4j}"'
    return (
        "#!/bin/sh\n"
        "# Import these CSV files into a Neo4j 5 database (stop the database first; it is replaced).\n"
        "# Usage: sh import.sh [DATABASE]   (run where neo4j-admin is on the PATH)\n"
        "set -e\n"
        'cd "$(dirname "$0")"\n'
        f"{command}\n"
    )


def _readme(command: str, nodes: int, rels: int) -> str:
    return (
        "# Neo4j import files (mandate-lineage)\n\n"
        f"{nodes} nodes and {rels} relationships, exported by `mandate-lineage export --format neo4j-csv`.\n"
        "Load them into a stopped (or new) Neo4j 5 database with `sh import.sh`, which runs:\n\n"
        f"```\n{command}\n```\n\n"
        "This is the same property graph `mandate-lineage mirror --neo4j` writes (see queries/README.md\n"
        "of mandate-lineage for labels, relationship types and properties): nodes are identified by their\n"
        "IRI (`iri:ID`), every relationship carries its sources, and partial dates are ISO strings with a\n"
        "`...Precision` property (day, month or year).\n"
    )
