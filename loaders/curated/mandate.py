"""One data/mandates/<key>/ folder: mandate.yaml first, resolutions next (the others refer to them)."""
from __future__ import annotations

from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, SKOS

from ...ontology import iris
from ...ontology.vocab import ML
from ..yamlfile import DataError, Located
from .context import LoadContext
from .fields import Field
from .values import KEY_RE, REF_RE, text_literal

MANDATE_FIELDS = (
    Field("label", SKOS.prefLabel, text_literal),
    Field("kind", ML.mandateKind, text_literal),
    Field("established_by", ML.establishedBy, "resolution"),
)


class MandateReader:
    """Reads one mandate folder; the record readers (resolutions.py, tasks.py ...) get it as `reader`."""

    def __init__(self, ctx: LoadContext, folder: Path):
        self.ctx = ctx
        self.folder = folder
        self.key = folder.name
        self.iri = iris.mandate(ctx.base, self.key)
        self.seen: dict[tuple[str, str], tuple[str, int]] = {}

    def duplicate(self, what: str, fld: str, value: str, rec: Located) -> bool:
        """Report a second record with the same key in this mandate; True when it is one."""
        first = self.seen.get((what, value))
        if first is None:
            self.seen[(what, value)] = (self.ctx.file, rec.line_of(fld))
            return False
        where = f"line {first[1]}" if first[0] == self.ctx.file else f"{first[0]} line {first[1]}"
        self.ctx.problem(rec, fld, f"duplicate {what} {fld} '{value}' (first at {where})")
        return True

    def new_key(self, rec: Located, what: str) -> str | None:
        """The record's key; None (reported) when it is missing, not a key, or a duplicate in this mandate."""
        key = self.ctx.require(rec, "key", KEY_RE, "a key (lower-case letters, digits and dashes)")
        return None if key is None or self.duplicate(what, "key", key, rec) else key

    def belongs(self, subject: str, graph: str) -> None:
        self.ctx.add(subject, ML.mandate, URIRef(self.iri), graph)

    def emit_fields(self, subject: str, rec: Located, fields: tuple[Field, ...], sources) -> None:
        self.ctx.emit_fields(subject, rec, fields, sources, mandate=self.key)

    def resolution_iri(self, rec: Located) -> str | None:
        symbol = rec.get("symbol")
        if symbol:
            return iris.document(self.ctx.base, str(symbol).strip())
        match = REF_RE.match(str(rec.get("ref", "")).strip())
        return iris.resolution_without_symbol(self.ctx.base, match["body"], match["number"]) if match else None

    def read(self) -> None:
        from .documents import read_document
        from .holders import read_holder
        from .resolutions import read_resolution
        from .tasks import read_task
        from .visits import read_visit

        ctx = self.ctx
        if not KEY_RE.match(self.key):
            ctx.out.problems.append(DataError(str(self.folder), None, None, "a mandate folder name must be a key (lower-case letters, digits, dashes)"))
            return
        ctx.out.mandates.append(self.key)
        path = self.folder / "mandate.yaml"
        if not path.exists():
            ctx.out.problems.append(DataError(str(path.relative_to(ctx.root)), None, None, "missing: every mandate folder needs a mandate.yaml"))
            return
        mandate_records = ctx.records(path, single=True)
        mandate_file = ctx.file
        res_path = self.folder / "resolutions.yaml"
        res_records = ctx.records(res_path) if res_path.exists() else []
        res_file = ctx.file
        self.register_resolutions(res_records)
        ctx.file = mandate_file
        for rec in mandate_records:
            read_mandate(self, rec)
        ctx.file = res_file
        for rec in res_records:
            read_resolution(self, rec)
        for reader, name in ((read_task, "tasks.yaml"), (read_holder, "holders.yaml"),
                             (read_visit, "visits.yaml"), (read_document, "documents.yaml")):
            p = self.folder / name
            for rec in ctx.records(p) if p.exists() else []:
                reader(self, rec)

    def register_resolutions(self, records: list[Located]) -> None:
        """Refs -> IRIs before anything else is read: the other files refer to resolutions by ref."""
        for rec in records:
            ref = rec.get("ref")
            if ref is None:
                continue
            iri = self.resolution_iri(rec)
            if iri:
                known = self.ctx.resolutions.get(str(ref))
                if known and known != iri:
                    self.ctx.problem(rec, "ref", f"'{ref}' is defined twice with different symbols")
                self.ctx.resolutions[str(ref)] = iri


def read_mandate(reader: MandateReader, rec: Located) -> None:
    ctx = reader.ctx
    key = ctx.require(rec, "key")
    if key and key != reader.key:
        ctx.problem(rec, "key", f"key '{key}' differs from the folder name '{reader.key}'")
    srcs = ctx.record_sources(rec)
    ctx.note_subject(reader.iri, rec)
    for src in srcs:
        graph = ctx.cite(reader.iri, src)
        ctx.add(reader.iri, RDF.type, ML.Mandate, graph)
        ctx.add(reader.iri, ML.key, Literal(reader.key), graph)
    reader.emit_fields(reader.iri, rec, MANDATE_FIELDS, srcs)
    ctx.unknown_fields(rec, MANDATE_FIELDS, "key", "note")  # the note is for the data's readers only
