"""Bad questions on the command line: exit 2, what was understood, the closest questions and names,
never a traceback (issue 19)."""
from __future__ import annotations

import json

import pytest

from .test_ask_cli import run

BAD = {
    "empty": "",
    "stop words": "the of and to",
    "too long": "why " * 2500,
    "binary": "\udcff\udcfe\x01\x02\udc80",
    "cypher": "MATCH (n) RETURN n",
    "sparql": "SELECT ?s WHERE { ?s ?p ?o }",
    "unknown symbol": "What is A/HRC/99/99?",
    "unknown resolution": "what did resolution 99/9 change",
}


@pytest.fixture(scope="module")
def home(real_home):
    return real_home


@pytest.mark.parametrize("name", sorted(BAD))
def test_bad_question_exit_2_with_suggestions(home, name):
    p = run(home, "ask", BAD[name])
    out = p.stdout + p.stderr
    assert p.returncode == 2, out
    assert "Traceback" not in out
    if name == "empty":
        assert "no question given" in p.stderr and "Questions I can answer" in p.stdout
        return
    assert "Questions I can answer that look closest" in p.stdout
    if name.startswith("unknown"):
        assert "Not in the graph" in p.stdout and "Closest names in the graph" in p.stdout


@pytest.mark.parametrize("name", ["cypher", "unknown symbol", "too long"])
def test_bad_question_json(home, name):
    p = run(home, "ask", BAD[name], "--json")
    assert p.returncode == 2 and "Traceback" not in p.stderr
    data = json.loads(p.stdout)
    assert set(data) >= {"question", "interpretation", "answers"} and data["answers"] == []
    assert data["suggestions"]["forms"]
