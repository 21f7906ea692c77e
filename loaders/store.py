"""Reading the current build: the query store and the mandate selection. No rdflib here."""
from __future__ import annotations

from pathlib import Path

from ..ontology.standard_terms import FILE_NAME as STANDARD_FILE
from .config import Settings

IN_MEMORY_LIMIT = 4 * 1024 * 1024  # bytes of N-Quads below which parsing beats opening RocksDB


def current_dir(settings: Settings) -> Path:
    link = Path(settings.home) / "current"
    if not link.exists():
        raise FileNotFoundError(f"no build in {settings.home}: run `mandate-lineage build` first")
    return link.resolve()


def open_store(build_dir: Path):
    """The build as a read-only pyoxigraph store: one named graph per source, one of the standard
    terms, and a default graph holding every triple once (so that queries over the default graph get set semantics).

    A small graph is parsed into memory (faster than opening the on-disk store); a large one
    opens the on-disk store read-only. Either way nothing can write to the build.
    """
    import pyoxigraph

    build_dir = Path(build_dir)
    nq, union = build_dir / "graph.nq", build_dir / "union.nt"
    if nq.stat().st_size <= IN_MEMORY_LIMIT or not union.exists():
        store = pyoxigraph.Store()
        store.bulk_load(path=str(nq), format=pyoxigraph.RdfFormat.N_QUADS)
        standard = build_dir / STANDARD_FILE
        if standard.exists():  # the standard terms' own named graph
            store.bulk_load(path=str(standard), format=pyoxigraph.RdfFormat.N_QUADS)
        if union.exists():
            store.bulk_load(path=str(union), format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
        else:  # a build made before union.nt existed
            triples = {pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in store}
            store.bulk_extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
        return store
    return pyoxigraph.Store.read_only(str(build_dir / "store"))


def resolve_mandate(settings: Settings, mandates: list[str]) -> str | None:
    """The mandate a command works on: the one asked for, or the only one there is."""
    if settings.mandate:
        if settings.mandate not in mandates:
            raise LookupError(f"unknown mandate '{settings.mandate}'; the build has: {', '.join(mandates)}")
        return settings.mandate
    return mandates[0] if len(mandates) == 1 else None
