"""mirror, cypher, sparql: the Cypher mirror and read-only queries (thin commands over queries/)."""
from __future__ import annotations

import csv
import sys
from pathlib import Path
from typing import Annotated, Optional

import typer
from rich.table import Table

from ..loaders.build import BuildError, build_lock, read_manifest
from ..loaders.store import current_dir, open_store, resolve_mandate
from ..loaders.write_forms import sparql_update
from ..queries import cypher as cypher_lib
from ..queries import sparql as sparql_lib
from ..queries.falkor import FalkorError
from ..queries.mirror import mirror_current
from ..queries.neo4j_engine import Neo4jError
from .common import HomeOpt, JsonOpt, MandateOpt, app, err, fail, out, print_json, settings_from

# Imported here, not in the commands: a Ctrl-C during an import then reaches cli/main.py's handler
# (a half-finished import interrupted inside a command could end the process by SIGINT).
INTERRUPTED = "interrupted: nothing was changed"

Neo4jOpt = Annotated[bool, typer.Option("--neo4j", help="Use Neo4j (NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD) instead of the embedded FalkorDB.")]
UriOpt = Annotated[Optional[str], typer.Option("--neo4j-uri", help="Neo4j URI (default: NEO4J_URI); neo4j+s://... for Aura.")]
UserOpt = Annotated[Optional[str], typer.Option("--neo4j-user", help="Neo4j user (default: NEO4J_USER, else neo4j).")]
DatabaseOpt = Annotated[Optional[str], typer.Option("--neo4j-database", help="Neo4j database (default: NEO4J_DATABASE, else the server default).")]
FileOpt = Annotated[Optional[Path], typer.Option("--file", "-f", help="Read the query from a file.")]
NameOpt = Annotated[Optional[str], typer.Option("--name", "-n", help="A named query of the library (queries/NAME.cypher or .rq), e.g. task-lineage.")]
ParamOpt = Annotated[Optional[list[str]], typer.Option("--param", "-p", help="A parameter as key=value (repeatable); values are strings.")]
CsvOpt = Annotated[bool, typer.Option("--csv", help="Print CSV instead of a table.")]
QueryArg = Annotated[Optional[str], typer.Argument(help="The query text (or use --file / --name).")]


def _settings(home, mandate=None, uri=None, user=None, database=None):
    return settings_from(home=home, mandate=mandate, neo4j_uri=uri, neo4j_user=user, neo4j_database=database)


@app.command()
def mirror(
    home: HomeOpt = None,
    neo4j: Neo4jOpt = False,
    neo4j_uri: UriOpt = None,
    neo4j_user: UserOpt = None,
    neo4j_database: DatabaseOpt = None,
    json: JsonOpt = False,
) -> None:
    """Mirror the current build into a property graph: embedded FalkorDB (default) or Neo4j (--neo4j)."""
    try:
        settings = _settings(home, uri=neo4j_uri, user=neo4j_user, database=neo4j_database)
        with build_lock(settings.home):
            result = mirror_current(settings, neo4j=neo4j)
    except (BuildError, FileNotFoundError, FalkorError, Neo4jError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail("interrupted: the mirror that readers see is unchanged", code=130)
    if json:
        print_json(result)
        return
    where = f"{result['uri']} ({result['database']})" if result["engine"] == "neo4j" else f"{result['db']} graph {result['graph']}"
    out.print(f"Mirrored build {result['build_id']}: {result['nodes']} nodes, {result['relationships']} relationships "
              f"in {result['seconds']:.2f} s into {result['engine']} {where}")
    if result.get("unmapped"):
        err.print(f"[yellow]not in queries/mapping.py (mapped by local name):[/yellow] {', '.join(result['unmapped'])}")


@app.command()
def cypher(
    query: QueryArg = None,
    file: FileOpt = None,
    name: NameOpt = None,
    param: ParamOpt = None,
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    neo4j: Neo4jOpt = False,
    neo4j_uri: UriOpt = None,
    neo4j_user: UserOpt = None,
    neo4j_database: DatabaseOpt = None,
    json: JsonOpt = False,
    csv_: CsvOpt = False,
) -> None:
    """Run a read-only Cypher query on the mirror of the current build (writes are refused)."""
    lib = cypher_lib
    try:
        settings = _settings(home, mandate, neo4j_uri, neo4j_user, neo4j_database)
        text = _query_text(query, file, name, lib.load_named)
        params = _params(settings, param, lib.parameters(text))
        columns, rows = lib.run(settings, text, params, neo4j=neo4j)
    except (lib.CypherError, FileNotFoundError, LookupError, FalkorError, Neo4jError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail(INTERRUPTED, code=130)
    _show(columns, rows, json, csv_)


@app.command()
def sparql(
    query: QueryArg = None,
    file: FileOpt = None,
    name: NameOpt = None,
    param: ParamOpt = None,
    home: HomeOpt = None,
    mandate: MandateOpt = None,
    json: JsonOpt = False,
    csv_: CsvOpt = False,
) -> None:
    """Run a read-only SPARQL query over the RDF of the current build (SPARQL Update is refused)."""
    lib = sparql_lib
    try:
        settings = _settings(home, mandate)
        text = _query_text(query, file, name, lib.load_query)
        used = sorted(set(cypher_lib.declared_parameters(text)) | ({"mandate"} if "?mandate" in text else set()))
        params = _params(settings, param, used)
        if sparql_update(text):
            raise lib.QueryError("refused: SPARQL Update would change the graph; the sparql command only reads")
        rows = lib.select(open_store(current_dir(settings)), text, params)
    except (lib.QueryError, FileNotFoundError, LookupError, ValueError) as exc:
        fail(str(exc))
    except KeyboardInterrupt:
        fail(INTERRUPTED, code=130)
    columns = list(rows[0]) if rows else []
    _show(columns, rows, json, csv_)


# --------------------------------------------------------------------------- helpers
def _query_text(query, file, name, load_named) -> str:
    given = [x for x in (query, file, name) if x]
    if len(given) != 1:
        fail("give exactly one of: the query text, --file PATH or --name NAME")
    if file is not None:
        if not file.exists():
            fail(f"no such query file: {file}")
        return file.read_text(encoding="utf-8")
    if name is not None:
        try:
            return load_named(name)
        except ValueError as exc:  # CypherError, QueryError: unknown name
            fail(str(exc))
    return query


def _params(settings, given: list[str] | None, used: list[str]) -> dict:
    """--param key=value pairs, plus $mandate from --mandate / MANDATE_LINEAGE_MANDATE / the only mandate."""
    params = {}
    for item in given or []:
        key, sep, value = item.partition("=")
        if not sep or not key.strip():
            fail(f"--param takes key=value, not '{item}'")
        if not key.strip().isidentifier() or not key.strip().isascii():
            fail(f"--param: parameter name '{key.strip()}' is not a name (letters, digits and _, not starting with a digit)")
        params[key.strip()] = value
    if "mandate" in used and "mandate" not in params:
        params["mandate"] = _mandate(settings)
    missing = [p for p in used if p not in params]
    if missing:
        fail(f"missing parameter(s): {', '.join(missing)} (pass --param {missing[0]}=VALUE)")
    return params


def _mandate(settings) -> str:
    mandates = read_manifest(current_dir(settings)).get("mandates", [])
    chosen = resolve_mandate(settings, mandates)
    if chosen is None:
        fail(f"the build holds several mandates ({', '.join(mandates)}): pass --mandate KEY or set MANDATE_LINEAGE_MANDATE")
    return chosen


def _show(columns: list[str], rows: list[dict], as_json: bool, as_csv: bool) -> None:
    if as_json:
        print_json(rows)
        return
    if as_csv:
        writer = csv.writer(sys.stdout)
        writer.writerow(columns)
        for row in rows:
            writer.writerow(["" if row.get(c) is None else _cell(row.get(c)) for c in columns])
        return
    table = Table(show_lines=False)
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*["" if row.get(c) is None else _cell(row.get(c)) for c in columns])
    out.print(table)
    out.print(f"{len(rows)} row(s)", style="dim")


def _cell(value) -> str:
    if isinstance(value, (list, dict)):
        import json

        return json.dumps(value, ensure_ascii=False)
    return str(value)
