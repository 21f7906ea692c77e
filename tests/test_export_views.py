"""Export views (queries/view-*.rq) and --mandate: what a partner receives."""
from __future__ import annotations

from mandate_lineage.queries.export import load_dataset

from .export_helpers import ML, WD, build_quads, quad_strings


# --------------------------------------------------------------------------- views and --mandate
def statement(store_triples, holder_term: str) -> dict:
    stmt = f"<{ML}mandate/toy-mandate/term/{holder_term}/wikidata/P39>"
    out = {}
    for s, p, o, _ in store_triples:
        if s == stmt:
            out.setdefault(p, set()).add(o)
    return out


def test_wikidata_view_predecessors_and_successors(two_mandates):
    settings, _ = two_mandates
    triples = quad_strings(load_dataset(settings, view="wikidata-positions", mandate="toy-mandate").quads)
    person = lambda key: f"<{ML}person/{key}>"  # noqa: E731
    replaces, replaced_by = f"<{WD}qualifier/P1365>", f"<{WD}qualifier/P1366>"
    first, second_1 = statement(triples, "first-holder-1"), statement(triples, "second-holder-1")
    second_2, third = statement(triples, "second-holder-2"), statement(triples, "third-holder-1")
    assert replaces not in first and first[replaced_by] == {person("second-holder")}
    assert second_1[replaces] == {person("first-holder")} and replaced_by not in second_1  # next term is her own
    assert replaces not in second_2 and second_2[replaced_by] == {person("third-holder")}
    assert third[replaces] == {person("second-holder")} and replaced_by not in third
    assert first[f"<{WD}qualifier/P580>"] == {'"2014"^^<http://www.w3.org/2001/XMLSchema#gYear>'}
    assert second_1[f"<{WD}qualifier/P582>"] == {'"2020-07-31"^^<http://www.w3.org/2001/XMLSchema#date>'}
    assert f"<{WD}qualifier/P582>" not in third  # open term
    assert second_1[f"<{WD}statement/P39>"] == {f"<{ML}mandate/toy-mandate>"}
    (reference,) = second_1["<http://www.w3.org/ns/prov#wasDerivedFrom>"]
    ref = {p: o for s, p, o, _ in triples if s == reference}
    assert ref[f"<{WD}reference/P248>"] == f"<{ML}doc/A/HRC/38/40>" and ref[f"<{WD}reference/P958>"] == '"para. 93"'
    assert (person("first-holder"), f"<{WD}direct/P39>", f"<{ML}mandate/toy-mandate>", "") in triples
    assert not any("international-solidarity" in s for s, _, _, _ in triples)


def test_country_visits_view(two_mandates):
    settings, _ = two_mandates
    triples = quad_strings(load_dataset(settings, view="country-visits").quads)
    labels = {o for s, p, o, _ in triples if p == "<http://www.w3.org/2000/01/rdf-schema#label>"}
    assert labels == {'"Sweden (SE), accepted"', '"Norway (NO), completed"'}
    only = quad_strings(load_dataset(settings, view="country-visits", mandate="toy-mandate").quads)
    assert '"Sweden (SE), accepted"' not in {o for _, _, o, _ in only} and only < triples


def test_mandate_restriction(two_mandates):
    settings, build_dir = two_mandates
    everything = build_quads(build_dir)
    toy = quad_strings(load_dataset(settings, mandate="toy-mandate").quads)
    solidarity = quad_strings(load_dataset(settings, mandate="international-solidarity").quads)
    assert toy < everything and solidarity < everything
    mandate_of = f"<{ML}ontology#mandate>"
    assert {o for _, p, o, _ in toy if p == mandate_of} == {f"<{ML}mandate/toy-mandate>"}
    assert {o for _, p, o, _ in solidarity if p == mandate_of} == {f"<{ML}mandate/international-solidarity>"}
    subjects = {s for s, _, _, _ in toy}
    assert f"<{ML}person/second-holder>" in subjects and f"<{ML}person/okafor>" not in subjects
    for s, p, o, _ in toy:  # every citation of a kept resource is kept
        if p == f"<{ML}ontology#citation>":
            assert o in subjects
