"""The ontology as a document of the site: its terms are hash IRIs (``{ns}#Task``), so the document
``/ontology`` answers for all of them (W3C "Cool URIs": the hash pattern)."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import pyoxigraph as ox

from ...ontology.iris import ONTOLOGY_NS

ONTOLOGY_DOC = ONTOLOGY_NS.rstrip("#")
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
OWL = "http://www.w3.org/2002/07/owl#"
FILE = Path(__file__).resolve().parent.parent.parent / "ontology" / "mandate-lineage.ttl"


@lru_cache(maxsize=1)
def triples() -> tuple[ox.Triple, ...]:
    return tuple(sorted(ox.parse(path=str(FILE), format=ox.RdfFormat.TURTLE), key=str))


def terms() -> list[dict]:
    """Classes and properties with their labels and comments, in the file's namespace."""
    found: dict[str, dict] = {}
    for t in triples():
        s = t.subject.value
        if not s.startswith(ONTOLOGY_NS):
            continue
        entry = found.setdefault(s, {"iri": s, "id": s[len(ONTOLOGY_NS):], "kind": "", "label": "", "comment": "",
                                     "parents": []})
        p, o = t.predicate.value, t.object
        if p == "http://www.w3.org/1999/02/22-rdf-syntax-ns#type" and o.value.startswith(OWL):
            entry["kind"] = {"Class": "class", "ObjectProperty": "property", "DatatypeProperty": "property"}.get(
                o.value[len(OWL):], o.value[len(OWL):])
        elif p == RDFS + "label":
            entry["label"] = o.value
        elif p == RDFS + "comment":
            entry["comment"] = o.value
        elif p in (RDFS + "subClassOf", RDFS + "subPropertyOf"):
            entry["parents"].append(o.value)
    return sorted(found.values(), key=lambda e: (e["kind"] != "class", e["id"]))
