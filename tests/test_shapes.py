"""Every SHACL shape (and the networkx checks) fires on a small bad-data fixture, with its message."""
from __future__ import annotations

import re

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, SH

from mandate_lineage.ontology.validate import graph_cycles, load_shapes, run_shacl
from mandate_lineage.ontology.vocab import ML

from .conftest import TESTS

X = "https://w3id.org/mandate-lineage/test/"
MLS = "https://w3id.org/mandate-lineage/shapes#"


def _fixture_table() -> dict[str, str]:
    """Shape name -> focus node, read from the '# ShapeName' comments of the fixture file."""
    table = {}
    subject = None
    for line in (TESTS / "data" / "bad-shapes.ttl").read_text().splitlines():
        head = re.match(r"^x:(\w+) ", line)
        if head:
            subject = X + head.group(1)
        tag = re.search(r"#\s+([A-Za-z]+Shape-[A-Za-z]+)\s*$", line)
        if tag and subject:
            table[tag.group(1)] = subject
    return table


FIXTURES = _fixture_table()


@pytest.fixture(scope="module")
def results(minimal_build):
    _settings, build = minimal_build
    data = union_graph(build.path / "graph.nq")
    data.parse(TESTS / "data" / "bad-shapes.ttl", format="turtle")
    return run_shacl(data)


def union_graph(nquads_path) -> Graph:
    """All triples of an N-Quads file, whatever their named graph."""
    dataset = Dataset()
    dataset.parse(nquads_path, format="nquads")
    graph = Graph()
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        graph.add((s, p, o))
    return graph


def _messages(shape_name: str) -> str:
    shapes = load_shapes()
    return str(shapes.value(URIRef(MLS + shape_name), SH.message))


def test_every_shape_has_a_fixture_and_a_message():
    shapes = load_shapes()
    named = set()
    for pred in (SH.property, SH.sparql):
        for _s, o in shapes.subject_objects(pred):
            assert isinstance(o, URIRef), f"blank-node shape under {_s}: name every shape"
            named.add(str(o).removeprefix(MLS))
    for name in named:
        assert shapes.value(URIRef(MLS + name), SH.message), f"shape {name} has no sh:message"
    assert named == set(FIXTURES), f"shapes without a fixture: {sorted(named - set(FIXTURES))}"


@pytest.mark.parametrize("shape", sorted(FIXTURES))
def test_shape_fires_on_its_fixture(results, shape):
    focus = FIXTURES[shape]
    hits = [r for r in results if r["shape"] == MLS + shape and r["focus"] == focus]
    assert hits, f"{shape} did not report {focus}; it reported {[r['focus'] for r in results if r['shape'] == MLS + shape]}"
    template = _messages(shape)
    fixed = re.split(r"\{\?\w+\}", template)[0]
    assert hits[0]["message"].startswith(fixed)
    assert "{?" not in hits[0]["message"], "message template left unfilled"


def test_minimal_data_itself_conforms(minimal_build):
    _settings, build = minimal_build
    graph = union_graph(build.path / "graph.nq")
    graph += union_graph(build.path / "standard-terms.nq")  # validated with the rest (the build validates union.nt)
    assert len(graph) == build.triples
    assert run_shacl(graph) == []


def test_cycles_in_recalls_and_supersedes_are_found():
    g = Graph()
    a, b, c = (URIRef(X + n) for n in ("ra", "rb", "rc"))
    g.add((a, ML.recalls, b))
    g.add((b, ML.reaffirms, c))
    g.add((c, ML.recalls, a))
    t1, t2, e1, e2 = (URIRef(X + n) for n in ("t1", "t2", "e1", "e2"))
    for ev, task, succ in ((e1, t1, t2), (e2, t2, t1)):
        g.add((ev, RDF.type, ML.TaskSuperseded))
        g.add((ev, ML.task, task))
        g.add((ev, ML.supersededBy, succ))
    for node, key in ((a, "HRC 1/1"), (b, "HRC 1/2"), (c, "HRC 1/3")):
        g.add((node, ML.ref, Literal(key)))
    found = graph_cycles(g)
    messages = sorted(f["message"] for f in found)
    assert len(found) == 2
    assert messages[0].startswith("Cycle in the recalls/reaffirms chain: HRC 1/")
    assert messages[1].startswith("Cycle in the superseded-by chain")
