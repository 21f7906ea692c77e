"""The standard terms a build carries beside its own: what the ontology's mappings entail.

The ontology maps its classes and properties onto standard vocabularies with ``rdfs:subClassOf``
and ``rdfs:subPropertyOf`` (a resolution is an ``eli:LegalResource``, ``ml:adoptedOn`` a
sub-property of ``eli:date_document`` ...). A partner store without an RDFS reasoner does not draw
those conclusions, so the build writes them down: for every ``?s a ml:C`` the types of the
standard superclasses of ``ml:C`` (through any chain of ``ml:`` classes), for every ``?s ml:p ?o``
the triples of its standard super-properties. Only the vocabularies in :data:`STANDARD` count;
domains and ranges are not used. The triples go into a named graph of their own
(:func:`graph_iri`), so that each source document's graph keeps only what that document states.

Pure functions over N-Triples terms; deterministic (sorted output).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from .iris import ONTOLOGY_NS as ML

ONTOLOGY_FILE = Path(__file__).resolve().parent / "mandate-lineage.ttl"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
#: prefix -> namespace of the standard vocabularies whose terms are materialized
STANDARD = {
    "eli": "http://data.europa.eu/eli/ontology#",
    "dct": "http://purl.org/dc/terms/",
    "prov": "http://www.w3.org/ns/prov#",
    "org": "http://www.w3.org/ns/org#",
    "skos": "http://www.w3.org/2004/02/skos/core#",
    "foaf": "http://xmlns.com/foaf/0.1/",
}
GRAPH_PATH = "graph/standard-terms"
FILE_NAME = "standard-terms.nq"


def graph_iri(base_iri: str) -> str:
    """The named graph of the entailed standard terms, under the build's base IRI."""
    return f"{base_iri}{GRAPH_PATH}"


def is_standard(iri: str) -> bool:
    return iri.startswith(tuple(STANDARD.values()))


def prefixed(iri: str) -> str:
    """'eli:LegalResource' for a standard IRI (the IRI itself otherwise)."""
    for prefix, ns in STANDARD.items():
        if iri.startswith(ns):
            return f"{prefix}:{iri[len(ns):]}"
    return iri


@lru_cache(maxsize=4)
def mappings(ontology_file: Path = ONTOLOGY_FILE) -> tuple[dict[str, tuple[str, ...]], dict[str, tuple[str, ...]]]:
    """(class IRI -> its standard superclasses, property IRI -> its standard super-properties).

    The closure follows every chain of rdfs:subClassOf / rdfs:subPropertyOf in the ontology and keeps
    the standard targets, sorted.
    """
    import pyoxigraph as ox

    direct: dict[str, dict[str, set]] = {"subClassOf": {}, "subPropertyOf": {}}
    for q in ox.parse(path=str(ontology_file), format=ox.RdfFormat.TURTLE):
        p = q.predicate.value
        if p.startswith(RDFS) and p[len(RDFS):] in direct and isinstance(q.object, ox.NamedNode):
            direct[p[len(RDFS):]].setdefault(q.subject.value, set()).add(q.object.value)

    def closure(table: dict[str, set]) -> dict[str, tuple[str, ...]]:
        out = {}
        for start in table:
            seen, todo = set(), list(table[start])
            while todo:
                node = todo.pop()
                if node not in seen:
                    seen.add(node)
                    todo.extend(table.get(node, ()))
            standard = tuple(sorted(t for t in seen if is_standard(t)))
            if standard and start.startswith(ML):
                out[start] = standard
        return dict(sorted(out.items()))

    return closure(direct["subClassOf"]), closure(direct["subPropertyOf"])


def entailed_triples(triples, ontology_file: Path = ONTOLOGY_FILE) -> list[str]:
    """The standard triples the mappings entail from ``triples``, as sorted unique N-Triples lines.

    ``triples`` yields (subject, predicate IRI, object) with subject and object in N-Triples form
    (``<iri>``, ``_:b``, ``"lit"^^<dt>``) and the predicate as a bare IRI.
    """
    classes, properties = mappings(ontology_file)
    type_ = f"<{RDF_TYPE}>"
    out = set()
    for s, p, o in triples:
        if p == RDF_TYPE:
            for c in classes.get(o[1:-1], ()) if o.startswith("<") else ():
                out.add(f"{s} {type_} <{c}> .\n")
        else:
            for sup in properties.get(p, ()):
                out.add(f"{s} <{sup}> {o} .\n")
    return sorted(out)


def entailed_quads(triples, base_iri: str, ontology_file: Path = ONTOLOGY_FILE) -> list[str]:
    """:func:`entailed_triples` as sorted N-Quads lines in the standard-terms graph."""
    graph = f" <{graph_iri(base_iri)}> .\n"
    return [line[:-3] + graph for line in entailed_triples(triples, ontology_file)]


def mapped_triples(lines, ontology_file: Path = ONTOLOGY_FILE):
    """(subject, predicate IRI, object) of the canonical N-Quads lines whose predicate is rdf:type or a
    mapped property: plain text operations, no parser (the lines are the build's own, one quad each,
    always with a graph: the subject and predicate hold no space, the graph IRI comes last)."""
    _classes, properties = mappings(ontology_file)
    wanted = {f"<{RDF_TYPE}>": RDF_TYPE} | {f"<{p}>": p for p in properties}
    for line in lines:
        first = line.find(" ")
        second = line.find(" ", first + 1)
        predicate = wanted.get(line[first + 1: second])
        if predicate is not None:
            yield line[:first], predicate, line[second + 1: line.rindex(" <")]
