"""`ingest` refuses what is not a UN document text: one clear line each, exit 1, no traceback,
nothing written (the curated data is byte-for-byte unchanged, even with --accept)."""
from __future__ import annotations

import subprocess
import sys

import pytest

from .conftest import MINIMAL, copy_data

CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]

SPANISH = ("El Experto independiente de las Naciones Unidas sobre los derechos humanos y la solidaridad "
           "internacional hará una visita oficial a Costa Rica del 21 de febrero al 2 de marzo de 2022. "
           "Durante la misión se reunirá con funcionarios del gobierno y con la sociedad civil.\n")
RECIPE = ("Chocolate cake\n\nMix the flour with the sugar and the butter, add three eggs and bake it for "
          "forty minutes in a warm oven. Serve it with cream.\n")
UN_LINE = "The Independent Expert on human rights and international solidarity met the Government of Norway. "


def _make(tmp_path, kind):
    p = tmp_path / f"{kind}.txt"
    if kind == "empty":
        p.write_text("")
    elif kind == "blank":
        p.write_text("\n   \n\t\n")
    elif kind == "pdf":
        p = tmp_path / "report.pdf"
        p.write_bytes(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n")
    elif kind == "binary":
        p.write_bytes(bytes(range(256)) * 20)
    elif kind == "huge":
        with p.open("w", encoding="utf-8") as f:
            block = (UN_LINE * 100 + "\n") * 100
            for _ in range(50 * 1024 * 1024 // len(block) + 1):
                f.write(block)
    elif kind == "spanish":
        p.write_text(SPANISH, encoding="utf-8")
    elif kind == "recipe":
        p.write_text(RECIPE, encoding="utf-8")
    elif kind == "latin1":
        p.write_bytes(("Human Rights Council, r\u00e9solution 35/3. " * 20).encode("latin-1"))
    return p


@pytest.mark.parametrize("kind,says", [
    ("empty", "the file is empty"), ("blank", "the file is empty"), ("pdf", "is a PDF file"),
    ("binary", "is a binary file"), ("huge", "MB is more than the 10 MB"),
    ("spanish", "does not read as English"), ("recipe", "does not look like a UN document"),
    ("latin1", "not valid UTF-8")])
def test_bad_document_one_line_nothing_written(tmp_path, kind, says):
    data = copy_data(MINIMAL, tmp_path / "data")
    before = {p: p.read_bytes() for p in data.rglob("*") if p.is_file()}
    path = _make(tmp_path, kind)
    r = subprocess.run(CLI + ["ingest", "--accept", "--home", str(tmp_path / "home"), "--data", str(data), str(path)],
                       capture_output=True, text=True, timeout=120)
    assert r.returncode == 1, (r.stdout, r.stderr)
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and says in lines[0] and str(path) in lines[0], r.stderr
    assert "Traceback" not in r.stderr + r.stdout
    assert {p: p.read_bytes() for p in data.rglob("*") if p.is_file()} == before
    assert not (tmp_path / "home").exists()
