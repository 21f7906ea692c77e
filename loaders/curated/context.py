"""The state shared by the readers of one data folder: the quads, sources, citations, problems."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS

from ...ontology import iris
from ...ontology.vocab import ML
from ..yamlfile import DataError, Located, LocatedList, read_yaml
from .fields import Field
from .result import LoadResult, Origin
from .values import REF_RE, invalid_value, looks_like_symbol

SOURCE_FIELDS = {"source", "sources"}


@dataclass(frozen=True)
class Source:
    doc: str
    at: str


class LoadContext:
    """Quads, origins and problems of one data folder, and the helpers every record reader uses."""

    def __init__(self, base: str, root: Path):
        self.base = base
        self.root = root
        self.out = LoadResult()
        self.source_keys: dict[str, tuple[str, Located]] = {}  # key -> (file, record)
        self.resolutions: dict[str, str] = {}  # ref -> IRI
        self.file = ""
        self._iris: dict[str, URIRef] = {}
        self._references: dict[str, dict] = {}  # mandate -> reference kind -> converter

    # -- files and records -----------------------------------------------------------------
    def records(self, path: Path, single: bool = False) -> list[Located]:
        """The records of one file (or its one mapping); problems with the file's shape are reported."""
        self.file = str(path.relative_to(self.root)) if path.is_relative_to(self.root) else str(path)
        try:
            data = read_yaml(path, self.file)
        except DataError as exc:
            self.out.problems.append(exc)
            return []
        self.out.files.append(self.file)
        if single:
            if not isinstance(data, Located):
                self.out.problems.append(DataError(self.file, 1, None, "expected one mapping (key: value lines)"))
                return []
            return [data]
        if not isinstance(data, list):
            self.out.problems.append(DataError(self.file, 1, None, "expected a list of records ('- key: ...')"))
            return []
        good = []
        for i, rec in enumerate(data):
            if not isinstance(rec, Located):
                line = data.line_of(i) if isinstance(data, LocatedList) else None
                self.out.problems.append(DataError(self.file, line, None, f"item {i + 1} is not a mapping (a record is a group of 'key: value' lines)"))
                continue
            good.append(rec)
        return good

    def require(self, rec: Located, fld: str, pattern=None, what: str = "") -> str | None:
        value = rec.get(fld)
        if value is None or str(value).strip() == "":
            self.problem(rec, fld, f"required field '{fld}' is missing")
            return None
        text = str(value).strip()
        if pattern is not None and not pattern.match(text):
            self.problem(rec, fld, f"'{text}' is not {what}")
            return None
        return text

    def unknown_fields(self, rec: Located, fields: tuple[Field, ...], *other: str) -> None:
        """Report every field of `rec` that is neither in its table nor among `other` (nor a source)."""
        known = {f.name for f in fields} | set(other) | SOURCE_FIELDS
        for key in rec:
            if key not in known:
                self.problem(rec, key, f"unknown field '{key}' (known: {', '.join(sorted(known))})")

    # -- reporting -------------------------------------------------------------------------
    def problem(self, rec: Located | None, fld: str | None, message: str) -> None:
        line = rec.line_of(fld) if (rec is not None and fld) else (rec.line if rec is not None else None)
        error = DataError(self.file, line, fld, message)
        if error not in self.out.problems:  # one mistake, one report (a field read twice says it once)
            self.out.problems.append(error)

    def note_subject(self, iri: str, rec: Located) -> None:
        self.out.subjects.setdefault(iri, Origin(self.file, rec.line))

    def note_field(self, iri: str, pred: URIRef, rec: Located, fld: str) -> None:
        self.out.fields.setdefault((iri, str(pred)), Origin(self.file, rec.line_of(fld), fld))

    # -- sources ---------------------------------------------------------------------------
    def doc_iri(self, ref: str) -> str:
        if ref in self.source_keys:
            return iris.keyed_document(self.base, ref)
        return iris.document(self.base, ref)

    def graph_of(self, src: Source) -> str:
        return iris.source_graph(self.base, self.doc_iri(src.doc))

    def parse_source(self, rec: Located, fld: str, raw) -> Source | None:
        if not isinstance(raw, dict) or not raw.get("doc") or not raw.get("at"):
            self.problem(rec, fld, "a source needs both 'doc' (a symbol or source key) and 'at' (paragraph, footnote ...)")
            return None
        doc, at = str(raw["doc"]).strip(), str(raw["at"]).strip()
        if doc not in self.source_keys and not looks_like_symbol(doc):
            self.problem(rec, fld, f"source doc '{doc}' is neither a UN symbol nor a key of sources.yaml")
            return None
        return Source(doc, at)

    def record_sources(self, rec: Located) -> list[Source]:
        if "source" in rec and "sources" in rec:
            self.problem(rec, "sources", "give either 'source' or 'sources', not both")
        raw = rec.get("source")
        if raw is not None:
            found = [self.parse_source(rec, "source", raw)]
        elif isinstance(rec.get("sources"), list) and rec["sources"]:
            found = [self.parse_source(rec, "sources", item) for item in rec["sources"]]
        else:
            self.problem(rec, "source", "record has no source: every fact must cite a document and locator ('source: {doc: ..., at: ...}')")
            return []
        return [s for s in found if s is not None]

    def citation(self, src: Source) -> URIRef:
        return URIRef(iris.citation(self.base, self.doc_iri(src.doc), src.at))

    def cite(self, subject: str, src: Source) -> str:
        """Link subject to a citation node; return the named graph of the source."""
        doc = self.doc_iri(src.doc)
        graph = iris.source_graph(self.base, doc)
        cit = iris.citation(self.base, doc, src.at)
        self.add(cit, RDF.type, ML.Citation, graph)
        self.add(cit, ML.document, URIRef(doc), graph)
        self.add(cit, ML.locator, Literal(src.at), graph)
        self.add(subject, ML.citation, URIRef(cit), graph)
        self.add(subject, PROV.wasDerivedFrom, URIRef(doc), graph)
        self.mention_document(src.doc, doc, graph)
        return graph

    def mention_document(self, ref: str, doc: str, graph: str) -> None:
        if ref not in self.source_keys:
            self.add(doc, ML.symbol, Literal(ref), graph)
            self.add(doc, RDFS.seeAlso, URIRef(iris.undocs(ref)), graph)

    # -- triples ---------------------------------------------------------------------------
    def add(self, s: str, p: URIRef, o, g: str) -> None:
        # One URIRef per IRI string: building URIRefs (each one checked by rdflib) was a third of the load.
        iri = self._iris
        s_term = s if isinstance(s, URIRef) else (iri.get(s) or iri.setdefault(s, URIRef(s)))
        o_term = o if isinstance(o, (URIRef, Literal)) else (iri.get(o) or iri.setdefault(o, URIRef(o)))
        self.out.quads.add((s_term, p, o_term, iri.get(g) or iri.setdefault(g, URIRef(g))))

    def emit_fields(self, subject: str, rec: Located, fields: tuple[Field, ...], sources: list[Source], mandate: str = "") -> None:
        """Emit each field of the table that the record has, in table order."""
        for f in fields:
            self.emit(subject, rec, f.name, f.predicate, self.converter(f, mandate), sources, f.expected)

    def converter(self, f: Field, mandate: str):
        """The function that turns one value of field `f` into an RDF term."""
        if callable(f.value):
            return f.value
        refs = self._references.get(mandate)
        if refs is None:
            base = self.base
            refs = self._references[mandate] = {
                "resolution": self.resolution,
                "body": lambda v: URIRef(iris.body(base, str(v))),
                "person": lambda v: URIRef(iris.person(base, str(v))),
                "document": lambda v: URIRef(iris.document(base, str(v).strip())),
                "task": lambda v: URIRef(iris.task(base, mandate, str(v))),
                "visit": lambda v: URIRef(iris.visit(base, mandate, str(v))),
            }
        return refs[f.value]

    def emit(self, subject: str, rec: Located, fld: str, pred: URIRef, convert, sources: list[Source], expected: str | None = None) -> None:
        """Emit one field: its value(s) in the graph of each source that states it."""
        if fld not in rec or rec[fld] is None:
            return
        claims = _claims(rec[fld])
        self.note_field(subject, pred, rec, fld)
        values_seen = []
        for value, own_source in claims:
            srcs = sources
            if own_source is not None:
                parsed = self.parse_source(rec, fld, own_source)
                srcs = [parsed] if parsed else []
            for item in value if isinstance(value, list) else [value]:
                term = convert(item)
                if term is None:
                    self.problem(rec, fld, invalid_value(item, expected))
                    continue
                values_seen.append(term)
                for src in srcs:
                    graph = self.cite(subject, src) if own_source is not None else self.graph_of(src)
                    self.add(subject, pred, term, graph)
        if len(claims) > 1 and len(set(values_seen)) > 1:
            self.disagree(subject, pred, rec, fld, claims)

    def disagree(self, subject: str, pred: URIRef, rec: Located, fld: str, claims) -> None:
        node = iris.disagreement(subject, str(pred))
        graph = iris.derived_graph(self.base)
        self.add(node, RDF.type, ML.Disagreement, graph)
        self.add(node, ML.about, URIRef(subject), graph)
        self.add(node, ML.onProperty, pred, graph)
        values = ", ".join(str(v) for v, _ in claims)
        self.add(node, RDFS.comment, Literal(f"Sources disagree on '{fld}': {values}"), graph)
        for _, src in claims:
            parsed = self.parse_source(rec, fld, src)
            if parsed:
                self.add(node, ML.citation, self.citation(parsed), graph)
        self.note_subject(node, rec)

    # -- references ------------------------------------------------------------------------
    def resolution(self, ref: str) -> URIRef | None:
        ref = str(ref).strip()
        if ref in self.resolutions:
            return URIRef(self.resolutions[ref])
        match = REF_RE.match(ref)
        if not match:
            return None
        # Unknown but well-formed: mint an IRI; validation reports it as an unresolved reference.
        return URIRef(iris.resolution_without_symbol(self.base, match["body"], match["number"]))


def _claims(raw) -> list[tuple[object, dict | None]]:
    """A field value as (value, own source or None) pairs."""
    if isinstance(raw, dict) and "value" in raw:
        return [(raw["value"], raw.get("source"))]
    if isinstance(raw, list) and raw and all(isinstance(i, dict) and "value" in i for i in raw):
        return [(i["value"], i.get("source")) for i in raw]
    return [(raw, None)]

