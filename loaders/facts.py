"""The fact model of document extraction: every item carries a ``locator`` ("para. 7 (b), fn. 3")
and a ``span`` (start, end) in the ORIGINAL text. ``loaders.documents`` re-exports these names."""

from __future__ import annotations

from dataclasses import dataclass, field, fields, is_dataclass
from typing import Any

from .symbols import ResolutionRef, Symbol

__all__ = ["Extraction", "DocumentInfo", "SymbolMention", "ResolutionCitation", "TaskItem", "TaskAttribution",
           "HolderMention", "Visit", "RequestedVisit", "MandateDecision"]

Span = tuple[int, int]


def _todict(obj: Any) -> Any:
    if is_dataclass(obj):
        return {f.name: _todict(getattr(obj, f.name)) for f in fields(obj)}
    if isinstance(obj, (list, tuple)):
        return [_todict(x) for x in obj]
    if isinstance(obj, (Symbol, ResolutionRef)):
        return obj.format()
    return obj


class _Item:
    def to_dict(self) -> dict:
        return _todict(self)


@dataclass
class DocumentInfo(_Item):
    name: str
    symbol: str | None = None
    body: str | None = None
    session: int | None = None
    author: str | None = None
    symbol_span: Span | None = None
    author_span: Span | None = None
    locator: str = "heading"
    span: Span | None = None
    kind: str | None = None       # resolution | decision | report | ga-report | statement | press-release | page
    ref: str | None = None        # a resolution's or decision's own ref ("HRC 35/3")
    adopted: str | None = None    # its adoption date (ISO, partial stays partial)
    agenda_item: str | None = None  # "3", "69 (b)"
    vote: str | None = None       # "32-14-0" (in favour, against, abstentions) or "without a vote"


@dataclass
class SymbolMention(_Item):
    symbol: str                 # normalised; the text as written (spaces removed) when malformed
    valid: bool
    body: str | None
    session: str | None
    locator: str
    span: Span
    para: int | None = None
    fn: int | None = None
    error: str | None = None


@dataclass
class ResolutionCitation(_Item):
    ref: str                    # "HRC 35/3"
    body: str
    number: str
    kind: str                   # resolution | decision
    paragraphs: list[str]
    locator: str
    span: Span
    para: int | None = None
    fn: int | None = None
    ibid: bool = False
    body_from: str = "explicit"  # explicit | context | number
    date: str | None = None      # the date the text gives it ("2005/55 of 20 April 2005"), ISO


@dataclass
class TaskItem(_Item):
    label: str | None           # "a" for a lettered item
    text: str
    locator: str
    span: Span


@dataclass
class TaskAttribution(_Item):
    kind: str                   # footnote (lettered task + footnote) | request (resolution requests)
    locator: str
    span: Span
    resolutions: list[dict]     # [{"ref": "HRC 7/5", "kind": "resolution", "paragraphs": ["1 (b)"]}]
    tasks: list[TaskItem]
    letter: str | None = None
    fn: int | None = None


@dataclass
class HolderMention(_Item):
    name: str | None            # None when the holder is the author, not named in the passage
    is_author: bool
    role: str | None            # first | second | former | current ...
    appointed: str | None       # ISO date, partial dates stay partial ("2011-08", "2011")
    appointed_by: str | None
    took_up_functions: str | None
    locator: str
    span: Span
    post: str | None = None     # the words tying the name to a post, when the text gives them


@dataclass
class Visit(_Item):
    country: str
    start: str | None
    end: str | None
    status: str                 # completed
    report: str | None
    holder: str | None
    locator: str
    span: Span


@dataclass
class RequestedVisit(_Item):
    country: str
    status: str                 # requested | accepted
    locator: str
    span: Span
    accepted_span: Span | None = None


@dataclass
class MandateDecision(_Item):
    """What a resolution or decision text does to the mandate."""
    ref: str                    # the deciding text ("HRC 35/3", "HRC 16/118")
    kind: str                   # resolution | decision
    action: str                 # created | extended | renewed | renamed | postponed
    period: str | None          # "P3Y"
    until: str | None           # "2011-06"
    date: str | None            # adoption date of the deciding text
    locator: str
    span: Span


@dataclass
class Extraction(_Item):
    document: DocumentInfo
    pursuant_to: list[ResolutionCitation] = field(default_factory=list)
    symbols: list[SymbolMention] = field(default_factory=list)
    citations: list[ResolutionCitation] = field(default_factory=list)
    task_attributions: list[TaskAttribution] = field(default_factory=list)
    holders: list[HolderMention] = field(default_factory=list)
    visits: list[Visit] = field(default_factory=list)
    requested_visits: list[RequestedVisit] = field(default_factory=list)
    decisions: list[MandateDecision] = field(default_factory=list)
