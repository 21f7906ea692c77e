"""Source: the curated YAML files under data/ -> RDF quads, one named graph per source document.

Every record must cite a source ({doc, at}); a field may carry its own source(s). The loader
records where each subject and (subject, predicate) came from, so that validation can name the
file, line and field behind any violation.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from datetime import date
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import DCTERMS, FOAF, PROV, RDF, RDFS, SKOS, XSD

from ..ontology import iris
from ..ontology.vocab import ELI, ML, ORG
from .yamlfile import DataError, Located, LocatedList, read_yaml
from . import yamlfile as _yamlfile

MANDATE_FILES = ("mandate", "sources", "resolutions", "tasks", "holders", "visits", "documents")
REF_RE = re.compile(r"^(?P<body>[A-Za-z][A-Za-z-]*) (?P<number>(?:S-)?\d{1,4}/\d{1,4})$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$")
DURATION_RE = re.compile(r"^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?$")
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")

DOCUMENT_KINDS = {
    "thematic-report": ML.ThematicReport,
    "mission-report": ML.MissionReport,
    "addendum": ML.Addendum,
    "working-paper": ML.WorkingPaper,
    "note": ML.Note,
    "statement": ML.Statement,
    "call-for-inputs": ML.CallForInputs,
    "other": ML.Document,
}
SOURCE_KINDS = {
    "web-page": ML.WebPage,
    "press-release": ML.PressRelease,
    "seed": ML.Document,
    "encyclopedia": ML.WebPage,
    "statement": ML.WebPage,
    "database": ML.WebPage,
}
EVENT_KINDS = {
    "added": ML.TaskAdded,
    "reaffirmed": ML.TaskReaffirmed,
    "changed": ML.TaskChanged,
    "superseded": ML.TaskSuperseded,
}
MANDATE_ACTIONS = {"created": ML.Created, "renewed": ML.Renewed, "extended": ML.Extended, "none": None}
VISIT_STATUSES = {
    "requested": ML.Requested,
    "reminder": ML.Reminder,
    "accepted": ML.Accepted,
    "declined": ML.Declined,
    "dates-proposed": ML.DatesProposed,
    "completed": ML.Completed,
}


@dataclass(frozen=True)
class Origin:
    file: str
    line: int
    field: str | None = None


@dataclass
class LoadResult:
    quads: set = field(default_factory=set)
    subjects: dict = field(default_factory=dict)  # IRI -> Origin of the record
    fields: dict = field(default_factory=dict)  # (IRI, predicate IRI) -> Origin of the field
    problems: list = field(default_factory=list)  # DataError
    mandates: list = field(default_factory=list)
    files: list = field(default_factory=list)

    @cached_property
    def nquad_lines(self) -> list[str]:
        """The quads as sorted N-Quads lines: the build's canonical text, computed once."""
        return sorted(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n" for s, p, o, g in self.quads)

    @cached_property
    def union_ntriples(self) -> str:
        """Every triple once, as sorted N-Triples: the union of the named graphs, computed once."""
        return "".join(union_lines(self.nquad_lines))


def union_lines(nquad_lines):
    """Each triple once, in order, from sorted N-Quads lines.

    No set needed: all the lines of one triple (one per graph) start with the same text, the triple
    and " <", so they are adjacent once sorted.
    """
    previous = None
    for line in nquad_lines:
        triple = line[: line.rindex(" <")]
        if triple != previous:
            yield triple + " .\n"
            previous = triple


@dataclass(frozen=True)
class Source:
    doc: str
    at: str


class _Ctx:
    """State shared by the readers of one data folder."""

    def __init__(self, base: str, root: Path):
        self.base = base
        self.root = root
        self.out = LoadResult()
        self.source_keys: dict[str, Located] = {}
        self.resolutions: dict[str, str] = {}  # ref -> IRI
        self.file = ""
        self._iris: dict[str, URIRef] = {}

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

    def parse_source(self, rec: Located, fld: str, raw) -> Source | None:
        if not isinstance(raw, dict) or not raw.get("doc") or not raw.get("at"):
            self.problem(rec, fld, "a source needs both 'doc' (a symbol or source key) and 'at' (paragraph, footnote ...)")
            return None
        doc, at = str(raw["doc"]).strip(), str(raw["at"]).strip()
        if doc not in self.source_keys and not _looks_like_symbol(doc):
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

    def emit(self, subject: str, rec: Located, fld: str, pred: URIRef, convert, sources: list[Source]) -> None:
        """Emit one field: its value(s) in the graph of each source that states it."""
        if fld not in rec or rec[fld] is None:
            return
        raw = rec[fld]
        claims = _claims(raw)
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
                    self.problem(rec, fld, invalid_value(item, convert))
                    continue
                values_seen.append(term)
                for src in srcs:
                    graph = self.cite(subject, src) if own_source is not None else iris.source_graph(self.base, self.doc_iri(src.doc))
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
                doc = self.doc_iri(parsed.doc)
                self.add(node, ML.citation, URIRef(iris.citation(self.base, doc, parsed.at)), graph)
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


def _looks_like_symbol(text: str) -> bool:
    return bool(re.match(r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.()-]+)+$", text))


# -- value converters --------------------------------------------------------------------------
def _shown(value, limit: int = 80) -> str:
    text = repr(value) if not isinstance(value, (list, dict)) else f"a {'list' if isinstance(value, list) else 'mapping'}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def invalid_value(value, convert) -> str:
    """The message for a value a converter refused: what was given, and what is expected."""
    expected = _EXPECTED.get(getattr(convert, "__name__", ""))
    if expected is None and getattr(convert, "__name__", "") == "resolution":
        expected = "a resolution ref like 'HRC 35/3'"
    return f"invalid value {_shown(value)}" + (f": expected {expected}" if expected else "")


def date_literal(value) -> Literal | None:
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    text = str(value).strip()
    match = DATE_RE.match(text)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            date(int(year), int(month), int(day))
            return Literal(text, datatype=XSD.date)
        if month:
            if not 1 <= int(month) <= 12:
                return None
            return Literal(text, datatype=XSD.gYearMonth)
    except ValueError:
        return None
    return Literal(text, datatype=XSD.gYear)


def year_literal(value) -> Literal | None:
    text = str(value).strip()
    return Literal(text, datatype=XSD.gYear) if re.fullmatch(r"\d{4}", text) else None


def text_literal(value) -> Literal | None:
    if isinstance(value, (dict, list)) or value is None:
        return None
    text = str(value).strip()
    return Literal(text) if text else None


def int_literal(value) -> Literal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.isdigit()):
        return Literal(int(value))
    return None


VOTE_RE = re.compile(r"^(\d{1,3})-(\d{1,3})-(\d{1,3})$")


def vote_part(index: int):
    """A converter taking one count out of a recorded vote 'in favour-against-abstentions'."""
    def vote_literal(value) -> Literal | None:
        match = VOTE_RE.match(str(value).strip()) if not isinstance(value, (dict, list, bool)) else None
        return Literal(int(match[index + 1])) if match else None
    return vote_literal


def iri_value(value) -> URIRef | None:
    text = str(value).strip()
    return URIRef(text) if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", text) else None


_EXPECTED = {
    "vote_literal": "a recorded vote written in favour-against-abstentions, like \"31-13-3\"",
    "date_literal": "a date (YYYY-MM-DD, \"YYYY-MM\" or YYYY) that exists",
    "year_literal": "a year written YYYY",
    "text_literal": "a text (not a list or mapping)",
    "int_literal": "a whole number",
    "iri_value": "an http(s) IRI",
}


# -- reading YAML fast --------------------------------------------------------------------------
# libyaml parses the same documents about ten times faster than PyYAML's Python parser: on a large
# corpus that is most of the load stage. _CLoader shares the constructors of yamlfile's loader (same
# Located mappings and lines); it follows read_yaml step by step and hands every file it cannot read
# cleanly to read_yaml, which then reports the problem in its usual words.
try:
    import yaml as _yaml

    class _CLoader(_yaml.CSafeLoader):
        _resolved: dict = {}

        def resolve(self, kind, value, implicit):
            # The implicit tag of a plain scalar depends on its text alone (no path resolvers here): remember it.
            if kind is _yaml.ScalarNode and not self.yaml_path_resolvers:
                key = (value, implicit)
                tag = self._resolved.get(key)
                if tag is None:
                    if len(self._resolved) > 100_000:
                        self._resolved.clear()
                    tag = self._resolved[key] = super().resolve(kind, value, implicit)
                return tag
            return super().resolve(kind, value, implicit)

    _CLoader.yaml_constructors = _yamlfile._Loader.yaml_constructors  # noqa: SLF001 - the very same table
except (ImportError, AttributeError):  # PyYAML built without libyaml
    _CLoader = None


def _read_yaml(path: Path, display: str):
    if _CLoader is not None and hasattr(_yamlfile, "_check_size"):
        try:
            if path.is_file() and path.stat().st_size <= _yamlfile.MAX_FILE_BYTES:
                text = path.read_bytes().decode("utf-8").removeprefix("\ufeff")
                if text.strip():
                    loader = _CLoader(text)
                    try:
                        node = loader.get_single_node()
                        if node is None:
                            return None
                        _yamlfile._check_size(node)  # noqa: SLF001
                        return loader.construct_document(node)
                    finally:
                        loader.dispose()
        except Exception:  # noqa: BLE001, S110 - read_yaml below reads it again and names the problem
            pass
    return read_yaml(path, display)


# -- readers -----------------------------------------------------------------------------------
def _records(ctx: _Ctx, path: Path, single: bool = False) -> list[Located]:
    ctx.file = str(path.relative_to(ctx.root)) if path.is_relative_to(ctx.root) else str(path)
    try:
        data = _read_yaml(path, ctx.file)
    except DataError as exc:
        ctx.out.problems.append(exc)
        return []
    ctx.out.files.append(ctx.file)
    if single:
        if not isinstance(data, Located):
            ctx.out.problems.append(DataError(ctx.file, 1, None, "expected one mapping (key: value lines)"))
            return []
        return [data]
    if not isinstance(data, list):
        ctx.out.problems.append(DataError(ctx.file, 1, None, "expected a list of records ('- key: ...')"))
        return []
    good = []
    for i, rec in enumerate(data):
        if not isinstance(rec, Located):
            line = data.line_of(i) if isinstance(data, LocatedList) else None
            ctx.out.problems.append(DataError(ctx.file, line, None, f"item {i + 1} is not a mapping (a record is a group of 'key: value' lines)"))
            continue
        good.append(rec)
    return good


def _require(ctx: _Ctx, rec: Located, fld: str, pattern: re.Pattern | None = None, what: str = "") -> str | None:
    value = rec.get(fld)
    if value is None or str(value).strip() == "":
        ctx.problem(rec, fld, f"required field '{fld}' is missing")
        return None
    text = str(value).strip()
    if pattern is not None and not pattern.match(text):
        ctx.problem(rec, fld, f"'{text}' is not {what}")
        return None
    return text


def read_sources(ctx: _Ctx, path: Path) -> None:
    for rec in _records(ctx, path):
        key = _require(ctx, rec, "key", KEY_RE, "a key (lower-case letters, digits and dashes)")
        if key is None:
            continue
        if key in ctx.source_keys:
            ctx.problem(rec, "key", f"duplicate source key '{key}'")
            continue
        ctx.source_keys[key] = rec
        rec._file = ctx.file  # noqa: SLF001 - remember the file for the second pass


def emit_sources(ctx: _Ctx) -> None:
    for key, rec in ctx.source_keys.items():
        ctx.file = rec._file  # noqa: SLF001
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
        title = _require(ctx, rec, "title")
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


def read_bodies(ctx: _Ctx, path: Path) -> None:
    seen: dict[str, int] = {}
    for rec in _records(ctx, path):
        key = _require(ctx, rec, "key")
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
        ctx.emit(iri, rec, "label", SKOS.prefLabel, text_literal, srcs)
        ctx.emit(iri, rec, "parent", ORG.subOrganizationOf, lambda v: URIRef(iris.body(ctx.base, str(v))), srcs)
        _unknown_fields(ctx, rec, {"key", "label", "parent", "source", "sources"})


def _unknown_fields(ctx: _Ctx, rec: Located, known: set[str]) -> None:
    for key in rec:
        if key not in known:
            ctx.problem(rec, key, f"unknown field '{key}' (known: {', '.join(sorted(known))})")


class MandateReader:
    """Reads one data/mandates/<key>/ folder."""

    def __init__(self, ctx: _Ctx, folder: Path):
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

    def belongs(self, subject: str, graph: str) -> None:
        self.ctx.add(subject, ML.mandate, URIRef(self.iri), graph)

    def read(self) -> None:
        ctx = self.ctx
        if not KEY_RE.match(self.key):
            ctx.out.problems.append(DataError(str(self.folder), None, None, "a mandate folder name must be a key (lower-case letters, digits, dashes)"))
            return
        ctx.out.mandates.append(self.key)
        path = self.folder / "mandate.yaml"
        if not path.exists():
            ctx.out.problems.append(DataError(str(path.relative_to(ctx.root)), None, None, "missing: every mandate folder needs a mandate.yaml"))
            return
        mandate_records = _records(ctx, path, single=True)
        mandate_file = ctx.file
        # Resolutions first: the other files refer to them by ref.
        res_path = self.folder / "resolutions.yaml"
        res_records = _records(ctx, res_path) if res_path.exists() else []
        res_file = ctx.file
        for rec in res_records:
            ref = rec.get("ref")
            if ref is None:
                continue
            iri = self._resolution_iri(rec)
            if iri:
                known = ctx.resolutions.get(str(ref))
                if known and known != iri:
                    ctx.problem(rec, "ref", f"'{ref}' is defined twice with different symbols")
                ctx.resolutions[str(ref)] = iri
        ctx.file = mandate_file
        for rec in mandate_records:
            self.read_mandate(rec)
        for reader, name in (
            (self.read_resolution, None),
            (self.read_task, "tasks.yaml"),
            (self.read_holder, "holders.yaml"),
            (self.read_visit, "visits.yaml"),
            (self.read_document, "documents.yaml"),
        ):
            if name is None:
                ctx.file = res_file
                records = res_records
            else:
                p = self.folder / name
                records = _records(ctx, p) if p.exists() else []
            for rec in records:
                reader(rec)

    def _resolution_iri(self, rec: Located) -> str | None:
        symbol = rec.get("symbol")
        if symbol:
            return iris.document(self.ctx.base, str(symbol).strip())
        match = REF_RE.match(str(rec.get("ref", "")).strip())
        return iris.resolution_without_symbol(self.ctx.base, match["body"], match["number"]) if match else None

    def read_mandate(self, rec: Located) -> None:
        ctx = self.ctx
        key = _require(ctx, rec, "key")
        if key and key != self.key:
            ctx.problem(rec, "key", f"key '{key}' differs from the folder name '{self.key}'")
        srcs = ctx.record_sources(rec)
        ctx.note_subject(self.iri, rec)
        for src in srcs:
            graph = ctx.cite(self.iri, src)
            ctx.add(self.iri, RDF.type, ML.Mandate, graph)
            ctx.add(self.iri, ML.key, Literal(self.key), graph)
        ctx.emit(self.iri, rec, "label", SKOS.prefLabel, text_literal, srcs)
        ctx.emit(self.iri, rec, "kind", ML.mandateKind, text_literal, srcs)
        ctx.emit(self.iri, rec, "established_by", ML.establishedBy, ctx.resolution, srcs)
        _unknown_fields(ctx, rec, {"key", "label", "kind", "established_by", "source", "sources", "note"})

    def read_resolution(self, rec: Located) -> None:
        ctx = self.ctx
        ref = _require(ctx, rec, "ref", REF_RE, "a resolution ref like 'HRC 35/3'")
        if ref is None:
            return
        if self.duplicate("resolution", "ref", ref, rec):
            return
        iri = self._resolution_iri(rec)
        srcs = ctx.record_sources(rec)
        ctx.note_subject(iri, rec)
        kind = str(rec.get("kind", "resolution"))
        cls = {"resolution": ML.Resolution, "decision": ML.Decision}.get(kind)
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
            self.belongs(iri, graph)
        if rec.get("body") and str(rec["body"]) != body_key:
            ctx.problem(rec, "body", f"body '{rec['body']}' differs from the body in ref '{ref}'")
        ctx.emit(iri, rec, "symbol", ML.symbol, text_literal, srcs)
        if rec.get("symbol"):
            for src in srcs:
                ctx.add(iri, RDFS.seeAlso, URIRef(iris.undocs(str(rec["symbol"]).strip())), iris.source_graph(ctx.base, ctx.doc_iri(src.doc)))
        ctx.emit(iri, rec, "session", ML.session, int_literal, srcs)
        ctx.emit(iri, rec, "adopted", ML.adoptedOn, date_literal, srcs)
        ctx.emit(iri, rec, "title", DCTERMS.title, text_literal, srcs)
        action = rec.get("mandate_action")
        if action is not None:
            ctx.emit(iri, rec, "mandate_action", ML.mandateAction, lambda v: MANDATE_ACTIONS.get(str(v), None) if str(v) != "none" else ML.NoAction, srcs)
        period = rec.get("period")
        if isinstance(period, Located) and "until" in period and "value" not in period:
            lit = date_literal(period["until"])
            if lit is None:
                ctx.problem(rec, "period", f"period until '{period['until']}' is not a date")
            else:
                for src in srcs:
                    ctx.add(iri, ML.extendsUntil, lit, iris.source_graph(ctx.base, ctx.doc_iri(src.doc)))
                ctx.note_field(iri, ML.extendsUntil, rec, "period")
        elif period is not None:
            ctx.emit(iri, rec, "period", ML.extendsBy, lambda v: Literal(str(v), datatype=XSD.duration) if DURATION_RE.match(str(v)) and str(v) != "P" else None, srcs)
        for part, pred in enumerate((ML.votesInFavour, ML.votesAgainst, ML.abstentions)):
            ctx.emit(iri, rec, "vote", pred, vote_part(part), srcs)
        ctx.emit(iri, rec, "recalls", ML.recalls, ctx.resolution, srcs)
        ctx.emit(iri, rec, "reaffirms", ML.reaffirms, ctx.resolution, srcs)
        ctx.emit(iri, rec, "note", RDFS.comment, text_literal, srcs)
        _unknown_fields(ctx, rec, {"ref", "kind", "symbol", "body", "session", "adopted", "title", "mandate_action", "period", "vote", "recalls", "reaffirms", "source", "sources", "note"})

    def read_task(self, rec: Located) -> None:
        ctx = self.ctx
        key = _require(ctx, rec, "key", KEY_RE, "a key (lower-case letters, digits and dashes)")
        if key is None:
            return
        if self.duplicate("task", "key", key, rec):
            return
        iri = iris.task(ctx.base, self.key, key)
        srcs = ctx.record_sources(rec)
        ctx.note_subject(iri, rec)
        for src in srcs:
            graph = ctx.cite(iri, src)
            ctx.add(iri, RDF.type, ML.Task, graph)
            ctx.add(iri, ML.key, Literal(key), graph)
            self.belongs(iri, graph)
        ctx.emit(iri, rec, "label", SKOS.prefLabel, text_literal, srcs)
        ctx.emit(iri, rec, "aliases", SKOS.altLabel, text_literal, srcs)
        ctx.emit(iri, rec, "subjects", DCTERMS.subject, iri_value, srcs)
        ctx.emit(iri, rec, "note", RDFS.comment, text_literal, srcs)
        events = rec.get("events") or []
        if not isinstance(events, list):
            ctx.problem(rec, "events", "events must be a list")
            events = []
        for ev in events:
            if isinstance(ev, Located):
                self.read_event(iri, key, ev)
            else:
                ctx.problem(rec, "events", "each event must be a mapping with kind, by, paragraph, source")
        _unknown_fields(ctx, rec, {"key", "label", "aliases", "subjects", "events", "source", "sources", "note"})

    def read_event(self, task_iri: str, task_key: str, ev: Located) -> None:
        ctx = self.ctx
        kind = _require(ctx, ev, "kind")
        if kind is None:
            return
        cls = EVENT_KINDS.get(kind)
        if cls is None:
            ctx.problem(ev, "kind", f"unknown event kind '{kind}' (one of {', '.join(EVENT_KINDS)})")
            return
        by = _require(ctx, ev, "by", REF_RE, "a resolution ref like 'HRC 35/3'")
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
            self.belongs(iri, graph)
            if para_no:
                para = iris.paragraph(str(res), para_no)
                ctx.add(iri, ML.paragraph, URIRef(para), graph)
                ctx.add(para, RDF.type, ML.Paragraph, graph)
                ctx.add(para, ML.paragraphOf, res, graph)
                ctx.add(para, ML.number, Literal(para_no), graph)
                ctx.add(para, ML.citation, URIRef(iris.citation(ctx.base, ctx.doc_iri(src.doc), src.at)), graph)
                ctx.note_subject(para, ev)
        ctx.note_field(iri, ML.resolution, ev, "by")
        ctx.note_field(iri, ML.paragraph, ev, "paragraph")
        ctx.emit(iri, ev, "note", RDFS.comment, text_literal, srcs)
        if kind == "superseded":
            if not ev.get("superseded_by"):
                ctx.problem(ev, "superseded_by", "a 'superseded' event needs superseded_by: <task key>")
            ctx.emit(iri, ev, "superseded_by", ML.supersededBy, lambda v: URIRef(iris.task(ctx.base, self.key, str(v))), srcs)
        elif ev.get("superseded_by"):
            ctx.problem(ev, "superseded_by", "superseded_by belongs only on a 'superseded' event")
        _unknown_fields(ctx, ev, {"kind", "by", "paragraph", "note", "superseded_by", "source", "sources"})

    def read_holder(self, rec: Located) -> None:
        ctx = self.ctx
        key = _require(ctx, rec, "key", KEY_RE, "a key (lower-case letters, digits and dashes)")
        if key is None:
            return
        if self.duplicate("holder", "key", key, rec):
            return
        iri = iris.person(ctx.base, key)
        srcs = ctx.record_sources(rec)
        ctx.note_subject(iri, rec)
        for src in srcs:
            graph = ctx.cite(iri, src)
            ctx.add(iri, RDF.type, ML.Person, graph)
            ctx.add(iri, ML.key, Literal(key), graph)
        ctx.emit(iri, rec, "name", FOAF.name, text_literal, srcs)
        ctx.emit(iri, rec, "gender", FOAF.gender, text_literal, srcs)
        ctx.emit(iri, rec, "died", ML.diedOn, date_literal, srcs)
        ctx.emit(iri, rec, "note", RDFS.comment, text_literal, srcs)
        terms = rec.get("terms") or []
        if not isinstance(terms, list) or not terms:
            ctx.problem(rec, "terms", "a mandate holder needs a list of terms (at least one)")
            terms = []
        for index, term in enumerate(terms, start=1):
            if isinstance(term, Located):
                self.read_term(iri, key, index, term)
            else:
                ctx.problem(rec, "terms", f"term {index} is not a mapping (appointed, end, appointed_by, source ...)")
        _unknown_fields(ctx, rec, {"key", "name", "gender", "died", "terms", "source", "sources", "note"})

    def read_term(self, person_iri: str, holder_key: str, index: int, rec: Located) -> None:
        ctx = self.ctx
        iri = iris.term(ctx.base, self.key, holder_key, index)
        srcs = ctx.record_sources(rec)
        ctx.note_subject(iri, rec)
        for src in srcs:
            graph = ctx.cite(iri, src)
            ctx.add(iri, RDF.type, ML.Term, graph)
            ctx.add(iri, ML.holder, URIRef(person_iri), graph)
            self.belongs(iri, graph)
        ctx.emit(iri, rec, "appointed", ML.appointedOn, date_literal, srcs)
        ctx.emit(iri, rec, "took_up_functions", ML.tookUpFunctionsOn, date_literal, srcs)
        start_field = next((f for f in ("start", "took_up_functions", "appointed") if rec.get(f) is not None), None)
        if start_field is None:
            ctx.problem(rec, "start", "a term needs a start, took_up_functions or appointed date")
        else:
            ctx.emit(iri, rec, start_field, ML.startDate, date_literal, srcs)
        ctx.emit(iri, rec, "end", ML.endDate, date_literal, srcs)
        ctx.emit(iri, rec, "appointed_by", ML.appointedBy, lambda v: URIRef(iris.body(ctx.base, str(v))), srcs)
        ctx.emit(iri, rec, "pursuant_to", ML.appointedPursuantTo, ctx.resolution, srcs)
        ctx.emit(iri, rec, "note", RDFS.comment, text_literal, srcs)
        _unknown_fields(ctx, rec, {"appointed", "took_up_functions", "start", "end", "appointed_by", "pursuant_to", "source", "sources", "note"})

    def read_visit(self, rec: Located) -> None:
        ctx = self.ctx
        key = _require(ctx, rec, "key", KEY_RE, "a key (lower-case letters, digits and dashes)")
        if key is None:
            return
        if self.duplicate("visit", "key", key, rec):
            return
        iri = iris.visit(ctx.base, self.key, key)
        srcs = ctx.record_sources(rec)
        ctx.note_subject(iri, rec)
        country = rec.get("country")
        code = name = None
        if isinstance(country, dict):
            code, name = str(country.get("code", "")).strip(), str(country.get("name", "")).strip()
        if not code or not ISO2_RE.match(code) or not name:
            ctx.problem(rec, "country", "country needs {code: <ISO 3166-1 alpha-2, e.g. BR>, name: <name>}")
            code = None
        status = str(rec.get("status", "")).strip()
        status_iri = VISIT_STATUSES.get(status)
        if not status:
            ctx.problem(rec, "status", f"required field 'status' is missing (one of {', '.join(VISIT_STATUSES)})")
        elif status_iri is None:
            ctx.problem(rec, "status", f"status '{status}' is not one of {', '.join(VISIT_STATUSES)}")
        for src in srcs:
            graph = ctx.cite(iri, src)
            ctx.add(iri, RDF.type, ML.CountryVisit, graph)
            ctx.add(iri, ML.key, Literal(key), graph)
            self.belongs(iri, graph)
            if code:
                c = iris.country(ctx.base, code)
                ctx.add(iri, ML.country, URIRef(c), graph)
                ctx.add(c, RDF.type, ML.Country, graph)
                ctx.add(c, ML.countryCode, Literal(code), graph)
                ctx.add(c, SKOS.prefLabel, Literal(name), graph)
                ctx.add(c, ML.citation, URIRef(iris.citation(ctx.base, ctx.doc_iri(src.doc), src.at)), graph)
            if status_iri is not None:
                ctx.add(iri, ML.visitStatus, status_iri, graph)
        ctx.note_field(iri, ML.country, rec, "country")
        ctx.note_field(iri, ML.visitStatus, rec, "status")
        ctx.emit(iri, rec, "holder", ML.holder, lambda v: URIRef(iris.person(ctx.base, str(v))), srcs)
        ctx.emit(iri, rec, "start", ML.startDate, date_literal, srcs)
        ctx.emit(iri, rec, "end", ML.endDate, date_literal, srcs)
        ctx.emit(iri, rec, "report", ML.missionReport, lambda v: URIRef(iris.document(ctx.base, str(v).strip())), srcs)
        ctx.emit(iri, rec, "request", ML.followsRequest, lambda v: URIRef(iris.visit(ctx.base, self.key, str(v))), srcs)
        ctx.emit(iri, rec, "note", RDFS.comment, text_literal, srcs)
        _unknown_fields(ctx, rec, {"key", "country", "holder", "start", "end", "status", "report", "request", "source", "sources", "note"})

    def read_document(self, rec: Located) -> None:
        ctx = self.ctx
        symbol, key = rec.get("symbol"), rec.get("key")
        if bool(symbol) == bool(key):
            ctx.problem(rec, "symbol", "a document needs exactly one of 'symbol' (UN symbol) or 'key' (no symbol)")
            return
        if symbol:
            symbol = str(symbol).strip()
            if not _looks_like_symbol(symbol):
                ctx.problem(rec, "symbol", f"'{symbol}' is not a UN document symbol")
                return
            if self.duplicate("document", "symbol", symbol, rec):
                return
            iri = iris.document(ctx.base, symbol)
        else:
            if self.duplicate("document", "key", str(key), rec):
                return
            iri = iris.keyed_document(ctx.base, str(key))
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
            self.belongs(iri, graph)
            if symbol:
                ctx.add(iri, ML.symbol, Literal(symbol), graph)
                ctx.add(iri, RDFS.seeAlso, URIRef(iris.undocs(symbol)), graph)
            else:
                ctx.add(iri, ML.key, Literal(str(key)), graph)
        ctx.emit(iri, rec, "body", ML.body, lambda v: URIRef(iris.body(ctx.base, str(v))), srcs)
        ctx.emit(iri, rec, "session", ML.session, int_literal, srcs)
        ctx.emit(iri, rec, "year", ML.year, year_literal, srcs)
        ctx.emit(iri, rec, "date", DCTERMS.issued, date_literal, srcs)
        ctx.emit(iri, rec, "author", DCTERMS.creator, lambda v: URIRef(iris.person(ctx.base, str(v))), srcs)
        ctx.emit(iri, rec, "author_body", ML.authorBody, lambda v: URIRef(iris.body(ctx.base, str(v))), srcs)
        ctx.emit(iri, rec, "author_name", ML.authorName, text_literal, srcs)
        ctx.emit(iri, rec, "deadline", ML.deadline, date_literal, srcs)
        ctx.emit(iri, rec, "title", DCTERMS.title, text_literal, srcs)
        ctx.emit(iri, rec, "theme", ML.theme, text_literal, srcs)
        ctx.emit(iri, rec, "pursuant_to", ML.pursuantTo, ctx.resolution, srcs)
        ctx.emit(iri, rec, "addendum_to", ML.addendumTo, lambda v: URIRef(iris.document(ctx.base, str(v).strip())), srcs)
        ctx.emit(iri, rec, "note", RDFS.comment, text_literal, srcs)
        _unknown_fields(ctx, rec, {"symbol", "key", "kind", "body", "session", "year", "date", "author", "author_body", "author_name", "deadline", "title", "theme", "pursuant_to", "addendum_to", "source", "sources", "note"})


def load_curated(data_dir: Path, base_iri: str) -> LoadResult:
    """Read a data folder into quads, with origins and the problems found."""
    data_dir = Path(data_dir)
    ctx = _Ctx(base_iri, data_dir)
    if not data_dir.is_dir():
        ctx.out.problems.append(DataError(str(data_dir), None, None, "data folder does not exist"))
        return ctx.out
    mandate_dirs = sorted(p for p in (data_dir / "mandates").glob("*") if p.is_dir()) if (data_dir / "mandates").is_dir() else []
    for path in [data_dir / "sources.yaml"] + [d / "sources.yaml" for d in mandate_dirs]:
        if path.exists():
            read_sources(ctx, path)
    emit_sources(ctx)
    if (data_dir / "bodies.yaml").exists():
        read_bodies(ctx, data_dir / "bodies.yaml")
    else:
        ctx.out.problems.append(DataError("bodies.yaml", None, None, "missing: the data folder needs bodies.yaml"))
    if not mandate_dirs:
        ctx.out.problems.append(DataError("mandates/", None, None, "no mandate folders found under mandates/"))
    for folder in mandate_dirs:
        MandateReader(ctx, folder).read()
    return ctx.out
