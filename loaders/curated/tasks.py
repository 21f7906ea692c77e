"""tasks.yaml: the tasks of a mandate and their lineage events (added, reaffirmed, changed, superseded)."""
from __future__ import annotations

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, RDF, RDFS, SKOS

from ...ontology import iris
from ...ontology.vocab import ML
from ..yamlfile import Located
from .fields import Field
from .mandate import MandateReader
from .values import EVENT_KINDS, REF_RE, iri_value, text_literal

TASK_FIELDS = (
    Field("label", SKOS.prefLabel, text_literal),
    Field("aliases", SKOS.altLabel, text_literal),
    Field("subjects", DCTERMS.subject, iri_value),
    Field("note", RDFS.comment, text_literal),
)
EVENT_NOTE = Field("note", RDFS.comment, text_literal)
SUPERSEDED_BY = Field("superseded_by", ML.supersededBy, "task")


def read_task(reader: MandateReader, rec: Located) -> None:
    ctx = reader.ctx
    key = reader.new_key(rec, "task")
    if key is None:
        return
    iri = iris.task(ctx.base, reader.key, key)
    srcs = ctx.record_sources(rec)
    ctx.note_subject(iri, rec)
    for src in srcs:
        graph = ctx.cite(iri, src)
        ctx.add(iri, RDF.type, ML.Task, graph)
        ctx.add(iri, ML.key, Literal(key), graph)
        reader.belongs(iri, graph)
    reader.emit_fields(iri, rec, TASK_FIELDS, srcs)
    events = rec.get("events") or []
    if not isinstance(events, list):
        ctx.problem(rec, "events", "events must be a list")
        events = []
    for ev in events:
        if isinstance(ev, Located):
            read_event(reader, iri, ev)
        else:
            ctx.problem(rec, "events", "each event must be a mapping with kind, by, paragraph, source")
    ctx.unknown_fields(rec, TASK_FIELDS, "key", "events")


def read_event(reader: MandateReader, task_iri: str, ev: Located) -> None:
    ctx = reader.ctx
    kind = ctx.require(ev, "kind")
    if kind is None:
        return
    cls = EVENT_KINDS.get(kind)
    if cls is None:
        ctx.problem(ev, "kind", f"unknown event kind '{kind}' (one of {', '.join(EVENT_KINDS)})")
        return
    by = ctx.require(ev, "by", REF_RE, "a resolution ref like 'HRC 35/3'")
    if by is None:
        return
    res = ctx.resolution(by)
    para_no = ev.get("paragraph")
    para_no = str(para_no).strip() if para_no is not None else None
    iri = iris.event(task_iri, kind, str(res), para_no)
    srcs = ctx.record_sources(ev)
    ctx.note_subject(iri, ev)
    for src in srcs:
        graph = ctx.cite(iri, src)
        ctx.add(iri, RDF.type, cls, graph)
        ctx.add(iri, ML.task, URIRef(task_iri), graph)
        ctx.add(iri, ML.resolution, res, graph)
        reader.belongs(iri, graph)
        if para_no:
            para = iris.paragraph(str(res), para_no)
            ctx.add(iri, ML.paragraph, URIRef(para), graph)
            ctx.add(para, RDF.type, ML.Paragraph, graph)
            ctx.add(para, ML.paragraphOf, res, graph)
            ctx.add(para, ML.number, Literal(para_no), graph)
            ctx.add(para, ML.citation, ctx.citation(src), graph)
            ctx.note_subject(para, ev)
    ctx.note_field(iri, ML.resolution, ev, "by")
    ctx.note_field(iri, ML.paragraph, ev, "paragraph")
    reader.emit_fields(iri, ev, (EVENT_NOTE,), srcs)
    if kind == "superseded":
        if not ev.get("superseded_by"):
            ctx.problem(ev, "superseded_by", "a 'superseded' event needs superseded_by: <task key>")
        reader.emit_fields(iri, ev, (SUPERSEDED_BY,), srcs)
    elif ev.get("superseded_by"):
        ctx.problem(ev, "superseded_by", "superseded_by belongs only on a 'superseded' event")
    ctx.unknown_fields(ev, (EVENT_NOTE, SUPERSEDED_BY), "kind", "by", "paragraph")
