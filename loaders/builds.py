"""A build on disk, in one place: finding the current one, its manifest, its store, its mandates.

Every command reads a build through this module; nothing here imports rdflib.
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..ontology.standard_terms import FILE_NAME as STANDARD_FILE

IN_MEMORY_LIMIT = 4 * 1024 * 1024  # bytes of N-Quads below which parsing beats opening RocksDB


@dataclass(frozen=True)
class Build:
    """One finished build directory (home/builds/<id>)."""

    path: Path

    @classmethod
    def current(cls, home: Path) -> "Build":
        """The build `home/current` points at; FileNotFoundError with what to run when there is none."""
        found = cls.current_or_none(home)
        if found is None:
            raise FileNotFoundError(f"no build in {home}: run `mandate-lineage build` first")
        return found

    @classmethod
    def current_or_none(cls, home: Path) -> "Build | None":
        link = Path(home) / "current"
        return cls(link.resolve()) if link.exists() else None

    @cached_property
    def manifest(self) -> dict:
        return json.loads((self.path / "manifest.json").read_text(encoding="utf-8"))

    def mandates(self) -> list[str]:
        return list(self.manifest.get("mandates") or [])

    def mandate(self, asked: str | None, *, only_one: bool = True) -> str | None:
        """The mandate a command works on: the one asked for (LookupError if the build lacks it),
        else the only one there is (`only_one`), else None (all of them)."""
        mandates = self.mandates()
        if asked:
            if asked not in mandates:
                raise LookupError(f"unknown mandate '{asked}'; the build has: {', '.join(mandates)}")
            return asked
        return mandates[0] if only_one and len(mandates) == 1 else None

    def store(self):
        """The build as a read-only pyoxigraph store: one named graph per source, one of the standard
        terms, and a default graph holding every triple once (set semantics for queries over it).

        A small graph is parsed into memory (faster than opening the on-disk store); a large one
        opens the on-disk store read-only. Either way nothing can write to the build.
        """
        import pyoxigraph

        nq, union = self.path / "graph.nq", self.path / "union.nt"
        if nq.stat().st_size <= IN_MEMORY_LIMIT or not union.exists():
            store = pyoxigraph.Store()
            store.bulk_load(path=str(nq), format=pyoxigraph.RdfFormat.N_QUADS)
            standard = self.path / STANDARD_FILE
            if standard.exists():  # the standard terms' own named graph
                store.bulk_load(path=str(standard), format=pyoxigraph.RdfFormat.N_QUADS)
            if union.exists():
                store.bulk_load(path=str(union), format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
            else:  # a build made before union.nt existed
                triples = {pyoxigraph.Triple(q.subject, q.predicate, q.object) for q in store}
                store.bulk_extend(pyoxigraph.Quad(t.subject, t.predicate, t.object) for t in triples)
            return store
        return pyoxigraph.Store.read_only(str(self.path / "store"))
