"""ingest: read UN document texts, extract their facts, reconcile them with the current build, and
(with --accept) write the new ones into the curated data and rebuild."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated, List

import typer
from rich.markup import escape
from rich.table import Table

from ..loaders import accept as accept_lib
from ..loaders.build import BuildError
from ..loaders.config import max_document_bytes
from ..loaders.doc_checks import DocumentError, read_document_text
from ..loaders.documents import extract
from ..loaders.reconcile import Graph, ReconcileError, reconcile, summary
from ..loaders.store import current_dir, open_store
from .cmd_build import print_problems
from .common import DataOpt, HomeOpt, JsonOpt, MandateOpt, app, err, fail, out, print_json, settings_from

STYLE = {"confirmed": "green", "new": "yellow", "conflicting": "bold red"}


def read_document(path: Path) -> str:
    """The text of one document file, or a clear one-line error naming it (nothing is written)."""
    try:
        return read_document_text(path, max_document_bytes())
    except DocumentError as exc:
        fail(str(exc))


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
    texts = [(p, read_document(p)) for p in paths]
    try:
        store = open_store(current_dir(settings))
    except FileNotFoundError as exc:
        fail(str(exc))
    graph = Graph(store, settings.base_iri)
    reports = []
    for path, text in texts:
        try:
            reports.append(reconcile(graph, extract(text, path.name), text, settings.mandate))
        except ReconcileError as exc:
            fail(f"{path}: {exc}")
    result = None
    if accept:
        say = (lambda m: None) if json else (lambda m: err.print(f"[dim]- {m}[/dim]"))
        try:
            result = accept_lib.accept(reports, graph, settings, mirror=not no_mirror, progress=say)
        except BuildError as exc:           # e.g. another build holds the lock: nothing was kept
            fail(str(exc))
    if json:
        payload = {"documents": [r.to_dict() for r in reports], "summary": summary(reports)}
        if result is not None:
            payload["accept"] = result.to_dict()
        print_json(payload)
    else:
        show(reports)
        if result is not None:
            show_accept(result, settings.data_dir)
    if result is not None and result.error:
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
