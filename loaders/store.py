"""Reading the current build for commands: thin names over loaders/builds.py. No rdflib here."""
from __future__ import annotations

from pathlib import Path

from .builds import Build
from .config import Settings


def current_dir(settings: Settings) -> Path:
    """The current build's directory; FileNotFoundError with what to run when there is none."""
    return Build.current(settings.home).path


def open_store(build_dir: Path):
    """The build as a read-only pyoxigraph store (Build.store)."""
    return Build(Path(build_dir)).store()


def resolve_mandate(settings: Settings, mandates: list[str]) -> str | None:
    """The mandate a command works on: the one asked for, or the only one there is."""
    if settings.mandate:
        if settings.mandate not in mandates:
            raise LookupError(f"unknown mandate '{settings.mandate}'; the build has: {', '.join(mandates)}")
        return settings.mandate
    return mandates[0] if len(mandates) == 1 else None
