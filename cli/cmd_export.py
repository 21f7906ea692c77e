"""export, push, serve: partner exports of the current build (thin commands over queries/export.py)."""
from __future__ import annotations

import os
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer

from ..queries.export import FORMATS, PUSH_FORMATS
from .common import HomeOpt, app, err, fail, print_json, settings_from

FormatOpt = Annotated[
    str,
    typer.Option("--format", "-f", help=f"One of: {', '.join(FORMATS)}."),
]
ViewOpt = Annotated[
    Optional[str],
    typer.Option("--view", help="A named CONSTRUCT view (queries/view-NAME.rq): wikidata-positions, country-visits ..."),
]
PlainOpt = Annotated[
    bool,
    typer.Option("--plain", help="Leave out the standard terms (eli:, dct:, prov:, org:, skos:, foaf: types and properties the ontology's mappings entail)."),
]
ExportMandateOpt = Annotated[
    Optional[str],
    typer.Option("--mandate", help="Only one mandate's resources (for a view: its parameter). Default: MANDATE_LINEAGE_MANDATE, else all."),
]


def _user_errors():
    from ..queries.export import ExportError
    from ..queries.sparql import QueryError

    return (ExportError, QueryError, FileNotFoundError, LookupError)


@app.command()
def export(
    format: FormatOpt = "turtle",
    out: Annotated[Optional[Path], typer.Option("--out", "-o", help="File to write (a folder for neo4j-csv); default stdout.")] = None,
    view: ViewOpt = None,
    mandate: ExportMandateOpt = None,
    plain: PlainOpt = False,
    home: HomeOpt = None,
    list_: Annotated[bool, typer.Option("--list", help="List the formats and views, then exit.")] = False,
) -> None:
    """Export the current build (or a named view) as Turtle, TriG, JSON-LD, N-Triples, N-Quads, GraphML, Neo4j CSV,
    its DCAT/VoID description (void) or a partner bundle (named graphs, their union, the description)."""
    from ..queries import export as lib

    if list_:
        print_json({
            "formats": {name: f.description for name, f in FORMATS.items()},
            "views": {name: {"description": v.description, "takes_mandate": v.takes_mandate} for name, v in lib.list_views().items()},
        })
        return
    settings = settings_from(home=home, mandate=mandate)
    try:
        result = lib.export(settings, format, out=out, stream=None if out else sys.stdout.buffer, view=view, mandate=mandate, plain=plain)
    except _user_errors() as exc:
        fail(str(exc))
    except BrokenPipeError:  # `export | head`
        raise typer.Exit(0)
    if out is not None:
        what = f"view {result.view}" if result.view else "the build"
        scope = f", mandate {result.mandate}" if result.mandate else ""
        where = out if len(result.paths) == 1 else f"{out}/ ({len(result.paths)} files)"
        err.print(f"[dim]{what}{scope}: {result.triples} triples as {format} ({result.bytes} bytes) -> {where}[/dim]", highlight=False)


@app.command()
def push(
    endpoint: Annotated[str, typer.Option("--endpoint", help="Graph Store Protocol endpoint of the partner store (e.g. Virtuoso's /sparql-graph-crud-auth).")],
    graph: Annotated[str, typer.Option("--graph", help="IRI of the named graph to replace at the partner store.")],
    update_endpoint: Annotated[Optional[str], typer.Option("--update-endpoint", help="SPARQL Update endpoint of the store: the upload goes to a temporary graph swapped in by one update (default for .../sparql-graph-crud-auth: .../sparql-auth; 'none': plain PUT; MANDATE_LINEAGE_PUSH_UPDATE_ENDPOINT).")] = None,
    view: ViewOpt = None,
    format: Annotated[str, typer.Option("--format", "-f", help=f"Serialisation sent: {', '.join(PUSH_FORMATS)}.")] = "turtle",
    mandate: ExportMandateOpt = None,
    plain: PlainOpt = False,
    home: HomeOpt = None,
    retries: Annotated[int, typer.Option("--retries", min=0, help="Extra attempts on transient failures (with backoff).")] = 4,
    timeout: Annotated[float, typer.Option("--timeout", min=0.1, help="Seconds to wait for the store on each attempt.")] = 30.0,
    json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a line.")] = False,
) -> None:
    """Replace a named graph of a partner store with the build (or a view), by HTTP PUT.

    Credentials come from MANDATE_LINEAGE_PUSH_USER and MANDATE_LINEAGE_PUSH_PASSWORD; they are never printed.
    """
    from ..queries import export as lib
    from ..queries.push import ENV_PASSWORD, ENV_USER, PushError

    from ..loaders.config import push_update_endpoint

    settings = settings_from(home=home, mandate=mandate, push_update_endpoint=update_endpoint)
    user = os.environ.get(ENV_USER) or None
    password = os.environ.get(ENV_PASSWORD) or None
    swap = push_update_endpoint(settings, endpoint)
    if swap is None:
        err.print("[yellow]warning: no SPARQL update endpoint (--update-endpoint): the graph is replaced by a plain PUT, "
                  "and a push killed during its upload may leave it empty at stores that clear it first[/yellow]", highlight=False)
    try:
        result, triples = lib.push_export(settings, endpoint, graph, fmt=format, view=view, mandate=mandate,
                                          user=user, password=password, retries=retries, timeout=timeout, plain=plain,
                                          update_endpoint=swap)
    except PushError as exc:
        fail(f"push failed: {exc}")
    except (ValueError, TypeError) + _user_errors() as exc:
        fail(str(exc))
    if json:
        print_json({"endpoint": result.endpoint, "graph": result.graph_iri, "status": result.status, "swapped": swap is not None,
                    "created": result.created, "triples": triples, "bytes": result.bytes_sent,
                    "content_type": result.content_type, "attempts": result.attempts})
        return
    what = f"view {view}" if view else "the build"
    print(f"pushed {what}: {triples} triples ({result.bytes_sent} bytes, {result.content_type}) to <{result.graph_iri}> "
          f"at {result.endpoint} (HTTP {result.status}{', created' if result.created else ''})")


@app.command()
def serve(
    host: Annotated[str, typer.Option("--host", help="Address to listen on (127.0.0.1: this machine only).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", min=0, max=65535, help="Port to listen on.")] = 8000,
    query_timeout: Annotated[Optional[float], typer.Option("--query-timeout", help="Seconds a SPARQL query may run (default 30; MANDATE_LINEAGE_QUERY_TIMEOUT).")] = None,
    max_queries: Annotated[Optional[int], typer.Option("--max-queries", help="SPARQL queries running at once (default 4; MANDATE_LINEAGE_MAX_QUERIES).")] = None,
    max_rows: Annotated[Optional[int], typer.Option("--max-rows", help="Rows or triples in a SPARQL result (default 100000; MANDATE_LINEAGE_MAX_ROWS).")] = None,
    home: HomeOpt = None,
) -> None:
    """Serve the current build: Linked Data pages at http://HOST:PORT/ and a read-only SPARQL endpoint at /sparql (Ctrl-C stops it)."""
    from ..loaders.store import current_dir
    from ..queries.serve import serve as serve_build

    try:
        settings = settings_from(home=home, query_timeout=query_timeout, max_queries=max_queries, max_rows=max_rows)
        build_dir = current_dir(settings)
    except (FileNotFoundError, ValueError) as exc:
        fail(str(exc))
    err.print(f"[dim]build {build_dir.name}[/dim]", highlight=False)
    try:
        serve_build(settings, host, port)
    except FileNotFoundError as exc:  # the build is damaged (builds.BuildDamaged) or went away
        fail(str(exc))
    except OSError as exc:
        fail(f"cannot listen on {host}:{port}: {exc.strerror or exc}")
