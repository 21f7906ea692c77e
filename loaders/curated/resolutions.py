"""resolutions.yaml: resolutions and decisions, and what each did to the mandate."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS

from ...ontology import iris
from ...ontology.vocab import ML
from ..yamlfile import Located
from .fields import Field
from .mandate import MandateReader
from .values import REF_RE, VOTE_EXPECTED, date_literal, vote_part, duration_literal, int_literal, mandate_action, text_literal

KINDS = {"resolution": ML.Resolution, "decision": ML.Decision}
SYMBOL = Field("symbol", ML.symbol, text_literal)
FIELDS_BEFORE_PERIOD = (
    Field("session", ML.session, int_literal),
    Field("adopted", ML.adoptedOn, date_literal),
    Field("title", DCTERMS.title, text_literal),
    Field("mandate_action", ML.mandateAction, mandate_action),
)
FIELDS_AFTER_PERIOD = tuple(
    Field("vote", pred, vote_part(i), VOTE_EXPECTED)
    for i, pred in enumerate((ML.votesInFavour, ML.votesAgainst, ML.abstentions))
) + (
    Field("recalls", ML.recalls, "resolution"),
    Field("reaffirms", ML.reaffirms, "resolution"),
    Field("note", RDFS.comment, text_literal),
)
PERIOD_BY = Field("period", ML.extendsBy, duration_literal)
FIELDS = (SYMBOL,) + FIELDS_BEFORE_PERIOD + (PERIOD_BY,) + FIELDS_AFTER_PERIOD


def read_resolution(reader: MandateReader, rec: Located) -> None:
    ctx = reader.ctx
    ref = ctx.require(rec, "ref", REF_RE, "a resolution ref like 'HRC 35/3'")
    if ref is None or reader.duplicate("resolution", "ref", ref, rec):
        return
    iri = reader.resolution_iri(rec)
    srcs = ctx.record_sources(rec)
    ctx.note_subject(iri, rec)
    kind = str(rec.get("kind", "resolution"))
    cls = KINDS.get(kind)
    if cls is None:
        ctx.problem(rec, "kind", f"kind must be 'resolution' or 'decision', not '{kind}'")
        cls = ML.Resolution
    body_key, number = ref.split(" ", 1)
    for src in srcs:
        graph = ctx.cite(iri, src)
        ctx.add(iri, RDF.type, cls, graph)
        ctx.add(iri, ML.ref, Literal(ref), graph)
        ctx.add(iri, ML.number, Literal(number), graph)
        ctx.add(iri, ML.body, URIRef(iris.body(ctx.base, body_key)), graph)
        reader.belongs(iri, graph)
    if rec.get("body") and str(rec["body"]) != body_key:
        ctx.problem(rec, "body", f"body '{rec['body']}' differs from the body in ref '{ref}'")
    reader.emit_fields(iri, rec, (SYMBOL,), srcs)
    if rec.get("symbol"):
        for src in srcs:
            ctx.add(iri, RDFS.seeAlso, URIRef(iris.undocs(str(rec["symbol"]).strip())), ctx.graph_of(src))
    reader.emit_fields(iri, rec, FIELDS_BEFORE_PERIOD, srcs)
    _period(reader, iri, rec, srcs)
    reader.emit_fields(iri, rec, FIELDS_AFTER_PERIOD, srcs)
    ctx.unknown_fields(rec, FIELDS, "ref", "kind", "body")


def _period(reader: MandateReader, iri: str, rec: Located, srcs) -> None:
    """`period: P3Y` (extended by), or `period: {until: DATE}` (extended until)."""
    ctx = reader.ctx
    period = rec.get("period")
    if isinstance(period, Located) and "until" in period and "value" not in period:
        lit = date_literal(period["until"])
        if lit is None:
            ctx.problem(rec, "period", f"period until '{period['until']}' is not a date")
        else:
            for src in srcs:
                ctx.add(iri, ML.extendsUntil, lit, ctx.graph_of(src))
            ctx.note_field(iri, ML.extendsUntil, rec, "period")
    elif period is not None:
        reader.emit_fields(iri, rec, (PERIOD_BY,), srcs)
