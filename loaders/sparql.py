"""Running named SPARQL queries over the build's pyoxigraph store, with parameters bound safely.

It lives in loaders/ because loaders need it too (stats, reconciliation); the named queries
themselves are the .rq files of queries/ (a sibling folder, in the repository and installed).

User input never becomes query text: each parameter is turned into an RDF term by pyoxigraph and
handed to the store as a substitution (`Store.query(..., substitutions=...)`, RDF-dev SEP-0007),
which binds the variable everywhere in the query (the .rq files declare theirs as
``VALUES ?name { UNDEF }``). pyoxigraph substitutes only variables the SELECT projects: a parameter
the projection leaves out is added to it by name (and to a GROUP BY the query has, which a constant
does not split), then left out of the rows.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from .write_forms import sparql_code, sparql_form, sparql_update

QUERIES_DIR = Path(__file__).resolve().parent.parent / "queries"
_PARAM_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*$")
_VARIABLE = re.compile(r"[?$]([A-Za-z_][A-Za-z0-9_]*)")
_SELECT = re.compile(r"\bSELECT\s+(?:DISTINCT\s+|REDUCED\s+)?", re.IGNORECASE)
_PROJECTION_END = re.compile(r"\bWHERE\b|\{|\bFROM\b", re.IGNORECASE)
_PROJECTION_TOKEN = re.compile(r"\(|\)|\bAS\s+[?$]([A-Za-z_]\w*)|[?$]([A-Za-z_]\w*)", re.IGNORECASE)
_AGGREGATE = re.compile(r"\b(?:COUNT|SUM|MIN|MAX|AVG|SAMPLE|GROUP_CONCAT)\s*\(", re.IGNORECASE)
_GROUP_BY = re.compile(r"\bGROUP\s+BY\b", re.IGNORECASE)
_AFTER_GROUP_BY = re.compile(r"\b(?:HAVING|ORDER\s+BY|LIMIT|OFFSET|VALUES)\b", re.IGNORECASE)


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


@dataclass
class Bound:
    """A query and its parameters as pyoxigraph substitutions; `hidden`: the columns added only so
    that pyoxigraph may substitute them (not part of the answer)."""

    text: str
    substitutions: dict = field(default_factory=dict)
    hidden: list = field(default_factory=list)

    def run(self, store, **kwargs):
        """The pyoxigraph result (SyntaxError on a malformed query)."""
        return store.query(self.text, substitutions=self.substitutions or None, **kwargs)

    def columns(self, result) -> list[str]:
        """The answer's columns of a SELECT result, in its order."""
        return [v.value for v in result.variables if v.value not in self.hidden]


def bind(query: str, params: dict | None) -> Bound:
    """The query with its parameters as substitutions (terms made by pyoxigraph, never query text)."""
    if not params:
        return Bound(query)
    for name in params:
        if not _PARAM_NAME.match(name):
            raise QueryError(f"parameter name '{name}' is not a SPARQL variable name")
    import pyoxigraph as ox

    used = {m.group(1) for m in _VARIABLE.finditer(sparql_code(query))}
    names = sorted(n for n in params if n in used)  # a parameter the query does not mention binds nothing
    substitutions = {ox.Variable(n): to_term(params[n]) for n in names}
    text, hidden = _project(query, names) if names and sparql_form(query) == "SELECT" else (query, [])
    return Bound(text, substitutions, hidden)


def _project(query: str, names: list[str]) -> tuple[str, list[str]]:
    """The SELECT query with the variables `names` in its projection (by name: no value enters the
    text), and which of them it had to add."""
    code = sparql_code(query, keep_offsets=True)
    select = _SELECT.search(code)
    end = _PROJECTION_END.search(code, select.end()) if select else None
    if end is None:
        return query, []  # not a query pyoxigraph will parse: it says why
    projection = code[select.end():end.start()]
    if projection.strip() == "*":
        return query, []
    projected, depth = set(), 0
    for token in _PROJECTION_TOKEN.finditer(projection):
        if token.group() == "(":
            depth += 1
        elif token.group() == ")":
            depth -= 1
        elif token.group(1):
            projected.add(token.group(1))  # (expression AS ?name)
        elif depth == 0:
            projected.add(token.group(2))
    missing = [n for n in names if n not in projected]
    if not missing:
        return query, []
    added = "".join(f" ?{n}" for n in missing)
    inserts = [(end.start(), added + " ")]
    close = _group_end(code, end.start())
    if close is not None:
        tail = code[close:]
        group_by = _GROUP_BY.search(tail)
        if group_by:
            after = _AFTER_GROUP_BY.search(tail, group_by.end())
            inserts.append((close + (after.start() if after else len(tail.rstrip())), added + " "))
        elif _AGGREGATE.search(projection) or re.search(r"\bHAVING\b", tail, re.IGNORECASE):
            inserts.append((close, " GROUP BY" + added + " "))
    for at, text in sorted(inserts, reverse=True):
        query = query[:at] + text + query[at:]
    return query, missing


def _group_end(code: str, start: int) -> int | None:
    """The position just after the closing brace of the first group at or after `start`."""
    open_at = code.find("{", start)
    if open_at < 0:
        return None
    depth = 0
    for i in range(open_at, len(code)):
        if code[i] == "{":
            depth += 1
        elif code[i] == "}":
            depth -= 1
            if depth == 0:
                return i + 1
    return None


def select(store, query: str, params: dict | None = None) -> list[dict]:
    """Run a SELECT (or ASK) read-only; rows as dicts of plain Python values (None when unbound)."""
    import pyoxigraph as ox

    if sparql_update(query):
        raise QueryError("SPARQL Update is refused: the analyst paths are read-only")
    bound = bind(query, params)
    try:
        result = bound.run(store)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error: {exc}") from None
    if isinstance(result, (bool, ox.QueryBoolean)):  # ASK (pyoxigraph 0.5 answers with a QueryBoolean)
        return [{"result": bool(result)}]
    if isinstance(result, ox.QueryTriples):
        raise QueryError("a CONSTRUCT or DESCRIBE query returns triples: use `export --view` for those")
    names = bound.columns(result)
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
