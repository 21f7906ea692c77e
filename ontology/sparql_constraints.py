"""SHACL-SPARQL constraints evaluated once per constraint over a pyoxigraph store.

pyshacl parses each constraint's query again for every focus node (about 75 ms a parse), which
makes the lineage rules the slowest part of validation. Here each query runs once: `$this` is
joined with the shape's targets at the start of the WHERE clause, which is what SHACL's
pre-binding of `$this` means for these queries. Results, messages and the reported focus,
path and value follow pyshacl's; tests/test_validation_engines.py checks both agree.
"""
from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{[?$](\w+)\}")


def split_shapes(shapes: Graph) -> tuple[Graph, list[dict]]:
    """The shapes without their sh:sparql constraints, and those constraints as plain data."""
    core = Graph()
    constraints = []
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    for shape, constraint in shapes.subject_objects(SH.sparql):
        select = shapes.value(constraint, SH.select)
        if select is None:
            raise ValueError(f"{constraint}: only SELECT-based SPARQL constraints are supported")
        constraints.append(
            {
                "shape": shape,
                "constraint": constraint,
                "query": str(select),
                "message": str(shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or ""),
                "prefixes": _prefixes(shapes, constraint),
                "target_classes": list(shapes.objects(shape, SH.targetClass)),
                "target_subjects_of": list(shapes.objects(shape, SH.targetSubjectsOf)),
                "target_nodes": list(shapes.objects(shape, SH.targetNode)),
            }
        )
    return core, sorted(constraints, key=lambda c: str(c["constraint"]))


def _prefixes(shapes: Graph, constraint) -> str:
    lines = []
    for holder in shapes.objects(constraint, SH.prefixes):
        for decl in shapes.objects(holder, SH.declare):
            prefix = shapes.value(decl, SH.prefix)
            namespace = shapes.value(decl, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


def _target_pattern(c: dict) -> str:
    branches = []
    for cls in c["target_classes"]:
        branches.append(f"{{ ?this a/<{RDFS.subClassOf}>* <{cls}> }}")
    for pred in c["target_subjects_of"]:
        branches.append(f"{{ ?this <{pred}> ?__targetValue }}")
    for node in c["target_nodes"]:
        branches.append(f"{{ VALUES ?this {{ <{node}> }} }}")
    if not branches:
        raise ValueError(f"{c['shape']}: a SPARQL constraint needs a target on its shape")
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(branches) + " } }"


def constraint_query(c: dict) -> str:
    body = c["query"].replace("$this", "?this")
    match = _WHERE.search(body)
    if match is None:
        raise ValueError(f"{c['constraint']}: the query has no WHERE clause")
    body = body[: match.end()] + " " + _target_pattern(c) + " " + body[match.end():]
    return c["prefixes"] + "\n" + body


def store_of(data: Graph, extra: Graph | None = None):
    """An in-memory pyoxigraph store holding the triples of the given rdflib graphs."""
    import pyoxigraph as ox

    store = ox.Store()
    for graph in (data, extra):
        if graph is None:
            continue
        store.bulk_extend(ox.Quad(_ox(s), _ox(p), _ox(o)) for s, p, o in graph)
    return store


def _ox(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def run_sparql_constraints(store, constraints: list[dict]) -> list[dict]:
    """Every violation of every constraint, as pyshacl would report it."""
    results = []
    for c in constraints:
        solutions = store.query(constraint_query(c))
        names = [v.value for v in solutions.variables]
        for row in solutions:
            bound = {n: row[n].value for n in names if row[n] is not None}
            message = _TEMPLATE.sub(lambda m: bound.get(m.group(1), m.group(0)), c["message"])
            results.append(
                {
                    "focus": bound["this"],
                    "path": bound.get("path"),
                    "value": bound.get("value", bound["this"]),  # SHACL: a node shape reports $this as the value
                    "message": message or "constraint violated",
                    "shape": str(c["constraint"]),
                    "severity": "Violation",
                }
            )
    return results


__all__ = ["split_shapes", "run_sparql_constraints", "store_of", "constraint_query", "RDF"]
