"""The bad-input corpus (tests/bad_inputs/): every malformed input is refused with a located message.

Each data case is checked in-process through build() (fast: the refusal comes before anything is
written), against a home whose minimal build must stay current and byte-identical. One case per
category also runs end to end through the console script: non-zero exit, the message with its
file, line and field on stderr, no traceback, and the previous build's checksum unchanged.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import yaml

from mandate_lineage.loaders.build import BuildError, current_build, read_manifest
from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.loaders.yamlfile import MAX_FILE_BYTES

from .conftest import BASE, MINIMAL, TESTS, copy_data

CORPUS = TESTS / "bad_inputs"
CASES = yaml.safe_load((CORPUS / "cases.yaml").read_text(encoding="utf-8"))["cases"]
DATA_CASES = [c for c in CASES if "command" not in c]
COMMAND_CASES = [c for c in CASES if "command" in c]
CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def run_cli(args: list[str], timeout: float = 120, env: dict | None = None) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "COLUMNS": "200", **(env or {})}
    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout, env=full_env)


# ---------------------------------------------------------------------------- making the inputs
def generate(kind: str, target: Path) -> None:
    """Inputs too big (or too odd) to commit."""
    if kind == "huge":  # valid YAML, just more than the size limit
        record = "- symbol: A/HRC/38/40\n  kind: thematic-report\n  title: \"" + "x" * 1000 + "\"\n  source: {doc: A/HRC/38/40, at: para. 1}\n"
        with target.open("w", encoding="utf-8") as handle:
            for _ in range(MAX_FILE_BYTES // len(record) + 2):
                handle.write(record)
    elif kind == "deep":  # deeper than Python's recursion limit
        target.write_text("- key: sdg-forums\n  aliases: " + "[" * 20000 + "]" * 20000 + "\n", encoding="utf-8")
    elif kind == "directory":
        target.unlink()
        target.mkdir()
        (target / "records.yaml").write_text("- key: x\n")
    else:
        raise AssertionError(f"unknown generator {kind}")


def make_input(case: dict, dest: Path) -> Path:
    """A copy of the minimal data with the case's one change applied."""
    data = copy_data(MINIMAL, dest)
    if "replaces" in case:
        target = data / case["replaces"]
        if "generate" in case:
            generate(case["generate"], target)
        else:
            shutil.copyfile(CORPUS / case.get("file", f"{case['id']}.yaml"), target)
    elif "delete" in case:
        target = data / case["delete"]
        shutil.rmtree(target) if target.is_dir() else target.unlink()
    elif "rename" in case:
        old, new = case["rename"]
        (data / old).rename(data / new)
    else:
        raise AssertionError(f"case {case['id']} changes nothing")
    return data


def matches(problem, expect: dict) -> bool:
    if expect["message"] not in problem.message:
        return False
    file = str(problem.file or "")
    if file != expect["file"] and not file.endswith("/" + expect["file"]):  # folders outside the data: full path
        return False
    return problem.line == expect["line"] and problem.field == expect["field"]


def show(problems) -> str:
    return "\n".join(f"  {p.file}:{p.line} field={p.field!r}: {p.message}" for p in problems)


# ---------------------------------------------------------------------------- the good build
@pytest.fixture(scope="module")
def good_home(tmp_path_factory):
    """A home with the minimal data built: the build no bad input may disturb."""
    home = tmp_path_factory.mktemp("good-home")
    result = build(load_settings(home=home, data=MINIMAL, base_iri=BASE), mirror=False)
    return home, result.path, sha256(result.path / "graph.nq")


def assert_untouched(home: Path, build_dir: Path, checksum: str) -> None:
    assert current_build(home) == build_dir, "the previous good build is no longer current"
    assert sha256(build_dir / "graph.nq") == checksum == read_manifest(build_dir)["checksum_sha256"]
    assert not list((home / "builds").glob(".tmp-*")), "a failed build left a temporary directory"


# ---------------------------------------------------------------------------- the corpus itself
def test_corpus_is_complete():
    assert len(CASES) >= 50
    ids = [c["id"] for c in CASES]
    assert len(ids) == len(set(ids)), "case ids must be unique"
    used = {c.get("file", f"{c['id']}.yaml") for c in DATA_CASES if "replaces" in c and "generate" not in c}
    on_disk = {p.name for p in CORPUS.iterdir() if p.name != "cases.yaml"}
    assert on_disk == used, f"corpus files without a case: {sorted(on_disk - used)}; cases without a file: {sorted(used - on_disk)}"
    for case in DATA_CASES:
        expect = case["expect"]
        assert expect["message"] and expect["file"], case["id"]
        assert "line" in expect and "field" in expect, f"{case['id']}: say which line and field (null for none)"
    assert all(c["expect"]["message"] or c["category"] == "injection" for c in COMMAND_CASES)
    categories = {c["category"] for c in CASES}
    for needed in ("yaml-syntax", "encoding", "empty-file", "resource-limit", "wrong-type", "missing-field", "no-source",
                   "unknown-reference", "duplicate-key", "duplicate-id", "malformed-symbol", "malformed-date",
                   "impossible-date", "overlapping-terms", "cycle", "injection"):
        assert needed in categories, f"no case of category {needed}"


# ---------------------------------------------------------------------------- every data case, in-process
@pytest.mark.parametrize("case", DATA_CASES, ids=[c["id"] for c in DATA_CASES])
def test_bad_data_is_refused_with_a_located_message(case, good_home, tmp_path):
    home, build_dir, checksum = good_home
    data = make_input(case, tmp_path / "data")
    settings = load_settings(home=home, data=data, base_iri=BASE)
    with pytest.raises(BuildError) as info:
        build(settings, mirror=False)
    problems = info.value.problems
    assert any(matches(p, case["expect"]) for p in problems), f"expected {case['expect']}, got:\n{show(problems)}"
    for p in problems:  # every problem is located at least by its file
        assert p.file, f"a problem names no file: {p}"
    assert_untouched(home, build_dir, checksum)


# ---------------------------------------------------------------------------- end to end, one per category
def _one_per_category() -> list[dict]:
    chosen, seen = [], set()
    for case in DATA_CASES:
        if case["category"] not in seen:
            seen.add(case["category"])
            chosen.append(case)
    return chosen


E2E_CASES = _one_per_category() + [c for c in DATA_CASES if c["id"] in {"huge-file", "date-feb-30", "yaml-nul-byte"}]


@pytest.mark.slow
def test_bad_data_through_the_cli(good_home, tmp_path):
    """Each run in its own copy of the good home (builds of one home are serialised by the lock)."""
    home0, build_dir0, checksum = good_home

    def one(case):
        home = tmp_path / f"home-{case['id']}"
        shutil.copytree(home0, home, symlinks=True)
        data = make_input(case, tmp_path / f"data-{case['id']}")
        result = run_cli(["build", "--data", str(data), "--home", str(home)])
        return case, home, result

    with ThreadPoolExecutor(max_workers=4) as pool:
        outcomes = list(pool.map(one, E2E_CASES))
    for case, home, result in outcomes:
        expect, name = case["expect"], case["id"]
        assert result.returncode != 0, f"{name}: the build succeeded"
        assert "Traceback" not in result.stderr + result.stdout, f"{name}: traceback\n{result.stderr}"
        stderr = " ".join(result.stderr.split())  # rich may wrap long lines
        assert expect["message"] in stderr or expect["message"] in result.stderr, f"{name}: message missing\n{result.stderr}"
        assert expect["file"] in stderr, f"{name}: file not named\n{result.stderr}"
        if expect["line"]:
            assert f"line {expect['line']}" in stderr, f"{name}: line not named\n{result.stderr}"
        if expect["field"]:
            assert f"field '{expect['field']}'" in stderr, f"{name}: field not named\n{result.stderr}"
        assert "previous build" in stderr and "still current" in stderr
        build_dir = current_build(home)
        assert build_dir.name == build_dir0.name
        assert_untouched(home, build_dir, checksum)


# ---------------------------------------------------------------------------- command lines
def mirror_nodes(home: Path) -> int:
    result = run_cli(["cypher", "MATCH (n) RETURN count(n) AS n", "--home", str(home), "--json"])
    assert result.returncode == 0, result.stderr
    import json

    return json.loads(result.stdout)[0]["n"]


@pytest.fixture(scope="module")
def command_home(tmp_path_factory):
    """A home built through the CLI, with its Cypher mirror."""
    home = tmp_path_factory.mktemp("cmd-home")
    result = run_cli(["build", "--data", str(MINIMAL), "--home", str(home), "--base-iri", BASE, "--json"], timeout=300)
    assert result.returncode == 0, result.stderr
    return home, sha256(current_build(home) / "graph.nq"), mirror_nodes(home)


def fill_in(args: list[str], values: dict) -> list[str]:
    out = []
    for arg in args:
        for key, value in values.items():
            arg = arg.replace(key, value)
        out.append(arg)
    return out


@pytest.mark.parametrize("case", COMMAND_CASES, ids=[c["id"] for c in COMMAND_CASES])
def test_bad_command_line_is_refused(case, command_home, tmp_path):
    home, checksum, nodes = command_home
    (tmp_path / "a-file.txt").write_text("not a folder\n")
    question = "Which resolution added " + "the task " * 12_000 + "?"  # about 100 kB
    args = fill_in(case["command"], {"{home}": str(home), "{tmp}": str(tmp_path), "{minimal}": str(MINIMAL), "{question}": question})
    before = current_build(home)
    result = run_cli(args)
    text = result.stdout + result.stderr
    flat = " ".join(text.split())  # rich wraps long lines
    expect = case["expect"]
    assert "Traceback" not in text, text[-3000:]
    if expect.get("exit") == 0:  # injected text that must stay inert data: an ordinary answer
        assert result.returncode == 0, text[-2000:]
    else:
        assert result.returncode != 0, f"accepted: {text[-2000:]}"
    assert expect["message"] in flat, f"message {expect['message']!r} missing:\n{text[-2000:]}"
    for key in ("file", "field"):
        if expect.get(key):
            assert expect[key] in flat, f"{key} {expect[key]!r} not named:\n{text[-2000:]}"
    assert len(text) < 20_000, "the output echoes too much of the input"
    assert current_build(home) == before
    assert sha256(before / "graph.nq") == checksum
    if case["category"] == "injection":
        assert mirror_nodes(home) == nodes, "the Cypher mirror changed"
