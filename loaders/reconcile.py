"""Reconciling what a document states (loaders.documents.extract) with the current build.

Each extracted fact is reported as ``confirmed`` (the graph states it), ``new`` (the graph does not
hold it) or ``conflicting`` (the graph states something else for the same thing), with the
document's locator and the graph's sources. The graph is read only through the named,
parameterised SPARQL queries ``queries/reconcile-*.rq`` (parameters are bound by
``loaders.sparql.select``: no document text ever becomes query text).

Matching:
- a document is the graph record with its symbol, or (no symbol) the keyed record at its own
  address (its ``%%% source:`` URL), else the one whose title is one of its title lines
  (``loaders.keyed_match``);
- a resolution by its ref (``HRC 35/3``); a cited symbol by its symbol;
- a task by a similarity of the extracted task text to the graph task's label and aliases, plus
  the graph's own citations: a task recorded from this document at the same locator (``para. 7
  (b)``), or an event recorded from the same footnote (``fn. 3``), counts as the same task;
- a holder by name (initials and titles ignored); dates are compatible when one is a prefix of the
  other (``2011`` and ``2011-08``); a date the graph already lists among disagreeing values is
  confirmed;
- a visit by country, then dates and mission report.
"""
from __future__ import annotations

from . import reconcile_facts as rf
from .documents import Extraction
from .keyed_match import keyed_match as match_keyed
from .mandate_detect import detect_mandate
from .reconcile_model import DocumentReport, Graph, ReconcileError, summary

__all__ = ["DocumentReport", "Graph", "ReconcileError", "keyed_match", "mandate_of", "reconcile", "summary"]


def mandate_of(graph: Graph, ext: Extraction, text: str, asked: str | None,
               doc: dict | None) -> str:
    mandates = graph.mandates()
    if asked:
        if asked not in mandates:
            raise ReconcileError(f"unknown mandate '{asked}'; the build has: {', '.join(sorted(mandates))}")
        return asked
    if doc and len(doc["mandates"]) == 1:
        return doc["mandates"][0]
    found = detect_mandate(text, mandates)      # the label, or its distinctive words, in the text
    if found:
        return found
    if len(mandates) == 1:
        return next(iter(mandates))
    raise ReconcileError(f"cannot tell which mandate '{ext.document.name}' is about (no mandate label in its text); "
                         f"pass --mandate (one of {', '.join(sorted(mandates))})")


def keyed_match(graph: Graph, text: str) -> dict | None:
    """A document without symbol: the keyed record it is (``loaders.keyed_match``: own address, title line)."""
    return match_keyed(graph.keyed_documents(), text, graph.mandates().values())


# ---------------------------------------------------------------------------- reconciling

def reconcile(graph: Graph, ext: Extraction, text: str, mandate: str | None = None) -> DocumentReport:
    """Compare one document's extraction with the graph."""
    info = ext.document
    doc = graph.document(info.symbol) if info.symbol else None
    key = None
    if not info.symbol:
        km = keyed_match(graph, text)
        if km:
            key = km["key"]
            doc = {"iri": km["doc"], "record": True, "mandates": [km["mkey"]] if km["mkey"] else []}
    m = mandate_of(graph, ext, text, mandate, doc)
    report = DocumentReport(info.name, info.symbol, key, m)
    ctx = rf.Ctx(graph, ext, report, doc, m)
    rf.document_facts(ctx)
    rf.citation_facts(ctx)
    rf.decision_facts(ctx)
    rf.task_facts(ctx)
    rf.holder_facts(ctx)
    rf.visit_facts(ctx)
    return report
