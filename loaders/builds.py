"""A build on disk, in one place: finding the current one, its manifest, its store, its mandates;
the lock that lets one build run at a time, the atomic switch of `current`, and a build's provenance.

Every command reads a build through this module; nothing here imports rdflib.
"""
from __future__ import annotations

import fcntl
import hashlib
import json
import os
import re
from contextlib import contextmanager
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from ..ontology.standard_terms import FILE_NAME as STANDARD_FILE
from .config import in_memory_limit

KEEP_BUILDS = 2
UNION_FILE = "union.nt"  # every triple once: the default graph of the query store


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
        return json.loads(self._part("manifest.json").read_text(encoding="utf-8"))

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

    def _part(self, name: str) -> Path:
        """A file or folder every build has; BuildDamaged when it is missing."""
        path = self.path / name
        if not self.path.is_dir():
            raise BuildDamaged(f"build {self.path.name} is gone (its folder was deleted): run `mandate-lineage build`")
        if not path.exists():
            raise BuildDamaged(f"build {self.path.name} has no {name}: made by an older version or damaged; "
                               "run `mandate-lineage build`")
        return path

    @property
    def in_memory(self) -> bool:
        """Whether store() parses the build into memory (graph.nq up to MANDATE_LINEAGE_IN_MEMORY_MB)
        rather than opening the on-disk store."""
        return self._part("graph.nq").stat().st_size <= in_memory_limit()

    def store(self):
        """The build as a read-only pyoxigraph store: one named graph per source, one of the standard
        terms, and a default graph holding every triple once (set semantics for queries over it).

        A small graph is parsed into memory (faster than opening the on-disk store); a large one
        opens the on-disk store read-only. Either way nothing can write to the build. A build
        without one of its parts (older, or half deleted) is refused (BuildDamaged), never served
        as a smaller graph.
        """
        import pyoxigraph

        nq, union = self._part("graph.nq"), self._part(UNION_FILE)
        if self.in_memory:
            store = pyoxigraph.Store()
            store.bulk_load(path=str(nq), format=pyoxigraph.RdfFormat.N_QUADS)
            if (self.manifest.get("standard_terms") or {}).get("file"):  # the standard terms' own named graph
                store.bulk_load(path=str(self._part(STANDARD_FILE)), format=pyoxigraph.RdfFormat.N_QUADS)
            store.bulk_load(path=str(union), format=pyoxigraph.RdfFormat.N_TRIPLES, to_graph=pyoxigraph.DefaultGraph())
            return store
        try:
            return pyoxigraph.Store.read_only(str(self._part("store")))
        except OSError as exc:
            raise BuildDamaged(f"cannot open the store of build {self.path.name} ({exc}): "
                               "run `mandate-lineage build`") from None


class BuildDamaged(FileNotFoundError):
    """A build directory lacks a part every build has (made by an older version, or half deleted)."""


class BuildError(Exception):
    """The build did not complete; the previous good build is still current."""

    def __init__(self, message: str, problems: list | None = None):
        super().__init__(message)
        self.problems = problems or []


class BuildLocked(BuildError):
    pass


def current_build(home: Path) -> Path | None:
    found = Build.current_or_none(home)
    return found.path if found is not None else None


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


def read_manifest(build_dir: Path) -> dict:
    return Build(Path(build_dir)).manifest


def fsync_dir(path: Path) -> None:
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
    fsync_dir(home)


def pid_alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def data_file_hashes(data_dir: Path, files: list) -> dict:
    """SHA-256 of each data file the build read (its provenance), by path relative to the data folder."""
    out = {}
    for name in files:
        path = Path(data_dir) / name
        if path.is_file():
            out[name] = hashlib.sha256(path.read_bytes()).hexdigest()
    return dict(sorted(out.items()))


def code_version() -> dict:
    """The package version, and the git commit of the code when it runs from a checkout."""
    import subprocess
    from importlib.metadata import PackageNotFoundError, version

    try:
        out = {"version": version("mandate-lineage")}
    except PackageNotFoundError:
        out = {"version": None}
    here = Path(__file__).resolve().parent
    try:
        done = subprocess.run(["git", "-C", str(here), "rev-parse", "HEAD"], capture_output=True, text=True, timeout=10)
    except (OSError, subprocess.SubprocessError):
        return out
    if done.returncode == 0 and re.fullmatch(r"[0-9a-f]{40}", done.stdout.strip()):
        out["git_commit"] = done.stdout.strip()
    return out
