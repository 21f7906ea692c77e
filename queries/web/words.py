"""Plain words for the pages: dates in words, property names, links to UN documents."""
from __future__ import annotations

import calendar
import re
from urllib.parse import quote

from ..ask.dates import duration_parts, iso_parts


# property local name -> words (anything else: the camelCase split into words)
PROPERTY_WORDS = {
    "type": "kind", "prefLabel": "name", "altLabel": "also called", "name": "name", "title": "title",
    "comment": "note", "seeAlso": "see also", "wasDerivedFrom": "derived from", "citation": "cited in",
    "adoptedOn": "adopted on", "issued": "issued on", "establishedBy": "established by",
    "mandateAction": "what it did to the mandate", "extendsBy": "for a period of", "extendsUntil": "until",
    "tookUpFunctionsOn": "took up functions on", "appointedOn": "appointed on", "appointedBy": "appointed by",
    "appointedPursuantTo": "appointed pursuant to", "startDate": "from", "endDate": "to",
    "pursuantTo": "presented pursuant to", "addendumTo": "addendum to", "missionReport": "mission report",
    "followsRequest": "follows the request in", "ref": "reference", "symbol": "UN symbol", "key": "key",
    "number": "number", "session": "session", "body": "body", "mandate": "mandate", "task": "task",
    "resolution": "resolution", "paragraph": "paragraph", "paragraphOf": "paragraph of",
    "supersededBy": "superseded by", "holder": "holder", "country": "country", "visitStatus": "status",
    "onProperty": "on the property", "about": "about", "document": "document", "locator": "place in the document",
    "creator": "author", "authorBody": "author body", "subOrganizationOf": "part of", "recalls": "recalls",
    "reaffirms": "reaffirms", "theme": "theme", "deadline": "deadline", "year": "year",
}
CLASS_WORDS = {
    "TaskAdded": "task added", "TaskReaffirmed": "task reaffirmed", "TaskChanged": "task changed",
    "TaskSuperseded": "task superseded", "CountryVisit": "country visit", "ThematicReport": "thematic report",
    "MissionReport": "mission report", "WorkingPaper": "working paper", "CallForInputs": "call for inputs",
    "WebPage": "web page", "PressRelease": "press release", "SeedDocument": "seed document",
    "Person": "holder", "Term": "term as holder",
}


def local_name(iri: str) -> str:
    return re.split(r"[#/]", str(iri).rstrip("/#"))[-1]


def camel_words(name: str) -> str:
    return re.sub(r"(?<=[a-z])(?=[A-Z])", " ", name).lower()


def property_words(iri: str) -> str:
    name = local_name(iri)
    return PROPERTY_WORDS.get(name, camel_words(name))


def class_words(iri: str) -> str:
    name = local_name(iri)
    return CLASS_WORDS.get(name, camel_words(name))


def date_words(value) -> str:
    """'2014-06-26' -> '26 June 2014', '2014-06' -> 'June 2014', '2014' -> '2014'; else unchanged."""
    text = str(value or "")
    parts = iso_parts(text, whole=True)
    if not parts:
        return text
    year, month, day = parts
    if month and 1 <= int(month) <= 12:
        words = calendar.month_name[int(month)] + " " + year
        return f"{int(day)} {words}" if day else words
    return year


def duration_words(value: str) -> str:
    groups = duration_parts(value)
    if groups is None:
        return str(value)
    parts = []
    for n, unit in zip(groups, ("year", "month", "day")):
        if n:
            parts.append(f"{int(n)} {unit}" + ("s" if int(n) != 1 else ""))
    return " and ".join(parts) or str(value)


def undocs(symbol: str) -> str:
    """The address of a UN document's text on undocs.org."""
    return "https://undocs.org/" + quote(symbol, safe="/.-_~")


def is_un_symbol(text: str) -> bool:
    return bool(re.match(r"^[A-Z]+(?:\.\d+)?/[A-Z0-9.()/\-]+", str(text or "")))
