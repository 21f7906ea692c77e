"""holders.yaml: the people who held the mandate, and their terms."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import FOAF, RDF, RDFS

from ...ontology import iris
from ...ontology.vocab import ML
from ..yamlfile import Located
from .fields import Field
from .mandate import MandateReader
from .values import date_literal, text_literal

HOLDER_FIELDS = (
    Field("name", FOAF.name, text_literal),
    Field("gender", FOAF.gender, text_literal),
    Field("died", ML.diedOn, date_literal),
    Field("note", RDFS.comment, text_literal),
)
TERM_DATES = (
    Field("appointed", ML.appointedOn, date_literal),
    Field("took_up_functions", ML.tookUpFunctionsOn, date_literal),
)
START_FIELDS = ("start", "took_up_functions", "appointed")  # the first one given is the term's start
TERM_FIELDS = (
    Field("end", ML.endDate, date_literal),
    Field("appointed_by", ML.appointedBy, "body"),
    Field("pursuant_to", ML.appointedPursuantTo, "resolution"),
    Field("note", RDFS.comment, text_literal),
)


def read_holder(reader: MandateReader, rec: Located) -> None:
    ctx = reader.ctx
    key = reader.new_key(rec, "holder")
    if key is None:
        return
    iri = iris.person(ctx.base, key)
    srcs = ctx.record_sources(rec)
    ctx.note_subject(iri, rec)
    for src in srcs:
        graph = ctx.cite(iri, src)
        ctx.add(iri, RDF.type, ML.Person, graph)
        ctx.add(iri, ML.key, Literal(key), graph)
    reader.emit_fields(iri, rec, HOLDER_FIELDS, srcs)
    terms = rec.get("terms") or []
    if not isinstance(terms, list) or not terms:
        ctx.problem(rec, "terms", "a mandate holder needs a list of terms (at least one)")
        terms = []
    for index, term in enumerate(terms, start=1):
        if isinstance(term, Located):
            read_term(reader, iri, key, index, term)
        else:
            ctx.problem(rec, "terms", f"term {index} is not a mapping (appointed, end, appointed_by, source ...)")
    ctx.unknown_fields(rec, HOLDER_FIELDS, "key", "terms")


def read_term(reader: MandateReader, person_iri: str, holder_key: str, index: int, rec: Located) -> None:
    ctx = reader.ctx
    iri = iris.term(ctx.base, reader.key, holder_key, index)
    srcs = ctx.record_sources(rec)
    ctx.note_subject(iri, rec)
    for src in srcs:
        graph = ctx.cite(iri, src)
        ctx.add(iri, RDF.type, ML.Term, graph)
        ctx.add(iri, ML.holder, URIRef(person_iri), graph)
        reader.belongs(iri, graph)
    reader.emit_fields(iri, rec, TERM_DATES, srcs)
    start_field = next((f for f in START_FIELDS if rec.get(f) is not None), None)
    if start_field is None:
        ctx.problem(rec, "start", "a term needs a start, took_up_functions or appointed date")
    else:
        reader.emit_fields(iri, rec, (Field(start_field, ML.startDate, date_literal),), srcs)
    reader.emit_fields(iri, rec, TERM_FIELDS, srcs)
    ctx.unknown_fields(rec, TERM_DATES + TERM_FIELDS, "start")
