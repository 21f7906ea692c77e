"""One type for every problem found in the data: by the loader (a YAML file, a field) or by the
shapes (a node of the graph, located back to its file, line and field).

A loader's problem names where and what (`file`, `line`, `field`, `message`); a shape's finding
also names the node (`focus`), the property path, the offending value and the shape. `DataError`
is the same record as an exception, for readers that stop at the first problem.
"""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(unsafe_hash=True)  # mutable (DataError is raised: a frozen exception cannot be), yet kept in sets
class Problem:
    file: str | None
    line: int | None
    field: str | None
    message: str
    severity: str = "Violation"
    focus: str | None = None  # shape findings: the node, path, value and shape behind the message
    path: str | None = None
    value: str | None = None
    shape: str | None = None

    @property
    def from_shapes(self) -> bool:
        """Found by the shapes (on a node of the graph), not by the loader."""
        return self.focus is not None

    def where(self) -> str:
        place = self.file or "(graph)"
        if self.line:
            place += f":{self.line}"
        if self.field:
            place += f" field '{self.field}'"
        return place

    def __str__(self) -> str:
        where = (self.file or "(graph)") + (f":{self.line}" if self.line else "")
        what = f" field '{self.field}':" if self.field else ""
        return f"{where}:{what} {self.message}"

    def to_dict(self) -> dict:
        """The --json form: where and what; a shape's finding also its node, path, value and shape."""
        if not self.from_shapes:
            return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}
        return {"message": self.message, "focus": self.focus, "path": self.path, "value": self.value, "shape": self.shape,
                "file": self.file, "line": self.line, "field": self.field, "severity": self.severity}


@dataclass(unsafe_hash=True)
class DataError(Problem, Exception):
    """A problem in a data file, raised: where it is and what is wrong."""

    __str__ = Problem.__str__
