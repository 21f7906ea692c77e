"""What a page reads from the build: names, facts with their sources, links in and out, the CBD.

Every lookup goes through pyoxigraph with the IRI as a bound term (quad patterns or query
substitutions), never pasted into query text.
"""
from __future__ import annotations

import pyoxigraph as ox

from ...ontology.iris import ONTOLOGY_NS as ML
from ..sparql import bind
from . import words

RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
DG = ox.DefaultGraph()
N = ox.NamedNode
TASK = N(ML + "Task")
LABEL_PROPS = [N(ML + "ref"), N(ML + "symbol"), N("http://xmlns.com/foaf/0.1/name"),
               N("http://www.w3.org/2004/02/skos/core#prefLabel"), N("http://purl.org/dc/terms/title"),
               N("http://www.w3.org/2000/01/rdf-schema#label"), N(ML + "key")]
MAX_SOURCES = 8  # sources named per fact on a page (a country is restated by every visit's source)
HIDDEN = {ML + "citation", "http://www.w3.org/ns/prov#wasDerivedFrom"}  # shown as the sources column

class GraphView:
    """Read helpers over one build's store (thread-safe: no shared mutable state but a name cache)."""

    def __init__(self, store: ox.Store, base_iri: str) -> None:
        self.store, self.base = store, base_iri
        self._names: dict[str, str] = {}

    # -- single lookups ------------------------------------------------------------------------
    def exists(self, iri: str) -> bool:
        try:
            node = N(iri)
        except ValueError:
            return False
        return next(iter(self.store.quads_for_pattern(node, None, None, DG)), None) is not None

    def objects(self, iri: str, prop: str) -> list:
        return sorted((q.object for q in self.store.quads_for_pattern(N(iri), N(prop), None, DG)), key=str)

    def value(self, iri: str, prop: str) -> str | None:
        objs = self.objects(iri, prop)
        return objs[0].value if objs else None

    def kinds(self, iri: str) -> list[str]:
        return [o.value for o in self.objects(iri, RDF_TYPE.value)]

    def name(self, iri: str) -> str:
        """A display name: reference, symbol, person's name, label, title or key; paragraphs, lineage
        events, citations, terms, visits and disagreements by what they are about; else the IRI's tail."""
        cached = self._names.get(iri)
        if cached is not None:
            return cached
        try:
            name = self._composed(iri) or self._labelled(N(iri))
        except ValueError:
            name = None
        if name is None:
            name = words.class_words(iri) if iri.startswith(ML) else words.local_name(iri)
        if len(name) > 120:
            name = name[:117].rstrip() + "..."
        self._names[iri] = name
        return name

    def _labelled(self, node) -> str | None:
        props = LABEL_PROPS
        if next(iter(self.store.quads_for_pattern(node, RDF_TYPE, TASK, DG)), None) is not None:
            props = [N(ML + "key")]  # a task is known by its key; its label is a sentence
        for prop in props:
            for q in self.store.quads_for_pattern(node, prop, None, DG):
                return q.object.value
        return None

    def _composed(self, iri: str) -> str | None:
        kinds = {words.local_name(k) for k in self.kinds(iri)}
        v = lambda p: self.value(iri, ML + p)  # noqa: E731
        if "Paragraph" in kinds and v("paragraphOf"):
            return f"para. {v('number')} of {self.name(v('paragraphOf'))}"
        if kinds & {"TaskAdded", "TaskReaffirmed", "TaskChanged", "TaskSuperseded"} and v("task"):
            kind = next(words.class_words(k) for k in kinds if k.startswith("Task")).replace("task ", "")
            para = v("paragraph")
            where = self.name(v("resolution")) + (f" para. {self.value(para, ML + 'number')}" if para else "")
            return f"{self.name(v('task'))} {kind} by {where}"
        if "Citation" in kinds and v("document"):
            return f"{self.name(v('document'))}, {v('locator')}"
        if "Term" in kinds and v("holder"):
            start = v("startDate") or v("appointedOn")
            return f"term of {self.name(v('holder'))}" + (f" from {words.date_words(start)}" if start else "")
        if "CountryVisit" in kinds and v("country"):
            start = v("startDate")
            return f"visit to {self.name(v('country'))}" + (f", {words.date_words(start)}" if start else
                                                            f" ({words.class_words(v('visitStatus') or '').lower()})")
        if "Disagreement" in kinds and v("about"):
            return f"disagreement on the {words.property_words(v('onProperty') or '')} of {self.name(v('about'))}"
        return None

    def is_graph(self, iri: str) -> bool:
        """True when the IRI names a named graph of the build (the facts one source states)."""
        try:
            node = N(iri)
        except ValueError:
            return False
        return next(iter(self.store.quads_for_pattern(None, None, None, node)), None) is not None

    def graph_triples(self, iri: str) -> list[ox.Triple]:
        return sorted((ox.Triple(q.subject, q.predicate, q.object)
                       for q in self.store.quads_for_pattern(None, None, None, N(iri))), key=str)

    def cbd(self, iri: str) -> list[ox.Triple]:
        """The concise bounded description: every triple with the IRI as subject, and (through blank
        nodes, which builds do not use today) the triples of the blank nodes it reaches."""
        out, todo, seen = [], [N(iri)], set()
        while todo:
            s = todo.pop()
            if s in seen:
                continue
            seen.add(s)
            for q in self.store.quads_for_pattern(s, None, None, DG):
                out.append(ox.Triple(q.subject, q.predicate, q.object))
                if isinstance(q.object, ox.BlankNode):
                    todo.append(q.object)
        return sorted(out, key=str)

    # -- sources ---------------------------------------------------------------------------------
    def source(self, doc_iri: str, locator: str | None) -> dict:
        """A source as a page shows it: the document's name, its page here, its text on undocs.org."""
        symbol = self.value(doc_iri, ML + "symbol")
        return {"name": symbol or self.name(doc_iri), "href": self.href(doc_iri), "locator": locator,
                "undocs": words.undocs(symbol) if symbol else None}

    def fact_sources(self, iri: str) -> dict[tuple[str, str], list[dict]]:
        """(property, object) -> the sources that state that fact about ``iri``: a fact is stated by
        the source whose named graph holds it, and that graph holds the citation of the source.
        (Quad-index lookups only: a SPARQL join here chose a plan that scanned every citation.)"""
        node = N(iri)
        by_graph: dict = {}
        for q in self.store.quads_for_pattern(node, None, None, None):
            if not isinstance(q.graph_name, ox.DefaultGraph):
                by_graph.setdefault(q.graph_name, []).append(q)
        found: dict[tuple[str, str], list] = {}
        graphs_of: dict[tuple[str, str], int] = {}
        cite = N(ML + "citation")
        for g in sorted(by_graph, key=str):
            quads = by_graph[g]
            keys = [(q.predicate.value, str(q.object)) for q in quads]
            for key in keys:
                graphs_of[key] = graphs_of.get(key, 0) + 1
            if all(len(found.get(k, ())) >= MAX_SOURCES for k in keys):
                continue  # enough sources named for every fact of this graph: only count it
            srcs = []
            for c in quads:
                if c.predicate != cite:
                    continue
                doc = next(iter(self.store.quads_for_pattern(c.object, N(ML + "document"), None, g)), None)
                loc = next(iter(self.store.quads_for_pattern(c.object, N(ML + "locator"), None, g)), None)
                if doc is not None and loc is not None:
                    srcs.append((doc.object.value, loc.object.value))
            for key in keys:
                for src in srcs:
                    have = found.setdefault(key, [])
                    if src not in have and len(have) < MAX_SOURCES:
                        have.append(src)
        out = {}
        for k, v in found.items():
            out[k] = [self.source(d, loc) for d, loc in sorted(v)]
            rest = graphs_of[k] - len({d for d, _loc in v})  # one named graph per source document
            if rest > 0:
                out[k].append({"name": f"and {rest} more source documents", "href": None, "locator": None,
                               "undocs": None})
        return out

    def citations(self, iri: str) -> list[dict]:
        out = []
        for c in self.objects(iri, ML + "citation"):
            doc = self.value(c.value, ML + "document")
            if doc:
                out.append(self.source(doc, self.value(c.value, ML + "locator")))
        return sorted(out, key=lambda s: (s["name"], s["locator"] or ""))

    # -- links -----------------------------------------------------------------------------------
    def href(self, iri: str) -> str | None:
        """The local address of an IRI under the base (None for IRIs elsewhere)."""
        if iri.startswith(self.base):
            return "/" + iri[len(self.base):]
        return None

    def term(self, term) -> dict:
        """A term as a page cell: text (dates in words), link."""
        if isinstance(term, ox.NamedNode):
            href = self.href(term.value)
            if href is None:
                return {"text": term.value, "href": term.value if term.value.startswith("http") else None}
            return {"text": self.name(term.value), "href": href}
        if isinstance(term, ox.Literal):
            dt = term.datatype.value
            if dt.endswith(("#date", "#gYearMonth", "#gYear")):
                return {"text": words.date_words(term.value)}
            if dt.endswith("#duration"):
                return {"text": words.duration_words(term.value)}
            return {"text": term.value}
        return {"text": str(term)}

    def term_iri(self, iri: str) -> dict:
        return self.term(N(iri))

    def facts(self, iri: str) -> list[dict]:
        """Every property of the IRI with its values, each value with the sources that state it."""
        sources = self.fact_sources(iri)
        groups: dict[str, list] = {}
        for q in self.store.quads_for_pattern(N(iri), None, None, DG):
            p = q.predicate.value
            if p in HIDDEN:
                continue
            cell = self.term(q.object)
            cell["sources"] = sources.get((p, str(q.object)), [])
            groups.setdefault(p, []).append(cell)
        order = {"http://www.w3.org/1999/02/22-rdf-syntax-ns#type": 0}
        return [{"property": words.property_words(p), "iri": p, "values": sorted(v, key=lambda c: c["text"])}
                for p, v in sorted(groups.items(), key=lambda kv: (order.get(kv[0], 1), words.property_words(kv[0])))]

    def incoming(self, iri: str, per_property: int = 60) -> list[dict]:
        """Resources that point at the IRI, grouped by property (citations left out); at most
        ``per_property`` named per property, the rest counted."""
        groups: dict[str, list] = {}
        more: dict[str, int] = {}
        for q in self.store.quads_for_pattern(None, None, N(iri), DG):
            p = q.predicate.value
            if p in HIDDEN or p == ML + "document" or isinstance(q.subject, ox.BlankNode):
                continue
            shown = groups.setdefault(p, [])
            if len(shown) < per_property:
                shown.append(self.term(q.subject))
            else:
                more[p] = more.get(p, 0) + 1
        return [{"property": words.property_words(p), "values": sorted(v, key=lambda c: c["text"]), "more": more.get(p, 0)}
                for p, v in sorted(groups.items(), key=lambda kv: words.property_words(kv[0]))]

    def select(self, query: str, **params) -> list[dict]:
        """Rows of a SELECT with parameters bound as terms (pyoxigraph substitutions: loaders/sparql.py's
        ``bind``); a plain string is taken as an IRI."""
        terms = {k: (v if isinstance(v, (ox.NamedNode, ox.Literal)) else N(v)) for k, v in params.items()}
        rows = []
        bound = bind(query, terms)
        result = bound.run(self.store)
        names = bound.columns(result)
        for sol in result:
            rows.append({n: sol[n] for n in names})
        del result
        return rows
