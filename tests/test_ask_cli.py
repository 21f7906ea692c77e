"""The `ask` command line (fast path) and the Typer commands lineage / asof / diff / timeline."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import IS

EXE = str(Path(sys.executable).with_name("mandate-lineage"))
HEAVY = ("rdflib", "typer", "rich", "pyshacl", "networkx", "click", "yaml", "tomllib")  # tomllib: the build stores the parsed catalogue


@pytest.fixture(scope="module")
def home(real_home):
    return real_home


def run(home, *args, env_extra=None):
    env = {**os.environ, "MANDATE_LINEAGE_HOME": str(home), **(env_extra or {})}
    env.pop("MANDATE_LINEAGE_MANDATE", None)
    env.update(env_extra or {})
    cmd = [EXE, *args] if Path(EXE).exists() else [sys.executable, "-m", "mandate_lineage.cli.main", *args]
    return subprocess.run(cmd, capture_output=True, text=True, env=env, timeout=120)


def test_ask_text(home):
    p = run(home, "ask", "Which resolution added the SDG task?", "--mandate", IS)
    assert p.returncode == 0, p.stderr
    assert "HRC 26/6" in p.stdout and "para. 9" in p.stdout and "2014-06-26" in p.stdout and "A/HRC/38/40, fn. 9" in p.stdout
    assert "HRC 35/3" in p.stdout


def test_ask_json(home):
    p = run(home, "ask", "When was Brazil visited and which report covers it?", "--json", env_extra={"MANDATE_LINEAGE_MANDATE": IS})
    assert p.returncode == 0, p.stderr
    data = json.loads(p.stdout)
    assert set(data) >= {"question", "interpretation", "answers"}
    best = data["answers"][0]
    assert best["report"] == "A/HRC/23/45/Add.1" and best["sources"] and best["mandate"] == IS


def test_ask_several_mandates_labels_answers(home):
    p = run(home, "ask", "Who held the mandate in 2015?", "--mandate", "all")
    assert p.returncode == 0
    assert "[foreign-debt]" in p.stdout and f"[{IS}]" in p.stdout


def test_ask_home_mandate_by_default(home):
    p = run(home, "ask", "Who held the mandate in 2015?")
    assert p.returncode == 0
    assert "Dandan" in p.stdout and "Bohoslavsky" not in p.stdout and "--mandate all" in p.stdout


@pytest.mark.parametrize("q", ["what is the weather in paris", "zzzz qqqq"])
def test_ask_unreadable_exit_2(home, q):
    p = run(home, "ask", q)
    assert p.returncode == 2
    assert "Traceback" not in p.stderr + p.stdout
    assert "Questions I can answer" in p.stdout


def test_ask_too_long(home):
    p = run(home, "ask", "why " * 600)
    assert p.returncode == 2 and "limit is 2000" in p.stderr and "Traceback" not in p.stderr


def test_ask_no_build(tmp_path):
    p = run(tmp_path, "ask", "Who held the mandate in 2015?")
    assert p.returncode == 1 and "no build" in p.stderr and "Traceback" not in p.stderr


def test_ask_unknown_mandate(home):
    p = run(home, "ask", "Who held the mandate in 2015?", "--mandate", "nope")
    assert p.returncode == 1 and "unknown mandate" in p.stderr


def test_fast_path_imports_nothing_heavy(home):
    code = (
        "import sys, io, contextlib\n"
        "from mandate_lineage.cli.main import main\n"
        "buf = io.StringIO()\n"
        "with contextlib.redirect_stdout(buf):\n"
        f"    rc = main(['ask', 'Which resolution added the SDG task?', '--home', {str(home)!r}])\n"
        "print(rc, ' '.join(sorted(m for m in sys.modules)))\n"
    )
    p = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    rc, mods = p.stdout.strip().split(" ", 1)
    assert rc == "0", p.stderr
    loaded = set(mods.split())
    assert not {m for m in loaded if m.split(".")[0] in HEAVY}, [m for m in loaded if m.split(".")[0] in HEAVY]


def test_fast_path_importtime(home):
    p = subprocess.run([sys.executable, "-X", "importtime", "-m", "mandate_lineage.cli.main", "ask", "Who held the mandate in 2015?", "--home", str(home)],
                       capture_output=True, text=True, timeout=120)
    assert p.returncode == 0, p.stderr[-2000:]
    imported = {line.split("|")[-1].strip().split(".")[0] for line in p.stderr.splitlines() if line.startswith("import time:")}
    assert not imported & set(HEAVY)


def test_ask_forms_and_help(home):
    p = run(home, "ask", "--forms")
    assert p.returncode == 0 and "Which resolution added the task X?" in p.stdout
    assert run(home, "ask", "--help").returncode == 0


@pytest.mark.parametrize("args,check", [
    (["lineage", "SDG", "--json"], lambda d: [e["resolution"] for e in d[0]["events"] if e["role"] == "answer"] == ["HRC 26/6", "HRC 35/3"]),
    (["lineage", "2030 Agenda", "--json", "--mandate", IS], lambda d: d[0]["task"] == "sdg-forums"),
    (["asof", "2015-01-01", "--json", "--mandate", IS], lambda d: "sdg-forums" in {t["task"] for t in d[0]["tasks"]} and "mdg-forums" not in {t["task"] for t in d[0]["tasks"]}),
    (["asof", "1 January 2010", "--json", "--mandate", IS], lambda d: all(t["in_force_from"] <= "2010-01-01" for t in d[0]["tasks"])),
    (["diff", "HRC 21/10", "HRC 26/6", "--json", "--mandate", IS], lambda d: {"sdg-forums", "post-2015-engagement"} == {e["task"] for e in d[0]["added"]} and [e["task"] for e in d[0]["dropped"]] == ["mdg-forums"]
     and [e["task"] for e in d[0]["changed"]] == ["reporting"]),
    (["diff", "26/6", "21/10", "--json", "--mandate", IS], lambda d: d[0]["from"]["resolution"] == "HRC 21/10"),
    (["timeline", "--json", "--mandate", IS], lambda d: [i["date"] for i in d[0]["items"] if i["date"]] == sorted(i["date"] for i in d[0]["items"] if i["date"])
     and {"resolution", "term", "visit", "report"} <= {i["kind"] for i in d[0]["items"]}),
])
def test_commands_json(home, args, check):
    p = run(home, *args)
    assert p.returncode == 0, p.stderr
    assert check(json.loads(p.stdout))


@pytest.mark.parametrize("args", [["lineage", "SDG"], ["asof", "2015"], ["diff", "21/10", "26/6", "--mandate", IS], ["timeline", "--mandate", IS]])
def test_commands_text(home, args):
    """The text is the renderer's (queries/ask/render.py, as for `ask`) on the library twin's data."""
    p = run(home, *args)
    assert p.returncode == 0, p.stderr
    assert p.stdout.strip()
    from mandate_lineage.loaders.config import load_settings
    from mandate_lineage.queries.ask import commands, open_context
    from mandate_lineage.queries.ask.render import render_command

    kind, rest = args[0], [a for a in args[1:] if a not in ("--mandate", IS)]
    ctx = open_context(load_settings(home=home, mandate=IS if "--mandate" in args else None))
    text = render_command(kind, getattr(commands, kind)(ctx, *rest))
    headings = [line for line in text.splitlines() if not line.startswith(" ")]
    if all(len(line) <= 80 for line in headings):  # the console (not a terminal: 80 columns) wraps longer headings
        assert p.stdout == text
    else:
        assert p.stdout.replace("\n", " ").split() == text.replace("\n", " ").split()


@pytest.mark.parametrize("args,msg", [(["lineage", "no such task at all"], "no task"), (["asof", "someday"], "not a date"), (["diff", "99/9", "26/6"], "no resolution")])
def test_commands_errors(home, args, msg):
    p = run(home, *args)
    assert p.returncode == 1 and msg in p.stderr and "Traceback" not in p.stderr
