"""The values a data file may hold, and the RDF terms they become (None when a value is refused)."""
from __future__ import annotations

import re
from datetime import date

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from ...ontology.vocab import ML

REF_RE = re.compile(r"^(?P<body>[A-Za-z][A-Za-z-]*) (?P<number>(?:S-)?\d{1,4}/\d{1,4})$")
DATE_RE = re.compile(r"^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$", re.ASCII)   # "000\u0661-01-01": no date (int() takes it)
DURATION_RE = re.compile(r"^P(?:\d+Y)?(?:\d+M)?(?:\d+D)?$")
KEY_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
SYMBOL_RE = re.compile(r"^[A-Z][A-Za-z0-9.]*(/[A-Za-z0-9.()-]+)+$")

DOCUMENT_KINDS = {
    "thematic-report": ML.ThematicReport,
    "mission-report": ML.MissionReport,
    "addendum": ML.Addendum,
    "working-paper": ML.WorkingPaper,
    "note": ML.Note,
    "statement": ML.Statement,
    "call-for-inputs": ML.CallForInputs,
    "other": ML.Document,
}
SOURCE_KINDS = {
    "web-page": ML.WebPage,
    "press-release": ML.PressRelease,
    "seed": ML.Document,
    "encyclopedia": ML.WebPage,
    "statement": ML.WebPage,
    "database": ML.WebPage,
}
EVENT_KINDS = {
    "added": ML.TaskAdded,
    "reaffirmed": ML.TaskReaffirmed,
    "changed": ML.TaskChanged,
    "superseded": ML.TaskSuperseded,
}
MANDATE_ACTIONS = {"created": ML.Created, "renewed": ML.Renewed, "extended": ML.Extended, "none": None}
VISIT_STATUSES = {
    "requested": ML.Requested,
    "reminder": ML.Reminder,
    "accepted": ML.Accepted,
    "declined": ML.Declined,
    "dates-proposed": ML.DatesProposed,
    "completed": ML.Completed,
}


def looks_like_symbol(text: str) -> bool:
    return bool(SYMBOL_RE.match(text))


def date_literal(value) -> Literal | None:
    if isinstance(value, date):
        return Literal(value.isoformat(), datatype=XSD.date)
    text = str(value).strip()
    match = DATE_RE.match(text)
    if not match:
        return None
    year, month, day = match.groups()
    try:
        if day:
            date(int(year), int(month), int(day))
            return Literal(text, datatype=XSD.date)
        if month:
            if not 1 <= int(month) <= 12:
                return None
            return Literal(text, datatype=XSD.gYearMonth)
    except ValueError:
        return None
    return Literal(text, datatype=XSD.gYear)


def year_literal(value) -> Literal | None:
    text = str(value).strip()
    return Literal(text, datatype=XSD.gYear) if re.fullmatch(r"\d{4}", text) else None


def text_literal(value) -> Literal | None:
    if isinstance(value, (dict, list)) or value is None:
        return None
    text = str(value).strip()
    return Literal(text) if text else None


def int_literal(value) -> Literal | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, int) or (isinstance(value, str) and value.isdecimal()):
        return Literal(int(value))
    return None


VOTE_RE = re.compile(r"^(\d{1,3})-(\d{1,3})-(\d{1,3})$")
VOTE_EXPECTED = "a recorded vote written in favour-against-abstentions, like \"31-13-3\""


def vote_part(index: int):
    """A converter taking one count out of a recorded vote 'in favour-against-abstentions'."""
    def vote_literal(value) -> Literal | None:
        match = VOTE_RE.match(str(value).strip()) if not isinstance(value, (dict, list, bool)) else None
        return Literal(int(match[index + 1])) if match else None
    return vote_literal


def iri_value(value) -> URIRef | None:
    text = str(value).strip()
    return URIRef(text) if re.match(r"^https?://[^\s<>\"{}|\\^`]+$", text) else None


def duration_literal(value) -> Literal | None:
    text = str(value)
    return Literal(text, datatype=XSD.duration) if DURATION_RE.match(text) and text != "P" else None


def mandate_action(value) -> URIRef | None:
    return ML.NoAction if str(value) == "none" else MANDATE_ACTIONS.get(str(value))


EXPECTED = {
    date_literal: "a date (YYYY-MM-DD, \"YYYY-MM\" or YYYY) that exists",
    year_literal: "a year written YYYY",
    text_literal: "a text (not a list or mapping)",
    int_literal: "a whole number",
    iri_value: "an http(s) IRI",
}
RESOLUTION_EXPECTED = "a resolution ref like 'HRC 35/3'"


def shown(value, limit: int = 80) -> str:
    text = repr(value) if not isinstance(value, (list, dict)) else f"a {'list' if isinstance(value, list) else 'mapping'}"
    return text if len(text) <= limit else text[: limit - 3] + "..."


def invalid_value(value, expected: str | None) -> str:
    """The message for a refused value: what was given, and what is expected."""
    return f"invalid value {shown(value)}" + (f": expected {expected}" if expected else "")
