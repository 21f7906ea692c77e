"""A read-only SPARQL 1.1 Protocol endpoint over a ``pyoxigraph.Store``, as a WSGI app.

    from mandate_lineage.queries.serve import make_app, serve, serve_in_thread
    serve(store, host="127.0.0.1", port=7878)            # blocks; Ctrl-C stops it
    server, thread = serve_in_thread(store, port=0)       # tests: server.server_port, server.shutdown()

Protocol (https://www.w3.org/TR/sparql11-protocol/), at ``/sparql`` and at ``/``:

* ``GET ?query=...``; ``POST`` with ``application/x-www-form-urlencoded`` (``query=...``) or with
  an ``application/sparql-query`` body.  ``default-graph-uri`` / ``named-graph-uri`` (repeatable,
  in the URL or the form body) set the dataset; without them the default graph is the store's own
  default graph when it has one (a build's: every triple once), else the union of all graphs of
  the store (``use_default_graph_as_union=True``); every named graph is visible.
  With ``named-graph-uri`` but no ``default-graph-uri``, the default graph is the union of the
  named graphs given.
* SELECT/ASK results as SPARQL JSON (default), XML, CSV or TSV; CONSTRUCT/DESCRIBE as Turtle
  (default), N-Triples, RDF/XML or JSON-LD.  The format comes from a ``format`` (or ``output``)
  parameter when it names one we know (``json``, ``xml``, ``csv``, ``tsv``, ``turtle``, ``nt``,
  ``rdfxml``, ``jsonld`` or a media type), else from the ``Accept`` header (q-values honoured);
  406 when the Accept header allows none of ours.
* Read-only: SPARQL Update (an ``update`` parameter, an ``application/sparql-update`` body, or a
  ``query`` that is an update) is refused with 403 and the store is not touched.  ``SERVICE``
  (federated query) is refused with 403 too, so that the endpoint never makes outgoing requests.
* A malformed query gives 400 with the parser's message.  ``GET /`` (or ``/sparql``) without a
  query returns a small HTML page naming the endpoint.
"""

from __future__ import annotations

import html
import logging
import re
import socketserver
import sys
import threading
import urllib.parse
from collections.abc import Callable, Iterable
from wsgiref.simple_server import WSGIRequestHandler, WSGIServer, make_server as _wsgi_make_server

import pyoxigraph as ox

__all__ = ["make_app", "make_server", "serve", "serve_in_thread", "DEFAULT_PORT", "MAX_BODY"]

log = logging.getLogger(__name__)

DEFAULT_PORT = 7878
MAX_BODY = 1 << 20  # 1 MiB of query text is plenty

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "text/javascript": ox.QueryResultsFormat.JSON,
    "application/javascript": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/n3": ox.RdfFormat.TURTLE,  # Turtle is valid N3
    "text/rdf+n3": ox.RdfFormat.TURTLE,
    "application/n3": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/x-json+ld": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
}
# short names for the format/output parameter
RESULT_SHORT = {
    "json": ox.QueryResultsFormat.JSON, "srj": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML, "srx": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_SHORT = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "n3": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES, "ntriples": ox.RdfFormat.N_TRIPLES,
    "n-triples": ox.RdfFormat.N_TRIPLES, "text": ox.RdfFormat.N_TRIPLES,
    "rdf": ox.RdfFormat.RDF_XML, "rdfxml": ox.RdfFormat.RDF_XML,
    "rdf+xml": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
}
# what we answer by default, and with */* or type/* wildcards (in order of preference)
RESULT_PREFERENCE = [
    "application/sparql-results+json", "application/sparql-results+xml",
    "text/csv", "text/tab-separated-values", "application/json", "application/xml", "text/xml",
]
GRAPH_PREFERENCE = [
    "text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
    "text/plain", "application/xml", "text/xml", "application/json",
]

_UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD", "WITH"}
_QUERY_FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}


class HTTPError(Exception):
    def __init__(self, status: str, message: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = list(headers)


# --------------------------------------------------------------------------- query text analysis

# Strings (long and short), IRIs, comments: stripped before looking for keywords.
_LEXICAL_NOISE = re.compile(
    r'"""(?:[^"\\]|\\.|"(?!""))*"""'
    r"|'''(?:[^'\\]|\\.|'(?!''))*'''"
    r'|"(?:[^"\\\n]|\\.)*"'
    r"|'(?:[^'\\\n]|\\.)*'"
    r"|<[^<>\"{}|^`\\\s]*>"
    r"|#[^\n]*",
    re.S,
)
_PROLOGUE = re.compile(r"\s*(?:BASE\s*|PREFIX\s+[\w.\-]*:\s*)(?=$|\S)", re.I)
_KEYWORD = re.compile(r"(?<![\w:?$\-])([A-Za-z]+)(?![\w:\-])")


def _strip_noise(text: str) -> str:
    return _LEXICAL_NOISE.sub(" ", text)


def _first_keyword(text: str) -> str | None:
    """The first keyword after the prologue (BASE/PREFIX declarations), upper-cased."""
    body = _strip_noise(text)
    # drop prologue declarations: after stripping IRIs, "PREFIX ex: " and "BASE " remain
    while True:
        m = _PROLOGUE.match(body)
        if not m:
            break
        body = body[m.end():]
    m = _KEYWORD.search(body)
    return m.group(1).upper() if m else None


def looks_like_update(text: str) -> bool:
    """True when ``text`` starts (after its prologue) with a SPARQL Update keyword."""
    return _first_keyword(text) in _UPDATE_KEYWORDS


def uses_service(text: str) -> bool:
    """True when ``text`` contains the SERVICE keyword outside strings, IRIs and comments."""
    return any(m.group(1).upper() == "SERVICE" for m in _KEYWORD.finditer(_strip_noise(text)))


# --------------------------------------------------------------------------- content negotiation


def _parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """[(media-range, q, position)], best first."""
    out = []
    for pos, part in enumerate((header or "").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        mt = pieces[0].lower()
        if not mt:
            continue
        q = 1.0
        for p in pieces[1:]:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        out.append((mt, q, pos))
    out.sort(key=lambda t: (-t[1], t[2]))
    return out


def negotiate(accept: str | None, preference: list[str]) -> str | None:
    """The media type of ``preference`` the Accept header likes best (None if none acceptable).

    Each candidate takes the q of the most specific Accept range that matches it; ties go to
    the more specific match, then to the earlier Accept entry, then to our order of preference.
    """
    ranges = _parse_accept(accept)
    if not ranges:
        return preference[0]
    best_key: tuple | None = None
    chosen = None
    for idx, mt in enumerate(preference):
        match: tuple[int, float, int] | None = None  # (specificity, q, position)
        for rng, rq, pos in ranges:
            if rng == mt:
                s = 2
            elif rng.endswith("/*") and rng != "*/*" and mt.startswith(rng[:-1]):
                s = 1
            elif rng in ("*/*", "*"):
                s = 0
            else:
                continue
            if match is None or s > match[0]:
                match = (s, rq, pos)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -idx)
        if best_key is None or key > best_key:
            best_key, chosen = key, mt
    return chosen


def _format_param(params: dict[str, list[str]], table: dict[str, object], media: dict[str, object]):
    for name in ("format", "output"):
        for value in params.get(name, []):
            v = value.strip().lower()
            if v in table:
                return table[v], None
            mt = v.split(";")[0].strip()
            if mt in media:
                return media[mt], mt
    return None, None


# --------------------------------------------------------------------------- the app

_PAGE = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>mandate-lineage SPARQL endpoint</title></head>
<body>
<h1>mandate-lineage SPARQL endpoint</h1>
<p>This is a read-only <a href="https://www.w3.org/TR/sparql11-protocol/">SPARQL 1.1 Protocol</a>
endpoint at <code>{endpoint}</code> ({triples} quads). Send <code>GET {endpoint}?query=…</code>
or <code>POST</code> a form with <code>query=…</code> or an <code>application/sparql-query</code> body.
Results: SPARQL JSON, XML, CSV, TSV; graphs: Turtle, N-Triples, RDF/XML, JSON-LD (by
<code>Accept</code> or <code>format=</code>). The default graph is the union of all graphs.
SPARQL Update is refused.</p>
<form method="get" action="{endpoint}">
<textarea name="query" rows="8" cols="80">SELECT ?s ?p ?o WHERE {{ ?s ?p ?o }} LIMIT 25</textarea><br>
<select name="format"><option>json</option><option>xml</option><option>csv</option><option>tsv</option></select>
<button type="submit">Run</button>
</form>
</body></html>
"""

_STATUS = {
    200: "200 OK", 400: "400 Bad Request", 403: "403 Forbidden", 404: "404 Not Found",
    405: "405 Method Not Allowed", 406: "406 Not Acceptable", 411: "411 Length Required",
    413: "413 Payload Too Large", 415: "415 Unsupported Media Type", 500: "500 Internal Server Error",
}
_ALLOW = "GET, POST, HEAD, OPTIONS"
_CORS = [("Access-Control-Allow-Origin", "*")]


def _iri_list(values: list[str], param: str) -> list[ox.NamedNode]:
    out = []
    for v in values:
        try:
            if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", v):
                raise ValueError("not an absolute IRI")
            out.append(ox.NamedNode(v))
        except ValueError as exc:
            raise HTTPError(_STATUS[400], f"bad {param} value {v!r}: {exc}") from None
    return out


def make_app(store: ox.Store, *, allow_service: bool = False) -> Callable:
    """The WSGI application answering SPARQL 1.1 Protocol queries over ``store``, read-only."""
    # A build's store keeps every triple once in its default graph: query that (set semantics).
    # A store with an empty default graph is queried over the union of its named graphs instead.
    own_default = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None

    def read_body(environ) -> bytes:
        try:
            length = int(environ.get("CONTENT_LENGTH") or 0)
        except ValueError:
            raise HTTPError(_STATUS[400], "bad Content-Length") from None
        if length > MAX_BODY:
            raise HTTPError(_STATUS[413], f"request body larger than {MAX_BODY} bytes")
        return environ["wsgi.input"].read(length) if length > 0 else b""

    def parse_request(environ) -> tuple[dict[str, list[str]], str | None]:
        """(all parameters, query text or None)."""
        method = environ["REQUEST_METHOD"]
        params = urllib.parse.parse_qs(environ.get("QUERY_STRING", ""), keep_blank_values=True)
        body_query: str | None = None
        if method == "POST":
            ctype = (environ.get("CONTENT_TYPE") or "").split(";")[0].strip().lower()
            body = read_body(environ)
            if ctype == "application/x-www-form-urlencoded":
                try:
                    form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True, strict_parsing=False)
                except UnicodeDecodeError:
                    raise HTTPError(_STATUS[400], "form body is not UTF-8") from None
                for k, v in form.items():
                    params.setdefault(k, []).extend(v)
            elif ctype == "application/sparql-update":
                raise HTTPError(_STATUS[403], "SPARQL Update is not allowed: this endpoint is read-only")
            elif ctype == "application/sparql-query":
                try:
                    body_query = body.decode("utf-8")
                except UnicodeDecodeError:
                    raise HTTPError(_STATUS[400], "query body is not UTF-8") from None
                if "query" in params:
                    raise HTTPError(_STATUS[400], "query given both in the URL and as the request body")
            else:
                raise HTTPError(
                    _STATUS[415],
                    f"unsupported POST content type {ctype or '(none)'}: use "
                    "application/x-www-form-urlencoded or application/sparql-query",
                )
        if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
            raise HTTPError(_STATUS[403], "SPARQL Update is not allowed: this endpoint is read-only")
        if body_query is not None:
            return params, body_query
        queries = params.get("query", [])
        if len(queries) > 1:
            raise HTTPError(_STATUS[400], "more than one query parameter")
        return params, (queries[0] if queries else None)

    def run(query: str, params: dict[str, list[str]], accept: str | None) -> tuple[bytes, str]:
        if not query.strip():
            raise HTTPError(_STATUS[400], "empty query")
        if looks_like_update(query):
            raise HTTPError(_STATUS[403], "SPARQL Update is not allowed: this endpoint is read-only")
        if not allow_service and uses_service(query):
            raise HTTPError(_STATUS[403], "SERVICE (federated query) is not allowed on this endpoint")
        kwargs: dict = {}
        defaults = _iri_list(params.get("default-graph-uri", []), "default-graph-uri")
        named = _iri_list(params.get("named-graph-uri", []), "named-graph-uri")
        if defaults:
            kwargs["default_graph"] = defaults
        elif named:
            kwargs["default_graph"] = named
        elif not own_default:
            kwargs["use_default_graph_as_union"] = True
        if named:
            kwargs["named_graphs"] = named
        elif defaults:
            # the protocol's dataset: only the named graphs given (none)
            kwargs["named_graphs"] = []
        try:
            result = store.query(query, **kwargs)
        except SyntaxError as exc:
            # an update that our keyword check missed is still refused, not executed
            if looks_like_update(query):
                raise HTTPError(_STATUS[403], "SPARQL Update is not allowed: this endpoint is read-only") from None
            raise HTTPError(_STATUS[400], f"malformed query: {exc}") from None
        try:
            if isinstance(result, ox.QueryTriples):
                fmt, mt = _format_param(params, GRAPH_SHORT, GRAPH_FORMATS)
                if fmt is None:
                    mt = negotiate(accept, GRAPH_PREFERENCE)
                    if mt is None:
                        raise HTTPError(
                            _STATUS[406],
                            "none of the Accept types is served for CONSTRUCT/DESCRIBE; use one of "
                            + ", ".join(GRAPH_PREFERENCE),
                        )
                    fmt = GRAPH_FORMATS[mt]
                data = result.serialize(format=fmt)
                return data, (mt if mt else fmt.media_type)
            fmt, mt = _format_param(params, RESULT_SHORT, RESULT_FORMATS)
            if fmt is None:
                mt = negotiate(accept, RESULT_PREFERENCE)
                if mt is None:
                    raise HTTPError(
                        _STATUS[406],
                        "none of the Accept types is served for SELECT/ASK; use one of "
                        + ", ".join(RESULT_PREFERENCE),
                    )
                fmt = RESULT_FORMATS[mt]
            data = result.serialize(format=fmt)
            return data, (mt if mt else fmt.media_type)
        except HTTPError:
            raise
        except (ValueError, OSError, RuntimeError) as exc:
            raise HTTPError(_STATUS[500], f"query evaluation failed: {exc}") from None

    def app(environ, start_response):
        method = environ["REQUEST_METHOD"]
        path = environ.get("PATH_INFO") or "/"
        script = environ.get("SCRIPT_NAME", "")
        try:
            if path not in ("/", "/sparql"):
                raise HTTPError(_STATUS[404], f"no such resource {path}; the SPARQL endpoint is /sparql")
            if method == "OPTIONS":
                start_response("204 No Content", [
                    ("Allow", _ALLOW), ("Access-Control-Allow-Methods", _ALLOW),
                    ("Access-Control-Allow-Headers", "Content-Type, Accept"), *_CORS,
                ])
                return [b""]
            if method not in ("GET", "POST", "HEAD"):
                raise HTTPError(_STATUS[405], f"method {method} not allowed", [("Allow", _ALLOW)])
            params, query = parse_request(environ)
            if query is None:
                if method == "POST":
                    raise HTTPError(_STATUS[400], "no query given (send query=... or an application/sparql-query body)")
                page = _PAGE.format(endpoint=html.escape(script + "/sparql"), triples=len(store)).encode()
                start_response(_STATUS[200], [("Content-Type", "text/html; charset=utf-8"),
                                              ("Content-Length", str(len(page))), *_CORS])
                return [b"" if method == "HEAD" else page]
            data, media_type = run(query, params, environ.get("HTTP_ACCEPT"))
            ctype = media_type if "charset" in media_type else media_type + "; charset=utf-8"
            start_response(_STATUS[200], [("Content-Type", ctype), ("Content-Length", str(len(data))),
                                          ("Vary", "Accept"), *_CORS])
            return [b"" if method == "HEAD" else data]
        except HTTPError as err:
            if not err.status.startswith(("404", "405")):
                log.info("%s %s -> %s: %s", method, path, err.status, err.message)
            body = (err.message + "\n").encode("utf-8")
            start_response(err.status, [("Content-Type", "text/plain; charset=utf-8"),
                                        ("Content-Length", str(len(body))), *err.headers, *_CORS])
            return [b"" if method == "HEAD" else body]

    return app


# --------------------------------------------------------------------------- servers


class _ThreadingWSGIServer(socketserver.ThreadingMixIn, WSGIServer):
    daemon_threads = True
    allow_reuse_address = True


class _QuietHandler(WSGIRequestHandler):
    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        log.debug("%s - %s", self.address_string(), format % args)


def make_server(store: ox.Store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
                quiet: bool = True, allow_service: bool = False) -> WSGIServer:
    """A threaded wsgiref server for ``make_app(store)``, bound but not yet serving.
    ``port=0`` picks a free port (see ``server.server_port``)."""
    handler = _QuietHandler if quiet else WSGIRequestHandler
    return _wsgi_make_server(host, port, make_app(store, allow_service=allow_service),
                             server_class=_ThreadingWSGIServer, handler_class=handler)


def serve(store: ox.Store, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *,
          quiet: bool = False, allow_service: bool = False) -> None:
    """Serve ``store`` read-only at ``http://host:port/sparql`` until interrupted (Ctrl-C)."""
    with make_server(store, host, port, quiet=quiet, allow_service=allow_service) as server:
        url = f"http://{host}:{server.server_port}/sparql"
        log.info("SPARQL endpoint at %s", url)
        if not quiet:
            print(f"read-only SPARQL endpoint at {url} (Ctrl-C stops it)", file=sys.stderr, flush=True)
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass


def serve_in_thread(store: ox.Store, host: str = "127.0.0.1", port: int = 0, *,
                    allow_service: bool = False) -> tuple[WSGIServer, threading.Thread]:
    """Start serving in a daemon thread; stop with ``server.shutdown(); server.server_close()``."""
    server = make_server(store, host, port, quiet=True, allow_service=allow_service)
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.1},
                              name="sparql-endpoint", daemon=True)
    thread.start()
    return server, thread
