"""ingest: read UN document texts, extract their facts, reconcile them with the current build, and
(with --accept) write the new ones into the curated data and rebuild."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, List

import typer
from rich.markup import escape
from rich.table import Table

from ..loaders.build import BuildError
from ..loaders.doc_checks import DocumentError
from ..loaders.ingest import ingest as ingest_lib
from ..loaders.reconcile import ReconcileError, summary
from ..queries.build import post_build_steps
from .cmd_build import print_problems
from .common import DataOpt, HomeOpt, JsonOpt, MandateOpt, app, err, fail, out, print_json, settings_from

STYLE = {"confirmed": "green", "new": "yellow", "conflicting": "bold red"}


@app.command()
def ingest(
    paths: Annotated[List[Path], typer.Argument(help="UN document texts (UTF-8 plain text).", show_default=False)],
    json: JsonOpt = False,
    accept: Annotated[bool, typer.Option("--accept", help="Write the NEW facts into the curated data (--data) and rebuild.")] = False,
    mandate: MandateOpt = None,
    data: DataOpt = None,
    home: HomeOpt = None,
    no_mirror: Annotated[bool, typer.Option("--no-mirror", help="With --accept: rebuild without the Cypher mirror.")] = False,
) -> None:
    """Extract facts from documents and report each as confirmed, new or conflicting against the graph."""
    settings = settings_from(home=home, data=data, mandate=mandate)
    say = (lambda m: None) if json else (lambda m: err.print(f"[dim]- {m}[/dim]"))
    try:
        result = ingest_lib(settings, paths, accept=accept, steps=post_build_steps(mirror=not no_mirror), progress=say)
    except (DocumentError, FileNotFoundError, ReconcileError, BuildError) as exc:
        fail(str(exc))  # a BuildError: e.g. another build holds the lock; nothing was kept
    if json:
        print_json(result.to_dict())
    else:
        show(result.reports)
        if result.accepted is not None:
            show_accept(result.accepted, settings.data_dir)
    if result.accepted is not None and result.accepted.error:
        raise typer.Exit(1)


def show(reports) -> None:
    for r in reports:
        title = f"{r.name}: {r.symbol or r.key or '(no symbol)'} — mandate {r.mandate}"
        table = Table(title=escape(title), show_lines=False)
        for col in ("kind", "status", "document says", "graph says", "at", "graph sources / note"):
            table.add_column(col, overflow="fold")
        for f in r.facts:
            extra = "; ".join(f.sources[:3]) + (f" (+{len(f.sources) - 3})" if len(f.sources) > 3 else "")
            if f.note:
                extra = f"{extra} — {f.note}" if extra else f.note
            table.add_row(f.kind, f"[{STYLE[f.status]}]{f.status}[/]", escape(f.value), escape(f.graph_value or ""),
                          escape(f.locator or ""), escape(extra))
        out.print(table)
    s = summary(reports)
    out.print(f"{s['documents']} document(s): [green]{s['confirmed']} confirmed[/], [yellow]{s['new']} new[/], "
              f"[bold red]{s['conflicting']} conflicting[/]")


def show_accept(result, data_dir) -> None:
    if result.error:
        err.print(f"[bold red]not accepted:[/bold red] {escape(result.error)}")
        if result.problems:
            print_problems(result.problems)
        if result.restored:
            err.print(f"restored unchanged: {escape(', '.join(result.restored))}")
        return
    if not result.writes:
        out.print("nothing written: no new fact can be written")
    for w in result.writes:
        out.print(f"[green]wrote[/] {escape(str(data_dir / w.file))}:{w.line}")
        out.print(escape("\n".join("    " + line for line in w.lines)), highlight=False)
    for f in result.not_written:
        out.print(f"[yellow]not written[/] {escape(f.kind)} {escape(f.value)}: {escape(f.not_written or '')}")
    if result.build is not None:
        out.print(f"rebuilt: build {result.build.build_id} is current")
