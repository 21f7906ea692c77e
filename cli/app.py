"""The Typer application: thin commands over library functions."""
from __future__ import annotations

import importlib

import typer

from .common import app

# Each module adds its commands to `app` when imported; one line per area.
COMMAND_MODULES = [
    "mandate_lineage.cli.cmd_build",     # build, validate, stats
    "mandate_lineage.cli.cmd_query",     # mirror, cypher, sparql
    "mandate_lineage.cli.cmd_ask",       # ask, lineage, asof, diff, timeline
    "mandate_lineage.cli.cmd_export",    # export, push, serve
    "mandate_lineage.cli.cmd_ingest",    # ingest
    "mandate_lineage.cli.cmd_audit",     # audit
]


def _register() -> None:
    for name in COMMAND_MODULES:
        importlib.import_module(name)


def run(args: list[str]) -> int:
    _register()
    try:
        app(args=args, prog_name="mandate-lineage", standalone_mode=True)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else 1
    return 0


__all__ = ["app", "run", "typer"]
