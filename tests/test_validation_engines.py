"""The fast validation path reports exactly what plain pyshacl reports."""
from __future__ import annotations

from mandate_lineage.ontology.validate import run_fast, run_shacl

from .conftest import TESTS
from .test_shapes import union_graph


def _key(results):
    return sorted({(r["focus"], r["path"], r["value"], r["message"], r["shape"]) for r in results}, key=str)


def test_fast_path_equals_pyshacl_on_bad_fixtures(minimal_build):
    _settings, build = minimal_build
    data = union_graph(build.path / "graph.nq")
    data.parse(TESTS / "data" / "bad-shapes.ttl", format="turtle")
    reference = run_shacl(data)
    assert len(reference) > 60
    assert _key(run_fast(data)) == _key(reference)


def test_fast_path_equals_pyshacl_on_real_data(real_build):
    _settings, build = real_build
    data = union_graph(build.path / "graph.nq")
    assert _key(run_fast(data)) == _key(run_shacl(data)) == []
