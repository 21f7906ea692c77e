"""The RDF -> property graph mapping, written down once.

Read by the mirror (queries/mirror.py), documented in queries/README.md, checked against the
ontology by tests/test_mirror.py. Rules:

- every IRI subject (and every IRI object of a relationship predicate) is a node with the label
  ``Resource`` and the property ``iri`` (unique);
- its ``rdf:type``\\ s in the ontology give its labels (the class and its superclasses, table
  ``CLASSES``); some classes also set fixed properties (``LineageEvent.kind``);
- a predicate in ``RELATIONSHIPS`` becomes a relationship of that type, from subject to object;
  every relationship carries ``sources`` (document symbols, or keys of documents without one),
  ``locators`` and ``citations`` ("symbol, locator") of the subject's citations in the named graphs
  that state the triple;
- a predicate in ``PROPERTIES`` becomes a node property of the given kind:
  ``text``/``int`` a single value (sources that disagree: the smallest value, all of them in
  ``<name>Values``), ``list`` a sorted list, ``date`` an ISO string plus ``<name>Precision``
  (day, month or year: partial dates stay partial), ``concept`` the code of a controlled value;
- anything not in the tables falls back to its local name (a property for literals, an
  UPPER_SNAKE relationship for IRIs) and is reported by the mirror as unmapped.
"""
from __future__ import annotations

import re

from ..ontology.iris import ONTOLOGY_NS as ML

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
DCT = "http://purl.org/dc/terms/"
FOAF = "http://xmlns.com/foaf/0.1/"
PROV = "http://www.w3.org/ns/prov#"
ORG = "http://www.w3.org/ns/org#"
XSD = "http://www.w3.org/2001/XMLSchema#"

COMMON_LABEL = "Resource"
# A mirror is written under this label first and switched in at the end (Neo4j); the real labels
# wait in this property meanwhile.
STAGING_LABEL = "MLStaging"
STAGING_LABELS_PROP = "mlLabels"
KEY = "iri"

# ontology class (local name in ml:) -> labels, superclasses first (a node gets the union).
CLASSES: dict[str, tuple[str, ...]] = {
    "Mandate": ("Mandate",),
    "Body": ("Body",),
    "Country": ("Country",),
    "Document": ("Document",),
    "Resolution": ("Document", "Resolution"),
    "Decision": ("Document", "Decision"),
    "Paragraph": ("Paragraph",),
    "Report": ("Document", "Report"),
    "ThematicReport": ("Document", "Report", "ThematicReport"),
    "MissionReport": ("Document", "Report", "MissionReport"),
    "Addendum": ("Document", "Addendum"),
    "WorkingPaper": ("Document", "WorkingPaper"),
    "Note": ("Document", "Note"),
    "Statement": ("Document", "Statement"),
    "CallForInputs": ("Document", "CallForInputs"),
    "WebPage": ("Document", "WebPage"),
    "PressRelease": ("Document", "WebPage", "PressRelease"),
    "SeedDocument": ("Document", "SeedDocument"),
    "Task": ("Task",),
    "LineageEvent": ("LineageEvent",),
    "TaskAdded": ("LineageEvent", "TaskAdded"),
    "TaskReaffirmed": ("LineageEvent", "TaskReaffirmed"),
    "TaskChanged": ("LineageEvent", "TaskChanged"),
    "TaskSuperseded": ("LineageEvent", "TaskSuperseded"),
    "Person": ("Person",),
    "Term": ("Term",),
    "CountryVisit": ("CountryVisit",),
    "Citation": ("Citation",),
    "Disagreement": ("Disagreement",),
}

# Fixed properties a class gives its nodes (what the type says, as a plain value for queries).
CLASS_PROPERTIES: dict[str, dict[str, str]] = {
    "TaskAdded": {"kind": "added"},
    "TaskReaffirmed": {"kind": "reaffirmed"},
    "TaskChanged": {"kind": "changed"},
    "TaskSuperseded": {"kind": "superseded"},
}

# predicate IRI -> (relationship type, label given to an object that has no rdf:type)
RELATIONSHIPS: dict[str, tuple[str, str | None]] = {
    ML + "mandate": ("MANDATE", "Mandate"),
    ML + "body": ("BODY", "Body"),
    ML + "recalls": ("RECALLS", None),
    ML + "reaffirms": ("REAFFIRMS", None),
    ML + "establishedBy": ("ESTABLISHED_BY", None),
    ML + "paragraphOf": ("PARAGRAPH_OF", None),
    ML + "task": ("TASK", "Task"),
    ML + "resolution": ("RESOLUTION", None),
    ML + "paragraph": ("PARAGRAPH", "Paragraph"),
    ML + "supersededBy": ("SUPERSEDED_BY", "Task"),
    ML + "holder": ("HOLDER", "Person"),
    ML + "appointedBy": ("APPOINTED_BY", "Body"),
    ML + "appointedPursuantTo": ("APPOINTED_PURSUANT_TO", None),
    ML + "country": ("COUNTRY", "Country"),
    ML + "missionReport": ("MISSION_REPORT", "Document"),
    ML + "followsRequest": ("FOLLOWS_REQUEST", "CountryVisit"),
    ML + "pursuantTo": ("PURSUANT_TO", None),
    ML + "addendumTo": ("ADDENDUM_TO", "Document"),
    ML + "citation": ("CITATION", "Citation"),
    ML + "document": ("DOCUMENT", "Document"),
    ML + "about": ("ABOUT", None),
    ML + "authorBody": ("AUTHOR_BODY", "Body"),
    DCT + "creator": ("CREATOR", "Person"),
    ORG + "subOrganizationOf": ("SUB_ORGANIZATION_OF", "Body"),
    PROV + "wasDerivedFrom": ("WAS_DERIVED_FROM", "Document"),
}

# predicate IRI -> (property name, kind)
PROPERTIES: dict[str, tuple[str, str]] = {
    ML + "key": ("key", "text"),
    ML + "ref": ("ref", "text"),
    ML + "number": ("number", "text"),
    ML + "symbol": ("symbol", "text"),
    ML + "session": ("session", "int"),
    ML + "adoptedOn": ("adoptedOn", "date"),
    ML + "votesInFavour": ("votesInFavour", "int"),
    ML + "votesAgainst": ("votesAgainst", "int"),
    ML + "abstentions": ("abstentions", "int"),
    ML + "year": ("year", "text"),
    ML + "extendsBy": ("extendsBy", "text"),
    ML + "extendsUntil": ("extendsUntil", "date"),
    ML + "mandateKind": ("mandateKind", "text"),
    ML + "mandateAction": ("mandateAction", "concept"),
    ML + "appointedOn": ("appointedOn", "date"),
    ML + "tookUpFunctionsOn": ("tookUpFunctionsOn", "date"),
    ML + "startDate": ("startDate", "date"),
    ML + "endDate": ("endDate", "date"),
    ML + "diedOn": ("diedOn", "date"),
    ML + "deadline": ("deadline", "date"),
    ML + "countryCode": ("code", "text"),
    ML + "visitStatus": ("status", "concept"),
    ML + "theme": ("theme", "text"),
    ML + "locator": ("locator", "text"),
    ML + "authorName": ("authorName", "text"),
    ML + "onProperty": ("onProperty", "text"),
    SKOS + "prefLabel": ("label", "text"),
    SKOS + "altLabel": ("aliases", "list"),
    DCT + "title": ("title", "text"),
    DCT + "type": ("sourceKind", "text"),
    DCT + "publisher": ("publisher", "text"),
    DCT + "issued": ("issued", "date"),
    DCT + "subject": ("subjects", "list"),
    FOAF + "name": ("name", "text"),
    FOAF + "gender": ("gender", "text"),
    FOAF + "page": ("url", "text"),
    RDFS + "comment": ("note", "text"),
    RDFS + "seeAlso": ("seeAlso", "text"),
}

# Controlled values (SKOS concepts of the ontology) -> the codes the data files use.
CONCEPTS: dict[str, str] = {
    ML + "Created": "created",
    ML + "Renewed": "renewed",
    ML + "Extended": "extended",
    ML + "NoAction": "none",
    ML + "Requested": "requested",
    ML + "Reminder": "reminder",
    ML + "Accepted": "accepted",
    ML + "Declined": "declined",
    ML + "DatesProposed": "dates-proposed",
    ML + "Completed": "completed",
}

DATE_DATATYPES = {XSD + "date": "day", XSD + "gYearMonth": "month", XSD + "gYear": "year", XSD + "dateTime": "day"}

# Extra indexes (besides the unique Resource.iri) for the properties queries look nodes up by.
INDEXES: tuple[tuple[str, str], ...] = (
    ("Mandate", "key"),
    ("Task", "key"),
    ("Person", "key"),
    ("Document", "ref"),
    ("Document", "symbol"),
    ("Country", "code"),
)


def local_name(iri: str) -> str:
    return re.split(r"[#/]", iri.rstrip("/#"))[-1]


def upper_snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", re.sub(r"\W", "_", name)).upper()


def relationship_type(predicate: str) -> str:
    mapped = RELATIONSHIPS.get(predicate)
    return mapped[0] if mapped else upper_snake(local_name(predicate))


def labels_of(class_iri: str) -> tuple[str, ...]:
    """Labels for one rdf:type (empty for classes outside the ontology)."""
    if not class_iri.startswith(ML):
        return ()
    name = class_iri[len(ML):]
    return CLASSES.get(name, (name,))


def all_labels() -> list[str]:
    """Every label the mapping can give (for Neo4j's staging switch and the style sheet)."""
    return sorted({COMMON_LABEL} | {label for labels in CLASSES.values() for label in labels})


_LABEL = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")


def check_identifier(name: str) -> str:
    """Labels and types are pasted into Cypher (they cannot be parameters): allow plain names only."""
    if not _LABEL.match(name):
        raise ValueError(f"'{name}' is not a safe label or relationship type")
    return name
