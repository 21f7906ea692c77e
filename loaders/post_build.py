"""Named steps that run around a build, passed in by the layer that owns them.

`loaders/` makes a build (load, validate, store, switch) and knows nothing of what reads it. What
runs after it (the `ask` lexicon, the embedded Cypher mirror, dropping a pruned build's mirror
graph) belongs to `queries/`, which hands `build` a list of `Step`s (`queries/build.py`). A step
has a name (for messages), the stage it runs at, and a module-level function:

- ``store``: in the worker that wrote the query store, with the open store and the build directory
  (``run(store, build_dir)``), before the build is moved into place;
- ``mirror``: in the build's own process beside validation and the store, with
  ``run(settings, staged_dir, build_id=..., cancel=..., before_switch=...)``; it must call
  ``before_switch()`` (which waits for the rest of the build and raises if it failed) before making
  its result visible, and returns a summary dict. At most one per build;
- ``remove``: when an old build is pruned, ``run(home, build_id)``.

Steps travel to the worker by pickling: functions defined at module level.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable, Iterable

STAGES = ("store", "mirror", "remove")


@dataclass(frozen=True)
class Step:
    name: str
    stage: str
    run: Callable

    def __post_init__(self):
        if self.stage not in STAGES:
            raise ValueError(f"post-build step {self.name!r}: unknown stage {self.stage!r} (one of {', '.join(STAGES)})")


def at(steps: Iterable[Step], stage: str) -> list[Step]:
    """The steps of one stage, in the order given."""
    if stage not in STAGES:
        raise ValueError(f"unknown stage {stage!r}")
    return [s for s in steps if s.stage == stage]


def mirror_step(steps: Iterable[Step]) -> Step | None:
    """The one ``mirror`` step, if any (two are refused: only one can hold the switch)."""
    found = at(steps, "mirror")
    if len(found) > 1:
        raise ValueError("more than one mirror step: " + ", ".join(s.name for s in found))
    return found[0] if found else None


def modules(steps: Iterable[Step]) -> list[str]:
    """The modules the steps' functions live in (for the workers' fork server to import once)."""
    return sorted({s.run.__module__ for s in steps})
