"""The SPARQL 1.1 Protocol's vocabulary: result formats, content negotiation by Accept, and the
checks on query text (updates and SERVICE are refused before a query runs). No web framework here."""

from __future__ import annotations

import re
from collections.abc import Iterable

import pyoxigraph as ox

from ...loaders.write_forms import sparql_keywords

RESULT_FORMATS: dict[str, ox.QueryResultsFormat] = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "text/javascript": ox.QueryResultsFormat.JSON,
    "application/javascript": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_FORMATS: dict[str, ox.RdfFormat] = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/turtle": ox.RdfFormat.TURTLE,
    "application/x-turtle": ox.RdfFormat.TURTLE,
    "text/n3": ox.RdfFormat.TURTLE,  # Turtle is valid N3
    "text/rdf+n3": ox.RdfFormat.TURTLE,
    "application/n3": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "text/plain": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "application/xml": ox.RdfFormat.RDF_XML,
    "text/xml": ox.RdfFormat.RDF_XML,
    "application/ld+json": ox.RdfFormat.JSON_LD,
    "application/x-json+ld": ox.RdfFormat.JSON_LD,
    "application/json": ox.RdfFormat.JSON_LD,
}
# short names for the format/output parameter
RESULT_SHORT = {
    "json": ox.QueryResultsFormat.JSON, "srj": ox.QueryResultsFormat.JSON,
    "xml": ox.QueryResultsFormat.XML, "srx": ox.QueryResultsFormat.XML,
    "csv": ox.QueryResultsFormat.CSV, "tsv": ox.QueryResultsFormat.TSV,
}
GRAPH_SHORT = {
    "turtle": ox.RdfFormat.TURTLE, "ttl": ox.RdfFormat.TURTLE, "n3": ox.RdfFormat.TURTLE,
    "nt": ox.RdfFormat.N_TRIPLES, "ntriples": ox.RdfFormat.N_TRIPLES,
    "n-triples": ox.RdfFormat.N_TRIPLES, "text": ox.RdfFormat.N_TRIPLES,
    "rdf": ox.RdfFormat.RDF_XML, "rdfxml": ox.RdfFormat.RDF_XML,
    "rdf+xml": ox.RdfFormat.RDF_XML, "xml": ox.RdfFormat.RDF_XML,
    "jsonld": ox.RdfFormat.JSON_LD, "json-ld": ox.RdfFormat.JSON_LD, "json": ox.RdfFormat.JSON_LD,
}
# what we answer by default, and with */* or type/* wildcards (in order of preference)
RESULT_PREFERENCE = [
    "application/sparql-results+json", "application/sparql-results+xml",
    "text/csv", "text/tab-separated-values", "application/json", "application/xml", "text/xml",
]
GRAPH_PREFERENCE = [
    "text/turtle", "application/n-triples", "application/rdf+xml", "application/ld+json",
    "text/plain", "application/xml", "text/xml", "application/json",
]


class HTTPError(Exception):
    """A refusal: HTTP status code, a one-line reason, extra headers."""

    def __init__(self, status: int, message: str, headers: Iterable[tuple[str, str]] = ()) -> None:
        super().__init__(message)
        self.status = status
        self.message = message
        self.headers = list(headers)


# --------------------------------------------------------------------------- query text analysis

def uses_service(text: str) -> bool:
    """True when ``text`` contains the SERVICE keyword outside strings, IRIs and comments."""
    return "SERVICE" in sparql_keywords(text)


# --------------------------------------------------------------------------- content negotiation


def _parse_accept(header: str | None) -> list[tuple[str, float, int]]:
    """[(media-range, q, position)], best first."""
    out = []
    for pos, part in enumerate((header or "").split(",")):
        pieces = [p.strip() for p in part.split(";")]
        mt = pieces[0].lower()
        if not mt:
            continue
        q = 1.0
        for p in pieces[1:]:
            if p.lower().startswith("q="):
                try:
                    q = float(p[2:])
                except ValueError:
                    q = 0.0
        out.append((mt, q, pos))
    out.sort(key=lambda t: (-t[1], t[2]))
    return out


def negotiate(accept: str | None, preference: list[str]) -> str | None:
    """The media type of ``preference`` the Accept header likes best (None if none acceptable).

    Each candidate takes the q of the most specific Accept range that matches it; ties go to
    the more specific match, then to the earlier Accept entry, then to our order of preference.
    """
    ranges = _parse_accept(accept)
    if not ranges:
        return preference[0]
    best_key: tuple | None = None
    chosen = None
    for idx, mt in enumerate(preference):
        match: tuple[int, float, int] | None = None  # (specificity, q, position)
        for rng, rq, pos in ranges:
            if rng == mt:
                s = 2
            elif rng.endswith("/*") and rng != "*/*" and mt.startswith(rng[:-1]):
                s = 1
            elif rng in ("*/*", "*"):
                s = 0
            else:
                continue
            if match is None or s > match[0]:
                match = (s, rq, pos)
        if match is None or match[1] <= 0:
            continue
        key = (match[1], match[0], -match[2], -idx)
        if best_key is None or key > best_key:
            best_key, chosen = key, mt
    return chosen


def _format_param(params: dict[str, list[str]], table: dict[str, object], media: dict[str, object]):
    for name in ("format", "output"):
        for value in params.get(name, []):
            v = value.strip().lower()
            if v in table:
                return table[v], None
            mt = v.split(";")[0].strip()
            if mt in media:
                return media[mt], mt
    return None, None




def iri_list(values: list[str], param: str) -> list[str]:
    """Absolute IRIs of a dataset parameter (default-graph-uri, named-graph-uri), checked."""
    out = []
    for v in values:
        try:
            if not re.match(r"^[A-Za-z][A-Za-z0-9+.\-]*:", v):
                raise ValueError("not an absolute IRI")
            ox.NamedNode(v)
        except ValueError as exc:
            raise HTTPError(400, f"bad {param} value {v!r}: {exc}") from None
        out.append(v)
    return out


def choose_graph_format(params: dict, accept: str | None) -> tuple[ox.RdfFormat, str]:
    """The RDF format for a CONSTRUCT/DESCRIBE answer: format parameter first, then Accept (406 if none)."""
    fmt, mt = _format_param(params, GRAPH_SHORT, GRAPH_FORMATS)
    if fmt is None:
        mt = negotiate(accept, GRAPH_PREFERENCE)
        if mt is None:
            raise HTTPError(406, "none of the Accept types is served for CONSTRUCT/DESCRIBE; use one of "
                            + ", ".join(GRAPH_PREFERENCE))
        fmt = GRAPH_FORMATS[mt]
    return fmt, (mt or fmt.media_type)


def choose_results_format(params: dict, accept: str | None) -> tuple[ox.QueryResultsFormat, str]:
    """The results format for SELECT/ASK: format parameter first, then Accept (406 if none)."""
    fmt, mt = _format_param(params, RESULT_SHORT, RESULT_FORMATS)
    if fmt is None:
        mt = negotiate(accept, RESULT_PREFERENCE)
        if mt is None:
            raise HTTPError(406, "none of the Accept types is served for SELECT/ASK; use one of "
                            + ", ".join(RESULT_PREFERENCE))
        fmt = RESULT_FORMATS[mt]
    return fmt, (mt or fmt.media_type)
