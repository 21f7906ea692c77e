"""Property-graph exports: GraphML (for Gephi, via networkx) and CSV for ``neo4j-admin database import full``.

Both start from one projection of the RDF triples (:func:`project`):

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

from .export_rdf import RDF_TYPE, compact

XSD = "http://www.w3.org/2001/XMLSchema#"
LINK_PREDICATES = {"http://www.w3.org/2000/01/rdf-schema#seeAlso", "http://xmlns.com/foaf/0.1/page"}
LABEL_PREDICATES = [
    "http://www.w3.org/2004/02/skos/core#prefLabel",
    "http://xmlns.com/foaf/0.1/name",
    "http://www.w3.org/2000/01/rdf-schema#label",
    "https://w3id.org/mandate-lineage/ontology#ref",
    "https://w3id.org/mandate-lineage/ontology#symbol",
    "http://purl.org/dc/terms/title",
    "https://w3id.org/mandate-lineage/ontology#key",
    "https://w3id.org/mandate-lineage/ontology#locator",
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
_NEO_TYPES = {
    XSD + "integer": "int", XSD + "int": "int", XSD + "long": "long",
    XSD + "decimal": "double", XSD + "double": "double", XSD + "float": "float",
    XSD + "boolean": "boolean", XSD + "date": "date", XSD + "dateTime": "datetime",
}
_DATEISH = {XSD + "date", XSD + "gYearMonth", XSD + "gYear"}
_PRECISION = {4: "year", 7: "month", 10: "day"}


def _column_type(values: list) -> str:
    """The neo4j-admin type of a column from the literals in it: one type for all, else string."""
    kinds = {(_NEO_TYPES.get(v.datatype.value, "string") if isinstance(v, ox.Literal) and not v.language else "string") for v in values}
    return kinds.pop() if len(kinds) == 1 else "string"


def _is_partial_date_column(values: list) -> bool:
    """Dates not all of one kind (xsd:date, gYearMonth, gYear): written as strings plus a precision
    (a column of full dates is typed `date`, one of years alone needs no precision)."""
    datatypes = {v.datatype.value if isinstance(v, ox.Literal) else None for v in values}
    return bool(datatypes) and datatypes <= _DATEISH and datatypes not in ({XSD + "date"}, {XSD + "gYear"})


def _cell(values: list, delimiter: str) -> str:
    return delimiter.join(sorted(_text(v) for v in values))


def write_neo4j_csv(dataset) -> dict[str, bytes]:
    """One node file per label set (``nodes_<Labels>.csv``), ``relationships.csv``, ``import.sh``
    and ``README.md`` with the neo4j-admin command.

    Headers: ``iri:ID``, ``:LABEL`` (labels joined by the array delimiter), typed property columns
    (``session:int``, ``adoptedOn:date`` when every value is a full date; partial dates are strings
    with a ``<name>Precision`` column: day, month or year), ``name:type[]`` where a node has several
    values; relationships ``:START_ID,:END_ID,:TYPE``.
    """
    pg = project(dataset)
    all_values = [_text(v) for n in pg.nodes.values() for vs in n.props.values() for v in vs]
    all_values += [lab for n in pg.nodes.values() for lab in pg.labels(n)]
    delimiter = next(d for d in ARRAY_DELIMITERS if not any(d in v for v in all_values))
    groups: dict[str, list[Node]] = {}
    for n in pg.nodes.values():
        groups.setdefault("_".join(pg.labels(n)), []).append(n)
    files: dict[str, bytes] = {}
    for group_name in sorted(groups):
        members = groups[group_name]
        columns = sorted({p for n in members for p in n.props}, key=lambda p: pg.prop_names[p])
        header, specs = ["iri:ID", ":LABEL", "label"], []
        for p in columns:
            values = [v for n in members for v in n.props.get(p, [])]
            array = any(len(n.props.get(p, [])) > 1 for n in members)
            name, kind = pg.prop_names[p], _column_type(values)
            header.append(f"{name}:{kind}{'[]' if array else ''}" if kind != "string" or array else name)
            specs.append((p, "value"))
            if _is_partial_date_column(values):
                header.append(f"{name}Precision{':string[]' if array else ''}")
                specs.append((p, "precision"))
        rows = []
        for n in members:
            row = [n.iri, delimiter.join(pg.labels(n)), n.label]
            for p, what in specs:
                values = n.props.get(p, [])
                if what == "precision":
                    row.append(delimiter.join(_PRECISION.get(len(t), "") for t in sorted(_text(v) for v in values)))
                else:
                    row.append(_cell(values, delimiter))
            rows.append(row)
        files[f"nodes_{group_name}.csv"] = _csv([header] + rows)
    rel_rows = [[s, o, pg.rel_names[p]] for s, p, o in pg.edges]
    files["relationships.csv"] = _csv([[":START_ID", ":END_ID", ":TYPE"]] + sorted(rel_rows))
    node_files = [name for name in sorted(files) if name.startswith("nodes_")]
    command = neo4j_admin_command(node_files, ["relationships.csv"], delimiter)
    files["import.sh"] = _import_script(command).encode("utf-8")
    files["README.md"] = _readme(command, len(pg.nodes), len(pg.edges)).encode("utf-8")
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
        "Nodes are identified by their IRI (`iri:ID`); labels are the RDF classes; partial dates are\n"
        "strings with a `...Precision` column (day, month or year).\n"
    )
