"""The analyst commands `mirror`, `cypher` and `sparql` through the CLI (CliRunner, real FalkorDB):
the SDG check, output formats, parameters, and refusals of every write form with the graph unchanged."""
from __future__ import annotations

import csv
import io
import json

import pytest
from typer.testing import CliRunner

from mandate_lineage.cli.app import _register, app
from mandate_lineage.queries import cypher
from mandate_lineage.queries.falkor import graph_name, opened
from mandate_lineage.queries.mirror import falkor_counts

from .conftest import REPO, mirrored_copy
from .falkor_procs import no_falkor_left, wait_none_left  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("no_falkor_left")
_register()
SDG = ["--param", "task=sdg-forums", "--mandate", "international-solidarity"]


@pytest.fixture(scope="module")
def home(real_build, tmp_path_factory):
    """This module's copy of the real build, mirrored with the `mirror` command."""
    settings, _build_dir, _summary = mirrored_copy(real_build, tmp_path_factory, "cli-home")
    yield settings.home
    assert not wait_none_left(settings.home)


def invoke(*args, env=None):
    return CliRunner().invoke(app, list(args), env={"MANDATE_LINEAGE_MANDATE": "", **(env or {})})


def counts(home) -> dict:
    build_id = (home / "current").resolve().name
    with opened(home) as db:
        return falkor_counts(db, graph_name(build_id))


# --------------------------------------------------------------------------- the SDG check
def test_sdg_task_lineage_from_a_file(home):
    result = invoke("cypher", "--file", str(REPO / "queries" / "task-lineage.cypher"), *SDG, "--home", str(home), "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    added = [r for r in rows if r["kind"] == "added"]
    reaffirmed = [r for r in rows if r["kind"] == "reaffirmed"]
    assert [(r["resolution"], r["paragraph"]) for r in added] == [("HRC 26/6", "9")]
    assert ("HRC 35/3", "11") in [(r["resolution"], r["paragraph"]) for r in reaffirmed]
    assert rows.index(added[0]) < rows.index(reaffirmed[0]), "in order of adoption"
    assert added[0]["sources"] == "A/HRC/38/40, fn. 9"


def test_sdg_task_lineage_by_name_as_a_table(home):
    result = invoke("cypher", "--name", "task-lineage", *SDG, "--home", str(home), env={"COLUMNS": "250"})
    assert result.exit_code == 0, result.output
    assert "HRC 26/6" in result.output and "HRC 35/3" in result.output and "2 row(s)" in result.output


def test_mandate_from_the_environment_and_csv(home):
    result = invoke("cypher", "--name", "task-lineage", "--param", "task=sdg-forums", "--home", str(home), "--csv",
                    env={"MANDATE_LINEAGE_MANDATE": "international-solidarity"})
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.output)))
    assert (rows[0]["kind"], rows[0]["resolution"], rows[0]["paragraph"]) == ("added", "HRC 26/6", "9")


def test_ad_hoc_query_returns_nodes_as_objects(home):
    result = invoke("cypher", "MATCH (t:Task {key: $task}) RETURN t, t.key AS key", "--param", "task=sdg-forums",
                    "--home", str(home), "--json")
    assert result.exit_code == 0, result.output
    (row,) = json.loads(result.output)
    assert row["key"] == "sdg-forums" and row["t"]["_labels"] == ["Resource", "Task"] and row["t"]["iri"].endswith("/task/sdg-forums")


# --------------------------------------------------------------------------- clear errors
@pytest.mark.parametrize("args, message", [
    (["--name", "task-lineage", "--param", "task=sdg-forums"], "several mandates"),
    (["--name", "task-lineage", "--mandate", "international-solidarity"], "missing parameter(s): task"),
    (["--name", "no-such-query"], "no named Cypher query"),
    (["--param", "oops", "RETURN 1"], "key=value"),
    ([], "exactly one of"),
    (["MATCH (n RETURN n"], "FalkorDB refused the query"),
    (["--name", "task-lineage", *SDG, "--mandate", "nope"], "unknown mandate"),
])
def test_mistakes_get_a_clear_message(home, args, message):
    result = invoke("cypher", *args, "--home", str(home))
    assert result.exit_code == 1
    assert message in result.output and "Traceback" not in result.output


def test_no_build_yet(tmp_path):
    result = invoke("cypher", "RETURN 1", "--home", str(tmp_path))
    assert result.exit_code == 1 and "mandate-lineage build" in result.output


# the refused writes of `cypher` and `sparql`, and the engine's own refusal: tests/test_read_only.py


# --------------------------------------------------------------------------- sparql
def test_sparql_twin_by_name(home):
    result = invoke("sparql", "--name", "task-lineage", *SDG, "--home", str(home), "--json")
    assert result.exit_code == 0, result.output
    rows = json.loads(result.output)
    assert [(r["kind"], r["resolution"], r["paragraph"]) for r in rows][:2] == [("added", "HRC 26/6", "9"), ("reaffirmed", "HRC 35/3", "11")]


def test_sparql_ad_hoc_with_params_and_csv(home):
    query = "PREFIX ml: <https://w3id.org/mandate-lineage/ontology#> SELECT ?label WHERE { ?t ml:key ?task ; <http://www.w3.org/2004/02/skos/core#prefLabel> ?label }"
    result = invoke("sparql", query, "--param", "task=sdg-forums", "--home", str(home), "--csv")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "label" and "2030 Agenda" in result.output


# --------------------------------------------------------------------------- mirror
def test_mirror_command_is_idempotent(home):
    before = counts(home)
    result = invoke("mirror", "--home", str(home), "--json")
    assert result.exit_code == 0, result.output
    summary = json.loads(result.output)
    assert {k: summary[k] for k in ("nodes", "relationships")} == before == counts(home)
    assert summary["engine"] == "falkordb" and summary["graph"] == graph_name((home / "current").resolve().name)


def test_mirror_to_neo4j_without_a_uri_says_how_to_configure_it(home):
    result = invoke("mirror", "--neo4j", "--home", str(home), env={"NEO4J_URI": ""})
    assert result.exit_code == 1 and "NEO4J_URI" in result.output
