"""Canonical RDF writers: N-Triples, N-Quads, Turtle, TriG and JSON-LD, byte-identical for the same data.

Each writer takes a :class:`~mandate_lineage.queries.export.Dataset` (sorted, unique pyoxigraph quads)
and returns bytes. The order is fixed: subjects by IRI, ``rdf:type`` first and then predicates by IRI,
objects by their N-Triples form, named graphs by IRI (the default graph first). Prefixes come from
the JSON-LD context shipped with the ontology (ontology/context.jsonld), so that Turtle, TriG and
JSON-LD name things the same way; only the prefixes a document uses are declared.

No rdflib here: pyoxigraph gives the N-Triples form of every term (escaping included).
"""
from __future__ import annotations

import json
import re
from functools import lru_cache
from itertools import groupby
from pathlib import Path

import pyoxigraph as ox

RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"
CONTEXT_PATH = Path(__file__).resolve().parent.parent / "ontology" / "context.jsonld"
# A conservative PN_LOCAL: what every Turtle/TriG/JSON-LD reader accepts after "prefix:".
_LOCAL = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")
INDENT = "    "


# --------------------------------------------------------------------------- context and prefixes
@lru_cache(maxsize=1)
def context() -> dict:
    """The "@context" object of ontology/context.jsonld."""
    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


@lru_cache(maxsize=1)
def prefixes() -> dict[str, str]:
    """Prefix name -> namespace IRI: the context's terms whose value is a namespace."""
    return {k: v for k, v in context().items() if isinstance(v, str) and v.endswith(("/", "#")) and ":" in v}


@lru_cache(maxsize=1)
def _prefix_table() -> list[tuple[str, str]]:
    # Longest namespace first, so wdt: wins over p: for http://www.wikidata.org/prop/direct/...
    return sorted(((ns, name) for name, ns in prefixes().items()), key=lambda item: (-len(item[0]), item[1]))


def compact(iri: str) -> tuple[str, str] | None:
    """(prefix, local) when the IRI can be written prefix:local, else None."""
    for ns, name in _prefix_table():
        if iri.startswith(ns) and _LOCAL.match(iri[len(ns):]):
            return name, iri[len(ns):]
    return None


class _Names:
    """Writes IRIs as prefixed names where possible and remembers the prefixes used."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def iri(self, iri: str) -> str:
        found = compact(iri)
        if found is None:
            return f"<{iri}>"
        self.used.add(found[0])
        return f"{found[0]}:{found[1]}"

    def term(self, term) -> str:
        if isinstance(term, ox.NamedNode):
            return self.iri(term.value)
        if isinstance(term, ox.Literal):
            text = str(term)  # N-Triples form: "lexical" / "lexical"@lang / "lexical"^^<dt>
            if term.language:
                return text
            datatype = term.datatype.value
            if datatype == XSD_STRING:
                return text
            quoted = text[: text.rindex("^^")]
            return f"{quoted}^^{self.iri(datatype)}"
        return str(term)  # blank node

    def predicate(self, iri: str) -> str:
        return "a" if iri == RDF_TYPE else self.iri(iri)

    def header(self) -> str:
        table = prefixes()
        lines = [f"@prefix {name}: <{table[name]}> ." for name in sorted(self.used)]
        return "\n".join(lines) + ("\n\n" if lines else "")


# --------------------------------------------------------------------------- ordering helpers
def _pred_key(iri: str) -> tuple[int, str]:
    return (0, "") if iri == RDF_TYPE else (1, iri)


def _subject_blocks(triples) -> list[tuple[object, list[tuple[str, list]]]]:
    """[(subject, [(predicate IRI, [objects sorted])])] in canonical order."""
    out = []
    ordered = sorted(triples, key=lambda t: (str(t.subject), _pred_key(t.predicate.value), str(t.object)))
    for subject, group in groupby(ordered, key=lambda t: t.subject):
        preds = []
        for pred, objs in groupby(group, key=lambda t: t.predicate.value):
            preds.append((pred, [t.object for t in objs]))
        out.append((subject, preds))
    return out


def _turtle_blocks(triples, names: _Names, indent: str = "") -> list[str]:
    blocks = []
    for subject, preds in _subject_blocks(triples):
        lines = [indent + names.term(subject)]
        for i, (pred, objs) in enumerate(preds):
            end = " ." if i == len(preds) - 1 else " ;"
            values = ", ".join(names.term(o) for o in objs)
            lines.append(f"{indent}{INDENT}{names.predicate(pred)} {values}{end}")
        blocks.append("\n".join(lines) + "\n")
    return blocks


def _graphs(dataset) -> list[tuple[object, list]]:
    """[(graph name, [triples])], the default graph first, then named graphs by IRI."""
    def key(q):
        g = q.graph_name
        return (0, "") if isinstance(g, ox.DefaultGraph) else (1, str(g))

    out = []
    for _, group in groupby(sorted(dataset.quads, key=key), key=key):
        group = list(group)
        out.append((group[0].graph_name, [ox.Triple(q.subject, q.predicate, q.object) for q in group]))
    return out


# --------------------------------------------------------------------------- writers
def write_ntriples(dataset) -> bytes:
    lines = sorted({f"{t.subject} {t.predicate} {t.object} .\n" for t in dataset.triples()})
    return "".join(lines).encode("utf-8")


def write_nquads(dataset) -> bytes:
    def line(q) -> str:
        g = "" if isinstance(q.graph_name, ox.DefaultGraph) else f" {q.graph_name}"
        return f"{q.subject} {q.predicate} {q.object}{g} .\n"

    return "".join(sorted({line(q) for q in dataset.quads})).encode("utf-8")


def write_turtle(dataset) -> bytes:
    names = _Names()
    body = "\n".join(_turtle_blocks(dataset.triples(), names))
    return (names.header() + body).encode("utf-8")


def write_trig(dataset) -> bytes:
    """One block per named graph (one per source document in a build); default-graph triples bare."""
    names = _Names()
    parts = []
    for graph, triples in _graphs(dataset):
        if isinstance(graph, ox.DefaultGraph):
            parts.append("\n".join(_turtle_blocks(triples, names)))
            continue
        inner = "\n".join(_turtle_blocks(triples, names, INDENT))
        parts.append(f"{names.term(graph)} {{\n{inner}}}\n")
    return (names.header() + "\n".join(parts)).encode("utf-8")


# --------------------------------------------------------------------------- JSON-LD
@lru_cache(maxsize=1)
def _terms() -> dict[str, tuple[str, str | None]]:
    """Property IRI -> (term name, coercion: "@id", a datatype IRI, or None)."""
    ctx = context()
    table = prefixes()

    def expand(value: str) -> str:
        prefix, sep, local = value.partition(":")
        return table[prefix] + local if sep and prefix in table else value

    out = {}
    for name, value in ctx.items():
        if name in table or name.startswith("@"):
            continue
        if isinstance(value, str):
            out[expand(value)] = (name, None)
        else:
            coercion = value.get("@type")
            out[expand(value["@id"])] = (name, coercion if coercion == "@id" else (expand(coercion) if coercion else None))
    return out


def _compact_or_full(iri: str) -> str:
    found = compact(iri)
    return f"{found[0]}:{found[1]}" if found else iri


def _jsonld_value(term, coercion: str | None):
    if isinstance(term, ox.NamedNode):
        return term.value if coercion == "@id" else {"@id": term.value}
    if isinstance(term, ox.BlankNode):
        return {"@id": f"_:{term.value}"}
    if term.language:
        return {"@value": term.value, "@language": term.language}
    datatype = term.datatype.value
    if coercion is None and datatype == XSD_STRING:
        return term.value
    if coercion == datatype:
        return term.value
    if datatype == XSD_STRING:
        return {"@value": term.value}
    return {"@value": term.value, "@type": _compact_or_full(datatype)}


def _node_id(term) -> str:
    return f"_:{term.value}" if isinstance(term, ox.BlankNode) else term.value


def write_jsonld(dataset) -> bytes:
    """Compact JSON-LD with the ontology's context inlined (no remote context to fetch).

    Values a term's coercion covers are plain strings; every other literal is an explicit value
    object, so that any JSON-LD 1.0 or 1.1 processor reads back exactly the same triples.
    """
    terms = _terms()
    nodes = []
    for subject, preds in _subject_blocks(dataset.triples()):
        node: dict = {"@id": _node_id(subject)}
        props: dict = {}
        for pred, objs in preds:
            if pred == RDF_TYPE and all(isinstance(o, ox.NamedNode) for o in objs):
                types = [_compact_or_full(o.value) for o in objs]
                node["@type"] = types[0] if len(types) == 1 else types
                continue
            name, coercion = terms.get(pred, (_compact_or_full(pred), None))
            values = [_jsonld_value(o, coercion) for o in objs]
            props[name] = values[0] if len(values) == 1 else values
        for name in sorted(props):
            node[name] = props[name]
        nodes.append(node)
    doc = {"@context": context(), "@graph": nodes}
    return (json.dumps(doc, indent=2, ensure_ascii=False) + "\n").encode("utf-8")


# --------------------------------------------------------------------------- the partner bundle
def write_bundle(dataset) -> dict[str, bytes]:
    """The `bundle` folder: the named graphs (TriG, N-Quads), their union (N-Triples) and the description."""
    from .dataset import write_void

    return {
        "graph.trig": write_trig(dataset),
        "graph.nq": write_nquads(dataset),
        "union.nt": write_ntriples(dataset),
        "void.ttl": write_void(dataset),
    }
