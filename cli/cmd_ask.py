"""ask (twin of the fast path, for --help), lineage, asof, diff, timeline."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..queries.ask import commands as lib
from ..queries.ask import exit_code, open_context
from ..queries.ask import ask as ask_lib
from ..queries.ask.render import render, render_command, to_json
from .common import HomeOpt, JsonOpt, MandateOpt, app, fail, out, settings_from

OutOpt = Annotated[Optional[Path], typer.Option("--out", help="Draw to this file (.svg or .png) instead of printing.")]


def _context(home, mandate):
    try:
        return open_context(settings_from(home=home, mandate=mandate))
    except (FileNotFoundError, LookupError) as exc:
        fail(str(exc).strip("'\""))


@app.command()
def ask(
    question: Annotated[list[str], typer.Argument(help="The question, in plain English (quote it).")],
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
) -> None:
    """Answer a question from the current build, with the source of each answer.

    Examples: "Which resolution added the SDG task?", "Who held the mandate in 2015?",
    "When was Brazil visited and which report covers it?", "What is A/HRC/38/40?".
    Exit code 0 when answered, 2 when the question could not be read.
    """
    text = " ".join(question).strip()
    if not text:
        fail("no question given", code=2)
    if len(text) > 2000:
        fail(f"the question is {len(text)} characters long; the limit is 2000", code=2)
    ctx = _context(home, mandate)
    result = ask_lib(ctx, text)
    if json:
        sys.stdout.write(to_json(result))
    else:
        typer.echo(render(result, multi_mandate=len(ctx.mandates) > 1), nl=False)
    code = exit_code(result)
    if code:
        raise typer.Exit(code)


@app.command()
def lineage(
    task: Annotated[str, typer.Argument(help="Task key, label or alias (e.g. sdg-forums, 'SDG', '2030 Agenda').")],
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
    out_file: OutOpt = None,
) -> None:
    """A task's lineage: the resolutions and paragraphs that added, reaffirmed, changed or superseded it."""
    _show("lineage", _run(lib.lineage, home, mandate, task), json, out_file)


@app.command()
def asof(
    date: Annotated[str, typer.Argument(help="A date: 2015-03-01, '1 March 2015', 'March 2015' or 2015.")],
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
) -> None:
    """The mandate's tasks in force on a date, with the resolution behind each."""
    _show("asof", _run(lib.asof, home, mandate, date), json)


@app.command()
def diff(
    first: Annotated[str, typer.Argument(help="The earlier resolution (e.g. 'HRC 26/6' or 26/6).")],
    second: Annotated[str, typer.Argument(help="The later resolution.")],
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
) -> None:
    """Compare the tasks in force right after each resolution: added, dropped, changed (before and after), unchanged."""
    _show("diff", _run(lib.diff, home, mandate, first, second), json)


@app.command()
def timeline(
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
    out_file: OutOpt = None,
) -> None:
    """Resolutions, holders, country visits and reports of the mandate in date order (or drawn with --out)."""
    _show("timeline", _run(lib.timeline, home, mandate), json, out_file)


def _run(command, home, mandate, *args) -> list[dict]:
    """The library twin's data; a name or date it cannot resolve is a one-line error."""
    ctx = _context(home, mandate)
    try:
        return command(ctx, *args)
    except LookupError as exc:
        fail(str(exc))


def _show(kind: str, data: list[dict], json: bool, out_file: Path | None = None) -> None:
    """Through the renderer of `ask`: JSON, text (headings styled by the console), or a picture."""
    if out_file is not None:
        _draw(kind, data, out_file)
    elif json:
        sys.stdout.write(to_json(data))
    else:
        typer.echo(render_command(kind, data, heading=_heading), nl=False)


def _heading(bold: str, rest: str = "") -> str:
    with out.capture() as captured:
        out.print(f"[bold]{bold}[/bold]{rest}", highlight=False)
    return captured.get().removesuffix("\n")


def _draw(kind: str, data, path: Path) -> None:
    try:
        from ..queries import pictures
    except ImportError as exc:  # pragma: no cover - matplotlib missing
        fail(f"drawing needs matplotlib ({exc})")
    try:
        written = pictures.draw_timeline(data, path) if kind == "timeline" else pictures.draw_lineage(data, path)
    except (pictures.PictureError, OSError) as exc:
        fail(str(exc))
    out.print(f"wrote {written}", highlight=False)
