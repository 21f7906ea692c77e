"""The soak script runs (briefly): clients, a build switching under them, serve, and its checks.

The full soak (`bench/soak.py`, 5,000 requests and 20 builds) prints figures; this only checks that
the short run finds no error, no mixed answer and no process left behind.
"""
from __future__ import annotations

import json
import subprocess
import sys

import pytest

from .conftest import REPO

pytestmark = pytest.mark.slow


def test_quick_soak(tmp_path):
    out = tmp_path / "soak.json"
    result = subprocess.run([sys.executable, str(REPO / "bench" / "soak.py"), "--quick", "--builds", "1", "--requests", "40",
                             "--workdir", str(tmp_path / "work"), "--json-out", str(out)],
                            capture_output=True, text=True, timeout=900)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
    figures = json.loads(out.read_text())
    assert figures["requests"] >= 40 and figures["errors"] == 0 and figures["mixed"] == 0
    assert not figures["leftovers"]
    assert {"ask", "cypher", "sparql", "http"} <= set(figures["per_kind"])
