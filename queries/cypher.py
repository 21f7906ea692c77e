"""Read-only Cypher over the mirror: named library queries (queries/*.cypher) or ad-hoc text.

Two guards: a pre-check (loaders/write_forms.py) refuses any write clause (CREATE, MERGE, SET,
DELETE, DETACH DELETE, REMOVE, DROP, FOREACH, LOAD CSV, admin commands, CALL of a procedure that is
not known to only read), and the engine runs the query read-only anyway: FalkorDB with GRAPH.RO_QUERY, Neo4j in a
READ_ACCESS session with ``execute_read``. Rows come back as dicts of plain values.
"""
from __future__ import annotations

import re
import sys
from pathlib import Path

from ..loaders.write_forms import cypher_code, cypher_write

QUERIES_DIR = Path(__file__).resolve().parent
_NAME = re.compile(r"^[a-z0-9][a-z0-9-]*$")


class CypherError(ValueError):
    """A query that cannot run: a write, a syntax error, a missing mirror or parameter."""


# --------------------------------------------------------------------------- the library
def library() -> dict[str, Path]:
    """Named queries: file stem -> path."""
    return {p.stem: p for p in sorted(QUERIES_DIR.glob("*.cypher"))}


def load_named(name: str) -> str:
    if not _NAME.match(name) or name not in library():
        known = ", ".join(library()) or "none"
        raise CypherError(f"no named Cypher query '{name}' (known: {known})")
    return library()[name].read_text(encoding="utf-8")


# Client commands of Neo4j Browser and cypher-shell (`:param task => 'sdg-forums';`): a library file
# sets its example parameters with them so that it runs in Browser as it is; the engines never see them.
_CLIENT_COMMAND = re.compile(r"^[ \t]*:[^\n]*$", re.M)
_BROWSER_PARAM = re.compile(r"^[ \t]*:param\s+([A-Za-z_][A-Za-z0-9_]*)\s*=>\s*'((?:[^'\\]|\\.)*)'\s*;?[ \t]*$", re.M)


def query_body(text: str) -> str:
    """The query without client-command lines (blanked, so line numbers in errors stay right)."""
    return _CLIENT_COMMAND.sub("", text)


def browser_params(text: str) -> dict[str, str]:
    """The `:param name => 'value';` lines of a library file, as a dict."""
    return {name: re.sub(r"\\(.)", r"\1", value) for name, value in _BROWSER_PARAM.findall(text)}


def description(text: str) -> str:
    """The opening comment of a library file, without the comment markers."""
    lines = []
    for line in text.splitlines():
        if not line.lstrip().startswith(("//", "#")):
            break
        lines.append(line.lstrip().lstrip("/#").strip())
    return "\n".join(lines).strip()


def parameters(text: str) -> list[str]:
    """The $parameters a Cypher query uses (not those in strings, comments or client commands)."""
    return sorted(set(re.findall(r"\$([A-Za-z_][A-Za-z0-9_]*)", cypher_code(query_body(text)))))


def declared_parameters(text: str) -> list[str]:
    """The parameters a library file declares in its opening comment ('Parameters: $a (...), $b ...')."""
    for line in description(text).splitlines():
        if line.lower().startswith("parameters:"):
            return re.findall(r"[$?]([A-Za-z_][A-Za-z0-9_]*)", line)
    return []


# --------------------------------------------------------------------------- the guard
def refuse_writes(text: str) -> None:
    clause = cypher_write(text)
    if clause:
        raise CypherError(
            f"refused: '{clause}' would change the graph; the cypher command only reads "
            "(the mirror is rebuilt from the RDF with `mandate-lineage mirror`)"
        )


# --------------------------------------------------------------------------- running
def run(settings, query: str, params: dict | None = None, neo4j: bool = False) -> tuple[list[str], list[dict]]:
    """Run a read-only query on the mirror of the current build (or on Neo4j); columns and rows."""
    query = query_body(query)
    refuse_writes(query)
    params = dict(params or {})
    if neo4j:
        from .neo4j_engine import read

        columns, rows = read(settings, query, params)
    else:
        columns, rows = _run_falkor(settings, query, params)
    return columns, [dict(zip(columns, (plain(v) for v in row))) for row in rows]


def _run_falkor(settings, query: str, params: dict) -> tuple[list[str], list[list]]:
    from ..loaders.store import current_dir
    from .falkor import graph_name, opened

    build = current_dir(settings)
    name = graph_name(build.name)
    with opened(settings.home) as db:
        if not db.has_graph(name):
            raise CypherError(f"the current build {build.name} has no Cypher mirror yet: run `mandate-lineage mirror`")
        return run_on(db, name, query, params)


def run_on(db, graph: str, query: str, params: dict | None = None) -> tuple[list[str], list[list]]:
    """GRAPH.RO_QUERY on an open FalkorDB (for callers that run many queries); raw rows."""
    import redis

    try:
        result = db.ro_query(graph, query_body(query), params or {})
    except redis.ResponseError as exc:
        raise CypherError(f"FalkorDB refused the query: {exc}") from None
    columns = [h[1] if isinstance(h, (list, tuple)) else str(h) for h in result.header]
    return columns, [list(row) for row in result.result_set]


def plain(value):
    """Engine values as plain Python: nodes and relationships as dicts, dates as ISO strings."""
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    if isinstance(value, (list, tuple)):
        return [plain(v) for v in value]
    if isinstance(value, dict):
        return {k: plain(v) for k, v in value.items()}
    kind = type(value).__module__ + "." + type(value).__name__
    graph = sys.modules.get("neo4j.graph")  # loaded when Neo4j answered; its Relationship has a subclass per type
    if graph is not None and isinstance(value, (graph.Node, graph.Relationship, graph.Path)):
        kind = "neo4j.graph." + next(c.__name__ for c in (graph.Node, graph.Relationship, graph.Path) if isinstance(value, c))
    if kind in ("falkordb.node.Node", "neo4j.graph.Node"):
        props = value.properties if hasattr(value, "properties") else dict(value)
        return {"_labels": sorted(value.labels), **{k: plain(v) for k, v in props.items()}}
    if kind in ("falkordb.edge.Edge", "neo4j.graph.Relationship"):
        props = value.properties if hasattr(value, "properties") else dict(value)
        rel_type = getattr(value, "relation", None) or getattr(value, "type", None)
        return {"_type": rel_type, **{k: plain(v) for k, v in props.items()}}
    if kind == "falkordb.path.Path":
        return {"nodes": [plain(n) for n in value.nodes()], "relationships": [plain(e) for e in value.edges()]}
    if kind == "neo4j.graph.Path":
        return {"nodes": [plain(n) for n in value.nodes], "relationships": [plain(r) for r in value.relationships]}
    if hasattr(value, "iso_format"):
        return value.iso_format()
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return str(value)
