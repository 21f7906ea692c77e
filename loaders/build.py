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

import fcntl
import gc
import hashlib
import json
import os
import re
import shutil
import time
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import Callable

from .config import Settings
from .curated import load_curated

KEEP_BUILDS = 2
UNION_FILE = "union.nt"  # every triple once: the default graph of the query store


class BuildError(Exception):
    """The build did not complete; the previous good build is still current."""

    def __init__(self, message: str, problems: list | None = None):
        super().__init__(message)
        self.problems = problems or []


class BuildLocked(BuildError):
    pass


@dataclass
class BuildResult:
    build_id: str
    path: Path
    triples: int
    quads: int
    graphs: int
    checksum: str
    class_counts: dict = field(default_factory=dict)
    mandates: list = field(default_factory=list)
    timings: dict = field(default_factory=dict)
    mirrored: dict | None = None


def current_build(home: Path) -> Path | None:
    link = Path(home) / "current"
    if not link.exists():
        return None
    return link.resolve()


@contextmanager
def build_lock(home: Path):
    try:
        home.mkdir(parents=True, exist_ok=True)
        handle = open(home / "build.lock", "a+")
    except OSError as exc:
        raise BuildError(
            f"cannot use {home} as the home directory (--home or MANDATE_LINEAGE_HOME): {exc.strerror or exc}"
        ) from None
    try:
        try:
            fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            raise BuildLocked(f"another build is running in {home} (lock {home / 'build.lock'}); try again when it has finished") from None
        yield
    finally:
        handle.close()


def class_counts(quads) -> dict[str, int]:
    from rdflib.namespace import RDF

    seen = {(s, o) for s, p, o, _ in quads if p == RDF.type}
    counts = Counter(str(o).rsplit("#", 1)[-1] for _, o in seen)
    return dict(sorted(counts.items()))


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
    mirror: bool = True,
) -> BuildResult:
    """Load, validate and write a new build; switch `current` to it only when all of it is done."""
    say = progress or (lambda _msg: None)
    home = settings.home
    check_base_iri(settings.base_iri)
    with build_lock(home), _gc_paused() as loaded_in_memory:
        timings = {}
        t0 = time.perf_counter()
        say(f"loading {settings.data_dir}")
        loaded = load_curated(settings.data_dir, settings.base_iri)
        loaded_in_memory()
        timings["load"] = time.perf_counter() - t0
        say(f"validating {len(loaded.quads)} quads")
        t1 = time.perf_counter()
        violations = validate_quads(loaded) if loaded.quads else []
        timings["validate"] = time.perf_counter() - t1
        if loaded.problems or violations:
            problems = list(loaded.problems) + list(violations)
            raise BuildError(f"{len(problems)} problem(s) in the data: the graph was not built", problems)
        t2 = time.perf_counter()
        result = write_build(settings, loaded, say)
        timings["write"] = time.perf_counter() - t2
        if mirror:
            t3 = time.perf_counter()
            say("mirroring into the embedded Cypher engine")
            result.mirrored = _mirror_embedded(settings, result)
            timings["mirror"] = time.perf_counter() - t3
        previous = current_build(home)
        switch_current(home, result.path)
        prune_builds(home, previous=previous)
        timings["total"] = time.perf_counter() - t0
        result.timings = timings
        say(f"build {result.build_id} is current")
        return result


_BASE_IRI = re.compile(r"^https?://[^\s<>\"{}|\\^`]+[/#]$")


def check_base_iri(base_iri: str) -> None:
    """Minted IRIs start with the base: refuse one that would make them invalid."""
    if not _BASE_IRI.match(base_iri or ""):
        raise BuildError(
            f"base IRI '{base_iri}' is not an absolute http(s) IRI ending in / or # "
            "(set it with --base-iri or MANDATE_LINEAGE_BASE_IRI)"
        )


def validate_quads(loaded) -> list:
    """Every shape violation of the loaded quads (all named graphs together, with the ontology).

    The quads go into an in-memory pyoxigraph store as triples (each once, whatever its graphs), read
    from the same sorted N-Quads text the build writes; no rdflib graph is built unless the shapes use a
    feature the fast engine does not compile (then plain pyshacl runs them, as before).
    """
    import pyoxigraph as ox

    from ..ontology.validate import ONTOLOGY_FILE, run_shacl, validate_store

    store = ox.Store()
    store.bulk_load(input=loaded.union_ntriples, format=ox.RdfFormat.N_TRIPLES)
    store.bulk_load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)

    def fallback(core):
        from rdflib import Graph

        graph = Graph()
        for s, p, o, _g in loaded.quads:
            graph.add((s, p, o))
        return run_shacl(graph, core)

    return validate_store(store, loaded.subjects, loaded.fields, fallback=fallback)


def write_build(settings: Settings, loaded, say: Callable[[str], None]) -> BuildResult:
    import pyoxigraph

    home = settings.home
    builds = home / "builds"
    builds.mkdir(parents=True, exist_ok=True)
    text = "".join(loaded.nquad_lines)
    checksum = hashlib.sha256(text.encode()).hexdigest()
    stamp = datetime.now(timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    build_id = f"{stamp}-{checksum[:8]}"
    tmp = builds / f".tmp-{build_id}-{os.getpid()}"
    tmp.mkdir()
    try:
        (tmp / "graph.nq").write_text(text, encoding="utf-8")
        say("writing the query store")
        union = loaded.union_ntriples
        (tmp / UNION_FILE).write_text(union, encoding="utf-8")
        store = pyoxigraph.Store(str(tmp / "store"))
        store.bulk_load(path=str(tmp / "graph.nq"), format=pyoxigraph.RdfFormat.N_QUADS)
        # The default graph holds each triple once: queries get set semantics, as the SPARQL union
        # default graph of other stores gives (pyoxigraph's own union repeats a triple per graph).
        store.bulk_load(path=str(tmp / UNION_FILE), format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
        store.optimize()
        store.flush()
        _precompute_indexes(store, tmp)
        del store
        triples = union.count("\n")
        counts = class_counts(loaded.quads)
        manifest = {
            "build_id": build_id,
            "created": datetime.now(timezone.utc).isoformat(timespec="seconds"),
            "base_iri": settings.base_iri,
            "data": str(settings.data_dir),
            "checksum_sha256": checksum,
            "quads": len(loaded.quads),
            "triples": triples,
            "store_quads": len(loaded.quads) + triples,
            "graphs": len({line[line.rindex(" <") + 1:] for line in loaded.nquad_lines}),
            "mandates": loaded.mandates,
            "class_counts": counts,
            "files": loaded.files,
        }
        (tmp / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
        _fsync_dir(tmp)
        final = builds / build_id
        os.rename(tmp, final)
    except BaseException:
        shutil.rmtree(tmp, ignore_errors=True)
        raise
    return BuildResult(
        build_id=build_id,
        path=final,
        triples=triples,
        quads=len(loaded.quads),
        graphs=manifest["graphs"],
        checksum=checksum,
        class_counts=counts,
        mandates=loaded.mandates,
    )


def _precompute_indexes(store, build_dir: Path) -> None:
    """Derived read-only indexes the fast `ask` path reads instead of querying the whole graph."""
    from ..queries.ask.facts import precompute_lexicon

    precompute_lexicon(store, build_dir)


def _mirror_embedded(settings: Settings, result: BuildResult) -> dict | None:
    """Mirror the new build into the embedded Cypher engine before it becomes current."""
    try:
        from ..queries.mirror import mirror_build
    except ImportError:
        return None
    return mirror_build(settings, result.path)


def _fsync_dir(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def switch_current(home: Path, target: Path) -> None:
    """Point home/current at target with a single atomic rename."""
    tmp_link = home / f".current-{os.getpid()}"
    if tmp_link.is_symlink() or tmp_link.exists():
        tmp_link.unlink()
    os.symlink(os.path.relpath(target, home), tmp_link)
    os.replace(tmp_link, home / "current")
    _fsync_dir(home)


def prune_builds(home: Path, keep: int = KEEP_BUILDS, previous: Path | None = None) -> None:
    """Remove old builds and leftovers of interrupted ones; never the current one.

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
            _remove_build(home, old)
    for leftover in builds.glob(".tmp-*"):
        pid = leftover.name.rsplit("-", 1)[-1]
        if not (pid.isdigit() and _alive(int(pid))):
            shutil.rmtree(leftover, ignore_errors=True)
    for link in home.glob(".current-*"):  # the temporary symlink of a build killed while switching
        pid = link.name.rsplit("-", 1)[-1]
        if not (pid.isdigit() and _alive(int(pid))) and link.is_symlink():
            link.unlink(missing_ok=True)


def _remove_build(home: Path, path: Path) -> None:
    try:
        from ..queries.mirror import drop_build_graph
    except ImportError:
        drop_build_graph = None
    if drop_build_graph is not None:
        drop_build_graph(home, path.name)
    shutil.rmtree(path, ignore_errors=True)


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def read_manifest(build_dir: Path) -> dict:
    return json.loads((Path(build_dir) / "manifest.json").read_text())
