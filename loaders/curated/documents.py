"""documents.yaml: reports, addenda, notes and other documents of the mandate."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from ...ontology import iris
from ...ontology.vocab import ML
from ..yamlfile import Located
from .fields import Field
from .mandate import MandateReader
from .values import DOCUMENT_KINDS, date_literal, int_literal, looks_like_symbol, text_literal, year_literal

FIELDS = (
    Field("body", ML.body, "body"),
    Field("session", ML.session, int_literal),
    Field("year", ML.year, year_literal),
    Field("date", DCTERMS.issued, date_literal),
    Field("author", DCTERMS.creator, "person"),
    Field("author_body", ML.authorBody, "body"),
    Field("author_name", ML.authorName, text_literal),
    Field("deadline", ML.deadline, date_literal),
    Field("title", DCTERMS.title, text_literal),
    Field("theme", ML.theme, text_literal),
    Field("pursuant_to", ML.pursuantTo, "resolution"),
    Field("addendum_to", ML.addendumTo, "document"),
    Field("note", RDFS.comment, text_literal),
)


def read_document(reader: MandateReader, rec: Located) -> None:
    ctx = reader.ctx
    iri = _identity(reader, rec)
    if iri is None:
        return
    symbol, key = rec.get("symbol"), rec.get("key")
    srcs = ctx.record_sources(rec)
    ctx.note_subject(iri, rec)
    kind = str(rec.get("kind", "other"))
    cls = DOCUMENT_KINDS.get(kind)
    if cls is None:
        ctx.problem(rec, "kind", f"unknown document kind '{kind}' (one of {', '.join(DOCUMENT_KINDS)})")
        cls = ML.Document
    for src in srcs:
        graph = ctx.cite(iri, src)
        ctx.add(iri, RDF.type, cls, graph)
        reader.belongs(iri, graph)
        if symbol:
            ctx.add(iri, ML.symbol, Literal(str(symbol).strip()), graph)
            ctx.add(iri, RDFS.seeAlso, URIRef(iris.undocs(str(symbol).strip())), graph)
        else:
            ctx.add(iri, ML.key, Literal(str(key)), graph)
    reader.emit_fields(iri, rec, FIELDS, srcs)
    ctx.unknown_fields(rec, FIELDS, "symbol", "key", "kind")


def _identity(reader: MandateReader, rec: Located) -> str | None:
    """The document's IRI, from its UN symbol or (without one) its key; None when refused."""
    ctx = reader.ctx
    symbol, key = rec.get("symbol"), rec.get("key")
    if bool(symbol) == bool(key):
        ctx.problem(rec, "symbol", "a document needs exactly one of 'symbol' (UN symbol) or 'key' (no symbol)")
        return None
    if symbol:
        symbol = str(symbol).strip()
        if not looks_like_symbol(symbol):
            ctx.problem(rec, "symbol", f"'{symbol}' is not a UN document symbol")
            return None
        return None if reader.duplicate("document", "symbol", symbol, rec) else iris.document(ctx.base, symbol)
    return None if reader.duplicate("document", "key", str(key), rec) else iris.keyed_document(ctx.base, str(key))
