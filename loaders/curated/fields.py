"""One table per record kind: each field's name, the property it becomes, and how its value is read.

The same table gives the triples and the unknown-field check, so a field name is written once.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

from rdflib import URIRef

from .values import EXPECTED, RESOLUTION_EXPECTED

REFERENCE_KINDS = ("resolution", "body", "person", "document", "task", "visit")


@dataclass(frozen=True)
class Field:
    name: str
    predicate: URIRef
    value: Callable | str  # a value converter (values.py), or the kind of record the value refers to
    explain: str | None = None  # what a valid value looks like, where the converter's own words do not say

    def __post_init__(self):
        if not callable(self.value) and self.value not in REFERENCE_KINDS:
            raise ValueError(f"field {self.name}: unknown reference kind {self.value!r}")

    @property
    def expected(self) -> str | None:
        """What a valid value looks like, for the message when one is refused."""
        if self.explain:
            return self.explain
        if self.value == "resolution":
            return RESOLUTION_EXPECTED
        return EXPECTED.get(self.value) if callable(self.value) else None
