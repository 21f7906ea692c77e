"""RDF exports: every RDF format of the registry parsed back by an independent parser (Apache Jena's
riot when installed, required in CI; else pyoxigraph) and compared quad for quad (TriG, N-Quads) or
triple for triple with the build's graph; the shape of N-Quads, TriG and JSON-LD. Adding a format to
FORMATS gives it these tests.
"""
from __future__ import annotations

import json

import pyoxigraph as ox
import pytest

from mandate_lineage.queries import export as lib
from mandate_lineage.queries.export import FORMATS, list_views, load_dataset, render

from .export_helpers import HERE, IN_CI, RDF_FORMATS, as_triples, build_quads, quad_strings


# --------------------------------------------------------------------------- round trips
@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_round_trip_build(minimal, parser, fmt):
    settings, build_dir = minimal
    parsed = parser(render(load_dataset(settings), fmt), fmt)
    expected = build_quads(build_dir)
    if FORMATS[fmt].rdf == "triples":
        expected = as_triples(expected)
    assert parsed == expected, f"{parser.name}: {len(parsed ^ expected)} quads differ"


@pytest.mark.parametrize("view", sorted(list_views()))
@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_round_trip_views(two_mandates, parser, fmt, view):
    settings, build_dir = two_mandates
    triples = lib.run_view(lib.open_store(build_dir), view)
    assert triples, f"view {view} is empty"
    expected = {(str(t.subject), str(t.predicate), str(t.object), "") for t in triples}
    assert parser(render(load_dataset(settings, view=view), fmt), fmt) == expected


def test_round_trip_full_build_with_mandate(two_mandates, parser):
    settings, build_dir = two_mandates
    for fmt in ("trig", "jsonld"):
        dataset = load_dataset(settings, mandate="toy-mandate")
        expected = quad_strings(dataset.quads)
        parsed = parser(render(dataset, fmt), fmt)
        assert parsed == (expected if fmt == "trig" else as_triples(expected))


def test_riot_is_used_in_ci(parser):
    if IN_CI:
        assert parser.name == "riot"


def test_nquads_export_is_graph_nq(minimal):
    """Plain, the N-Quads export is graph.nq; else graph.nq and the standard terms' graph, merged."""
    settings, build_dir = minimal
    assert render(load_dataset(settings, plain=True), "nquads") == (build_dir / "graph.nq").read_bytes()
    both = (build_dir / "graph.nq").read_text() + (build_dir / "standard-terms.nq").read_text()
    assert render(load_dataset(settings), "nquads").decode() == "".join(sorted(both.splitlines(keepends=True)))


def test_trig_keeps_one_graph_per_source(minimal):
    """One named graph per source document, and one for the standard terms."""
    settings, build_dir = minimal
    text = render(load_dataset(settings), "trig").decode()
    graphs = {q[3] for q in build_quads(build_dir)}
    assert text.count(" {\n") == len(graphs) >= 2
    for g in graphs:
        assert f"{g} {{\n" in text


def test_jsonld_uses_the_shipped_context(minimal):
    from mandate_lineage.queries.export_rdf import CONTEXT_PATH

    settings, _ = minimal
    doc = json.loads(render(load_dataset(settings), "jsonld"))
    assert doc["@context"] == json.loads(CONTEXT_PATH.read_text())["@context"]
    types = lambda n: n["@type"] if isinstance(n["@type"], list) else [n["@type"]]  # noqa: E731
    mandate = next(n for n in doc["@graph"] if "ml:Mandate" in types(n))
    assert sorted(types(mandate)) == ["ml:Mandate", "org:Post"]  # with the standard type the ontology maps it to
    assert mandate["key"] == "international-solidarity" and mandate["establishedBy"].startswith("https://")
    report = next(n for n in doc["@graph"] if n.get("symbol") == "A/HRC/38/40")
    assert report["session"] == "38"  # coerced to xsd:integer by the context


def test_context_covers_the_ontology():
    from mandate_lineage.queries.export_rdf import CONTEXT_PATH

    ctx = json.loads(CONTEXT_PATH.read_text())["@context"]
    onto = ox.parse(path=str(CONTEXT_PATH.parent / "mandate-lineage.ttl"), format=ox.RdfFormat.TURTLE)
    owl = "http://www.w3.org/2002/07/owl#"
    for q in onto:
        if str(q.predicate).endswith("#type>") and q.object.value in (owl + "ObjectProperty", owl + "DatatypeProperty"):
            local = q.subject.value.rsplit("#", 1)[1]
            term = ctx[local]
            term_id = term if isinstance(term, str) else term["@id"]
            assert term_id == f"ml:{local}"
            if q.object.value == owl + "ObjectProperty":
                assert term["@type"] == "@id", local
    pyproject = (HERE.parent / "pyproject.toml").read_text()
    assert '"*.jsonld"' in pyproject and '"*.rq"' in pyproject  # context and views are shipped
