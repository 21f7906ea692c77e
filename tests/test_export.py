"""Exports (queries/export.py): goldens, determinism, clear errors, the `export` command.
The other export tests: test_export_rdf.py (round trips, RDF formats), test_export_pg.py (GraphML,
Neo4j CSV), test_export_views.py (views and --mandate); what they share: tests/export_helpers.py.

Goldens live in tests/golden/ and come from tests/data/minimal built into a temporary home. Each is
compared as a graph (rdflib.compare.isomorphic; per named graph for TriG/N-Quads) and byte for byte.
Regenerate them with

    MANDATE_LINEAGE_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_export.py
"""
from __future__ import annotations

import json
import shutil

import pytest

from mandate_lineage.queries import export as lib
from mandate_lineage.queries.export import FORMATS, list_views, load_dataset, render

from .export_helpers import GOLDEN, MINIMAL, RDFLIB_FORMAT, UPDATE, build_home, undated


# --------------------------------------------------------------------------- goldens
def golden_cases():
    cases = [(f"build{f.suffix or '.' + name}", name, None) for name, f in FORMATS.items()]
    cases += [(f"view-{view}.ttl", "turtle", view) for view in list_views()]
    return cases


def same_rdf(actual: bytes, expected: bytes, fmt: str) -> None:
    import rdflib
    from rdflib.compare import isomorphic

    kind = FORMATS[fmt].rdf
    if kind == "triples":
        a = rdflib.Graph().parse(data=actual, format=RDFLIB_FORMAT[fmt])
        e = rdflib.Graph().parse(data=expected, format=RDFLIB_FORMAT[fmt])
        assert isomorphic(a, e), f"{fmt}: not the same graph as the golden"
        return
    a = rdflib.Dataset().parse(data=actual, format=RDFLIB_FORMAT[fmt])
    e = rdflib.Dataset().parse(data=expected, format=RDFLIB_FORMAT[fmt])
    graphs_a = {g.identifier: g for g in a.graphs() if len(g)}
    graphs_e = {g.identifier: g for g in e.graphs() if len(g)}
    assert sorted(graphs_a) == sorted(graphs_e), f"{fmt}: not the same named graphs as the golden"
    for name in graphs_a:
        assert isomorphic(graphs_a[name], graphs_e[name]), f"{fmt}: graph {name} differs from the golden"


@pytest.mark.parametrize("golden, fmt, view", golden_cases(), ids=[c[0] for c in golden_cases()])
def test_golden(minimal, golden, fmt, view):
    settings, build_dir = minimal
    data = render(load_dataset(settings, view=view), fmt)
    if FORMATS[fmt].dated:
        data = undated(data, build_dir)
    path = GOLDEN / golden
    if FORMATS[fmt].directory:
        if UPDATE:
            shutil.rmtree(path, ignore_errors=True)
            lib.write_folder(path, data)
        assert path.is_dir(), f"missing golden {path}: run with MANDATE_LINEAGE_UPDATE_GOLDENS=1"
        assert sorted(p.name for p in path.iterdir()) == sorted(data)
        for name, content in data.items():
            assert (path / name).read_bytes() == content, f"{golden}/{name} differs from the golden"
        return
    if UPDATE:
        lib.write_atomic(path, data)
    assert path.exists(), f"missing golden {path}: run with MANDATE_LINEAGE_UPDATE_GOLDENS=1"
    expected = path.read_bytes()
    if FORMATS[fmt].rdf:
        same_rdf(data, expected, fmt)
    assert data == expected, f"{golden}: same graph but not the same bytes as the golden"


def test_no_stray_goldens():
    """Goldens of exports that no longer exist are removed (build.* and view-* are this module's)."""
    expected = {c[0] for c in golden_cases()}
    assert {p.name for p in GOLDEN.iterdir() if p.name.startswith(("build.", "view-"))} == expected


# --------------------------------------------------------------------------- determinism and shape
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_deterministic_across_builds(minimal, tmp_path, fmt):
    settings, build_dir = minimal
    other, other_dir = build_home(tmp_path, MINIMAL)
    assert render(load_dataset(settings), fmt) == render(load_dataset(settings), fmt)
    mine, theirs = render(load_dataset(settings), fmt), render(load_dataset(other), fmt)
    if FORMATS[fmt].dated:  # the description names its build: the same but for the build's id and date
        mine, theirs = undated(mine, build_dir), undated(theirs, other_dir)
    assert mine == theirs


def test_unknown_things_fail_clearly(minimal):
    settings, _ = minimal
    with pytest.raises(LookupError, match="unknown mandate 'nope'"):
        load_dataset(settings, mandate="nope")
    with pytest.raises(lib.ExportError, match="unknown view 'nope'; one of: .*wikidata-positions"):
        load_dataset(settings, view="nope")
    with pytest.raises(lib.ExportError, match="unknown format"):
        render(load_dataset(settings), "rdfxml-please")
    with pytest.raises(lib.ExportError, match="--out DIR"):
        lib.export(settings, "neo4j-csv")


# --------------------------------------------------------------------------- the CLI command
@pytest.fixture(scope="module")
def cli():
    from typer.testing import CliRunner

    from mandate_lineage.cli.app import _register, app

    _register()
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_cli_export_stdout_and_out(minimal, cli, tmp_path):
    settings, _ = minimal
    home = str(settings.home)
    result = cli("export", "--home", home, "--format", "turtle")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (GOLDEN / "build.ttl").read_bytes()
    again = cli("export", "--home", home, "--format", "turtle")
    assert again.stdout_bytes == result.stdout_bytes  # exported twice: the same bytes
    out = tmp_path / "positions.jsonld"
    result = cli("export", "--home", home, "-f", "jsonld", "--view", "wikidata-positions",
                 "--mandate", "international-solidarity", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["@graph"]
    result = cli("export", "--home", home, "-f", "neo4j-csv", "--out", str(tmp_path / "neo4j"))
    assert result.exit_code == 0 and (tmp_path / "neo4j" / "import.sh").exists()
    listing = json.loads(cli("export", "--list").stdout)
    assert set(listing["formats"]) == set(FORMATS) and listing["views"]["wikidata-positions"]["takes_mandate"]


@pytest.mark.parametrize("args, message", [
    (["--format", "neo4j-csv"], "--out DIR"),
    (["--format", "xml"], "unknown format 'xml'"),
    (["--view", "nope"], "unknown view 'nope'"),
    (["--mandate", "nope"], "unknown mandate 'nope'"),
])
def test_cli_export_errors(minimal, cli, args, message):
    settings, _ = minimal
    result = cli("export", "--home", str(settings.home), *args)
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())


def test_cli_export_without_build(cli, tmp_path):
    result = cli("export", "--home", str(tmp_path / "empty"))
    assert result.exit_code == 1 and "run `mandate-lineage build` first" in " ".join(result.output.split())
