"""Running named SPARQL queries over the build's pyoxigraph store, with parameters bound safely.

It lives in loaders/ because loaders need it too (stats, reconciliation); the named queries
themselves are the .rq files of queries/ (a sibling folder, in the repository and installed).

User input never becomes query text: each parameter is turned into an RDF term by pyoxigraph
(which escapes it) and joined to the query through a VALUES block placed at the start of the
WHERE clause, so it constrains the pattern before any grouping.
"""
from __future__ import annotations

import re
from pathlib import Path

from .write_forms import sparql_update

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")


class QueryError(ValueError):
    """A query that cannot run: bad syntax, an update, a missing parameter."""


def load_query(name: str) -> str:
    path = QUERIES_DIR / f"{name}.rq"
    if not path.exists():
        raise QueryError(f"no named SPARQL query '{name}' in {QUERIES_DIR}")
    return path.read_text(encoding="utf-8")


def to_term(value):
    """A Python value as a pyoxigraph term: IRIs for http(s) strings marked with <...>, literals otherwise."""
    import pyoxigraph as ox

    if isinstance(value, (ox.NamedNode, ox.Literal)):
        return value
    if isinstance(value, bool):
        return ox.Literal(str(value).lower(), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#boolean"))
    if isinstance(value, int):
        return ox.Literal(str(value), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer"))
    text = str(value)
    if text.startswith("<") and text.endswith(">"):
        return ox.NamedNode(text[1:-1])  # raises ValueError on a malformed IRI
    return ox.Literal(text)


def bind(query: str, params: dict | None) -> str:
    """The query with its parameters joined in as a VALUES block (terms escaped by pyoxigraph)."""
    if not params:
        return query
    for name in params:
        if not _PARAM_NAME.match(name):
            raise QueryError(f"parameter name '{name}' is not a SPARQL variable name")
    match = _WHERE.search(query)
    if match is None:
        raise QueryError("a parameterised query needs a WHERE { ... } clause")
    names = sorted(params)
    row = " ".join(str(to_term(params[n])) for n in names)
    values = " VALUES (" + " ".join(f"?{n}" for n in names) + f") {{ ({row}) }} "
    return query[: match.end()] + values + query[match.end():]


def select(store, query: str, params: dict | None = None) -> list[dict]:
    """Run a SELECT (or ASK) read-only; rows as dicts of plain Python values (None when unbound)."""
    import pyoxigraph as ox

    if sparql_update(query):
        raise QueryError("SPARQL Update is refused: the analyst paths are read-only")
    try:
        result = store.query(bind(query, params))
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    if isinstance(result, bool):
        return [{"result": result}]
    if isinstance(result, ox.QueryTriples):
        raise QueryError("a CONSTRUCT or DESCRIBE query returns triples: use `export --view` for those")
    names = [v.value for v in result.variables]
    rows = []
    for solution in result:
        rows.append({n: plain(solution[n]) for n in names})
    return rows


def plain(term):
    """A pyoxigraph term as a plain value: IRIs and strings as str, numbers as int/float."""
    if term is None:
        return None
    value = term.value
    datatype = getattr(term, "datatype", None)
    if datatype is not None:
        dt = datatype.value
        if dt.endswith(("#integer", "#int", "#long")):
            return int(value)
        if dt.endswith(("#decimal", "#double", "#float")):
            return float(value)
        if dt.endswith("#boolean"):
            return value == "true"
    return value


def run_named(store, name: str, params: dict | None = None) -> list[dict]:
    return select(store, load_query(name), params)
