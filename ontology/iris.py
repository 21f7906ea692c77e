"""Minting stable IRIs. Pure string functions: no rdflib, so fast paths can use them."""
from __future__ import annotations

import hashlib
import re
from urllib.parse import quote

ONTOLOGY_NS = "https://w3id.org/mandate-lineage/ontology#"  # the one definition: import it from here
UNDOCS = "https://undocs.org/"

_SUB = re.compile(r"^\s*(\d+)\s*(?:\(\s*([a-z]{1,4})\s*\))?\s*(?:\(\s*([ivx]{1,6})\s*\))?\s*$")


def slug(text: str) -> str:
    """A lower-case, dash-separated form of free text for an IRI segment."""
    out = re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-").lower()
    return out or "x"


def safe_path(text: str) -> str:
    return quote(text, safe="/.-_~")


def document(base: str, symbol: str) -> str:
    return f"{base}doc/{safe_path(symbol)}"


def keyed_document(base: str, key: str) -> str:
    return f"{base}doc/key/{safe_path(key)}"


def resolution_without_symbol(base: str, body: str, number: str) -> str:
    return f"{base}doc/ref/{safe_path(body)}/{safe_path(number.replace('/', '-'))}"


def paragraph_suffix(number: str) -> str:
    """'7' -> 'para_7', '1 (b)' -> 'para_1__point_b' (the Akoma Ntoso eId style)."""
    match = _SUB.match(number)
    if not match:
        return "para_" + slug(number).replace("-", "_")
    main, point, sub = match.groups()
    out = f"para_{main}"
    if point:
        out += f"__point_{point}"
    if sub:
        out += f"__point_{sub}"
    return out


def paragraph(resolution_iri: str, number: str) -> str:
    return f"{resolution_iri}/!main~{paragraph_suffix(number)}"


def mandate(base: str, key: str) -> str:
    return f"{base}mandate/{safe_path(key)}"


def task(base: str, mandate_key: str, key: str) -> str:
    return f"{mandate(base, mandate_key)}/task/{safe_path(key)}"


def event(task_iri: str, kind: str, resolution_iri: str, number: str | None) -> str:
    tail = resolution_iri.rsplit("/doc/", 1)[-1]
    para = f"~{paragraph_suffix(number)}" if number else ""
    return f"{task_iri}/{kind}/{slug(tail)}{para}"


def body(base: str, key: str) -> str:
    return f"{base}body/{safe_path(key)}"


def person(base: str, key: str) -> str:
    return f"{base}person/{safe_path(key)}"


def term(base: str, mandate_key: str, holder_key: str, index: int) -> str:
    return f"{mandate(base, mandate_key)}/term/{safe_path(holder_key)}-{index}"


def visit(base: str, mandate_key: str, key: str) -> str:
    return f"{mandate(base, mandate_key)}/visit/{safe_path(key)}"


def country(base: str, code: str) -> str:
    return f"{base}country/{safe_path(code.upper())}"


def citation(base: str, document_iri: str, locator: str) -> str:
    digest = hashlib.sha1(f"{document_iri}|{locator}".encode()).hexdigest()[:12]
    return f"{base}citation/{digest}"


def source_graph(base: str, document_iri: str) -> str:
    """The named graph holding the facts one source document states."""
    if document_iri.startswith(base):
        return f"{base}graph/{document_iri[len(base):]}"
    return f"{base}graph/external/{hashlib.sha1(document_iri.encode()).hexdigest()[:12]}"


def derived_graph(base: str) -> str:
    """Facts the loader derives from several sources (disagreements)."""
    return f"{base}graph/derived"


def disagreement(entity_iri: str, prop_iri: str) -> str:
    local = prop_iri.rsplit("#", 1)[-1].rsplit("/", 1)[-1]
    return f"{entity_iri}/disagreement/{local}"


def undocs(symbol: str) -> str:
    return UNDOCS + safe_path(symbol)
