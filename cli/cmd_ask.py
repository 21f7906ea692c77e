"""ask (twin of the fast path, for --help), lineage, asof, diff, timeline."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, Optional

import typer

from ..queries.ask import commands as lib
from ..queries.ask import exit_code, open_context
from ..queries.ask import ask as ask_lib
from ..queries.ask.render import render, sources_text, wrap
from .common import HomeOpt, JsonOpt, MandateOpt, app, fail, out, print_json, settings_from

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
        print_json(result)
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
    ctx = _context(home, mandate)
    try:
        data = lib.lineage_data(ctx, task)
    except LookupError as exc:
        fail(str(exc))
    if out_file is not None:
        _draw("lineage", data, out_file)
        return
    if json:
        print_json(data)
        return
    for entry in data:
        out.print(f"[bold]{entry['task']}[/bold] ({entry['mandate']}): {entry['label'] or ''}", highlight=False)
        for ev in entry["events"]:
            typer.echo(wrap(f"{ev['date'] or '????'}  {ev['kind']:<11} {ev['text']}", "  "))
            typer.echo(wrap("source: " + sources_text(ev["sources"]), "      "))
        for note in entry["notes"]:
            typer.echo(wrap("note: " + note, "  "))


@app.command()
def asof(
    date: Annotated[str, typer.Argument(help="A date: 2015-03-01, '1 March 2015', 'March 2015' or 2015.")],
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
) -> None:
    """The mandate's tasks in force on a date, with the resolution behind each."""
    ctx = _context(home, mandate)
    try:
        data = lib.asof(ctx, date)
    except LookupError as exc:
        fail(str(exc))
    if json:
        print_json(data)
        return
    for entry in data:
        when = entry["start"] if entry["start"] == entry["end"] else f"{entry['start']} .. {entry['end']}"
        out.print(f"[bold]{entry['mandate']}[/bold]: {len(entry['tasks'])} task(s) in force on {when}", highlight=False)
        for t in entry["tasks"]:
            typer.echo(wrap(f"- {t['text']}", "  "))
            typer.echo(wrap("source: " + sources_text(t["sources"]), "      "))
        for note in entry["notes"]:
            typer.echo(wrap("note: " + note, "  "))


@app.command()
def diff(
    first: Annotated[str, typer.Argument(help="The earlier resolution (e.g. 'HRC 26/6' or 26/6).")],
    second: Annotated[str, typer.Argument(help="The later resolution.")],
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
) -> None:
    """Compare the tasks in force right after each resolution: added, dropped, changed (before and after), unchanged."""
    ctx = _context(home, mandate)
    try:
        data = lib.diff(ctx, first, second)
    except LookupError as exc:
        fail(str(exc))
    if json:
        print_json(data)
        return
    for entry in data:
        out.print(f"[bold]{entry['mandate']}[/bold]: from {entry['from']['resolution']} ({entry['from']['date']}) "
                  f"to {entry['to']['resolution']} ({entry['to']['date']})", highlight=False)
        for group in ("added", "dropped", "changed", "unchanged"):
            for ev in entry[group]:
                typer.echo(wrap(f"{group:<10} {ev['task']}: {ev['resolution']}" + (f" para. {ev['paragraph']}" if ev["paragraph"] else "")
                                + f" ({ev['date']}) - source: {sources_text(ev['sources'])}", "  "))
                if group == "changed" and ev.get("before"):
                    b = ev["before"]
                    typer.echo(wrap(f"{'':<10} before: {b['resolution']}" + (f" para. {b['paragraph']}" if b["paragraph"] else "")
                                    + f" ({b['date']}) - source: {sources_text(b['sources'])}", "  "))
        if not any(entry[g] for g in ("added", "changed", "dropped")):
            typer.echo("  no task was added, changed or dropped in between")
        for note in entry["notes"]:
            typer.echo(wrap("note: " + note, "  "))


@app.command()
def timeline(
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
    out_file: OutOpt = None,
) -> None:
    """Resolutions, holders, country visits and reports of the mandate in date order (or drawn with --out)."""
    ctx = _context(home, mandate)
    data = lib.timeline(ctx)
    if out_file is not None:
        _draw("timeline", data, out_file)
        return
    if json:
        print_json(data)
        return
    for entry in data:
        out.print(f"[bold]{entry['mandate']}[/bold]", highlight=False)
        for item in entry["items"]:
            typer.echo(wrap(f"{item['date'] or '????':<10}  {item['kind']:<10} {item['text']}  [{sources_text(item['sources'][:2])}]", "  "))


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
