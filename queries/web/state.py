"""The build a server answers from, and the switch to a newer one.

A request takes one ``BuildState`` when it starts and uses only that one, so a build switch while
serving never mixes two builds in one answer: the new state is opened aside and replaces the old
in one assignment. ``FollowCurrent`` watches ``home/current`` (a symlink switched atomically by
``build``); ``Fixed`` serves one store for good (tests, the library call ``serve(store)``).
"""
from __future__ import annotations

import logging
import os
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import pyoxigraph as ox

from ...loaders.builds import Build
from .graph_view import GraphView
from .query_pool import QueryPool

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Limits:
    """Limits of the SPARQL endpoint (loaders/config.py reads them from flags and the environment)."""

    query_timeout: float = 30.0
    max_queries: int = 4
    max_rows: int = 100_000


DUMP_PREFIX = "mandate-lineage-serve-"  # + the server's pid: the query workers' copy of an in-memory build


def sweep_dumps() -> list[Path]:
    """Remove the copies a server that is gone left in the temporary folder (killed: no cleanup ran)."""
    from ...loaders.builds import pid_alive

    removed = []
    for path in Path(tempfile.gettempdir()).glob(f"{DUMP_PREFIX}*-*.nq"):
        pid = path.name[len(DUMP_PREFIX):].split("-", 1)[0]
        if pid.isdecimal() and int(pid) != os.getpid() and not pid_alive(int(pid)):
            try:
                path.unlink(missing_ok=True)
            except OSError:  # another user's (a sticky temporary folder): theirs to remove
                continue
            removed.append(path)
    return removed


class BuildState:
    """One build: its store, page helpers, `ask` context, SPARQL workers and page caches."""

    def __init__(self, store: ox.Store, base_iri: str, limits: Limits, *, build_dir: Path | None = None,
                 settings=None, build_id: str = "in-memory", in_memory: bool = True) -> None:
        self.store, self.base_iri, self.limits = store, base_iri, limits
        self.in_memory = in_memory  # the store is a parsed copy: query workers load that copy, not the disk
        self.build_dir, self.settings, self.build_id = build_dir, settings, build_id
        self.view = GraphView(store, base_iri)
        self.own_default = next(iter(store.quads_for_pattern(None, None, None, ox.DefaultGraph())), None) is not None
        self.triples = len(store)
        self.lock = threading.Lock()  # for `ask` and matplotlib, which are not thread-safe
        self.pictures: dict[str, bytes] = {}
        self._descriptions: dict[str, bytes] = {}  # endpoint -> the dataset description (Turtle)
        self._ctx = None
        self._pool: QueryPool | None = None
        self._dump: str | None = None
        self._count_lock = threading.Lock()
        self._pool_lock = threading.Lock()
        self._users = 0  # requests using this build now
        self._retired = False
        self._closed = False

    def enter(self) -> None:
        with self._count_lock:
            self._users += 1

    def leave(self) -> None:
        with self._count_lock:
            self._users -= 1
            done = self._retired and self._users == 0
        if done:
            self.close()

    def retire(self) -> None:
        """A newer build is served: close this one once no request uses it."""
        with self._count_lock:
            self._retired = True
            idle = self._users == 0
        if idle:
            self.close()

    @property
    def pool(self) -> QueryPool:
        with self._pool_lock:
            if self._pool is None:
                if not self.in_memory:  # the on-disk store: each worker opens it read-only
                    source = {"build_dir": str(self.build_dir)}
                else:  # the server's in-memory copy: the workers load it (never the build directory again,
                    # which may change or go under a running server)
                    sweep_dumps()
                    fd, self._dump = tempfile.mkstemp(prefix=f"{DUMP_PREFIX}{os.getpid()}-", suffix=".nq")
                    os.close(fd)
                    self.store.dump(self._dump, format=ox.RdfFormat.N_QUADS)
                    source = {"nquads": self._dump}
                self._pool = QueryPool(source, size=self.limits.max_queries, timeout=self.limits.query_timeout,
                                       max_rows=self.limits.max_rows)
            return self._pool

    def ask_context(self):
        """The `ask` library's context on this build (None for an in-memory store)."""
        if self._ctx is None and self.build_dir is not None:
            from ..ask import Context  # open_context's class; it takes the build to open

            self._ctx = Context(self.settings, self.build_dir)
        return self._ctx

    def description(self, endpoint: str) -> bytes:
        """The DCAT/VoID description of this build naming `endpoint`, made once per endpoint."""
        with self.lock:
            if endpoint not in self._descriptions:
                from ..dataset import describe

                self._descriptions[endpoint] = describe(self.settings, endpoint=endpoint, build_dir=self.build_dir)
            return self._descriptions[endpoint]

    def mandates(self) -> list[str]:
        return Build(self.build_dir).mandates() if self.build_dir is not None else []

    def close(self) -> None:
        with self._count_lock:
            if self._closed:
                return
            self._closed = True
        if self._pool is not None:
            self._pool.close()
        if self._dump:
            Path(self._dump).unlink(missing_ok=True)


class Fixed:
    """Always the same store."""

    def __init__(self, state: BuildState) -> None:
        self.state = state

    def get(self) -> BuildState:
        return self.state

    def close(self) -> None:
        self.state.close()


class FollowCurrent:
    """The build ``home/current`` points at; a newer one is opened aside, then swapped in."""

    CHECK_EVERY = 0.5  # seconds between looks at the symlink

    def __init__(self, settings, limits: Limits) -> None:
        from ...loaders.store import current_dir

        self.settings, self.limits = settings, limits
        self._link = Path(settings.home) / "current"
        self.state = self._open(current_dir(settings))
        self._checked = time.monotonic()
        self._switching = threading.Lock()
        self._failed: Path | None = None
        self._old: list[BuildState] = []  # builds replaced by a newer one, until they close

    def _open(self, build_dir: Path) -> BuildState:
        build = Build(build_dir)
        in_memory = build.in_memory
        store = build.store()
        return BuildState(store, build.manifest.get("base_iri") or self.settings.base_iri, self.limits,
                          build_dir=build_dir, settings=self.settings, build_id=build_dir.name, in_memory=in_memory)

    def get(self) -> BuildState:
        now = time.monotonic()
        if now - self._checked < self.CHECK_EVERY:
            return self.state
        self._checked = now
        try:
            target = self._link.resolve(strict=True)
        except (OSError, RuntimeError):
            return self.state  # the link is gone or being switched: keep the build we have
        if target in (self.state.build_dir, self._failed) or not self._switching.acquire(blocking=False):
            return self.state
        # open the new build aside (in a thread: requests keep their answers from the old one meanwhile)
        threading.Thread(target=self._switch, args=(target,), daemon=True, name="open-build").start()
        return self.state

    def _switch(self, target: Path) -> None:
        try:
            new = self._open(target)
        except Exception as exc:  # noqa: BLE001 - keep serving the build we have
            log.warning("could not open the new build %s: %s", target.name, exc)
            self._failed = target  # not tried again; a newer build will be
            self._switching.release()
            return
        old, self.state = self.state, new
        self._old.append(old)
        self._switching.release()
        log.info("now serving build %s", new.build_id)
        old.retire()
        self._old = [s for s in self._old if not s._closed]

    def close(self) -> None:
        """Close the served build and every older one a request still held (the server is stopping)."""
        for state in [*self._old, self.state]:
            state.close()
