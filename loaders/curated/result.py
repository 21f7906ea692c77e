"""What loading a data folder yields: quads, where each came from, problems; the canonical N-Quads text."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property


@dataclass(frozen=True)
class Origin:
    file: str
    line: int
    field: str | None = None


@dataclass
class LoadResult:
    quads: set = field(default_factory=set)
    subjects: dict = field(default_factory=dict)  # IRI -> Origin of the record
    fields: dict = field(default_factory=dict)  # (IRI, predicate IRI) -> Origin of the field
    problems: list = field(default_factory=list)  # DataError (a Problem: ontology/problems.py)
    mandates: list = field(default_factory=list)
    files: list = field(default_factory=list)

    @cached_property
    def nquad_lines(self) -> list[str]:
        """The quads as sorted N-Quads lines: the build's canonical text, computed once."""
        return sorted(f"{s.n3()} {p.n3()} {o.n3()} {g.n3()} .\n" for s, p, o, g in self.quads)

    @cached_property
    def union_ntriples(self) -> str:
        """Every triple once, as sorted N-Triples: the union of the named graphs, computed once."""
        return "".join(union_lines(self.nquad_lines))


def union_lines(nquad_lines):
    """Each triple once, in order, from sorted N-Quads lines.

    No set needed: all the lines of one triple (one per graph) start with the same text, the triple
    and " <", so they are adjacent once sorted.
    """
    previous = None
    for line in nquad_lines:
        triple = line[: line.rindex(" <")]
        if triple != previous:
            yield triple + " .\n"
            previous = triple
