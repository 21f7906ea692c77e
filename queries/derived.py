"""Direct relationships derived from the event and term nodes, so that Cypher reads like the question.

The mirror keeps lineage events, holder terms and country visits as nodes (they carry the
citations); from them it adds, in the same property graph (both engines and the neo4j-csv export):

- ``(:Resolution)-[:ADDED|REAFFIRMED|CHANGED|SUPERSEDED {paragraph, date, event}]->(:Task)``: one per
  lineage event, from the resolution (or decision) that acted to the task; ``paragraph`` is the
  paragraph number, ``date`` the adoption date, ``event`` the IRI of the event node;
- ``(:Person)-[:HELD {from, to, term}]->(:Mandate)``: one per holder term;
- ``(:Person)-[:VISITED {from, to, status, visit}]->(:Country)``: one per country visit that names
  its holder (requested and declined visits too: ``status`` tells);
- ``(:Document)-[:PURSUANT_TO {via}]->(:Resolution)`` for an addendum that names no resolution of its
  own: the resolution its main report was presented under (``via`` is the main report's symbol).

Each carries ``sources``, ``locators`` and ``citations`` like every relationship: those of the
relationships it was derived from. ``RELATIONSHIP_KEYS`` names the property that tells two
derived relationships of one type between the same two nodes apart (two terms of one holder).
"""
from __future__ import annotations

from collections import defaultdict

from . import mapping as M

EVENT_TYPES = {"TaskAdded": "ADDED", "TaskReaffirmed": "REAFFIRMED", "TaskChanged": "CHANGED",
               "TaskSuperseded": "SUPERSEDED"}
RELATIONSHIP_KEYS = {**{t: "event" for t in EVENT_TYPES.values()}, "HELD": "term", "VISITED": "visit"}
DERIVED_TYPES = tuple(EVENT_TYPES.values()) + ("HELD", "VISITED")


def _values(props: dict, **names: str) -> dict:
    """The named node properties that are present, under their new names."""
    return {new: props[old] for new, old in names.items() if props.get(old) is not None}


def _merged(*provenances: dict) -> dict:
    return {key: sorted(set().union(*(p.get(key, ()) for p in provenances))) for key in ("sources", "locators", "citations")}


def derive(types: dict[str, set], props: dict[str, dict], rels: list[dict]) -> list[dict]:
    """The derived relationships, from the nodes' types and properties and the mapped relationships."""
    out_of: dict[str, dict[str, list[dict]]] = defaultdict(lambda: defaultdict(list))  # node -> type -> rels
    for r in rels:
        out_of[r["start"]][r["type"]].append(r)
    derived = []
    for node, classes in types.items():
        names = {c[len(M.ML):] for c in classes if c.startswith(M.ML)}
        links = out_of.get(node, {})
        for cls, rel_type in EVENT_TYPES.items():
            if cls not in names:
                continue
            paragraphs = [props.get(p["end"], {}).get("number") for p in links.get("PARAGRAPH", ())] or [None]
            for task in links.get("TASK", ()):
                for res in links.get("RESOLUTION", ()):
                    for number in paragraphs:
                        extra = {"event": node, **_values(props.get(res["end"], {}), date="adoptedOn")}
                        if number is not None:
                            extra["paragraph"] = number
                        derived.append({"type": rel_type, "start": res["end"], "end": task["end"],
                                        "props": {**task["props"], **extra}})
        if "Term" in names:
            for holder in links.get("HOLDER", ()):
                for mandate in links.get("MANDATE", ()):
                    extra = {"term": node, **_values(props.get(node, {}), **{"from": "startDate", "to": "endDate"})}
                    derived.append({"type": "HELD", "start": holder["end"], "end": mandate["end"],
                                    "props": {**holder["props"], **extra}})
        if "CountryVisit" in names:
            for holder in links.get("HOLDER", ()):
                for country in links.get("COUNTRY", ()):
                    extra = {"visit": node, **_values(props.get(node, {}), status="status",
                                                      **{"from": "startDate", "to": "endDate"})}
                    derived.append({"type": "VISITED", "start": holder["end"], "end": country["end"],
                                    "props": {**country["props"], **extra}})
        if "PURSUANT_TO" not in links:
            for main in links.get("ADDENDUM_TO", ()):
                for under in out_of.get(main["end"], {}).get("PURSUANT_TO", ()):
                    via = props.get(main["end"], {})
                    derived.append({"type": "PURSUANT_TO", "start": node, "end": under["end"],
                                    "props": {**_merged(main["props"], under["props"]),
                                              "via": via.get("symbol") or via.get("key") or main["end"]}})
    return derived
