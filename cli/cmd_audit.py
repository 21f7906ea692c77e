"""audit: check each curated fact against the source texts in a folder (loaders.audit)."""
from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from ..loaders.audit import AuditError, audit as audit_lib
from .common import DataOpt, JsonOpt, app, fail, out, print_json, settings_from

STYLE = {"confirmed": "green", "not checkable": "dim", "source text not available": "yellow",
         "value not at locator": "bold red", "locator not found": "red"}


@app.command()
def audit(
    texts: Annotated[Path, typer.Option("--texts", help="Folder of plain-text source documents (any names).",
                                        show_default=False)],
    json: JsonOpt = False,
    data: DataOpt = None,
    all_facts: Annotated[bool, typer.Option("--all", help="List confirmed facts too (the table lists the others).")] = False,
) -> None:
    """Check every fact whose source is among the texts: is its value stated at the cited locator?
    Exits non-zero when a fact is not confirmed (facts explicitly not checkable excepted)."""
    settings = settings_from(data=data)
    try:
        report = audit_lib(texts, settings.data_dir)
    except AuditError as exc:
        fail(str(exc))
    if json:
        print_json(report.to_dict())
    else:
        for t in report.texts:
            out.print(f"text {escape(t.path.name)}: {escape(t.doc)} (by {t.how})" + (f" - {escape(t.problem)}" if t.problem else ""), highlight=False)
        for name in report.unrecognised:
            out.print(f"text {escape(name)}: not recognised (name it by its symbol, e.g. A_HRC_38_40.txt, or a source key)", highlight=False)
        table = Table("status", "fact", "value", "sources", "detail")
        for c in report.checked:
            if c.status == "confirmed" and not all_facts and not (c.kind_check and c.kind_check.startswith("not")):
                continue
            extra = f"; event kind: {c.kind_check}" if c.kind_check else ""
            where = f"; stated at {', '.join(c.where)}" if c.where else ""
            table.add_row(f"[{STYLE[c.status]}]{c.status}[/]", escape(f"{c.fact.record} {c.fact.field}"),
                          escape(c.fact.value), escape("; ".join(f"{d} {a}" for d, a in c.fact.sources)),
                          escape(c.detail + where + extra))
        out.print(table)
        counts = report.counts()
        out.print(", ".join(f"{k}: {v}" for k, v in counts.items()), highlight=False)
    if not report.ok:
        raise typer.Exit(1)
