"""What every command shares: the app, settings from flags and environment, error output."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.console import Console
from rich.markup import escape

from ..loaders.config import BASE_IRI_RE, load_settings
from ..loaders.redaction import redact


app = typer.Typer(
    name="mandate-lineage",
    help="A sourced knowledge graph of UN special-procedures mandates: build it, query it, export it.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = Console()
err = Console(stderr=True, soft_wrap=True)

HomeOpt = Annotated[
    Optional[Path],
    typer.Option("--home", help="Build directory (default: MANDATE_LINEAGE_HOME or the per-user data directory)."),
]
DataOpt = Annotated[
    Optional[Path],
    typer.Option("--data", help="Curated data folder (default: MANDATE_LINEAGE_DATA or the data shipped with the package)."),
]
BaseIriOpt = Annotated[
    Optional[str],
    typer.Option("--base-iri", help="Base IRI for minted resources (default: MANDATE_LINEAGE_BASE_IRI)."),
]
JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]
MandateOpt = Annotated[
    Optional[str],
    typer.Option("--mandate", help="Mandate key (default: MANDATE_LINEAGE_MANDATE; may be omitted when there is one)."),
]


def settings_from(home=None, data=None, base_iri=None, mandate=None, **extra):
    settings = load_settings(home=home, data=data, base_iri=base_iri, mandate=mandate, **extra)
    if not BASE_IRI_RE.match(settings.base_iri):
        fail(f"--base-iri: '{settings.base_iri}' is not an absolute http(s) IRI ending in / or # "
             "(from --base-iri or MANDATE_LINEAGE_BASE_IRI)")
    if settings.home.exists() and not settings.home.is_dir():
        fail(f"--home: {settings.home} is a file, not a directory (from --home or MANDATE_LINEAGE_HOME)")
    return settings


REPORTED = False  # set once fail() has told the user what went wrong (cli/main.py reads it)


def fail(message: str, code: int = 1) -> None:
    """Print a clear error (no traceback) and exit non-zero."""
    global REPORTED
    REPORTED = True
    err.print(f"[bold red]error:[/bold red] {escape(redact(message))}", highlight=False)
    raise typer.Exit(code)


def print_json(data) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")
