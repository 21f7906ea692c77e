"""`mandate-lineage validate` on broken copies of data/: every problem named by file and field."""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from .conftest import REAL_DATA, copy_data

CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]


def run(*args):
    return subprocess.run(CLI + list(args), capture_output=True, text=True, timeout=300)


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text()
    assert old in text, f"fixture text not found in {path}: {old!r}"
    path.write_text(text.replace(old, new, 1))


def test_shipped_data_conforms():
    result = run("validate", "--data", str(REAL_DATA))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "conforms" in result.stdout


def test_broken_copy_names_each_file_and_field(tmp_path):
    data = copy_data(REAL_DATA, tmp_path / "data")
    folder = data / "mandates" / "international-solidarity"
    # 1. a broken reference: a lineage event citing a resolution that is not in the data
    edit(folder / "tasks.yaml", "by: HRC 26/6", "by: HRC 26/99")
    # 2. a bad symbol: an HRC resolution with a General Assembly symbol
    edit(folder / "resolutions.yaml", "symbol: A/HRC/RES/35/3", "symbol: A/RES/35/3")
    # 3. a missing source: a body with its source removed
    bodies = (data / "bodies.yaml").read_text().splitlines(keepends=True)
    first_source = next(i for i, line in enumerate(bodies) if line.strip().startswith("source:"))
    (data / "bodies.yaml").write_text("".join(bodies[:first_source] + bodies[first_source + 1:]))
    # 4. overlapping terms: Bailliet starting while Okafor is in office
    edit(folder / "holders.yaml", 'appointed: "2023-10"', 'appointed: "2019-10"')

    result = run("validate", "--data", str(data))
    assert result.returncode == 1
    report = result.stderr
    assert "Traceback" not in report
    assert "mandates/international-solidarity/tasks.yaml" in report and "not in the data" in report
    assert "mandates/international-solidarity/resolutions.yaml" in report and "does not fit the symbol series" in report
    assert "bodies.yaml" in report and "has no source" in report
    assert "mandates/international-solidarity/holders.yaml" in report and "overlaps the term" in report

    as_json = json.loads(run("validate", "--data", str(data), "--json").stdout)
    assert as_json["conforms"] is False
    fields = {(p["file"], p["field"]) for p in as_json["problems"]}
    assert ("mandates/international-solidarity/resolutions.yaml", "symbol") in fields
    assert all(p["file"] and p["line"] for p in as_json["problems"])
