"""The README documents every command, and the query library documents every query."""
from __future__ import annotations

import re

from mandate_lineage.cli.app import _register, app

from .conftest import REPO


def test_every_command_is_in_the_readme():
    _register()
    commands = {c.name or c.callback.__name__.replace("_", "-") for c in app.registered_commands}
    readme = (REPO / "README.md").read_text()
    documented = set(re.findall(r"^\| `([a-z-]+)", readme, re.M)) | set(re.findall(r"`([a-z]+) [A-Z]+`", readme))
    documented |= {w for line in re.findall(r"^\| (`[a-z].*?)\|", readme, re.M) for w in re.findall(r"`([a-z-]+)", line)}
    assert commands - documented == set(), f"commands missing from README.md: {sorted(commands - documented)}"


def test_every_named_query_opens_with_its_question_and_expected_answer():
    for path in sorted((REPO / "queries").glob("*.cypher")) + sorted((REPO / "queries").glob("*.rq")):
        head = path.read_text().lstrip()
        assert head.startswith(("//", "#")), f"{path.name} does not open with a comment"
    for cypher in (REPO / "queries").glob("*.cypher"):
        assert cypher.with_suffix(".rq").exists(), f"{cypher.name} has no SPARQL twin"
        assert "Expected" in cypher.read_text(), f"{cypher.name} does not state its expected answer"
