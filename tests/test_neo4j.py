"""The mirror and the query library on a real Neo4j: run whenever NEO4J_URI is set (skipped otherwise).

    docker run --rm -p 7687:7687 -e NEO4J_AUTH=neo4j/testtest123 neo4j:5
    NEO4J_URI=bolt://localhost:7687 NEO4J_PASSWORD=testtest123 .venv/bin/python -m pytest tests/test_neo4j.py

The tests replace the mirror in the target database (all :Resource nodes): point them at a
database you can spare (NEO4J_DATABASE).
"""
from __future__ import annotations

import os

import pytest
from typer.testing import CliRunner

from mandate_lineage.loaders.config import load_settings
from mandate_lineage.loaders.store import open_store
from mandate_lineage.queries import cypher, neo4j_engine, sparql
from mandate_lineage.queries.mirror import STAGING_LABEL, load_property_graph, mirror_neo4j

from .test_query_library import normalise, parameter_sets

pytest_plugins = ["tests.neo4j_server"]
pytestmark = pytest.mark.neo4j


@pytest.fixture(scope="module")
def neo(real_build, neo4j_server):
    built, result = real_build
    settings = load_settings(home=built.home, neo4j_uri=neo4j_server.uri, neo4j_user=neo4j_server.user,
                             neo4j_password=neo4j_server.password)
    summary = mirror_neo4j(settings, result.path)
    return settings, result, summary


def count(settings, query: str) -> int:
    return cypher.run(settings, query, neo4j=True)[1][0]["n"]


def test_mirror_counts_match_the_property_graph(neo):
    settings, result, summary = neo
    assert {k: summary[k] for k in ("nodes", "relationships")} == load_property_graph(result.path).counts()
    assert count(settings, f"MATCH (n:{STAGING_LABEL}) RETURN count(n) AS n") == 0
    assert count(settings, "MATCH (n:Resource) WHERE n.mlLabels IS NOT NULL RETURN count(n) AS n") == 0
    assert count(settings, "MATCH (n:Task) RETURN count(n) AS n") == result.class_counts["Task"]


def test_iri_uniqueness_constraint_exists(neo):
    settings, *_ = neo
    with neo4j_engine.connect(settings) as driver:
        records, _, _ = driver.execute_query("SHOW CONSTRAINTS YIELD labelsOrTypes, properties, type", database_=settings.neo4j_database)
    assert any(r["labelsOrTypes"] == ["Resource"] and r["properties"] == ["iri"] and "UNIQUE" in r["type"] for r in records)


def test_mirroring_twice_gives_the_same_counts(neo):
    settings, result, first = neo
    again = mirror_neo4j(settings, result.path)
    assert (again["nodes"], again["relationships"]) == (first["nodes"], first["relationships"])


@pytest.mark.parametrize("name", sorted(cypher.library()))
def test_library_on_neo4j_matches_the_sparql_twin(neo, name):
    settings, result, _ = neo
    store = open_store(result.path)
    text, twin = cypher.load_named(name), sparql.load_query(name)
    for params in parameter_sets(store, result.mandates, name)[:40]:
        _, rows = cypher.run(settings, text, params, neo4j=True)
        assert normalise(rows) == normalise(sparql.select(store, twin, params)), f"{name} {params}"


@pytest.mark.parametrize("query", ["CREATE (n:Task {key: 'x'})", "MATCH (n:Task) SET n.key = 'x'", "MATCH (n) DETACH DELETE n"])
def test_writes_are_refused_twice(neo, query):
    settings, *_ = neo
    before = count(settings, "MATCH (n) RETURN count(n) AS n")
    with pytest.raises(cypher.CypherError, match="refused"):
        cypher.run(settings, query, neo4j=True)
    with pytest.raises(neo4j_engine.Neo4jError):  # the READ_ACCESS session refuses it even without the pre-check
        neo4j_engine.read(settings, query)
    assert count(settings, "MATCH (n) RETURN count(n) AS n") == before


def test_cli_sdg_check_on_neo4j(neo):
    from mandate_lineage.cli.app import _register, app

    settings, *_ = neo
    _register()
    result = CliRunner().invoke(app, ["cypher", "--neo4j", "--name", "task-lineage", "--param", "task=sdg-forums",
                                      "--mandate", "international-solidarity", "--home", str(settings.home), "--json"])
    assert result.exit_code == 0, result.output
    assert '"HRC 26/6"' in result.output and '"HRC 35/3"' in result.output
