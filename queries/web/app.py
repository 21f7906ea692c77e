"""The web application: SPARQL endpoint, Linked Data pages, question box (Starlette).

Addresses (the site's own pages live under ``/-/``, where no IRI of the graph can be):

    /                       home page (the mandates); with ?query=... the SPARQL endpoint
    /sparql                 the SPARQL 1.1 Protocol endpoint
    /<path>                 the resource <base><path>: 303 See Other to <path>.html, .ttl, .jsonld or .nt
                            chosen by the Accept header; 404 when the build has no such resource
    /<path>.html|.ttl|.jsonld|.nt   the page, or the concise bounded description in that format
    /-/ask?q=...            the answer of `ask`, with links
    /-/disagreements        where sources disagree
    /-/timeline.svg?mandate=KEY, /-/lineage.svg?task=IRI   the pictures of queries/pictures.py
    /-/style.css            the one stylesheet
    /.well-known/void       the dataset description (DCAT and VoID, Turtle) of the build served
"""
from __future__ import annotations

import logging
from pathlib import Path

import pyoxigraph as ox
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import PlainTextResponse, RedirectResponse, Response
from starlette.routing import Route

from . import ontology_doc, pages, sparql_endpoint as ep
from .protocol import HTTPError, negotiate

log = logging.getLogger(__name__)

STATIC = Path(__file__).resolve().parent / "static"
DOCUMENTS = {".html": "text/html", ".ttl": "text/turtle", ".jsonld": "application/ld+json",
             ".nt": "application/n-triples"}
RDF = {"text/turtle": ox.RdfFormat.TURTLE, "application/ld+json": ox.RdfFormat.JSON_LD,
       "application/n-triples": ox.RdfFormat.N_TRIPLES}
LD_PREFERENCE = ["text/html", "text/turtle", "application/ld+json", "application/n-triples", "application/xhtml+xml",
                 "application/json", "text/plain"]
LD_ALIASES = {"application/xhtml+xml": ".html", "application/json": ".jsonld", "text/plain": ".nt"}
MAX_PATH = 1024


def create_app(source, *, allow_service: bool = False) -> Starlette:
    """The ASGI application over ``source`` (state.Fixed or state.FollowCurrent)."""


    async def sparql(request: Request) -> Response:
        if request.method == "OPTIONS":
            return ep.options()
        if request.method not in ("GET", "POST", "HEAD"):
            return ep.method_not_allowed(request.method)
        try:
            params, query = await ep.parse_request(request)
        except HTTPError as err:
            return ep.error_response(err, request.method == "HEAD")
        if query is None:
            if request.method == "POST":
                return ep.error_response(HTTPError(400, "no query given (send query=... or an application/sparql-query body)"))
            if request.url.path == "/sparql":
                return pages.html(pages.sparql_form(request.scope[STATE_KEY]), request)
            return pages.html(await run_in_threadpool(pages.home, request.scope[STATE_KEY]), request)
        return await ep.answer(request, request.scope[STATE_KEY], params, query, allow_service)

    async def home(request: Request) -> Response:
        if request.method == "GET" and not request.url.query:
            return pages.html(await run_in_threadpool(pages.home, request.scope[STATE_KEY]), request)
        return await sparql(request)

    async def linked_data(request: Request) -> Response:
        if request.method not in ("GET", "HEAD"):
            return ep.method_not_allowed(request.method) if request.method != "OPTIONS" else ep.options()
        raw = request.scope.get("raw_path") or request.url.path.encode()
        path = raw.decode("latin-1").split("?", 1)[0]
        low = path.lower()
        st = request.scope[STATE_KEY]
        if len(path) > MAX_PATH or "%2f" in low or "%5c" in low or "\\" in path or not path.startswith("/"):
            return pages.not_found(st, request)
        iri = st.base_iri + path[1:]
        if what(st, iri):
            mt = negotiate(request.headers.get("accept"), LD_PREFERENCE)
            if mt is None:
                return PlainTextResponse("406 Not Acceptable: this resource is served as text/html, text/turtle, "
                                         "application/ld+json or application/n-triples\n", 406, headers={"Vary": "Accept"})
            ext = LD_ALIASES.get(mt) or next(e for e, m in DOCUMENTS.items() if m == mt)
            return RedirectResponse(path + ext, status_code=303, headers={"Vary": "Accept"})
        for ext, mt in DOCUMENTS.items():
            if path.endswith(ext) and what(st, iri[: -len(ext)]):
                return await run_in_threadpool(document, request, st, iri[: -len(ext)], mt)
        return pages.not_found(st, request)

    def what(st, iri: str) -> str | None:
        """What the IRI names in this build: a resource, a named graph, the ontology, or nothing."""
        if st.view.exists(iri):
            return "resource"
        if iri == ontology_doc.ONTOLOGY_DOC:
            return "ontology"
        if iri.startswith(st.base_iri + "graph/") and st.view.is_graph(iri):
            return "graph"
        return None

    def document(request: Request, st, iri: str, media_type: str) -> Response:
        kind = what(st, iri)
        if media_type == "text/html":
            page = {"resource": pages.entity, "graph": pages.graph, "ontology": pages.ontology}[kind](st, iri)
            return pages.html(page, request)
        triples = {"resource": st.view.cbd, "graph": st.view.graph_triples,
                   "ontology": lambda _iri: ontology_doc.triples()}[kind](iri)
        data = ox.serialize(triples, format=RDF[media_type], prefixes=pages.PREFIXES)
        return Response(b"" if request.method == "HEAD" else data,
                        headers={"Content-Type": media_type + "; charset=utf-8", "Access-Control-Allow-Origin": "*",
                                 pages.BUILD_HEADER: st.build_id})

    async def ask_page(request: Request) -> Response:
        return pages.html(await run_in_threadpool(pages.ask_page, request.scope[STATE_KEY], request.query_params.get("q", "")), request)

    async def disagreements(request: Request) -> Response:
        page = request.query_params.get("page", "1")
        return pages.html(await run_in_threadpool(pages.disagreements, request.scope[STATE_KEY], int(page) if page.isdecimal() and len(page) < 6 else 1), request)

    async def timeline_svg(request: Request) -> Response:
        return await run_in_threadpool(pages.picture, request.scope[STATE_KEY], "timeline", request.query_params.get("mandate", ""))

    async def lineage_svg(request: Request) -> Response:
        return await run_in_threadpool(pages.picture, request.scope[STATE_KEY], "lineage", request.query_params.get("task", ""))

    async def style(request: Request) -> Response:
        return Response((STATIC / "style.css").read_bytes(), media_type="text/css",
                        headers={"Cache-Control": "max-age=3600"})

    async def well_known_void(request: Request) -> Response:
        """The DCAT/VoID description of the build being served (queries/dataset.py), naming this
        server's /sparql as the dataset's SPARQL endpoint."""
        state = request.scope[STATE_KEY]
        if state.build_dir is None or state.settings is None:  # a bare store has no build to describe
            return pages.not_found(state, request)
        endpoint = str(request.url.replace(path="/sparql", query="", fragment=""))
        body = await run_in_threadpool(state.description, endpoint)
        return Response(body, media_type="text/turtle; charset=utf-8")

    everything = ["GET", "HEAD", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"]
    routes = [
        Route("/", home, methods=everything),
        Route("/sparql", sparql, methods=everything),
        Route("/-/ask", ask_page, methods=["GET", "HEAD"]),
        Route("/-/disagreements", disagreements, methods=["GET", "HEAD"]),
        Route("/-/timeline.svg", timeline_svg, methods=["GET", "HEAD"]),
        Route("/-/lineage.svg", lineage_svg, methods=["GET", "HEAD"]),
        Route("/-/style.css", style, methods=["GET", "HEAD"]),
        Route("/.well-known/void", well_known_void, methods=["GET", "HEAD"]),
        Route("/{path:path}", linked_data, methods=everything),
    ]
    return OneLineErrors(OneBuildPerRequest(Starlette(routes=routes), source))


STATE_KEY = "mandate_lineage.build"


class OneBuildPerRequest:
    """ASGI wrapper: each request takes the current build once, at its start, and uses it to the end
    (so a build switch never mixes two builds in one answer); the build knows how many requests
    still use it, so a build switched away from is closed as soon as the last one ends."""

    def __init__(self, app, source) -> None:
        self.app, self.source = app, source
        self.state = app.state

    async def __call__(self, scope, receive, send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        build = self.source.get()
        build.enter()
        try:
            await self.app({**scope, STATE_KEY: build}, receive, send)
        finally:
            build.leave()


class OneLineErrors:
    """ASGI wrapper: an unexpected error becomes a one-line 500 answer and one log line, never a
    traceback on the page (nor a second one from the server's own error logging)."""

    def __init__(self, app) -> None:
        self.app = app
        self.state = app.state

    async def __call__(self, scope, receive, send) -> None:
        started = False

        async def tracked(message) -> None:
            nonlocal started
            if message["type"] == "http.response.start":
                started = True
            await send(message)

        try:
            await self.app(scope, receive, tracked)
        except Exception as exc:  # noqa: BLE001 - the whole point
            log.error("error on %s: %s: %s", scope.get("path"), type(exc).__name__, exc)
            if scope["type"] != "http" or started:
                return
            body = b"500 Internal Server Error: the page could not be made (see the server log)\n"
            await send({"type": "http.response.start", "status": 500,
                        "headers": [(b"content-type", b"text/plain; charset=utf-8"),
                                    (b"content-length", str(len(body)).encode())]})
            await send({"type": "http.response.body", "body": body})
