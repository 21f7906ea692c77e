"""Every fact carries its source: the named graph of a document, and a citation with a locator."""
from __future__ import annotations

from rdflib import Dataset, URIRef

from mandate_lineage.loaders.curated import load_curated
from mandate_lineage.ontology import iris
from mandate_lineage.ontology.vocab import ML

from .conftest import BASE


def test_every_triple_is_traceable_to_a_document_and_locator(real_build):
    _settings, build = real_build
    ds = Dataset()
    ds.parse(build.path / "graph.nq", format="nquads")
    citations = {}  # subject -> {graph of the cited document}
    documents = {}
    for s, _p, c, _g in ds.quads((None, ML.citation, None, None)):
        for _s2, _p2, doc, _g2 in ds.quads((c, ML.document, None, None)):
            citations.setdefault(s, set()).add(URIRef(iris.source_graph(BASE, str(doc))))
            documents[c] = doc
    for c in documents:
        assert any(ds.quads((c, ML.locator, None, None))), f"citation {c} has no locator"
    derived = URIRef(iris.derived_graph(BASE))
    unexplained = []
    for s, p, o, g in ds.quads((None, None, None, None)):
        if g == derived:
            assert any(ds.quads((s, ML.citation, None, None))), f"derived fact about {s} cites nothing"
            continue
        if s in documents:  # the citation node itself lives in its document's graph
            continue
        if URIRef(iris.source_graph(BASE, str(s))) == g:  # a document describing itself (symbol, title, url)
            continue
        if g not in citations.get(s, set()):
            unexplained.append((s, p, o, g))
    assert not unexplained, f"{len(unexplained)} triples with no citation into their graph, e.g. {unexplained[:3]}"


def test_loader_refuses_a_record_without_a_source(minimal_copy):
    bodies = minimal_copy / "bodies.yaml"
    bodies.write_text(bodies.read_text() + "- key: GA\n  label: General Assembly\n")
    problems = load_curated(minimal_copy, BASE).problems
    assert [(p.file, p.line) for p in problems] == [("bodies.yaml", 7)]
    assert "no source" in problems[0].message


def test_a_source_needs_a_locator(minimal_copy):
    bodies = minimal_copy / "bodies.yaml"
    bodies.write_text(bodies.read_text() + "- key: GA\n  label: General Assembly\n  source: {doc: A/HRC/38/40}\n")
    problems = load_curated(minimal_copy, BASE).problems
    assert len(problems) == 1 and problems[0].field == "source" and "'at'" in problems[0].message
