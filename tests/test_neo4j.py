"""The mirror and the query library on a real Neo4j Community server (tests/neo4j_server.py starts it).

The same assertions as on the embedded FalkorDB: counts per label and relationship type equal to
the embedded mirror's, every library query equal to its SPARQL twin for every parameter value the
twin test uses, for both mandates, idempotent re-mirroring, the direct relationships.
"""
from __future__ import annotations

import re

import pytest
from typer.testing import CliRunner

from mandate_lineage.loaders.store import open_store
from mandate_lineage.queries import cypher, neo4j_engine, sparql
from mandate_lineage.queries.falkor import graph_name, opened
from mandate_lineage.queries.mirror import STAGING_LABEL, load_property_graph, mirror_neo4j

from .conftest import REPO, mirrored_copy
from .falkor_procs import no_falkor_left, wait_none_left  # noqa: F401 - fixture
from .test_query_library import normalise, parameter_sets

pytest_plugins = ["tests.neo4j_server"]
pytestmark = [pytest.mark.neo4j, pytest.mark.usefixtures("no_falkor_left")]

LABELS = "MATCH (n:Resource) UNWIND labels(n) AS label RETURN label, count(*) AS n"
TYPES = "MATCH (:Resource)-[r]->(:Resource) RETURN type(r) AS type, count(*) AS n"


@pytest.fixture(scope="module")
def neo(real_build, neo4j_server, tmp_path_factory):
    """This module's copy of the real build, mirrored into FalkorDB and into Neo4j."""
    _built, result = real_build
    server = {"neo4j_uri": neo4j_server.uri, "neo4j_user": neo4j_server.user, "neo4j_password": neo4j_server.password,
              "neo4j_database": "neo4j"}
    settings, build_dir, _summary = mirrored_copy(real_build, tmp_path_factory, "neo4j-home", **server)
    summary = mirror_neo4j(settings, build_dir)
    yield settings, result, summary
    assert not wait_none_left(settings.home)


def table(rows: list[dict]) -> dict:
    return {tuple(v for k, v in row.items() if k != "n"): row["n"] for row in rows}


def on_neo4j(settings, query: str, params: dict | None = None) -> list[dict]:
    return cypher.run(settings, query, params, neo4j=True)[1]


def on_falkor(settings, query: str, params: dict | None = None) -> list[dict]:
    return cypher.run(settings, query, params)[1]


def count(settings, query: str) -> int:
    return on_neo4j(settings, query)[0]["n"]


# --------------------------------------------------------------------------- the mirror
def test_counts_per_label_and_type_equal_the_embedded_mirror(neo):
    settings, result, summary = neo
    labels, types = table(on_neo4j(settings, LABELS)), table(on_neo4j(settings, TYPES))
    assert labels == table(on_falkor(settings, LABELS.replace(":Resource", "")))
    assert types == table(on_falkor(settings, TYPES.replace(":Resource", "")))
    pg = load_property_graph(result.path)
    assert {k: summary[k] for k in ("nodes", "relationships")} == pg.counts()
    assert labels[("Resource",)] == pg.counts()["nodes"] and sum(types.values()) == pg.counts()["relationships"]
    assert labels[("Task",)] == result.class_counts["Task"]
    for derived in ("ADDED", "REAFFIRMED", "CHANGED", "SUPERSEDED", "HELD", "VISITED"):
        assert types[(derived,)] > 0, derived


def test_nothing_staged_is_left_and_the_iri_is_unique(neo):
    settings, *_ = neo
    assert count(settings, f"MATCH (n:{STAGING_LABEL}) RETURN count(n) AS n") == 0
    assert count(settings, "MATCH (n:Resource) WHERE n.mlLabels IS NOT NULL RETURN count(n) AS n") == 0
    with neo4j_engine.connect(settings) as driver:
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type",
                                             database_=settings.neo4j_database)
    assert any(r["labelsOrTypes"] == ["Resource"] and r["properties"] == ["iri"] and "UNIQUE" in r["type"] for r in records)


def test_mirroring_again_changes_nothing(neo):
    settings, result, first = neo
    before = table(on_neo4j(settings, LABELS)), table(on_neo4j(settings, TYPES))
    again = mirror_neo4j(settings, result.path)
    assert (again["nodes"], again["relationships"]) == (first["nodes"], first["relationships"])
    assert (table(on_neo4j(settings, LABELS)), table(on_neo4j(settings, TYPES))) == before
    assert count(settings, "MATCH (n:Resource) WITH n.iri AS iri, count(*) AS c WHERE c > 1 RETURN count(*) AS n") == 0
    assert count(settings, """
        MATCH (a:Resource)-[r]->(b:Resource)
        WITH a, b, type(r) AS t, coalesce(r.event, r.term, r.visit, '') AS k, count(*) AS c WHERE c > 1
        RETURN count(*) AS n""") == 0
    info = on_neo4j(settings, "MATCH (m:MLMirrorInfo) RETURN m.buildId AS build")
    assert info == [{"build": result.build_id}]


# --------------------------------------------------------------------------- the query library
@pytest.mark.parametrize("name", sorted(cypher.library()))
def test_library_on_neo4j_matches_the_sparql_twin(neo, name):
    settings, result, _ = neo
    store = open_store(result.path)
    text, twin = cypher.load_named(name), sparql.load_query(name)
    sets = parameter_sets(store, result.mandates, name)
    assert {p["mandate"] for p in sets} == set(result.mandates) == {"international-solidarity", "foreign-debt"}
    answered = 0
    for params in sets:
        _, rows = cypher.run(settings, text, params, neo4j=True)
        assert normalise(rows) == normalise(sparql.select(store, twin, params)), f"{name} {params}"
        answered += bool(rows)
    assert answered, f"{name}: no parameter set gave any row"


def test_the_first_query_an_analyst_writes_answers(neo):
    settings, *_ = neo
    rows = on_neo4j(settings, "MATCH (r:Resolution)-[a:ADDED]->(t:Task {key: 'sdg-forums'}) RETURN r, a, t")
    assert len(rows) == 1
    resolution, added, task = rows[0]["r"], rows[0]["a"], rows[0]["t"]
    assert (resolution["ref"], added["paragraph"], added["date"], task["key"]) == ("HRC 26/6", "9", "2014-06-26", "sdg-forums")
    assert added["citations"] == ["A/HRC/38/40, fn. 9"] and added["event"].endswith("~para_9")
    held = on_neo4j(settings, """
        MATCH (p:Person)-[h:HELD]->(:Mandate {key: 'international-solidarity'}) RETURN p.key AS who, h.from AS start
        ORDER BY start""")
    assert [r["who"] for r in held][:2] == ["rizki", "dandan"]


def test_cli_sdg_check_on_neo4j(neo, neo4j_server):
    from mandate_lineage.cli.app import _register, app

    settings, *_ = neo
    _register()
    result = CliRunner().invoke(app, ["cypher", "--neo4j", "--name", "task-lineage", "--param", "task=sdg-forums",
                                      "--mandate", "international-solidarity", "--home", str(settings.home), "--json"],
                                env=neo4j_server.env())
    assert result.exit_code == 0, result.output
    assert '"HRC 26/6"' in result.output and '"HRC 35/3"' in result.output


# --------------------------------------------------------------------------- the README's cheat sheet
def cheat_sheet() -> list[tuple[str, str]]:
    readme = (REPO / "README.md").read_text()
    section = readme.split("### Cypher cheat sheet", 1)[1].split("\n### ", 1)[0]
    return re.findall(r"\*\*(.+?)\*\*.*?```cypher\n(.*?)```", section, re.S)


def test_the_cheat_sheet_has_ten_questions():
    assert len(cheat_sheet()) == 10


@pytest.mark.parametrize("question, query", cheat_sheet(), ids=[q for q, _ in cheat_sheet()])
def test_each_cheat_sheet_query_answers_alike_on_both_engines(neo, question, query):
    settings, *_ = neo
    falkor, neo4j = on_falkor(settings, query), on_neo4j(settings, query)
    assert falkor, f"{question}: no answer on the real data"
    assert normalise(neo4j) == normalise(falkor), question
