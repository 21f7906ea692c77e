"""sources.yaml (documents without a UN symbol) and bodies.yaml."""
from __future__ import annotations

from pathlib import Path

from rdflib import Literal
from rdflib.namespace import DCTERMS, FOAF, ORG, RDF, SKOS

from ...ontology import iris
from ...ontology.vocab import ML
from .context import LoadContext
from .fields import Field
from .values import KEY_RE, SOURCE_KINDS, date_literal, iri_value, text_literal

BODY_FIELDS = (
    Field("label", SKOS.prefLabel, text_literal),
    Field("parent", ORG.subOrganizationOf, "body"),
)


def read_sources(ctx: LoadContext, path: Path) -> None:
    """First pass: the keys, so that records anywhere can cite them."""
    for rec in ctx.records(path):
        key = ctx.require(rec, "key", KEY_RE, "a key (lower-case letters, digits and dashes)")
        if key is None:
            continue
        if key in ctx.source_keys:
            ctx.problem(rec, "key", f"duplicate source key '{key}'")
            continue
        ctx.source_keys[key] = (ctx.file, rec)


def emit_sources(ctx: LoadContext) -> None:
    for key, (file, rec) in ctx.source_keys.items():
        ctx.file = file
        doc = iris.keyed_document(ctx.base, key)
        graph = iris.source_graph(ctx.base, doc)
        ctx.note_subject(doc, rec)
        kind = str(rec.get("kind", "web-page"))
        cls = SOURCE_KINDS.get(kind)
        if cls is None:
            ctx.problem(rec, "kind", f"unknown source kind '{kind}' (one of {', '.join(SOURCE_KINDS)})")
            cls = ML.Document
        ctx.add(doc, RDF.type, cls, graph)
        ctx.add(doc, ML.key, Literal(key), graph)
        ctx.add(doc, DCTERMS.type, Literal(kind), graph)
        title = ctx.require(rec, "title")
        if title:
            ctx.add(doc, DCTERMS.title, Literal(title), graph)
        if rec.get("url"):
            url = iri_value(rec["url"])
            if url is None:
                ctx.problem(rec, "url", f"'{rec['url']}' is not an http(s) URL")
            else:
                ctx.add(doc, FOAF.page, url, graph)
        if rec.get("publisher"):
            ctx.add(doc, DCTERMS.publisher, Literal(str(rec["publisher"])), graph)
        if rec.get("date") is not None:
            lit = date_literal(rec["date"])
            if lit is None:
                ctx.problem(rec, "date", f"'{rec['date']}' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")
            else:
                ctx.add(doc, DCTERMS.issued, lit, graph)
        if key.startswith("seed-") or kind == "seed":
            ctx.add(doc, RDF.type, ML.SeedDocument, graph)


def read_bodies(ctx: LoadContext, path: Path) -> None:
    seen: dict[str, int] = {}
    for rec in ctx.records(path):
        key = ctx.require(rec, "key")
        if key is None:
            continue
        if key in seen:
            ctx.problem(rec, "key", f"duplicate body key '{key}' (first at line {seen[key]})")
            continue
        seen[key] = rec.line_of("key")
        srcs = ctx.record_sources(rec)
        iri = iris.body(ctx.base, key)
        ctx.note_subject(iri, rec)
        for src in srcs:
            graph = ctx.cite(iri, src)
            ctx.add(iri, RDF.type, ML.Body, graph)
            ctx.add(iri, ML.key, Literal(key), graph)
        ctx.emit_fields(iri, rec, BODY_FIELDS, srcs)
        ctx.unknown_fields(rec, BODY_FIELDS, "key")
