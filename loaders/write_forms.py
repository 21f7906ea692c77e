"""The one scanner for write forms in query text: one function per language.

Every read-only path asks here before it runs a query: `sparql`, `export --view`, the named
queries and the SPARQL endpoint (`sparql_update`), and `cypher` (`cypher_write`). Both look at the
code only: strings, IRIs (SPARQL), quoted identifiers (Cypher) and comments are blanked first, so
a keyword inside a literal or a comment is not a write, and a write hidden behind one still is.
The engines are read-only anyway (a read-only store query; GRAPH.RO_QUERY, a READ session): this
is the clear refusal in front of them.
"""
from __future__ import annotations

import re

# --------------------------------------------------------------------------- SPARQL
# Strings (long and short), IRIs, comments: blanked before looking for keywords.
_SPARQL_OPAQUE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.S,
)
_PROLOGUE = re.compile(r"\s*(?:BASE\s*|PREFIX\s+[\w.\-]*:\s*)(?=$|\S)", re.I)
_SPARQL_KEYWORD = re.compile(r"(?<![\w:?$\-])([A-Za-z]+)(?![\w:\-])")
SPARQL_UPDATE_KEYWORDS = frozenset({"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"})


def sparql_code(text: str, keep_offsets: bool = False) -> str:
    """The SPARQL text with its strings, IRIs and comments blanked out (each by as many spaces as it
    had characters with `keep_offsets`, so that positions in it are positions in the text)."""
    return _SPARQL_OPAQUE.sub((lambda m: " " * len(m.group())) if keep_offsets else " ", text)


def sparql_form(text: str) -> str | None:
    """The first keyword after the prologue (BASE / PREFIX), upper-cased: SELECT, CONSTRUCT, INSERT ..."""
    body = sparql_code(text)
    while (m := _PROLOGUE.match(body)) is not None:  # IRIs are blanked: "PREFIX ex: " and "BASE " remain
        body = body[m.end():]
    m = _SPARQL_KEYWORD.search(body)
    return m.group(1).upper() if m else None


def sparql_keywords(text: str) -> list[str]:
    """The keywords of a SPARQL text (upper-cased), outside strings, IRIs and comments."""
    return [m.group(1).upper() for m in _SPARQL_KEYWORD.finditer(sparql_code(text))]


def sparql_update(text: str) -> str | None:
    """The SPARQL Update keyword the text starts with after its prologue (BASE / PREFIX), else None."""
    first = sparql_form(text)
    return first if first in SPARQL_UPDATE_KEYWORDS else None


# --------------------------------------------------------------------------- Cypher
# String literals, quoted identifiers and comments, blanked out before looking for clauses.
_CYPHER_OPAQUE = re.compile(r"'(?:[^'\\]|\\.)*'|\"(?:[^\"\\]|\\.)*\"|`[^`]*`|//[^\n]*|/\*.*?\*/", re.S)
_CYPHER_WRITE = re.compile(
    r"(?<![\w.$:])(CREATE|MERGE|SET|DELETE|DETACH\s+DELETE|REMOVE|DROP|FOREACH|LOAD\s+CSV|GRANT|DENY|REVOKE|ALTER|RENAME|"
    r"START\s+DATABASE|STOP\s+DATABASE|TERMINATE|USING\s+PERIODIC\s+COMMIT)\b",
    re.IGNORECASE,
)
_CALL = re.compile(r"(?<![\w.$:])CALL\s+([A-Za-z_][\w.]*)", re.IGNORECASE)
CYPHER_READ_PROCEDURES = frozenset({
    "db.labels", "db.relationshiptypes", "db.propertykeys", "db.indexes", "db.constraints",
    "db.schema.visualization", "db.schema.nodetypeproperties", "db.schema.reltypeproperties",
    "db.idx.fulltext.querynodes", "db.idx.fulltext.queryrelationships",
    "db.index.fulltext.querynodes", "db.index.fulltext.queryrelationships", "dbms.components",
})


def cypher_code(text: str) -> str:
    """The Cypher text with its strings, quoted identifiers and comments blanked out."""
    return _CYPHER_OPAQUE.sub(" ", text)


def cypher_write(text: str) -> str | None:
    """The first write clause of a Cypher text (CREATE, MERGE, SET, DETACH DELETE ..., or a CALL of a
    procedure not known to only read), None when it only reads."""
    body = cypher_code(text)
    match = _CYPHER_WRITE.search(body)
    if match:
        return re.sub(r"\s+", " ", match.group(1)).upper()
    for call in _CALL.finditer(body):
        if call.group(1).lower() not in CYPHER_READ_PROCEDURES:
            return f"CALL {call.group(1)}"
    return None
