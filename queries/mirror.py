"""Sink: the validated RDF of a build -> a property graph (queries/mapping.py) -> a Cypher engine.

``property_graph()`` turns quads into nodes and relationships; the writers send them in batches
(``UNWIND $rows AS row MERGE ...``, values always as query parameters) after the iri index and
uniqueness constraint exist.

Never half-visible:

- FalkorDB (embedded, the default): one graph per build, named after the build id
  (``ml-<build id>``) in ``home/falkor/graph.db``. ``build`` writes it before it switches
  ``current``, so the switch of the build is the switch of the mirror: readers open the graph of
  the build ``current`` points to. Re-mirroring writes a staging graph and renames it over the
  build's graph (one atomic RENAME). ``drop_build_graph`` removes the graph of a pruned build.
- Neo4j: nodes are written under the label ``MLStaging`` only (their labels kept in
  ``mlLabels``), then one transaction deletes the previous mirror and gives the staged nodes
  their labels: queries match labels, so they see the old mirror or the new one; a mirror killed
  at any moment leaves one of them whole (tests/test_neo4j_access.py). One caveat is Neo4j's own:
  its isolation is read committed, so a query running in the few milliseconds while the switch
  transaction is being applied can see part of it (measured: 12 of 55,000 reads running beside
  8 switches); run again a query that ran during a mirror.
"""
from __future__ import annotations

import gc
import logging
import time
from collections import defaultdict
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable, Iterable, Iterator

from . import mapping as M
from .mapping import STAGING_LABEL, STAGING_LABELS_PROP
from .derived import RELATIONSHIP_KEYS, derive

log = logging.getLogger(__name__)

BATCH_SIZE = 2000
FALKOR_BATCH_SIZE = 5000


@dataclass
class PropertyGraph:
    nodes: list[dict] = field(default_factory=list)          # {"iri", "labels": tuple, "props": dict}
    relationships: list[dict] = field(default_factory=list)  # {"type", "start", "end", "props": dict}
    unmapped: list[str] = field(default_factory=list)        # predicates that fell back to local names

    def counts(self) -> dict:
        return {"nodes": len(self.nodes), "relationships": len(self.relationships)}


# --------------------------------------------------------------------------- RDF -> property graph
def _term_id(term) -> str:
    import pyoxigraph as ox

    return term.value if isinstance(term, ox.NamedNode) else f"_:{term.value}"


def property_graph(quads: Iterable) -> PropertyGraph:
    """Map pyoxigraph quads to a property graph, following queries/mapping.py."""
    import pyoxigraph as ox

    types: dict[str, set] = defaultdict(set)
    graphs_of: dict[str, set] = defaultdict(set)   # subject -> graphs that describe it
    literals: dict[tuple, set] = defaultdict(set)  # (s, p) -> {(value, datatype)}
    links: dict[tuple, set] = defaultdict(set)     # (s, p, o) -> graphs
    cit_doc: dict[str, str] = {}
    cit_loc: dict[str, str] = {}
    cits_of: dict[str, set] = defaultdict(set)
    graph_doc: dict[str, str] = {}
    unmapped: set[str] = set()
    # Every term comes out of pyoxigraph as a new str: one copy of each (a term appears in many quads)
    # keeps the property graph at a fraction of the memory, and its hash is computed once.
    one = {}.setdefault
    for quad in quads:
        s, p, o = _term_id(quad.subject), quad.predicate.value, quad.object
        s, p = one(s, s), one(p, p)
        g = quad.graph_name.value if isinstance(quad.graph_name, ox.NamedNode) else ""
        g = one(g, g)
        graphs_of[s].add(g)
        if p == M.RDF_TYPE:
            types[s].add(one(o.value, o.value))
            continue
        if isinstance(o, ox.Literal):
            v, dt = o.value, o.datatype.value
            literals[(s, p)].add((one(v, v), one(dt, dt)))
            if p == M.ML + "locator":
                cit_loc[s] = o.value
            if p not in M.PROPERTIES:
                unmapped.add(p)
            continue
        if p in M.PROPERTIES:  # IRIs kept as values: controlled values, links to web pages
            literals[(s, p)].add((o.value, None))
            continue
        o = _term_id(o)
        o = one(o, o)
        if p == M.ML + "document":
            cit_doc[s] = o
            graph_doc[g] = o
        elif p == M.ML + "citation":
            cits_of[s].add(o)
        if p not in M.RELATIONSHIPS:
            unmapped.add(p)
        links[(s, p, o)].add(g)

    props: dict[str, dict] = defaultdict(dict)
    for (s, p), values in literals.items():
        name, kind = M.PROPERTIES.get(p, (M.local_name(p), "text"))
        props[s].update(_property(name, kind, values))

    doc_names: dict[str, str] = {}

    def doc_label(doc: str) -> str:
        if doc not in doc_names:
            own = props.get(doc, {})
            doc_names[doc] = own.get("symbol") or own.get("key") or doc
        return doc_names[doc]

    # Per subject, its own citations grouped by document, built once: a node cited by many documents
    # (a country visited under many mandates) has many links, and scanning all its citations for each
    # of them made this loop quadratic in the size of the corpus.
    cites_by_doc: dict[str, dict[str, set]] = {}
    own_docs: dict[str, set] = {}

    def citations_of(s: str) -> dict[str, set]:
        if s not in cites_by_doc:
            grouped: dict[str, set] = defaultdict(set)
            own = cits_of.get(s, set()) | ({s} if s in cit_doc else set())  # a citation is its own source
            for c in own:
                if c in cit_doc:
                    grouped[cit_doc[c]].add((doc_label(cit_doc[c]), cit_loc.get(c, "")))
            cites_by_doc[s] = grouped
            own_docs[s] = {cit_doc[c] for c in cits_of.get(s, ()) if c in cit_doc}
        return cites_by_doc[s]

    inferred: dict[str, set] = defaultdict(set)
    provenance: dict[tuple, dict] = {}
    rels = []
    for (s, p, o), graphs in links.items():
        rel_type, target_label = M.RELATIONSHIPS.get(p, (M.relationship_type(p), None))
        if target_label:
            inferred[o].add(target_label)
        grouped = citations_of(s)
        docs = {graph_doc[g] for g in graphs if g in graph_doc}
        if not docs:  # derived facts (disagreements): the subject's own sources
            docs = own_docs[s]
        cites = tuple(sorted(set().union(*(grouped.get(d, ()) for d in docs))))
        key = (frozenset(docs), cites)
        if key not in provenance:  # shared: many relationships have the same sources
            provenance[key] = {
                "sources": sorted({doc_label(d) for d in docs}),
                "locators": sorted({loc for _, loc in cites}),
                "citations": [f"{d}, {loc}" for d, loc in cites],
            }
        rels.append({"type": rel_type, "start": s, "end": o, "props": provenance[key]})
    rels += derive(types, props, rels)

    nodes = []
    for iri in sorted(set(graphs_of) | inferred.keys()):
        labels = {M.COMMON_LABEL}
        node_props = {}
        for cls in types.get(iri, ()):
            labels.update(M.labels_of(cls))
            node_props.update(M.CLASS_PROPERTIES.get(cls[len(M.ML):], {}) if cls.startswith(M.ML) else {})
        if len(labels) == 1:
            labels.update(inferred.get(iri, ()))
        node_props.update(props.get(iri, {}))
        docs = {graph_doc[g] for g in graphs_of.get(iri, ()) if g in graph_doc}
        node_props["sources"] = sorted({doc_label(d) for d in docs})
        node_props[M.KEY] = iri
        nodes.append({"iri": iri, "labels": _ordered(labels), "props": node_props})
    rels.sort(key=lambda r: (r["type"], r["start"], r["end"]))
    return PropertyGraph(nodes, rels, sorted(unmapped))


def _ordered(labels: set) -> tuple[str, ...]:
    return (M.COMMON_LABEL,) + tuple(sorted(labels - {M.COMMON_LABEL}))


def _property(name: str, kind: str, values: set) -> dict:
    if kind == "list":
        return {name: sorted(v for v, _ in values)}
    if kind == "concept":
        items = sorted(M.CONCEPTS.get(v, M.local_name(v)) for v, _ in values)
    elif kind == "int":
        items = sorted(int(v) if v.lstrip("-").isdecimal() else v for v, _ in values)
    else:
        items = sorted(v for v, _ in values)
    out = {name: items[0]}
    if len(items) > 1:
        out[name + "Values"] = items
    if kind == "date":
        datatype = next(dt for v, dt in values if v == items[0])
        out[name + "Precision"] = M.DATE_DATATYPES.get(datatype, _precision(items[0]))
    return out


def _precision(text: str) -> str:
    return {4: "year", 7: "month"}.get(len(text), "day")


def load_property_graph(build_dir: Path) -> PropertyGraph:
    import pyoxigraph as ox

    with _collector_paused():
        return property_graph(ox.parse(path=str(Path(build_dir) / "graph.nq"), format=ox.RdfFormat.N_QUADS))


@contextmanager
def _collector_paused():
    """The property graph is millions of small dicts, sets and tuples with no cycles among them: the
    cyclic collector only re-scans them (a third of the time at 1M triples). Reference counting
    still frees them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# --------------------------------------------------------------------------- writers
Run = Callable[[str, dict], object]


def _batches(rows: list, size: int) -> Iterator[list]:
    for i in range(0, len(rows), size):
        yield rows[i:i + size]


def _labels(labels: Iterable[str]) -> str:
    return ":".join(M.check_identifier(label) for label in labels)


def _rel_pattern(rel_type: str, props: str) -> str:
    """The type, and the key property for derived types that can link the same two nodes twice."""
    key = RELATIONSHIP_KEYS.get(rel_type)
    return M.check_identifier(rel_type) + (f" {{{key}: {props}.{key}}}" if key else "")


def write_batched(run: Run, pg: PropertyGraph, staging: bool = False, batch_size: int = BATCH_SIZE) -> None:
    """UNWIND-batched writes of every node, then every relationship (their ends matched by iri).

    Into the live labels: MERGE by iri (idempotent over what is there). Into the staging label
    (Neo4j's mirror, which empties the staging set first): CREATE, since `pg` holds each node and
    relationship once, so nothing has to be looked up before it is written.
    """
    match_label = STAGING_LABEL if staging else M.COMMON_LABEL
    if staging:
        rows = [{**n["props"], STAGING_LABELS_PROP: list(n["labels"])} for n in pg.nodes]
        query = f"UNWIND $rows AS row CREATE (n:{STAGING_LABEL}) SET n = row"
        for batch in _batches(rows, batch_size):
            run(query, {"rows": batch})
    else:
        by_labels = defaultdict(list)
        for n in pg.nodes:
            by_labels[n["labels"]].append({"iri": n["iri"], "props": n["props"]})
        for labels, rows in sorted(by_labels.items()):
            query = f"UNWIND $rows AS row MERGE (n:{_labels(labels)} {{iri: row.iri}}) SET n += row.props"
            for batch in _batches(rows, batch_size):
                run(query, {"rows": batch})
    by_type = defaultdict(list)
    for r in pg.relationships:
        by_type[r["type"]].append({"start": r["start"], "end": r["end"], "props": r["props"]})
    for rel_type, rows in sorted(by_type.items()):
        write = (f"CREATE (a)-[r:{M.check_identifier(rel_type)}]->(b) SET r = row.props" if staging
                 else f"MERGE (a)-[r:{_rel_pattern(rel_type, 'row.props')}]->(b) SET r += row.props")
        query = f"UNWIND $rows AS row MATCH (a:{match_label} {{iri: row.start}}) MATCH (b:{match_label} {{iri: row.end}}) {write}"
        for batch in _batches(rows, batch_size):
            run(query, {"rows": batch})


def write_per_row(run: Run, pg: PropertyGraph) -> None:
    """The baseline the bench compares with: one MERGE query per node and per relationship."""
    for n in pg.nodes:
        run(f"MERGE (n:{_labels(n['labels'])} {{iri: $iri}}) SET n += $props", {"iri": n["iri"], "props": n["props"]})
    for r in pg.relationships:
        run(
            f"MATCH (a:{M.COMMON_LABEL} {{iri: $start}}) MATCH (b:{M.COMMON_LABEL} {{iri: $end}}) "
            f"MERGE (a)-[r:{_rel_pattern(r['type'], '$props')}]->(b) SET r += $props",
            {"start": r["start"], "end": r["end"], "props": r["props"]},
        )


# --------------------------------------------------------------------------- FalkorDB
def falkor_schema(db, graph: str) -> None:
    """The iri index and its uniqueness constraint, then the lookup indexes: before any write."""
    db.query(graph, f"CREATE INDEX FOR (n:{M.COMMON_LABEL}) ON (n.{M.KEY})")
    db.command("GRAPH.CONSTRAINT", "CREATE", graph, "UNIQUE", "NODE", M.COMMON_LABEL, "PROPERTIES", 1, M.KEY)
    for label, prop in M.INDEXES:
        db.query(graph, f"CREATE INDEX FOR (n:{M.check_identifier(label)}) ON (n.{M.check_identifier(prop)})")


def falkor_counts(db, graph: str) -> dict:
    nodes = db.ro_query(graph, "MATCH (n) RETURN count(n)").result_set[0][0]
    rels = db.ro_query(graph, "MATCH ()-[r]->() RETURN count(r)").result_set[0][0]
    return {"nodes": nodes, "relationships": rels}


class MirrorCancelled(Exception):
    """The build this mirror was for failed elsewhere (validation): the staging graph is dropped."""


def _check(cancel) -> None:
    if cancel is not None and cancel.is_set():
        raise MirrorCancelled("mirror cancelled: the build failed")


def write_falkor_graph(db, graph: str, pg: PropertyGraph, batch_size: int = FALKOR_BATCH_SIZE, cancel=None) -> None:
    """Write `pg` into a fresh graph `graph` (replacing any graph of that name).

    The graph is new, and `pg` holds each node and relationship once, so plain CREATE is exact
    (no MERGE needed to stay idempotent): nodes in UNWIND batches per label set, returning their
    internal ids; relationships in UNWIND batches per type, their ends found by id, their
    provenance maps sent once per batch (many relationships share the same sources). Node ids come
    back in batch order (checked on the first and last node of every batch). `cancel` (a
    threading.Event) is checked between batches.
    """
    from .falkor import int_rows

    db.delete_graph(graph)
    falkor_schema(db, graph)
    ids: dict[str, int] = {}
    by_labels = defaultdict(list)
    for n in pg.nodes:
        by_labels[n["labels"]].append(n["props"])
    probes = []  # (iri, id) of the first and last node of each batch, checked below
    for labels, rows in sorted(by_labels.items()):
        query = f"UNWIND $rows AS row CREATE (n:{_labels(labels)}) SET n = row RETURN collect(id(n))"
        for batch in _batches(rows, batch_size):
            _check(cancel)
            created = db.query_encoded(graph, query, {"rows": batch}).result_set[0][0]
            if len(created) != len(batch):
                raise RuntimeError(f"FalkorDB created {len(created)} nodes for a batch of {len(batch)}")
            ids.update(zip((row[M.KEY] for row in batch), created))
            probes += [[batch[0][M.KEY], created[0]], [batch[-1][M.KEY], created[-1]]]
    wrong = db.query_encoded(
        graph, f"UNWIND $probes AS p MATCH (n:{M.COMMON_LABEL} {{{M.KEY}: p[0]}}) WHERE id(n) <> p[1] RETURN count(n)",
        {"probes": probes}).result_set[0][0] if probes else 0
    if wrong:
        raise RuntimeError("FalkorDB returned node ids out of order: the mirror cannot match relationship ends")
    by_type = defaultdict(list)
    for r in pg.relationships:
        by_type[r["type"]].append(r)
    for rel_type, rels in sorted(by_type.items()):
        query = (
            "UNWIND $rows AS row MATCH (a) WHERE id(a) = row[0] MATCH (b) WHERE id(b) = row[1] "
            f"CREATE (a)-[r:{M.check_identifier(rel_type)}]->(b) SET r = $props[row[2]]"
        )
        for batch in _batches(rels, batch_size):
            _check(cancel)
            table: dict[int, int] = {}  # id of a (shared) provenance map -> its index in $props
            props, rows = [], []
            for r in batch:
                index = table.get(id(r["props"]))
                if index is None:
                    index = table[id(r["props"])] = len(props)
                    props.append(r["props"])
                rows.append([ids[r["start"]], ids[r["end"]], index])
            db.query_encoded(graph, query, {"rows": int_rows(rows), "props": props})


def mirror_build(settings, build_dir: Path, pg: PropertyGraph | None = None, build_id: str | None = None,
                 cancel=None, before_switch: Callable[[], None] | None = None) -> dict:
    """Mirror one build into its own FalkorDB graph (called by `build` before `current` switches).

    The graph is written under a staging name, then renamed to the build's graph in one step. `build`
    runs this while the build is still being validated and written: it passes the build's id (its
    directory has a temporary name until then), a `cancel` event, and `before_switch`, which waits
    for the rest of the build and raises if it failed; the staging graph is then dropped.
    """
    from .falkor import graph_name, opened

    t0 = time.perf_counter()
    build_dir = Path(build_dir)
    pg = pg if pg is not None else load_property_graph(build_dir)
    name = graph_name(build_id or build_dir.name)
    staging = name + ".staging"
    with opened(settings.home) as db:
        try:
            write_falkor_graph(db, staging, pg, cancel=cancel)
            t_wait = time.perf_counter()
            if before_switch is not None:
                before_switch()
            waited = time.perf_counter() - t_wait
        except BaseException:
            db.delete_graph(staging)
            raise
        db.rename_graph(staging, name)  # atomic: replaces the build's graph if it was there
        db.save()
        counts = falkor_counts(db, name)
        path = str(db.path)
    if pg.unmapped:
        log.warning("predicates not in queries/mapping.py (mapped by local name): %s", ", ".join(pg.unmapped))
    return {"engine": "falkordb", "db": path, "graph": name, "build_id": build_id or build_dir.name, **counts,
            "unmapped": pg.unmapped, "seconds": round(time.perf_counter() - t0 - waited, 3)}


def drop_build_graph(home: Path, build_id: str) -> bool:
    """Remove the graph of a pruned build (nothing to do when the embedded engine was never used)."""
    from .falkor import db_path, graph_name, opened, servers_for

    path = db_path(home)
    if not path.exists() and not servers_for(path):
        return False
    with opened(home) as db:
        dropped = db.delete_graph(graph_name(build_id))
        if dropped:
            db.save()
    return dropped


# --------------------------------------------------------------------------- Neo4j
def mirror_neo4j(settings, build_dir: Path, pg: PropertyGraph | None = None, batch_size: int = BATCH_SIZE) -> dict:
    """Mirror one build into Neo4j: write under the staging label, then switch in one transaction."""
    from . import neo4j_engine as N

    t0 = time.perf_counter()
    build_dir = Path(build_dir)
    pg = pg if pg is not None else load_property_graph(build_dir)
    after = ": readers see the previous mirror or this one, whole; run `mandate-lineage mirror --neo4j` again"
    with N.connect(settings) as driver, N.reported(settings, "the mirror", after):
        N.ensure_schema(driver, settings)
        N.clear_staging(driver, settings)
        with N.write_session(driver, settings) as session:
            write_batched(lambda q, p: N.write(session, q, p), pg, staging=True, batch_size=batch_size)
        N.switch(driver, settings, build_dir.name)
        counts = N.counts(driver, settings)
    return {"engine": "neo4j", "uri": N.redact(settings.neo4j_uri), "database": settings.neo4j_database or "(default)",
            "build_id": build_dir.name, **counts, "unmapped": pg.unmapped, "seconds": round(time.perf_counter() - t0, 3)}


def mirror_current(settings, neo4j: bool = False) -> dict:
    """Mirror the current build (the `mirror` command): FalkorDB by default, Neo4j on request."""
    from ..loaders.store import current_dir

    build_dir = current_dir(settings)
    return mirror_neo4j(settings, build_dir) if neo4j else mirror_build(settings, build_dir)
