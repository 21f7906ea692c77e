"""Validation: SHACL shapes (pyshacl) plus graph checks SHACL cannot state well (networkx).

Results come back as Problems (ontology/problems.py) that name the data file, line and field behind the focus node.
"""
from __future__ import annotations

import re
from pathlib import Path

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, SH

from .problems import Problem
from .vocab import ML

ONTOLOGY_DIR = Path(__file__).resolve().parent
SHAPES_DIR = ONTOLOGY_DIR / "shapes"
ONTOLOGY_FILE = ONTOLOGY_DIR / "mandate-lineage.ttl"


def load_shapes() -> Graph:
    shapes = Graph()
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        shapes.parse(path, format="turtle")
    return shapes


def load_ontology() -> Graph:
    return Graph().parse(ONTOLOGY_FILE, format="turtle")


def run_shacl(data: Graph, shapes: Graph | None = None, ontology: Graph | None = None) -> list[dict]:
    """Plain pyshacl over the data (with the ontology's class hierarchy); raw results.

    This is the reference engine; `run_fast` must report exactly the same.
    """
    import pyshacl

    shapes = shapes if shapes is not None else load_shapes()
    ontology = ontology if ontology is not None else load_ontology()
    # The data is checked together with the ontology: class hierarchy and controlled values live there.
    combined = Graph()
    for triple in data:
        combined.add(triple)
    for triple in ontology:
        combined.add(triple)
    _conforms, report, text = pyshacl.validate(
        combined, shacl_graph=shapes, inference="none", advanced=True, allow_warnings=True
    )
    if not isinstance(report, Graph):  # pyshacl refuses a shape: a bug in ontology/shapes, not in the data
        raise RuntimeError(f"SHACL shapes could not run: {getattr(report, 'message', text)}")
    results = []
    for node in report.subjects(RDF.type, SH.ValidationResult):
        results.append(
            {
                "focus": str(report.value(node, SH.focusNode)),
                "path": _str(report.value(node, SH.resultPath)),
                "value": _str(report.value(node, SH.value)),
                "message": _str(report.value(node, SH.resultMessage)) or "constraint violated",
                # For SPARQL constraints the constraint itself names the rule; sourceShape is its node shape.
                "shape": _str(report.value(node, SH.sourceConstraint) or report.value(node, SH.sourceShape)),
                "severity": _str(report.value(node, SH.resultSeverity)).rsplit("#", 1)[-1],
            }
        )
    return results


def run_fast(data: Graph, shapes: Graph | None = None, ontology: Graph | None = None) -> list[dict]:
    """Same results as run_shacl: pyshacl for the core constraints, SPARQL constraints once each on pyoxigraph."""
    from .sparql_constraints import run_sparql_constraints, split_shapes, store_of

    shapes = shapes if shapes is not None else load_shapes()
    ontology = ontology if ontology is not None else load_ontology()
    store = store_of(data, ontology)
    return run_shapes_on_store(store, shapes, fallback=lambda core: run_shacl(data, core, ontology))


def run_shapes_on_store(store, shapes: Graph | None = None, fallback=None) -> list[dict]:
    """All shape results over a pyoxigraph store holding the data and the ontology in its default graph.

    Core constraints run as compiled SPARQL + Python checks (sparql_constraints.compile_core); when the
    shapes use a feature that is not compiled, `fallback(core_shapes)` (plain pyshacl) runs them instead.
    """
    from .sparql_constraints import compile_core, run_core, run_sparql_constraints, split_shapes

    shapes = shapes if shapes is not None else load_shapes()
    core, constraints = split_shapes(shapes)
    checks = compile_core(core)
    if checks is None:
        if fallback is None:
            raise RuntimeError("the shapes use a SHACL feature the fast engine does not compile, and no fallback was given")
        results = fallback(core)
    else:
        results = run_core(store, checks)
    return results + run_sparql_constraints(store, constraints)


def _str(term) -> str | None:
    return None if term is None else str(term)


CHAINS = (("recalls/reaffirms", ML.recalls), ("superseded-by", ML.supersededBy))


def find_cycles(edges: dict[str, list[tuple[str, str]]], display) -> list[dict]:
    """Cycles (networkx) in each chain's edges, reported like SHACL results."""
    import networkx as nx

    found = []
    for label, path in CHAINS:
        g = nx.DiGraph(edges.get(label, []))
        for cycle in sorted((_rotated(c) for c in nx.simple_cycles(g)), key=lambda c: sorted(c)):
            names = [display(n) for n in cycle]
            found.append(
                {
                    "focus": cycle[0],
                    "path": str(path),
                    "value": None,
                    "message": f"Cycle in the {label} chain: " + " -> ".join(names + names[:1]),
                    "shape": f"networkx:{label}-acyclic",
                    "severity": "Violation",
                }
            )
    return found


def graph_cycles(data: Graph) -> list[dict]:
    """Cycles in recalls/reaffirms and in supersedes chains of an rdflib graph."""
    recalls = [(str(s), str(o)) for pred in (ML.recalls, ML.reaffirms) for s, o in data.subject_objects(pred)]
    supersedes = [(str(data.value(e, ML.task)), str(o)) for e, o in data.subject_objects(ML.supersededBy)
                  if data.value(e, ML.task) is not None]
    return find_cycles({"recalls/reaffirms": recalls, "superseded-by": supersedes},
                       lambda n: _display(data, URIRef(n)))


def graph_cycles_store(store) -> list[dict]:
    """graph_cycles over a pyoxigraph store (data in the default graph): the same results."""
    queries = {
        "recalls/reaffirms": f"SELECT ?s ?o WHERE {{ {{ ?s <{ML.recalls}> ?o }} UNION {{ ?s <{ML.reaffirms}> ?o }} }}",
        "superseded-by": f"SELECT ?s ?o WHERE {{ ?e <{ML.supersededBy}> ?o . ?e <{ML.task}> ?s }}",
    }
    edges = {label: [(r["s"].value, r["o"].value) for r in store.query(q)] for label, q in queries.items()}
    return find_cycles(edges, lambda n: _display_store(store, n))


def _display_store(store, node: str) -> str:
    import pyoxigraph as ox

    for pred in (ML.ref, ML.key, ML.symbol):
        for quad in store.quads_for_pattern(ox.NamedNode(node), ox.NamedNode(str(pred)), None):
            return quad.object.value
    return node


def _rotated(cycle: list[str]) -> list[str]:
    """A cycle starting at its smallest node, so that the same data gives the same message."""
    first = cycle.index(min(cycle))
    return cycle[first:] + cycle[:first]


def _display(data: Graph, node: URIRef) -> str:
    for pred in (ML.ref, ML.key, ML.symbol):
        value = data.value(node, pred)
        if value is not None:
            return str(value)
    return str(node)


def locate(results: list[dict], subjects: dict, fields: dict) -> list[Problem]:
    """Attach the file, line and field behind each result's focus node and path."""
    out = []
    for r in results:
        origin = fields.get((r["focus"], r["path"])) if r["path"] else None
        subject_origin = subjects.get(r["focus"])
        file = line = field = None
        if origin is not None:
            file, line, field = origin.file, origin.line, origin.field
        elif subject_origin is not None:
            file, line = subject_origin.file, subject_origin.line
            field = _field_name(r["path"])
        out.append(Problem(file=file, line=line, field=field, **r))
    return sorted(set(out), key=lambda v: (v.file or "~", v.line or 0, v.message, v.focus))


def _field_name(path: str | None) -> str | None:
    if not path:
        return None
    local = path.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return re.sub(r"(?<!^)([A-Z])", lambda m: "_" + m.group(1).lower(), local)  # supersededBy -> superseded_by
