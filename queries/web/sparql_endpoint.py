"""The SPARQL 1.1 Protocol endpoint as a Starlette handler (at ``/sparql``, and at ``/`` with a query).

GET ``?query=``; POST a form (``query=``) or an ``application/sparql-query`` body;
``default-graph-uri`` / ``named-graph-uri`` set the dataset. Read-only: SPARQL Update in any form
and SERVICE get 403. The query itself runs in a worker process (query_pool.py) under a time limit,
a cap on concurrent queries and a cap on result rows.
"""
from __future__ import annotations

import logging
import urllib.parse

from starlette.requests import Request
from starlette.responses import Response

from ...loaders.write_forms import sparql_update
from .protocol import HTTPError, iri_list, uses_service

log = logging.getLogger(__name__)

MAX_BODY = 1 << 20  # 1 MiB of query text is plenty
ALLOW = "GET, POST, HEAD, OPTIONS"
CORS = {"Access-Control-Allow-Origin": "*"}
READ_ONLY = "SPARQL Update is not allowed: this endpoint is read-only"


def error_response(err: HTTPError, head: bool = False) -> Response:
    body = b"" if head else (err.message + "\n").encode("utf-8")
    return Response(body, status_code=err.status, media_type="text/plain; charset=utf-8",
                    headers={**dict(err.headers), **CORS})


async def _read_body(request: Request) -> bytes:
    declared = request.headers.get("content-length")
    if declared is not None:
        try:
            if int(declared) > MAX_BODY:
                raise HTTPError(413, f"request body larger than {MAX_BODY} bytes")
        except ValueError:
            raise HTTPError(400, "bad Content-Length") from None
    chunks, size = [], 0
    async for chunk in request.stream():
        size += len(chunk)
        if size > MAX_BODY:
            raise HTTPError(413, f"request body larger than {MAX_BODY} bytes")
        chunks.append(chunk)
    return b"".join(chunks)


async def parse_request(request: Request) -> tuple[dict[str, list[str]], str | None]:
    """(all parameters, the query text or None)."""
    params = urllib.parse.parse_qs(request.scope.get("query_string", b"").decode("latin-1"), keep_blank_values=True)
    body_query = None
    if request.method == "POST":
        ctype = (request.headers.get("content-type") or "").split(";")[0].strip().lower()
        body = await _read_body(request)
        if ctype == "application/x-www-form-urlencoded":
            try:
                form = urllib.parse.parse_qs(body.decode("utf-8"), keep_blank_values=True)
            except UnicodeDecodeError:
                raise HTTPError(400, "form body is not UTF-8") from None
            for k, v in form.items():
                params.setdefault(k, []).extend(v)
        elif ctype == "application/sparql-update":
            raise HTTPError(403, READ_ONLY)
        elif ctype == "application/sparql-query":
            try:
                body_query = body.decode("utf-8")
            except UnicodeDecodeError:
                raise HTTPError(400, "query body is not UTF-8") from None
            if "query" in params:
                raise HTTPError(400, "query given both in the URL and as the request body")
        else:
            raise HTTPError(415, f"unsupported POST content type {ctype or '(none)'}: use "
                            "application/x-www-form-urlencoded or application/sparql-query")
    if "update" in params or "using-graph-uri" in params or "using-named-graph-uri" in params:
        raise HTTPError(403, READ_ONLY)
    if body_query is not None:
        return params, body_query
    queries = params.get("query", [])
    if len(queries) > 1:
        raise HTTPError(400, "more than one query parameter")
    return params, (queries[0] if queries else None)


def make_job(state, query: str, params: dict[str, list[str]], accept: str | None, allow_service: bool) -> dict:
    """The checked query and its dataset, ready for a worker."""
    if not query.strip():
        raise HTTPError(400, "empty query")
    if sparql_update(query):
        raise HTTPError(403, READ_ONLY)
    if not allow_service and uses_service(query):
        raise HTTPError(403, "SERVICE (federated query) is not allowed on this endpoint")
    defaults = iri_list(params.get("default-graph-uri", []), "default-graph-uri")
    named = iri_list(params.get("named-graph-uri", []), "named-graph-uri")
    job = {"query": query, "params": params, "accept": accept, "default_graph": None, "named_graphs": None,
           "union": False}
    if defaults:
        job["default_graph"] = defaults
        job["named_graphs"] = named  # the protocol's dataset: only the named graphs given
    elif named:
        job["default_graph"] = named
        job["named_graphs"] = named
    elif not state.own_default:
        job["union"] = True
    return job


async def answer(request: Request, state, params: dict, query: str, allow_service: bool) -> Response:
    """Run a query from a request and answer it (errors as text/plain with the status)."""
    head = request.method == "HEAD"
    try:
        job = make_job(state, query, params, request.headers.get("accept"), allow_service)
        result = await state.pool.run(job, request.is_disconnected)
    except HTTPError as err:
        log.info("%s %s -> %s: %s", request.method, request.url.path, err.status, err.message)
        return error_response(err, head)
    if result is None:  # the client went away; nobody reads this
        return Response(b"", status_code=499)
    data, media_type = result
    ctype = media_type if "charset" in media_type else media_type + "; charset=utf-8"
    return Response(b"" if head else data, headers={"Content-Type": ctype, "Vary": "Accept",
                                                    "X-Mandate-Lineage-Build": state.build_id, **CORS})


def options() -> Response:
    return Response(b"", status_code=204, headers={
        "Allow": ALLOW, "Access-Control-Allow-Methods": ALLOW,
        "Access-Control-Allow-Headers": "Content-Type, Accept", **CORS})


def method_not_allowed(method: str) -> Response:
    return error_response(HTTPError(405, f"method {method} not allowed", [("Allow", ALLOW)]))
