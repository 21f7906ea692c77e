"""`build` with this layer's post-build steps: the library twin of the `build` command.

`loaders.build.build` makes the graph and its store; what reads them is wired in here, as named
steps (loaders/post_build.py): the `ask` lexicon written beside the store, the embedded Cypher
mirror (unless `mirror=False`), and dropping a pruned build's mirror graph (always: a build
without the mirror still prunes builds that had one).
"""
from __future__ import annotations

from typing import Callable

from ..loaders import build as build_lib
from ..loaders.config import Settings
from ..loaders.post_build import Step
from .ask.facts import precompute_lexicon
from .mirror import drop_build_graph, mirror_build

LEXICON = Step("ask lexicon", "store", precompute_lexicon)
MIRROR = Step("mirroring into the embedded Cypher engine", "mirror", mirror_build)
DROP_MIRROR_GRAPH = Step("drop the mirror graph of a pruned build", "remove", drop_build_graph)


def post_build_steps(mirror: bool = True) -> tuple[Step, ...]:
    """The steps `build` runs: the lexicon, the mirror (when asked) and the pruned mirror graphs."""
    return (LEXICON, *([MIRROR] if mirror else []), DROP_MIRROR_GRAPH)


def build(settings: Settings, progress: Callable[[str], None] | None = None, mirror: bool = True) -> build_lib.BuildResult:
    """Load, validate, write and (unless `mirror=False`) mirror a new build, then switch to it."""
    return build_lib.build(settings, progress=progress, steps=post_build_steps(mirror))


def write_build(settings: Settings, loaded) -> build_lib.BuildResult:
    """Write a build from validated quads, with its lexicon, neither mirrored nor switched to."""
    return build_lib.write_build(settings, loaded, steps=(LEXICON,))
