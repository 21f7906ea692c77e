"""Server-rendered pages (Jinja2 templates in templates/, one stylesheet, no JavaScript)."""
from __future__ import annotations

import logging
import re
import tempfile
from datetime import date
from pathlib import Path

import jinja2
from starlette.requests import Request
from starlette.responses import HTMLResponse, Response

from ...ontology.iris import ONTOLOGY_NS as ML
from . import sections, words

log = logging.getLogger(__name__)

TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
    autoescape=True, trim_blocks=True, lstrip_blocks=True)
TEMPLATES.filters["date_words"] = words.date_words
PREFIXES = {"ml": ML, "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
            "skos": "http://www.w3.org/2004/02/skos/core#", "dct": "http://purl.org/dc/terms/",
            "prov": "http://www.w3.org/ns/prov#", "foaf": "http://xmlns.com/foaf/0.1/", "xsd": "http://www.w3.org/2001/XMLSchema#",
            "org": "http://www.w3.org/ns/org#"}
BUILD_HEADER = "X-Mandate-Lineage-Build"  # the build an answer comes from (one per answer, never a mix)
ISO_DAY = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")  # ISO dates in an answer's sentence, shown in words
SKOS_PREF = "http://www.w3.org/2004/02/skos/core#prefLabel"

HOME = f"""PREFIX ml: <{ML}>
PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
SELECT ?m ?label ?key ?est WHERE {{
  ?m a ml:Mandate . OPTIONAL {{ ?m skos:prefLabel ?label }} OPTIONAL {{ ?m ml:key ?key }}
  OPTIONAL {{ ?m ml:establishedBy ?est }}
}} ORDER BY ?label"""
DISAGREEMENTS = f"""PREFIX ml: <{ML}>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
SELECT ?d ?about ?prop ?note WHERE {{
  ?d a ml:Disagreement ; ml:about ?about ; ml:onProperty ?prop . OPTIONAL {{ ?d rdfs:comment ?note }}
}} ORDER BY ?about ?prop"""


class Page(dict):
    """What a template needs: its name, status and variables."""

    def __init__(self, template: str, status: int = 200, **values) -> None:
        super().__init__(values)
        self.template, self.status = template, status


def html(page: Page, request: Request) -> Response:
    body = TEMPLATES.get_template(page.template).render(**page)
    return HTMLResponse(b"" if request.method == "HEAD" else body.encode("utf-8"), status_code=page.status,
                        headers={"Vary": "Accept", BUILD_HEADER: str(page.get("build_id", ""))})


def _common(state) -> dict:
    return {"build_id": state.build_id, "triples": state.triples}


def home(state, request: Request | None = None) -> Page:
    view = state.view
    mandates = []
    for row in view.select(HOME):
        m = row["m"].value
        mandates.append({"iri": m, "href": view.href(m), "label": row["label"].value if row.get("label") else view.name(m),
                         "key": row["key"].value if row.get("key") else None,
                         "established": view.term(row["est"]) if row.get("est") else None})
    return Page("home.html", mandates=mandates, **_common(state))


def entity(state, iri: str) -> Page:
    view = state.view
    kinds = view.kinds(iri)
    kind, secs = sections.sections_for(view, iri, kinds)
    title = view.name(iri)
    label = view.value(iri, SKOS_PREF)
    if title.endswith("...") and label and label.startswith(title[:-3]):
        title = label  # the heading shows the whole name
    picture = None
    if state.build_dir is not None and kind == "mandate":
        key = view.value(iri, ML + "key")
        picture = {"src": f"/-/timeline.svg?mandate={key}",
                   "alt": f"Timeline of the mandate {label or key}: the resolutions that created and renewed it, "
                          "its holders' terms, country visits and reports, on one time axis."}
    elif state.build_dir is not None and kind == "task":
        from urllib.parse import quote

        picture = {"src": "/-/lineage.svg?task=" + quote(iri, safe=""),
                   "alt": f"Lineage of the task {title}: each resolution that added, reaffirmed, changed or "
                          "superseded it, in date order (the table below lists the same steps)."}
    path = view.href(iri) or "/"
    undocs = None
    symbol = view.value(iri, ML + "symbol")
    if symbol:
        undocs = words.undocs(symbol)
    return Page("entity.html", iri=iri, title=title, label=label if label != title else None, kind=kind,
                kinds=[words.class_words(k) for k in kinds], sections=secs, facts=view.facts(iri),
                incoming=view.incoming(iri), citations=view.citations(iri), picture=picture, undocs=undocs,
                alternates=_alternates(path),
                **_common(state))


def _alternates(path: str) -> list[dict]:
    return [{"ext": e, "href": path + e, "name": n, "type": t} for e, n, t in
            ((".ttl", "Turtle", "text/turtle"), (".jsonld", "JSON-LD", "application/ld+json"),
             (".nt", "N-Triples", "application/n-triples"))]


def graph(state, iri: str) -> Page:
    """A named graph: the facts one source document states."""
    view = state.view
    doc = iri.replace(state.base_iri + "graph/", state.base_iri, 1)
    rows = [[view.term(t.subject), {"text": words.property_words(t.predicate.value)}, view.term(t.object)]
            for t in view.graph_triples(iri)]
    title = f"Facts stated by {view.name(doc)}" if view.exists(doc) else "Facts derived from several sources"
    section = {"title": f"{len(rows)} facts", "columns": ["About", "Property", "Value"], "rows": rows}
    return Page("graph.html", iri=iri, title=title, doc=view.term_iri(doc) if view.exists(doc) else None,
                section=section, alternates=_alternates(view.href(iri)), **_common(state))


def ontology(state, iri: str) -> Page:
    from . import ontology_doc

    terms = ontology_doc.terms()
    for t in terms:
        t["parents"] = [{"text": p.rsplit("#", 1)[-1], "href": "#" + p.rsplit("#", 1)[-1]} if p.startswith(ML)
                        else {"text": p, "href": p} for p in t["parents"]]
    return Page("ontology.html", iri=iri, title="The mandate-lineage ontology", terms=terms,
                alternates=_alternates(state.view.href(iri) or "/ontology"), **_common(state))


def sparql_form(state) -> Page:
    example = (f"PREFIX ml: <{ML}>\n"
               "SELECT ?task ?resolution WHERE { ?e a ml:TaskAdded ; ml:task ?task ; ml:resolution ?resolution }\nLIMIT 25")
    limits = state.limits
    return Page("sparql.html", example=example, timeout=limits.query_timeout, max_queries=limits.max_queries,
                max_rows=limits.max_rows, **_common(state))


def not_found(state, request: Request) -> Response:
    page = Page("not_found.html", status=404, path=request.url.path[:200], **_common(state))
    return html(page, request)


PER_PAGE = 100


def disagreements(state, page: int = 1) -> Page:
    view = state.view
    items = []
    rows = view.select(DISAGREEMENTS)
    pages = max(1, -(-len(rows) // PER_PAGE))
    page = min(max(1, page), pages)
    for row in rows[(page - 1) * PER_PAGE: page * PER_PAGE]:
        about, prop = row["about"].value, row["prop"].value
        sources = view.fact_sources(about)
        values = []
        for o in view.objects(about, prop):
            cell = view.term(o)
            cell["sources"] = sources.get((prop, str(o)), [])
            values.append(cell)
        items.append({"about": view.term(row["about"]), "property": words.property_words(prop), "values": values,
                      "href": view.href(row["d"].value), "note": row["note"].value if row.get("note") else None})
    return Page("disagreements.html", items=items, page=page, pages=pages, total=len(rows), **_common(state))


def _answer_links(state, answer: dict) -> list[dict]:
    """Links to the pages of what an answer names (resolution, task, mandate, documents)."""
    view, base, out = state.view, state.base_iri, []

    def add(iri: str, text: str) -> None:
        if view.exists(iri) and all(link["href"] != view.href(iri) for link in out):
            out.append({"text": text, "href": view.href(iri)})

    mandate = answer.get("mandate") if isinstance(answer.get("mandate"), str) else None
    for field in ("symbol", "report", "document"):
        value = answer.get(field)
        if isinstance(value, str) and value:
            add(f"{base}doc/{value}", value)
    if mandate and isinstance(answer.get("task"), str):
        add(f"{base}mandate/{mandate}/task/{answer['task']}", f"task {answer['task']}")
    if mandate:
        add(f"{base}mandate/{mandate}", f"mandate {mandate}")
    return out


def _answer_sources(state, answer: dict) -> list[dict]:
    out = []
    for s in answer.get("sources") or []:
        doc = str(s.get("document") or "")
        iri = f"{state.base_iri}doc/{doc}" if words.is_un_symbol(doc) else f"{state.base_iri}doc/key/{doc}"
        out.append({"name": doc, "locator": s.get("locator"), "href": state.view.href(iri) if state.view.exists(iri) else None,
                    "undocs": words.undocs(doc) if words.is_un_symbol(doc) else None})
    return out


def ask_page(state, question: str) -> Page:
    question = question[:2000]
    result, error = None, None
    if question.strip():
        try:
            ctx = state.ask_context()
        except (OSError, ValueError, LookupError) as exc:
            log.error("cannot open the build for questions: %s", exc)
            ctx, error = None, "Questions cannot be answered now: the build could not be opened (see the server log)."
        if ctx is None and error is None:
            error = "Questions need a build (this server was started on a bare store)."
        if ctx is not None:
            from ..ask import ask

            with state.lock:
                try:
                    result = ask(ctx, question)
                except Exception as exc:  # noqa: BLE001 - one line on the page, details in the log
                    log.error("ask failed on %r: %s: %s", question, type(exc).__name__, exc)
                    error = "The question could not be answered (an internal error; see the server log)."
    answers = []
    for a in (result or {}).get("answers", []):
        answers.append({"text": ISO_DAY.sub(lambda m: words.date_words(m.group()), a.get("text") or ""), "date": a.get("date"), "links": _answer_links(state, a),
                        "sources": _answer_sources(state, a)})
    return Page("ask.html", question=question, result=result, answers=answers, error=error, **_common(state))


def picture(state, kind: str, subject: str) -> Response:
    """A timeline (mandate key) or lineage (task IRI) picture as SVG, drawn once per build."""
    from .. import pictures
    from ..ask import commands

    key = f"{kind}:{subject}"
    if key not in state.pictures:
        try:
            ctx = state.ask_context()
        except (OSError, ValueError, LookupError) as exc:
            log.warning("cannot draw %s: %s", key, exc)
            ctx = None
        if ctx is None or not subject:
            return Response(b"", status_code=404)
        with state.lock:
            try:
                with tempfile.TemporaryDirectory() as tmp:
                    out = Path(tmp) / "picture.svg"
                    if kind == "timeline":
                        if subject not in state.mandates():
                            return Response(b"", status_code=404)
                        pictures.draw_timeline([commands.timeline_data(ctx, subject)], out, today=date.today())
                    else:
                        mandate = subject.split("/mandate/", 1)[-1].split("/", 1)[0]
                        task_key = state.view.value(subject, ML + "key")
                        if not task_key or ML + "Task" not in state.view.kinds(subject):
                            return Response(b"", status_code=404)
                        data = [d for d in commands.lineage_data(ctx, task_key) if d["mandate"] == mandate]
                        pictures.draw_lineage(data, out)
                    state.pictures[key] = out.read_bytes()
            except Exception as exc:  # noqa: BLE001 - a page without its picture is still a page
                log.warning("could not draw %s: %s", key, exc)
                return Response(b"", status_code=404)
    return Response(state.pictures[key], media_type="image/svg+xml", headers={"Cache-Control": "max-age=600"})
