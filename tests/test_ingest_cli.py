"""`mandate-lineage ingest`: reports, --json, --accept (writes new facts, rebuilds, restores on failure), errors."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mandate_lineage.loaders import accept as accept_lib
from mandate_lineage.loaders.build import BuildError, current_build
from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.reconcile import Graph, reconcile
from mandate_lineage.loaders.store import open_store

from .conftest import BASE, MINIMAL, copy_data
from .test_reconcile import AGREEING, CONFLICTING

CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]
DOCS = Path(__file__).resolve().parent / "documents"

# New facts for tests/data/minimal: a resolution (CHR 2004/9), a lineage event (35/3 para. 12 for the
# SDG task), a completed visit to Sweden; and facts that cannot be written (a cited symbol, a task
# that matches no task, a visit to a country with no known ISO code).
NEW = AGREEING.replace(
    "1 Council resolution 26/6, para. 9; and resolution 35/3, para. 11.",
    "1 Council resolution 26/6, para. 9; and resolution 35/3, paras. 11 and 12.",
).replace(
    "5. The work builds on A/HRC/38/40/Add.9 and on Commission resolution 2005/55.",
    "5. The work builds on A/HRC/38/40/Add.9 and on Commission resolution 2004/9.\n\n"
    "6. The Independent Expert carried out a visit to Sweden from 23 to 27 April 2018.",
)


def run(*args):
    return subprocess.run(CLI + [str(a) for a in args], capture_output=True, text=True, timeout=300)


def snapshot(folder: Path) -> dict:
    return {p.relative_to(folder): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.fixture
def home_and_data(tmp_path):
    data = copy_data(MINIMAL, tmp_path / "data")
    home = tmp_path / "home"
    build(load_settings(home=home, data=data, base_iri=BASE), mirror=False)
    return home, data


def write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# ---------------------------------------------------------------------------- errors

@pytest.mark.parametrize("case", ["missing", "directory", "binary", "empty"])
def test_bad_inputs_fail_clearly(tmp_path, minimal_build, case):
    settings, _ = minimal_build
    path = {"missing": tmp_path / "nope.txt", "directory": tmp_path}.get(case, tmp_path / f"{case}.txt")
    if case == "binary":
        path.write_bytes(b"A/HRC/38/40\n\xff\xfe report\n")
    elif case == "empty":
        path.write_text("  \n")
    result = run("ingest", path, "--home", settings.home)
    assert result.returncode == 1, result.stdout + result.stderr
    assert str(path) in result.stderr and "Traceback" not in result.stderr
    assert {"missing": "no such file", "directory": "directory", "binary": "UTF-8", "empty": "empty"}[case] in result.stderr


def test_no_build_is_a_clear_error(tmp_path):
    doc = write(tmp_path, "a.txt", AGREEING)
    result = run("ingest", doc, "--home", tmp_path / "empty-home")
    assert result.returncode == 1 and "run `mandate-lineage build` first" in result.stderr
    assert "Traceback" not in result.stderr


# ---------------------------------------------------------------------------- reports

def test_json_report(tmp_path, minimal_build):
    settings, _ = minimal_build
    docs = [write(tmp_path, "agree.txt", AGREEING), write(tmp_path, "conflict.txt", CONFLICTING)]
    result = run("ingest", *docs, "--home", settings.home, "--json")
    assert result.returncode == 0, result.stderr
    out = json.loads(result.stdout)
    assert [d["name"] for d in out["documents"]] == ["agree.txt", "conflict.txt"]
    assert all(d["symbol"] == "A/HRC/38/40" for d in out["documents"])
    fact = out["documents"][0]["facts"][0]
    assert {"kind", "status", "value", "graph_value", "locator", "span", "sources"} <= set(fact)
    s = out["summary"]
    assert s["documents"] == 2 and s["confirmed"] > 10 and s["new"] >= 1 and s["conflicting"] >= 4
    assert s["by_kind"]["task"]["conflicting"] == 1


def test_table_report(tmp_path, minimal_build):
    settings, _ = minimal_build
    result = run("ingest", write(tmp_path, "c.txt", CONFLICTING), "--home", settings.home)
    assert result.returncode == 0, result.stderr
    assert "conflicting" in result.stdout and "A/HRC/38/40" in result.stdout


def test_shipped_test_document(minimal_build):
    settings, _ = minimal_build
    result = run("ingest", DOCS / "ingest_minimal.txt", "--home", settings.home, "--json")
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["summary"]["conflicting"] == 0


# ---------------------------------------------------------------------------- --accept

def test_accept_writes_new_facts_and_rebuilds(tmp_path, home_and_data):
    home, data = home_and_data
    before = snapshot(data)
    doc = write(tmp_path, "new.txt", NEW)
    result = run("ingest", doc, "--home", home, "--data", data, "--accept", "--no-mirror", "--json")
    assert result.returncode == 0, result.stdout + result.stderr
    acc = json.loads(result.stdout)["accept"]
    assert acc["error"] is None and acc["build"]
    files = {w["file"] for w in acc["written"]}
    assert files == {"mandates/international-solidarity/resolutions.yaml",
                     "mandates/international-solidarity/tasks.yaml",
                     "mandates/international-solidarity/visits.yaml"}
    for w in acc["written"]:
        lines = (data / w["file"]).read_text().splitlines()
        assert lines[w["line"] - 1].lstrip().startswith("- "), w
        assert "A/HRC/38/40" in w["text"]                 # every written fact cites the document
    reasons = {n["kind"]: n["reason"] for n in acc["not_written"]}
    assert "cited_symbol" in reasons and "task" in reasons and "requested_visit" in reasons
    # existing text is untouched: every old file is a prefix of (or contained line by line in) the new one
    after = snapshot(data)
    for rel, old in before.items():
        new_lines = after[rel].decode().splitlines()
        old_lines = old.decode().splitlines()
        it = iter(new_lines)
        assert all(line in it for line in old_lines), rel
    assert after[Path("mandates/international-solidarity/resolutions.yaml")].startswith(
        before[Path("mandates/international-solidarity/resolutions.yaml")])
    # the new build states them: a second ingest confirms what was written
    again = json.loads(run("ingest", doc, "--home", home, "--json").stdout)
    facts = again["documents"][0]["facts"]
    assert next(f for f in facts if f["value"] == "CHR 2004/9")["status"] == "confirmed"
    assert next(f for f in facts if f["kind"] == "visit")["status"] == "confirmed"
    assert any(f["kind"] == "task" and "HRC 35/3 para. 12" in f["value"] and f["status"] == "confirmed"
               for f in facts)
    assert again["summary"]["conflicting"] == 0


def test_conflicting_accept_leaves_files_identical(tmp_path, home_and_data):
    home, data = home_and_data
    before = snapshot(data)
    current = current_build(home)
    result = run("ingest", write(tmp_path, "c.txt", CONFLICTING), "--home", home, "--data", data,
                 "--accept", "--no-mirror")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "nothing written" in result.stdout and "conflicting" in result.stdout
    assert snapshot(data) == before and current_build(home) == current


def test_failed_rebuild_restores_files(tmp_path, home_and_data, monkeypatch):
    home, data = home_and_data
    settings = load_settings(home=home, data=data, base_iri=BASE)
    before = snapshot(data)
    current = current_build(home)

    def broken(*args, **kwargs):
        raise BuildError("1 problem(s) in the data: the graph was not built", ["tasks.yaml:3 invented"])
    monkeypatch.setattr(accept_lib, "build", broken)
    graph = Graph(open_store(current), BASE)
    report = reconcile(graph, extract(NEW, "new.txt"), NEW)
    result = accept_lib.accept([report], graph, settings, steps=())
    assert result.error and result.restored and result.problems
    assert snapshot(data) == before and current_build(home) == current
    assert all(f.written is None for f in report.facts)


def test_accept_leaves_an_old_numbered_resolution_to_the_curator(tmp_path, home_and_data):
    """data/ writes resolutions as 'BODY N/N'; a General Assembly resolution of the old numbering, "2542 (XXIV)",
    is reported as new but not written (it would make the next build fail)."""
    home, data = home_and_data
    text = AGREEING.replace("5. The work builds on A/HRC/38/40/Add.9",
                            "5. The work recalls General Assembly resolution 2542 (XXIV) and builds on A/HRC/38/40/Add.9")
    graph = Graph(open_store(current_build(home)), BASE)
    report = reconcile(graph, extract(text, "old.txt"), text)
    fact = next(f for f in report.facts if f.kind == "resolution" and f.value == "GA 2542 (XXIV)")
    assert fact.status == "new"
    planner = accept_lib.plan([report], graph, data)
    assert "old numbering" in (fact.not_written or "")
    assert not any("2542" in line for w in planner.writes for line in w.lines)


def test_accept_says_why_a_cited_resolution_of_a_document_without_source_is_not_written(tmp_path, home_and_data):
    """A text with neither a symbol nor a sources.yaml key cites nothing: every new fact, its resolutions too,
    carries the reason it is not written."""
    home, data = home_and_data
    text = ("Human rights and international solidarity\n\nThe Commission on Human Rights,\n\nRecalling "
            "General Assembly resolution 9/99 of 1 March 1955 and Commission resolution 2004/9,\n")
    graph = Graph(open_store(current_build(home)), BASE)
    report = reconcile(graph, extract(text, "nosym.txt"), text, mandate="international-solidarity")
    planner = accept_lib.plan([report], graph, data)
    new = [f for f in report.facts if f.status == "new"]
    assert any(f.kind == "resolution" for f in new) and not planner.writes
    assert all(f.not_written for f in new), [(f.kind, f.value) for f in new if not f.not_written]
