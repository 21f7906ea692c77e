"""The hub: curated data -> validated RDF -> a build directory, switched in atomically.

Layout of the home directory:

    home/
      builds/<id>/graph.nq        canonical, sorted N-Quads (one named graph per source document)
      builds/<id>/union.nt        every triple once (sorted N-Triples): the store's default graph
      builds/<id>/store/          pyoxigraph store: the named graphs plus that default graph (what queries read)
      builds/<id>/manifest.json   counts, checksum, when, from which data
      current -> builds/<id>      symlink, replaced with one rename: readers see old or new, never a mix
      build.lock                  held while a build runs

A failed build (bad data, invalid graph, crash, Ctrl-C) never touches `current`.
"""
from __future__ import annotations

import gc
import hashlib
import heapq
import io
import json
import os
import pickle
import shutil
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable, Sequence

from .home import home_mandate
from .builds import (  # noqa: F401 - also the names callers import from here
    KEEP_BUILDS, Build, BuildError, BuildLocked, build_lock, code_version, current_build, data_file_hashes,
    fsync_dir, pid_alive, read_manifest, switch_current,
)
from .check import check_base_iri, validate_quads, validation_results  # noqa: F401
from .config import Settings
from .curated import Origin, load_curated, union_lines
from .post_build import Step, at, mirror_step, modules
from .workers import Worker, start_workers

UNION_FILE = "union.nt"  # every triple once: the default graph of the query store


@dataclass
class BuildResult:
    build_id: str
    path: Path
    triples: int
    quads: int
    graphs: int
    checksum: str
    class_counts: dict = field(default_factory=dict)
    standard_class_counts: dict = field(default_factory=dict)  # eli:LegalResource ...: the materialized standard types
    standard_quads: int = 0  # triples of the standard-terms graph
    mandates: list = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    mirrored: dict | None = None
    worker_peak_rss_mb: dict = field(default_factory=dict)  # the worker processes' own peaks


@contextmanager
def _gc_paused():
    """Keep Python's cyclic garbage collector off the build's long-lived objects.

    Loading allocates millions of small objects that live until the build ends; the collector
    re-scanned them again and again, which made loading 1M triples take 19 s instead of 10 s (and
    grow faster than linearly). So collection is off while loading (`loaded()` is called when the
    data is in memory), then those objects are frozen out of its sight and collection resumes for
    the rest, which keeps peak memory as before. Reference counting frees everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    frozen = []

    def loaded() -> None:
        gc.freeze()
        frozen.append(True)
        if was_enabled:
            gc.enable()

    try:
        yield loaded
    finally:
        if frozen:
            gc.unfreeze()
        if was_enabled:
            gc.enable()


def build(
    settings: Settings,
    progress: Callable[[str], None] | None = None,
    *,
    steps: Sequence[Step],
) -> BuildResult:
    """Load, validate, write (and mirror) a new build; switch `current` to it only when all of it is done.

    `steps` are the caller's post-build steps (loaders/post_build.py): `queries.build.build` passes
    the ask lexicon and the embedded mirror; `steps=()` makes the graph and its store, nothing else.

    Three processes share the work. A worker loads the data and writes the canonical files; then
    another validates them and writes the query store while this process mirrors them into FalkorDB
    (whose server is a process too): two cores busy instead of one. Loading in a worker keeps its
    millions of short-lived objects (and the memory they leave fragmented) out of the process that
    holds the mirror. Nothing shows before validation has passed: the build directory keeps a
    temporary name and the mirror a staging graph until then, and both are dropped if it fails.
    """
    say = progress or (lambda _msg: None)
    home = settings.home
    check_base_iri(settings.base_iri)
    mirror_step(steps)  # refuses two mirrors before anything starts
    start_workers(modules(at(steps, "store")))
    with build_lock(home):
        t0 = time.perf_counter()
        say(f"loading {settings.data_dir}")
        loading = Worker("load", load_and_stage, settings.data_dir, settings.base_iri, home / "builds")
        try:
            loaded = loading.result()
        finally:
            loading.stop()
        timings = dict(loaded.seconds)
        if loaded.problems:
            _refuse(loaded.problems)
        staged = loaded.staged
        try:
            result = _validate_write_mirror(settings, loaded, staged, steps, say, timings)
        finally:
            shutil.rmtree(staged.path, ignore_errors=True)  # gone already when the build succeeded
        previous = current_build(home)
        switch_current(home, result.path)
        prune_builds(home, previous=previous, steps=steps)
        timings["total"] = time.perf_counter() - t0
        result.timings = timings
        result.worker_peak_rss_mb = {"load": loading.peak_rss_mb, **result.worker_peak_rss_mb}
        say(f"build {result.build_id} is current")
        return result


@dataclass
class Loaded:
    """What the loading worker hands back: the staged files, or the data's problems."""

    problems: list
    mandates: list = field(default_factory=list)
    files: list = field(default_factory=list)
    staged: "Staged | None" = None
    seconds: dict = field(default_factory=dict)


ORIGINS_FILE = ".origins.pickle"  # where each subject and field came from, for messages; only read on failure


def load_and_stage(data_dir: Path, base_iri: str, builds: Path) -> Loaded:
    """The loading worker: read the data folder, then write the canonical files of a new staged build.

    Data problems end it early (with the shapes' findings on what did load, so that one report shows
    every problem). The origins of subjects and fields go into a file of the staged build, read only
    when validation finds something to report.
    """
    with _gc_paused() as loaded_in_memory:
        t = time.perf_counter()
        loaded = load_curated(data_dir, base_iri)
        loaded_in_memory()
        seconds = {"load": time.perf_counter() - t}
        if loaded.problems:
            return Loaded(list(loaded.problems) + (validate_quads(loaded) if loaded.quads else []), seconds=seconds)
        t = time.perf_counter()
        staged = stage_files(builds, loaded, base_iri)
        # as tuples: pickling a dataclass instance costs several times as much
        origins = {"subjects": {str(k): (v.file, v.line, v.field) for k, v in loaded.subjects.items()},
                   "fields": {(str(a), str(b)): (v.file, v.line, v.field) for (a, b), v in loaded.fields.items()}}
        with open(staged.path / ORIGINS_FILE, "wb") as out:
            pickle.dump(origins, out, protocol=pickle.HIGHEST_PROTOCOL)
        seconds["serialize"] = time.perf_counter() - t
        return Loaded([], loaded.mandates, loaded.files, staged, seconds)


def _refuse(problems: list) -> None:
    raise BuildError(f"{len(problems)} problem(s) in the data: the graph was not built", problems)


@dataclass
class Staged:
    """A build being made: its files in a temporary directory, renamed to `builds/<id>` when done."""

    path: Path
    build_id: str
    checksum: str
    quads: int  # of every named graph: the source documents' and the standard terms'
    triples: int
    standard_terms: dict = field(default_factory=dict)


def stage_files(builds: Path, loaded, base_iri: str) -> Staged:
    """Write the canonical N-Quads, the standard terms and the union N-Triples into a new temporary build directory.

    The files are written in chunks straight from the sorted lines, never as one text (at 1M triples
    that text and its bytes were the loading worker's peak). The union needs no set either: the
    source quads and the standard-terms quads are both sorted, so merged they are too, and in sorted
    N-Quads the lines of one triple are adjacent (see union_lines).
    """
    from ..ontology import standard_terms

    builds.mkdir(parents=True, exist_ok=True)
    lines = loaded.nquad_lines
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    tmp = builds / f".tmp-{stamp}-{os.getpid()}"  # the build id needs the checksum, known once written
    tmp.mkdir()
    digest = hashlib.sha256()
    try:
        with open(tmp / "graph.nq", "wb") as out:
            for chunk in _chunks(lines):
                digest.update(chunk)
                out.write(chunk)
        entailed = standard_terms.entailed_quads(standard_terms.mapped_triples(lines), base_iri)
        standard_digest = hashlib.sha256()
        with open(tmp / standard_terms.FILE_NAME, "wb") as out:
            for chunk in _chunks(entailed):
                standard_digest.update(chunk)
                out.write(chunk)
        with open(tmp / UNION_FILE, "wb") as out:
            triples = 0
            for chunk in _chunks(union_lines(heapq.merge(lines, entailed))):
                out.write(chunk)
                triples += chunk.count(b"\n")
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    checksum = digest.hexdigest()
    build_id = f"{stamp}-{checksum[:8]}"
    standard = {"graph": standard_terms.graph_iri(base_iri), "file": standard_terms.FILE_NAME,
                "quads": len(entailed), "sha256": standard_digest.hexdigest()}
    return Staged(tmp, build_id, checksum, quads=len(lines) + len(entailed), triples=triples, standard_terms=standard)


def _chunks(lines, size: int = 20_000):
    batch = []
    for line in lines:
        batch.append(line)
        if len(batch) == size:
            yield "".join(batch).encode("utf-8")
            batch = []
    if batch:
        yield "".join(batch).encode("utf-8")


def validate_and_write(build_dir: Path, steps: Sequence[Step] = ()) -> dict:
    """The second worker: validate union.nt, then (only if nothing is wrong) write the query store.

    One after the other in one process: with the mirror beside them that is already two busy
    cores, and the two never hold their memory at the same time.
    """
    from ..ontology.validate import locate

    t = time.perf_counter()
    results = validation_results(build_dir / UNION_FILE)
    seconds = {"validate": time.perf_counter() - t}
    if results:
        with open(build_dir / ORIGINS_FILE, "rb") as f:
            origins = pickle.load(f)
        subjects = {k: Origin(*v) for k, v in origins["subjects"].items()}
        fields = {k: Origin(*v) for k, v in origins["fields"].items()}
        return {"violations": locate(results, subjects, fields), "written": None, "seconds": seconds}
    t = time.perf_counter()
    written = write_store(build_dir, steps)
    seconds["write"] = time.perf_counter() - t
    return {"violations": [], "written": written, "seconds": seconds}


def _validate_write_mirror(settings: Settings, loaded: Loaded, staged: Staged, steps: Sequence[Step], say,
                           timings: dict) -> BuildResult:
    """Validation then the query store (and its `store` steps) in a worker process, the `mirror` step
    here; the build dir renamed at the end."""
    mirror = mirror_step(steps)
    done: list[BuildResult] = []

    def checked() -> dict:
        """The worker's outcome; refuses the build when validation found problems."""
        out = worker.result()
        if out["violations"]:
            _refuse(out["violations"])
        return out

    def finish() -> None:
        """Wait for validation and the store; refuse the build or move it into place."""
        done.append(finish_build(settings, loaded, staged, checked()["written"]))

    say("validating, writing the query store" + (f" and {mirror.name}" if mirror else ""))
    t = time.perf_counter()
    worker = Worker("validation and store", validate_and_write, staged.path, tuple(at(steps, "store")))
    try:
        mirrored = (mirror.run(settings, staged.path, build_id=staged.build_id, cancel=_Failed(worker), before_switch=finish)
                    if mirror else None)
        if not done:  # no mirror: nothing has waited for the worker yet
            finish()
    except Exception:
        worker.wait()
        checked()  # the cause, not its echo: the worker's error or the data's problems before "mirror cancelled"
        raise
    finally:  # on Ctrl-C too: no worker outlives the build
        worker.stop()
    out = worker.result()
    timings.update(out["seconds"])
    timings["validate+write+mirror"] = time.perf_counter() - t
    result = done[0]
    result.worker_peak_rss_mb = {"validate+write": worker.peak_rss_mb}
    if mirrored is not None:
        result.mirrored = mirrored
        timings["mirror"] = mirrored["seconds"]
    return result


class _Failed:
    """`is_set()` once the worker has failed or found problems: the mirror checks it between batches."""

    def __init__(self, worker: Worker):
        self.worker = worker

    def is_set(self) -> bool:
        if not self.worker.done():
            return False
        return self.worker.error() is not None or bool(self.worker.result()["violations"])


def write_store(build_dir: Path, steps: Sequence[Step] = ()) -> dict:
    """The query store of a staged build: its named graphs plus every triple once in the default graph;
    then the `store` steps on it (derived read-only files such as the ask lexicon).

    One bulk load of graph.nq, standard-terms.nq and union.nt (N-Triples lines are N-Quads in the
    default graph): a second bulk load into a filled store cost more than the first (RocksDB
    compactions). The default graph gives queries set semantics, as the SPARQL union default graph
    of other stores does (pyoxigraph's own union repeats a triple per graph).
    """
    import pyoxigraph

    from ..ontology.standard_terms import FILE_NAME as STANDARD_FILE

    store = pyoxigraph.Store(str(build_dir / "store"))
    parts = [build_dir / "graph.nq"] + [p for p in [build_dir / STANDARD_FILE] if p.exists()] + [build_dir / UNION_FILE]
    with _concatenated(*parts) as stream:
        store.bulk_load(input=stream, format=pyoxigraph.RdfFormat.N_QUADS, lenient=True)  # our own canonical output
    store.optimize()
    store.flush()
    for step in at(steps, "store"):
        step.run(store, build_dir)
    counts = class_counts(store)
    graphs = sum(1 for _ in store.named_graphs())
    del store
    return {**counts, "graphs": graphs}


def class_counts(store) -> dict:
    """Resources per class: the ontology's classes by local name (``class_counts``, as the mirror's
    labels) and the standard classes by prefixed name (``standard_class_counts``: eli:LegalResource ...)."""
    from ..ontology.standard_terms import ML, is_standard, prefixed

    counts, standard = Counter(), Counter()
    for row in store.query("SELECT ?c (COUNT(?s) AS ?n) WHERE { ?s a ?c } GROUP BY ?c"):
        iri, n = row["c"].value, int(row["n"].value)
        if is_standard(iri):
            standard[prefixed(iri)] += n
        else:
            counts[iri[len(ML):] if iri.startswith(ML) else iri.rsplit("#", 1)[-1]] += n
    return {"class_counts": dict(sorted(counts.items())), "standard_class_counts": dict(sorted(standard.items()))}


class _Chain(io.RawIOBase):
    """Files read one after the other as one stream."""

    def __init__(self, paths):
        self._files = [open(p, "rb") for p in paths]

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        while self._files:
            n = self._files[0].readinto(buffer)
            if n:
                return n
            self._files.pop(0).close()
        return 0

    def close(self) -> None:
        for f in self._files:
            f.close()
        self._files = []
        super().close()


@contextmanager
def _concatenated(*paths: Path):
    with io.BufferedReader(_Chain(paths), 1 << 20) as stream:
        yield stream


def finish_build(settings: Settings, loaded, staged: Staged, written: dict) -> BuildResult:
    """Write the manifest and move the staged directory to `builds/<id>` (not yet current)."""
    tmp = staged.path
    manifest = {
        "build_id": staged.build_id,
        "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
        "base_iri": settings.base_iri,
        "data": str(settings.data_dir),
        "checksum_sha256": staged.checksum,
        "quads": staged.quads,
        "triples": staged.triples,
        "store_quads": staged.quads + staged.triples,
        "graphs": written["graphs"],
        "mandates": loaded.mandates,
        "home_mandate": home_mandate(settings.data_dir, loaded.mandates),
        "class_counts": written["class_counts"],
        "standard_class_counts": written.get("standard_class_counts", {}),
        "standard_terms": staged.standard_terms,
        "files": loaded.files,
        "file_sha256": data_file_hashes(settings.data_dir, loaded.files),
        "code": code_version(),
    }
    (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    (tmp / ORIGINS_FILE).unlink(missing_ok=True)  # needed only to report problems
    fsync_dir(tmp)
    final = tmp.parent / staged.build_id
    os.rename(tmp, final)
    return BuildResult(
        build_id=staged.build_id,
        path=final,
        triples=staged.triples,
        quads=staged.quads,
        graphs=written["graphs"],
        checksum=staged.checksum,
        class_counts=written["class_counts"],
        standard_class_counts=written.get("standard_class_counts", {}),
        standard_quads=staged.standard_terms.get("quads", 0),
        mandates=loaded.mandates,
    )


def write_build(settings: Settings, loaded, steps: Sequence[Step] = ()) -> BuildResult:
    """Write a build from validated quads without validating or mirroring it (and without switching)."""
    staged = stage_files(settings.home / "builds", loaded, settings.base_iri)
    try:
        return finish_build(settings, loaded, staged, write_store(staged.path, steps))
    finally:
        shutil.rmtree(staged.path, ignore_errors=True)


def prune_builds(home: Path, keep: int = KEEP_BUILDS, previous: Path | None = None, steps: Sequence[Step] = ()) -> None:
    """Remove old builds and leftovers of interrupted ones; never the current one (with the `remove` steps).

    The current build and the one it replaced (`previous`: queries that started before the switch
    may still be reading it) are kept; then the newest others up to `keep` builds in all. Builds
    that never became current (a build killed between writing and switching) go first.
    """
    builds = home / "builds"
    current = current_build(home)
    done = sorted((p for p in builds.iterdir() if p.is_dir() and not p.name.startswith(".")), key=lambda p: p.name)
    protected = [p for p in (current, previous) if p is not None]
    kept = {p.resolve() for p in protected}
    for candidate in reversed(done):
        if len(kept) >= keep:
            break
        if previous is None:  # without a known previous build, keep the newest ones
            kept.add(candidate.resolve())
    for old in done:
        if old.resolve() not in kept:
            _remove_build(home, old, steps)
    for leftover in builds.glob(".tmp-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if not (pid.isdecimal() and pid_alive(int(pid))):
            shutil.rmtree(leftover, ignore_errors=True)
    for link in home.glob(".current-*"):  # the temporary symlink of a build killed while switching
        pid = link.name.rsplit("-", 1)[-1]
        if not (pid.isdecimal() and pid_alive(int(pid))) and link.is_symlink():
            link.unlink(missing_ok=True)


def _remove_build(home: Path, path: Path, steps: Sequence[Step]) -> None:
    for step in at(steps, "remove"):
        step.run(home, path.name)
    shutil.rmtree(path, ignore_errors=True)
