"""visits.yaml: country visits, requested or made, with their mission reports."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS

from ...ontology import iris
from ...ontology.vocab import ML
from ..yamlfile import Located
from .fields import Field
from .mandate import MandateReader
from .values import ISO2_RE, VISIT_STATUSES, date_literal, text_literal

FIELDS = (
    Field("holder", ML.holder, "person"),
    Field("start", ML.startDate, date_literal),
    Field("end", ML.endDate, date_literal),
    Field("report", ML.missionReport, "document"),
    Field("request", ML.followsRequest, "visit"),
    Field("note", RDFS.comment, text_literal),
)


def read_visit(reader: MandateReader, rec: Located) -> None:
    ctx = reader.ctx
    key = reader.new_key(rec, "visit")
    if key is None:
        return
    iri = iris.visit(ctx.base, reader.key, key)
    srcs = ctx.record_sources(rec)
    ctx.note_subject(iri, rec)
    code, name = _country(reader, rec)
    status_iri = _status(reader, rec)
    for src in srcs:
        graph = ctx.cite(iri, src)
        ctx.add(iri, RDF.type, ML.CountryVisit, graph)
        ctx.add(iri, ML.key, Literal(key), graph)
        reader.belongs(iri, graph)
        if code:
            c = iris.country(ctx.base, code)
            ctx.add(iri, ML.country, URIRef(c), graph)
            ctx.add(c, RDF.type, ML.Country, graph)
            ctx.add(c, ML.countryCode, Literal(code), graph)
            ctx.add(c, SKOS.prefLabel, Literal(name), graph)
            ctx.add(c, ML.citation, ctx.citation(src), graph)
        if status_iri is not None:
            ctx.add(iri, ML.visitStatus, status_iri, graph)
    ctx.note_field(iri, ML.country, rec, "country")
    ctx.note_field(iri, ML.visitStatus, rec, "status")
    reader.emit_fields(iri, rec, FIELDS, srcs)
    ctx.unknown_fields(rec, FIELDS, "key", "country", "status")


def _country(reader: MandateReader, rec: Located) -> tuple[str | None, str | None]:
    country = rec.get("country")
    code = name = None
    if isinstance(country, dict):
        code, name = str(country.get("code", "")).strip(), str(country.get("name", "")).strip()
    if not code or not ISO2_RE.match(code) or not name:
        reader.ctx.problem(rec, "country", "country needs {code: <ISO 3166-1 alpha-2, e.g. BR>, name: <name>}")
        code = None
    return code, name


def _status(reader: MandateReader, rec: Located):
    status = str(rec.get("status", "")).strip()
    status_iri = VISIT_STATUSES.get(status)
    if not status:
        reader.ctx.problem(rec, "status", f"required field 'status' is missing (one of {', '.join(VISIT_STATUSES)})")
    elif status_iri is None:
        reader.ctx.problem(rec, "status", f"status '{status}' is not one of {', '.join(VISIT_STATUSES)}")
    return status_iri
