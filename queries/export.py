"""Partner exports of the current build: a registry of formats, named CONSTRUCT views, push.

    from mandate_lineage.queries.export import export, render, load_dataset, FORMATS, list_views
    export(settings, "turtle", out=Path("graph.ttl"))                       # the whole build
    export(settings, "neo4j-csv", out=Path("neo4j/"), mandate="some-mandate-key")
    data = render(load_dataset(settings, view="wikidata-positions"), "jsonld")

Formats are registered by name as "module:function" strings and imported on first use (the rdflib
plugin idea), so a command never imports a writer it does not use; tests loop over ``FORMATS``, so
a new format gets golden and round-trip tests by adding one line here. A writer takes a
:class:`Dataset` and returns bytes, or, for a directory format, a mapping file name -> bytes.

What is exported:

* the whole build: every quad of graph.nq (one named graph per source document) and of
  standard-terms.nq (the standard types and properties the ontology's mappings entail, in a named
  graph of their own; ``plain`` leaves them out); triple formats (Turtle, N-Triples, JSON-LD) hold
  the union of the graphs, quad formats (TriG, N-Quads) keep them; the property-graph formats
  (GraphML, Neo4j CSV) never take the standard terms: they are the Cypher mirror's projection;
* ``bundle``: a folder for partners with the named graphs (TriG, N-Quads), their union as its own
  file (N-Triples, for stores that ignore named graphs) and the dataset description (DCAT/VoID);
* with ``mandate``: only one mandate's resources (see :func:`restrict_to_mandate`);
* with ``view``: the triples of a named CONSTRUCT query ``queries/view-NAME.rq``, run over the
  build's store; a view that uses ``?mandateKey`` takes ``mandate`` as a safely bound parameter.

Output is deterministic: the same build gives the same bytes (no dates, ids or random labels).
"""
from __future__ import annotations

import importlib
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from ..loaders.builds import Build
from ..loaders.config import Settings
from ..ontology.iris import ONTOLOGY_NS
from ..loaders.store import current_dir, open_store
from ..loaders.write_forms import sparql_update
from .sparql import QUERIES_DIR, QueryError, bind

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
VIEW_PARAM = "mandateKey"


class ExportError(ValueError):
    """An export that cannot be made as asked: unknown format or view, missing --out ..."""


@dataclass(frozen=True)
class Format:
    name: str
    target: str  # "module:function", imported on first use
    media_type: str
    suffix: str  # file suffix of the golden/default file ("" for a directory format)
    rdf: str | None = None  # "triples" or "quads" for RDF syntaxes (parsed back in tests)
    directory: bool = False  # writes several files into a folder (needs --out DIR)
    description: str = ""
    standard_terms: bool = True  # carries the standard terms (False: the property graph of the mirror)
    dated: bool = False  # names the build (id, date, code version): the same build, the same bytes

    def writer(self):
        module, func = self.target.split(":")
        return getattr(importlib.import_module(module), func)


_RDF = "mandate_lineage.queries.export_rdf"
_PG = "mandate_lineage.queries.export_pg"
FORMATS: dict[str, Format] = {
    f.name: f
    for f in (
        Format("turtle", f"{_RDF}:write_turtle", "text/turtle", ".ttl", "triples", description="Turtle (union of the source graphs)"),
        Format("trig", f"{_RDF}:write_trig", "application/trig", ".trig", "quads", description="TriG, one named graph per source document"),
        Format("jsonld", f"{_RDF}:write_jsonld", "application/ld+json", ".jsonld", "triples", description="JSON-LD with ontology/context.jsonld inlined"),
        Format("nt", f"{_RDF}:write_ntriples", "application/n-triples", ".nt", "triples", description="N-Triples, sorted"),
        Format("nquads", f"{_RDF}:write_nquads", "application/n-quads", ".nq", "quads", description="N-Quads, sorted (as graph.nq)"),
        Format("graphml", f"{_PG}:write_graphml", "application/graphml+xml", ".graphml", description="GraphML for Gephi (networkx)", standard_terms=False),
        Format("neo4j-csv", f"{_PG}:write_neo4j_csv", "text/csv", "", directory=True, description="CSV files for neo4j-admin database import full", standard_terms=False),
        Format("void", "mandate_lineage.queries.dataset:write_void", "text/turtle", ".void.ttl", description="the dataset description (DCAT and VoID) in Turtle", dated=True),
        Format("bundle", f"{_RDF}:write_bundle", "application/trig", "", directory=True, dated=True,
               description="a folder for partners: graph.trig and graph.nq (named graphs), union.nt (their union), void.ttl (description)"),
    )
}
#: formats for a Graph Store Protocol PUT of one graph (Virtuoso 7.2 takes Turtle and N-Triples, not JSON-LD)
PUSH_FORMATS = ("turtle", "nt", "jsonld")


def get_format(name: str) -> Format:
    try:
        return FORMATS[name]
    except KeyError:
        raise ExportError(f"unknown format '{name}'; one of: {', '.join(FORMATS)}") from None


# --------------------------------------------------------------------------- the data exported
@dataclass
class Dataset:
    """Sorted, unique pyoxigraph quads (views: all in the default graph) and where they came from."""

    quads: list
    build_dir: Path | None = None
    view: str | None = None
    mandate: str | None = None
    plain: bool = False  # without the standard terms
    endpoint: str | None = None  # the SPARQL endpoint named by the dataset description
    _triples: list | None = field(default=None, repr=False)

    def triples(self) -> list:
        """The union of the graphs: unique triples, sorted by their N-Triples form."""
        if self._triples is None:
            import pyoxigraph as ox

            seen = {}
            for q in self.quads:
                t = ox.Triple(q.subject, q.predicate, q.object)
                seen.setdefault(str(t), t)
            self._triples = [seen[k] for k in sorted(seen)]
        return self._triples


def _sorted_unique(quads) -> list:
    seen = {}
    for q in quads:
        seen.setdefault(str(q), q)
    return [seen[k] for k in sorted(seen)]


def read_manifest(build_dir: Path) -> dict:
    return Build(Path(build_dir)).manifest


def check_mandate(key: str | None, build_dir: Path) -> str | None:
    """The mandate asked for (LookupError if the build lacks it), or None: every mandate."""
    return Build(Path(build_dir)).mandate(key, only_one=False)


def load_dataset(settings: Settings, *, view: str | None = None, mandate: str | None = None, plain: bool = False,
                 build_dir: Path | None = None) -> Dataset:
    """The current build's (or `build_dir`'s) quads, or a view's triples, restricted to one mandate if asked.

    With the standard terms (the build's standard-terms graph, restricted to the same resources)
    unless ``plain``; a view has none (it is a CONSTRUCT of its own).
    """
    import pyoxigraph as ox

    build_dir = Path(build_dir) if build_dir is not None else current_dir(settings)
    key = check_mandate(mandate if mandate is not None else settings.mandate, build_dir)
    endpoint = settings.sparql_endpoint
    if view is not None:
        store = open_store(build_dir)
        triples = run_view(store, view, key)
        quads = [ox.Quad(t.subject, t.predicate, t.object, ox.DefaultGraph()) for t in triples]
        return Dataset(_sorted_unique(quads), build_dir, view, key, plain, endpoint)
    quads = list(ox.parse(path=str(build_dir / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    if key is not None:
        quads = restrict_to_mandate(quads, key)
    if not plain:
        quads += standard_quads(build_dir, {q.subject for q in quads} if key is not None else None)
    return Dataset(_sorted_unique(quads), build_dir, None, key, plain, endpoint)


def standard_quads(build_dir: Path, subjects: set | None = None) -> list:
    """The quads of the build's standard-terms graph (about ``subjects`` only, when given)."""
    import pyoxigraph as ox

    from ..ontology.standard_terms import FILE_NAME

    path = Path(build_dir) / FILE_NAME
    if not path.exists():  # a build made before the standard terms
        return []
    quads = ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS)
    return [q for q in quads if subjects is None or q.subject in subjects]


def restrict_to_mandate(quads: list, key: str) -> list:
    """The quads about one mandate's resources.

    Kept: the mandate; every resource with ``ml:mandate`` it (resolutions, tasks, lineage events,
    terms, visits, documents); the resources these point to that belong to no other mandate
    (persons, bodies, countries, paragraphs, source documents ...); the disagreements about any of
    them; and the citations of all of these. Quads keep their named graphs.
    """
    ml_mandate, ml_key, ml_citation, ml_about = (ONTOLOGY_NS + n for n in ("mandate", "key", "citation", "about"))
    ml_class = ONTOLOGY_NS + "Mandate"
    subjects, mandate_classed, keys = set(), set(), {}
    belongs: dict[str, set] = {}
    for q in quads:
        s, p, o = q.subject.value, q.predicate.value, q.object
        subjects.add(s)
        if p == ml_mandate:
            belongs.setdefault(s, set()).add(o.value)
        elif p == RDF_TYPE and o.value == ml_class:
            mandate_classed.add(s)
        elif p == ml_key:
            keys[s] = o.value
    target = next((m for m in sorted(mandate_classed) if keys.get(m) == key), None)
    if target is None:
        return []
    core = {target} | {s for s, ms in belongs.items() if target in ms}

    def is_iri(term) -> bool:
        return type(term).__name__ == "NamedNode"

    reached = set()
    for q in quads:
        if q.subject.value in core and is_iri(q.object):
            o = q.object.value
            if o in subjects and o not in mandate_classed and not (belongs.get(o, set()) - {target}):
                reached.add(o)
    core |= reached
    disagreements = {q.subject.value for q in quads if q.predicate.value == ml_about and q.object.value in core}
    citations = {q.object.value for q in quads if q.predicate.value == ml_citation and q.subject.value in core | disagreements}
    keep = core | disagreements | citations
    return [q for q in quads if q.subject.value in keep]


# --------------------------------------------------------------------------- views
@dataclass(frozen=True)
class View:
    name: str
    path: Path
    description: str
    takes_mandate: bool


_VIEW_FILE = re.compile(r"^view-([a-z0-9][a-z0-9-]*)\.rq$")


def list_views() -> dict[str, View]:
    """Named CONSTRUCT views: queries/view-NAME.rq, described by their first comment line."""
    views = {}
    for path in sorted(QUERIES_DIR.glob("view-*.rq")):
        match = _VIEW_FILE.match(path.name)
        if not match:
            continue
        text = path.read_text(encoding="utf-8")
        first = next((ln.lstrip("# ").strip() for ln in text.splitlines() if ln.startswith("#")), "")
        views[match[1]] = View(match[1], path, first, f"?{VIEW_PARAM}" in text)
    return views


def get_view(name: str) -> View:
    views = list_views()
    if name not in views:
        raise ExportError(f"unknown view '{name}'; one of: {', '.join(views) or '(none)'}")
    return views[name]


def run_view(store, name: str, mandate: str | None = None) -> list:
    """The triples of the view over the store (default graph = union of the source graphs)."""
    import pyoxigraph as ox

    view = get_view(name)
    text = view.path.read_text(encoding="utf-8")
    if sparql_update(text):
        raise QueryError(f"view '{name}' is an update; views must be CONSTRUCT queries")
    params = None
    if mandate is not None:
        if not view.takes_mandate:
            raise ExportError(f"view '{name}' takes no mandate parameter")
        params = {VIEW_PARAM: mandate}
    try:
        result = bind(text, params).run(store)
    except SyntaxError as exc:
        raise QueryError(f"SPARQL syntax error in view '{name}': {exc}") from None
    if not isinstance(result, ox.QueryTriples):
        raise QueryError(f"view '{name}' is not a CONSTRUCT query")
    return list(result)


# --------------------------------------------------------------------------- rendering and writing
def render(dataset: Dataset, fmt: str) -> bytes | dict[str, bytes]:
    """The dataset in the format: bytes, or {file name: bytes} for a directory format.

    The property-graph formats never see the standard terms (they are the mirror's projection)."""
    spec = get_format(fmt)
    if not spec.standard_terms and not dataset.plain:
        dataset = without_standard_terms(dataset)
    return spec.writer()(dataset)


def without_standard_terms(dataset: Dataset) -> Dataset:
    """The dataset less the quads of the standard-terms graph."""
    from ..ontology.standard_terms import GRAPH_PATH

    def standard(q) -> bool:
        return type(q.graph_name).__name__ == "NamedNode" and q.graph_name.value.endswith(GRAPH_PATH)

    return Dataset([q for q in dataset.quads if not standard(q)], dataset.build_dir, dataset.view,
                   dataset.mandate, True, dataset.endpoint)


@dataclass
class ExportResult:
    format: str
    paths: list[Path]  # files written (empty when written to a stream)
    bytes: int
    triples: int
    quads: int
    view: str | None = None
    mandate: str | None = None


def export(settings: Settings, fmt: str, *, out: Path | None = None, stream=None,
           view: str | None = None, mandate: str | None = None, plain: bool = False) -> ExportResult:
    """Export the current build (or a view) to ``out`` (a file, or a folder for directory formats)
    or to ``stream`` (a binary file object) when ``out`` is None; ``plain``: without the standard terms."""
    spec = get_format(fmt)
    if spec.directory and out is None:
        raise ExportError(f"format '{fmt}' writes several files: give a folder with --out DIR")
    if view is not None:
        get_view(view)  # fail on an unknown view before loading anything
    dataset = load_dataset(settings, view=view, mandate=mandate, plain=plain or not spec.standard_terms)
    data = render(dataset, fmt)
    result = ExportResult(fmt, [], 0, len(dataset.triples()), len(dataset.quads), view, dataset.mandate)
    if spec.directory:
        result.paths = write_folder(Path(out), data)
        result.bytes = sum(len(v) for v in data.values())
    elif out is not None:
        write_atomic(Path(out), data)
        result.paths, result.bytes = [Path(out)], len(data)
    else:
        stream.write(data)
        stream.flush()
        result.bytes = len(data)
    return result


def write_atomic(path: Path, data: bytes) -> None:
    """Write a file so that readers see the old content or the new, never half of it."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.chmod(tmp, 0o666 & ~_umask())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_folder(folder: Path, files: dict[str, bytes]) -> list[Path]:
    """Write the files of a directory format; files of an earlier export of ours are replaced."""
    if folder.exists() and not folder.is_dir():
        raise ExportError(f"{folder} exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    for stale in list(folder.glob("nodes_*.csv")) + list(folder.glob("relationships*.csv")):  # neo4j-csv
        if stale.name not in files:
            stale.unlink()
    paths = []
    for name in sorted(files):
        target = folder / name
        write_atomic(target, files[name])
        if name.endswith(".sh"):
            target.chmod(0o755)
        paths.append(target)
    return paths


# --------------------------------------------------------------------------- push
def push_export(settings: Settings, endpoint: str, graph_iri: str, *, fmt: str = "turtle",
                view: str | None = None, mandate: str | None = None, user: str | None = None,
                password: str | None = None, retries: int = 4, timeout: float = 30, plain: bool = False,
                update_endpoint: str | None = None):
    """Replace the partner's named graph ``graph_iri`` with the build (or a view), by a Graph Store
    Protocol PUT (queries/push.py): the union of the build's graphs, standard terms included unless
    ``plain``. With ``update_endpoint`` the upload goes to a temporary graph swapped in by one SPARQL
    update. Returns (PushResult, number of triples sent)."""
    from .push import push

    if fmt not in PUSH_FORMATS:
        raise ExportError(f"push sends one graph: format must be one of {', '.join(PUSH_FORMATS)}, not '{fmt}'")
    spec = get_format(fmt)
    if view is not None:
        get_view(view)
    dataset = load_dataset(settings, view=view, mandate=mandate, plain=plain)
    data = render(dataset, fmt)
    result = push(data, spec.media_type, endpoint, graph_iri, user=user, password=password,
                  retries=retries, timeout=timeout, update_endpoint=update_endpoint)
    return result, len(dataset.triples())

