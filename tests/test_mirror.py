"""The Cypher mirror on real FalkorDB: mapping, iri uniqueness, sources, idempotence, per-build
graphs and the switch, process hygiene (no redis-server left behind, stale servers killed)."""
from __future__ import annotations

import signal
import subprocess
import sys
import textwrap
from collections import Counter

import pytest
from rdflib import Graph, URIRef
from rdflib.namespace import OWL, RDF, RDFS

from mandate_lineage.loaders import build as build_lib
from mandate_lineage.queries.build import build, write_build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.loaders.curated import MANDATE_ACTIONS, VISIT_STATUSES, load_curated
from mandate_lineage.queries import cypher, mapping as M
from mandate_lineage.queries.derived import DERIVED_TYPES
from mandate_lineage.queries.falkor import FalkorDB, db_path, graph_name, opened, servers_for
from mandate_lineage.queries.mirror import falkor_counts, load_property_graph, mirror_build

from .conftest import BASE, MINIMAL, REPO, mirrored_copy
from .falkor_procs import no_falkor_left, redis_servers, wait_none_left  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("no_falkor_left")
ONTOLOGY = REPO / "ontology" / "mandate-lineage.ttl"


@pytest.fixture(scope="module")
def mirrored(real_build, tmp_path_factory):
    """The real data's build copied into this module's own home, then mirrored."""
    settings, result = real_build
    mine, _build_dir, summary = mirrored_copy(real_build, tmp_path_factory, "mirror-home", data=settings.data)
    yield mine, result, summary
    assert not wait_none_left(mine.home), "a redis-server is still running for this module's home"


def rows(settings, query, params=None):
    return cypher.run(settings, query, params)[1]


def one(settings, query, params=None):
    (row,) = rows(settings, query, params)
    return next(iter(row.values())) if len(row) == 1 else row


# --------------------------------------------------------------------------- the mapping
def test_class_counts_become_label_counts(mirrored):
    settings, result, summary = mirrored
    counts = result.class_counts
    for cls in ("Task", "Resolution", "Decision", "Person", "Term", "CountryVisit", "Citation", "Mandate", "Paragraph"):
        assert one(settings, f"MATCH (n:{cls}) RETURN count(n)") == counts[cls], cls
    events = sum(counts.get(c, 0) for c in ("TaskAdded", "TaskReaffirmed", "TaskChanged", "TaskSuperseded"))
    assert one(settings, "MATCH (n:LineageEvent) RETURN count(n)") == events
    assert one(settings, "MATCH (n:TaskAdded) WHERE n.kind = 'added' RETURN count(n)") == counts["TaskAdded"]
    assert summary["nodes"] == one(settings, "MATCH (n:Resource) RETURN count(n)")
    assert summary["unmapped"] == []


def test_every_node_keeps_a_unique_iri(mirrored):
    settings, _result, summary = mirrored
    row = one(settings, "MATCH (n) RETURN count(n) AS nodes, count(DISTINCT n.iri) AS iris, sum(CASE WHEN n.iri IS NULL THEN 1 ELSE 0 END) AS missing")
    assert row == {"nodes": summary["nodes"], "iris": summary["nodes"], "missing": 0}
    constraints = rows(settings, "CALL db.constraints()")
    assert any(c["label"] == "Resource" and c["properties"] == ["iri"] and c["status"] == "OPERATIONAL" for c in constraints)


def test_relationships_carry_their_sources(mirrored):
    settings, *_ = mirrored
    assert one(settings, "MATCH ()-[r]->() WHERE r.sources IS NULL OR size(r.sources) = 0 RETURN count(r)") == 0
    assert one(settings, "MATCH (:Citation)-[r:DOCUMENT]->() WHERE size(r.locators) = 0 RETURN count(r)") == 0
    row = one(settings, """
        MATCH (e:TaskAdded)-[x:TASK]->(t:Task {key: 'sdg-forums'}) MATCH (e)-[y:RESOLUTION]->(r)
        RETURN x.sources AS sources, x.locators AS locators, x.citations AS citations, y.citations AS res, r.ref AS ref""")
    assert row == {"sources": ["A/HRC/38/40"], "locators": ["fn. 9"], "citations": ["A/HRC/38/40, fn. 9"],
                   "res": ["A/HRC/38/40, fn. 9"], "ref": "HRC 26/6"}


def test_events_and_terms_are_nodes_and_dates_stay_partial(mirrored):
    settings, result, _ = mirrored
    assert one(settings, "MATCH (:LineageEvent)-[:TASK]->(t:Task {key: 'sdg-forums'}) RETURN count(*)") == 2
    assert one(settings, "MATCH (t:Term)-[:HOLDER]->(:Person) RETURN count(DISTINCT t)") == result.class_counts["Term"]
    dates = rows(settings, """
        MATCH (n) WHERE n.adoptedOn IS NOT NULL OR n.startDate IS NOT NULL OR n.endDate IS NOT NULL
        RETURN n.adoptedOn AS a, n.adoptedOnPrecision AS ap, n.startDate AS s, n.startDatePrecision AS sp,
               n.endDate AS e, n.endDatePrecision AS ep""")
    precision = {4: "year", 7: "month", 10: "day"}
    seen = set()
    for row in dates:
        for value, prec in ((row["a"], row["ap"]), (row["s"], row["sp"]), (row["e"], row["ep"])):
            if value is not None:
                assert prec == precision[len(value)], (value, prec)  # an ISO string at its own precision
                seen.add(prec)
    assert {"day", "month", "year"} <= seen, "the real data has dates of every precision"
    disputed = rows(settings, """
        MATCH (d:Disagreement)-[:ABOUT]->(n) WHERE d.onProperty ENDS WITH 'adoptedOn'
        RETURN n.adoptedOn AS value, n.adoptedOnValues AS values""")
    assert disputed, "the real data records disagreements on adoption dates"
    for row in disputed:  # all values kept; the property holds the smallest ISO string
        assert len(row["values"]) > 1 and row["value"] == min(row["values"])
    assert one(settings, "MATCH (r:Resolution {ref: 'HRC 35/3'}) RETURN r.mandateAction") == "renewed"


def test_mapping_table_follows_the_ontology():
    onto = Graph().parse(ONTOLOGY)
    ml = M.ML
    classes = {str(c) for c in onto.subjects(RDF.type, OWL.Class) if str(c).startswith(ml)}
    concept_classes = {ml + "MandateAction", ml + "VisitStatus"}
    for cls in classes - concept_classes:
        name = cls[len(ml):]
        assert name in M.CLASSES, f"ml:{name} has no entry in queries/mapping.py CLASSES"
        supers = {str(s)[len(ml):] for s in onto.transitive_objects(URIRef(cls), RDFS.subClassOf) if str(s).startswith(ml)}
        assert set(M.CLASSES[name]) == supers, f"labels of ml:{name} should be its ml superclasses {sorted(supers)}"
    for prop in onto.subjects(RDF.type, OWL.DatatypeProperty):
        assert str(prop) in M.PROPERTIES, f"{prop} is not mapped to a node property"
    for prop in onto.subjects(RDF.type, OWL.ObjectProperty):
        assert str(prop) in M.RELATIONSHIPS or M.PROPERTIES.get(str(prop), ("", ""))[1] in ("concept", "text"), prop
    concepts = {str(v): k for k, v in {**MANDATE_ACTIONS, **VISIT_STATUSES}.items() if v is not None}
    concepts[ml + "NoAction"] = "none"
    assert concepts == M.CONCEPTS


def test_labels_and_types_are_never_pasted_unchecked():
    assert M.check_identifier("Task") == "Task"
    for bad in ("Task {x:1}) DETACH DELETE n //", "a-b", "", "1abc"):
        with pytest.raises(ValueError):
            M.check_identifier(bad)


def test_parameters_stay_values(mirrored):
    settings, _, summary = mirrored
    hostile = 'x"}) MATCH (n) DETACH DELETE n //'
    assert rows(settings, "MATCH (t:Task {key: $task}) RETURN t.key", {"task": hostile}) == []
    db = settings.home / "falkor"
    with opened(settings.home) as handle:
        assert falkor_counts(handle, summary["graph"]) == {k: summary[k] for k in ("nodes", "relationships")}
    assert db.exists()


# --------------------------------------------------------------------------- idempotence
def test_mirroring_twice_gives_the_same_counts(mirrored):
    settings, result, first = mirrored
    again = mirror_build(settings, settings.home / "builds" / result.build_id)
    assert (again["nodes"], again["relationships"]) == (first["nodes"], first["relationships"])
    pg = load_property_graph(settings.home / "builds" / result.build_id)
    assert pg.counts() == {"nodes": first["nodes"], "relationships": first["relationships"]}


# --------------------------------------------------------------------------- per-build graphs
def _write(settings):
    loaded = load_curated(settings.data_dir, settings.base_iri)
    assert not build_lib.validate_quads(loaded)
    return write_build(settings, loaded)


def test_each_build_has_its_graph_and_the_switch_is_the_builds(tmp_path, minimal_copy):
    settings = load_settings(home=tmp_path / "home", data=minimal_copy, base_iri=BASE)
    first = build(settings)  # mirrors before switching
    assert first.mirrored["graph"] == graph_name(first.build_id)
    query = "MATCH (t:Task {key: 'sdg-forums'}) RETURN t.aliases AS aliases"
    assert "Agenda 2030" not in one(settings, query)

    tasks = minimal_copy / "mandates" / "international-solidarity" / "tasks.yaml"
    tasks.write_text(tasks.read_text().replace("aliases: [SDG,", "aliases: [Agenda 2030, SDG,"))
    second = _write(settings)
    mirror_build(settings, second.path)  # written, not yet current
    with opened(settings.home) as db:
        assert {graph_name(first.build_id), graph_name(second.build_id)} <= set(db.graphs())
    assert "Agenda 2030" not in one(settings, query), "readers must keep the old graph until the switch"
    build_lib.switch_current(settings.home, second.path)
    assert "Agenda 2030" in one(settings, query)

    tasks.write_text(tasks.read_text().replace("aliases: [Agenda 2030,", "aliases: [Agenda 2030, SDG 17,"))
    third = build(settings)  # keeps two builds: the first one's graph goes with it
    with opened(settings.home) as db:
        assert set(db.graphs()) == {graph_name(second.build_id), graph_name(third.build_id)}
    assert "SDG 17" in one(settings, query)
    assert wait_none_left(settings.home) == []


def test_a_build_without_mirror_asks_for_one(tmp_path):
    settings = load_settings(home=tmp_path, data=MINIMAL, base_iri=BASE)
    build(settings, mirror=False)
    with pytest.raises(cypher.CypherError, match="mandate-lineage mirror"):
        cypher.run(settings, "MATCH (n) RETURN count(n)")


# --------------------------------------------------------------------------- process hygiene
def test_close_shuts_the_server_down(tmp_path):
    # No timed assertion (a loaded machine makes any bound flaky): the server is gone when close returns.
    path = tmp_path / "falkor" / "graph.db"
    db = FalkorDB(path)
    pid = db.pid
    assert servers_for(path) == [pid]
    db.close()
    assert redis_servers(tmp_path) == []


def _child(path) -> subprocess.Popen:
    code = textwrap.dedent(f"""
        import time
        from mandate_lineage.queries.falkor import FalkorDB
        db = FalkorDB({str(path)!r})
        db.query("g", "CREATE (:X)")
        print(db.pid, flush=True)
        time.sleep(60)
    """)
    return subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)


def test_sigterm_shuts_the_server_down(tmp_path):
    path = tmp_path / "falkor" / "graph.db"
    proc = _child(path)
    pid = int(proc.stdout.readline())
    assert servers_for(path) == [pid]
    proc.send_signal(signal.SIGTERM)
    proc.wait(30)
    assert wait_none_left(tmp_path) == []


@pytest.mark.parametrize("forget_registry", [False, True])
def test_a_crashed_run_leaves_no_server_for_long(tmp_path, forget_registry):
    path = tmp_path / "falkor" / "graph.db"
    proc = _child(path)
    pid = int(proc.stdout.readline())
    proc.kill()  # SIGKILL: no handler, no atexit: the daemon outlives its parent
    proc.wait(30)
    assert servers_for(path) == [pid]
    if forget_registry:
        (path.parent / "graph.db.settings").unlink()
    with FalkorDB(path) as db:  # attaches to the registered orphan; kills an unregistered one
        assert servers_for(path) == [db.pid]
        assert (db.pid == pid) is (not forget_registry)
    assert wait_none_left(tmp_path) == []
    with FalkorDB(path) as db:  # either way the orphan saved what it held
        assert db.ro_query("g", "MATCH (x:X) RETURN count(x)").result_set[0][0] == 1
    assert wait_none_left(tmp_path) == []


def test_label_counts_match_the_property_graph(mirrored):
    settings, result, _ = mirrored
    pg = load_property_graph(settings.home / "builds" / result.build_id)
    expected = Counter(label for n in pg.nodes for label in n["labels"])
    got = {r["label"]: r["n"] for r in rows(settings, "MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS n")}
    assert got == dict(expected)
    assert db_path(settings.home).exists()


def test_fast_parameter_encoder_matches_the_clients(mirrored):
    """The mirror's bulk path encodes parameters itself: it must give falkordb-py's exact text."""
    from falkordb.helpers import stringify_param_value

    from mandate_lineage.queries.falkor import cypher_literal

    settings, result, _ = mirrored
    pg = load_property_graph(settings.home / "builds" / result.build_id)
    values = [n["props"] for n in pg.nodes] + [r["props"] for r in pg.relationships]
    values += ['x"}) MATCH (n) DETACH DELETE n //', "back\\slash", "", "line\nbreak", "é ✓", [1, [2.5, None]], {"a": True}]
    for value in values:
        assert cypher_literal(value) == stringify_param_value(value)
    with pytest.raises(ValueError):
        cypher_literal({"bad`key": 1})


def test_the_readme_and_the_style_name_everything_the_mapping_gives():
    readme = (REPO / "queries" / "README.md").read_text()
    grass = (REPO / "ontology" / "mandate-lineage.grass").read_text()
    names = M.all_labels() + [t for t, _ in M.RELATIONSHIPS.values()] + [n for n, _ in M.PROPERTIES.values()]
    names += ["sources", "locators", "citations", "kind", M.KEY, "MLStaging", "mlLabels"]
    names += list(DERIVED_TYPES) + ["paragraph", "date", "event", "from", "to", "term", "status", "visit", "via"]
    missing = [n for n in names if f"`{n}`" not in readme]
    assert not missing, f"queries/README.md does not document: {missing}"
    assert not [label for label in M.all_labels() if label != "Resource" and f"node.{label} {{" not in grass]
    assert not [t for t in DERIVED_TYPES if f"relationship.{t} {{" not in grass]
