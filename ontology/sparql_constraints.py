"""SHACL-SPARQL constraints evaluated once per constraint over a pyoxigraph store.

pyshacl parses each constraint's query again for every focus node (about 75 ms a parse), which
makes the lineage rules the slowest part of validation. Here each query runs once: `$this` is
joined with the shape's targets at the start of the WHERE clause, which is what SHACL's
pre-binding of `$this` means for these queries. Results, messages and the reported focus,
path and value follow pyshacl's; tests/test_validation_engines.py checks both agree.
"""
from __future__ import annotations

import re

from rdflib import Graph, URIRef
from rdflib.namespace import RDF, RDFS, SH

_WHERE = re.compile(r"\bWHERE\s*\{", re.IGNORECASE)
_TEMPLATE = re.compile(r"\{[?$](\w+)\}")


def split_shapes(shapes: Graph) -> tuple[Graph, list[dict]]:
    """The shapes without their sh:sparql constraints, and those constraints as plain data."""
    core = Graph()
    constraints = []
    for triple in shapes:
        if triple[1] != SH.sparql:
            core.add(triple)
    for shape, constraint in shapes.subject_objects(SH.sparql):
        select = shapes.value(constraint, SH.select)
        if select is None:
            raise ValueError(f"{constraint}: only SELECT-based SPARQL constraints are supported")
        constraints.append(
            {
                "shape": shape,
                "constraint": constraint,
                "query": str(select),
                "message": str(shapes.value(constraint, SH.message) or shapes.value(shape, SH.message) or ""),
                "prefixes": _prefixes(shapes, constraint),
                "target_classes": list(shapes.objects(shape, SH.targetClass)),
                "target_subjects_of": list(shapes.objects(shape, SH.targetSubjectsOf)),
                "target_nodes": list(shapes.objects(shape, SH.targetNode)),
            }
        )
    return core, sorted(constraints, key=lambda c: str(c["constraint"]))


def _prefixes(shapes: Graph, constraint) -> str:
    lines = []
    for holder in shapes.objects(constraint, SH.prefixes):
        for decl in shapes.objects(holder, SH.declare):
            prefix = shapes.value(decl, SH.prefix)
            namespace = shapes.value(decl, SH.namespace)
            lines.append(f"PREFIX {prefix}: <{namespace}>")
    return "\n".join(sorted(set(lines)))


def _target_pattern(c: dict) -> str:
    branches = []
    for cls in c["target_classes"]:
        branches.append(f"{{ ?this a/<{RDFS.subClassOf}>* <{cls}> }}")
    for pred in c["target_subjects_of"]:
        branches.append(f"{{ ?this <{pred}> ?__targetValue }}")
    for node in c["target_nodes"]:
        branches.append(f"{{ VALUES ?this {{ <{node}> }} }}")
    if not branches:
        raise ValueError(f"{c['shape']}: a SPARQL constraint needs a target on its shape")
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(branches) + " } }"




def constraint_query(c: dict) -> str:
    body = c["query"].replace("$this", "?this")
    match = _WHERE.search(body)
    if match is None:
        raise ValueError(f"{c['constraint']}: the query has no WHERE clause")
    body = body[: match.end()] + " " + _target_pattern(c) + " " + body[match.end():]
    return c["prefixes"] + "\n" + body


def store_of(data: Graph, extra: Graph | None = None):
    """An in-memory pyoxigraph store holding the triples of the given rdflib graphs."""
    import pyoxigraph as ox

    store = ox.Store()
    for graph in (data, extra):
        if graph is None:
            continue
        store.bulk_extend(ox.Quad(_ox(s), _ox(p), _ox(o)) for s, p, o in graph)
    return store


def _ox(term):
    import pyoxigraph as ox
    from rdflib import BNode, Literal

    if isinstance(term, URIRef):
        return ox.NamedNode(str(term))
    if isinstance(term, BNode):
        return ox.BlankNode(str(term))
    if isinstance(term, Literal):
        if term.language:
            return ox.Literal(str(term), language=term.language)
        if term.datatype is not None:
            return ox.Literal(str(term), datatype=ox.NamedNode(str(term.datatype)))
        return ox.Literal(str(term))
    raise TypeError(f"unsupported term {term!r}")


def run_sparql_constraints(store, constraints: list[dict]) -> list[dict]:
    """Every violation of every constraint, as pyshacl would report it."""
    results = []
    for c in constraints:
        solutions = store.query(constraint_query(c))
        names = [v.value for v in solutions.variables]
        for row in solutions:
            bound = {n: row[n].value for n in names if row[n] is not None}
            message = _TEMPLATE.sub(lambda m: bound.get(m.group(1), m.group(0)), c["message"])
            results.append(
                {
                    "focus": bound["this"],
                    "path": bound.get("path"),
                    "value": bound.get("value", bound["this"]),  # SHACL: a node shape reports $this as the value
                    "message": message or "constraint violated",
                    "shape": str(c["constraint"]),
                    "severity": "Violation",
                }
            )
    return results


__all__ = ["split_shapes", "run_sparql_constraints", "store_of", "constraint_query", "RDF"]


# -- SHACL core constraints on pyoxigraph ----------------------------------------------------------------------
#
# pyshacl walks every focus node of every shape in Python over an rdflib graph: at a million triples that
# is minutes. Here each property shape becomes a few SPARQL queries over the same pyoxigraph store as the
# SPARQL constraints: counts, sh:class and sh:nodeKind are answered by the store and return only the
# violating nodes; the value-level checks (sh:datatype, sh:pattern, sh:minLength/maxLength, sh:minInclusive,
# sh:or of datatypes) run in Python with the same tests pyshacl applies, on the values the store returns.
# Only the constraint components listed below are compiled; a shapes graph using anything else is
# refused (compile_core returns None) and the caller runs pyshacl instead. Focus, path, value, message,
# shape and severity of each result follow pyshacl's report; tests/test_validation_engines.py and the
# synthetic-corpus check of bench/run.py compare both engines result by result.

_NODE_SHAPE_KEYS = {RDF.type, SH.targetClass, SH.targetSubjectsOf, SH.targetObjectsOf, SH.targetNode, SH.property,
                    SH.message, SH.severity, RDFS.comment, RDFS.label, SH.name, SH.description}
_PROPERTY_SHAPE_KEYS = {RDF.type, SH.path, SH.minCount, SH.maxCount, SH.datatype, SH["class"], SH.nodeKind, SH.pattern,
                        SH.minLength, SH.maxLength, SH.minInclusive, SH["or"], SH.message, SH.severity, RDFS.comment,
                        RDFS.label, SH.name, SH.description, SH.order, SH.group}
_NODE_KINDS = {
    SH.IRI: "isIRI(?v)", SH.BlankNode: "isBlank(?v)", SH.Literal: "isLiteral(?v)",
    SH.BlankNodeOrIRI: "(isBlank(?v) || isIRI(?v))", SH.BlankNodeOrLiteral: "(isBlank(?v) || isLiteral(?v))",
    SH.IRIOrLiteral: "(isIRI(?v) || isLiteral(?v))",
}


def compile_core(shapes: Graph) -> list[dict] | None:
    """The property shapes of a core shapes graph as checks; None when a feature is not compiled here."""
    from rdflib import BNode, Literal

    checks = []
    node_shapes = set(shapes.subjects(SH.property, None))
    for ns in set(shapes.subjects(RDF.type, SH.NodeShape)) | node_shapes:
        if set(shapes.predicates(ns, None)) - _NODE_SHAPE_KEYS or _is_class(shapes, ns):
            return None
    for ps in set(shapes.subjects(RDF.type, SH.PropertyShape)) | set(shapes.objects(None, SH.property)):
        if not isinstance(ps, URIRef) or set(shapes.predicates(ps, None)) - _PROPERTY_SHAPE_KEYS:
            return None
    for ns in sorted(node_shapes, key=str):
        target = {
            "target_classes": list(shapes.objects(ns, SH.targetClass)),
            "target_subjects_of": list(shapes.objects(ns, SH.targetSubjectsOf)),
            "target_objects_of": list(shapes.objects(ns, SH.targetObjectsOf)),
            "target_nodes": list(shapes.objects(ns, SH.targetNode)),
        }
        if not any(target.values()):
            continue  # a shape without targets is only checked when another shape refers to it (not compiled)
        if not all(isinstance(t, URIRef) for values in target.values() for t in values):
            return None
        for ps in sorted(shapes.objects(ns, SH.property), key=str):
            path = list(shapes.objects(ps, SH.path))
            messages = list(shapes.objects(ps, SH.message))
            severities = list(shapes.objects(ps, SH.severity))
            if len(path) != 1 or not isinstance(path[0], URIRef) or len(messages) != 1 or len(severities) > 1:
                return None  # property paths, generated messages: left to pyshacl
            check = {"node_shape": ns, "shape": ps, "path": path[0], "target": target,
                     "message": str(messages[0].value if isinstance(messages[0], Literal) else messages[0]),
                     "severity": str(severities[0]).rsplit("#", 1)[-1] if severities else "Violation",
                     "min": None, "max": None, "classes": [], "node_kind": None, "values": []}
            for pred, value in shapes.predicate_objects(ps):
                if pred == SH.minCount:
                    check["min"] = int(value)
                elif pred == SH.maxCount:
                    check["max"] = int(value)
                elif pred == SH["class"]:
                    if not isinstance(value, URIRef):
                        return None
                    check["classes"].append(value)
                elif pred == SH.nodeKind:
                    if value not in _NODE_KINDS or check["node_kind"] is not None:
                        return None
                    check["node_kind"] = value
            # value-level checks: each one reports its own results, so their order does not matter
            for dt in shapes.objects(ps, SH.datatype):
                check["values"].append(("datatype", [dt]))
            for pattern in shapes.objects(ps, SH.pattern):
                if not isinstance(pattern, Literal):
                    return None
                check["values"].append(("pattern", _re_compile(pattern)))
            for key in ("minLength", "maxLength", "minInclusive"):
                found = list(shapes.objects(ps, SH[key]))
                if len(found) > 1 or (found and not isinstance(found[0], Literal)):
                    return None
                if found:
                    check["values"].append((key, found[0]))
            for or_list in shapes.objects(ps, SH["or"]):
                datatypes = []
                for member in shapes.items(or_list):
                    keys = set(shapes.predicates(member, None)) - {RDF.type}
                    dts = list(shapes.objects(member, SH.datatype))
                    if not isinstance(member, BNode) or keys != {SH.datatype} or len(dts) != 1:
                        return None
                    datatypes.append(dts[0])
                if not datatypes:
                    return None
                check["values"].append(("datatype", datatypes))  # passes when any of them does
            checks.append(check)
    return checks


def _is_class(shapes: Graph, node) -> bool:
    classes = set(shapes.subjects(RDFS.subClassOf, RDFS.Class)) | {RDFS.Class}
    return any(t in classes for t in shapes.objects(node, RDF.type))


def _re_compile(pattern):
    import re as _re

    return _re.compile(str(pattern.value) if pattern.value is not None and len(pattern.value) > 1 else str(pattern))


def _core_targets(target: dict, closure) -> str:
    """The focus nodes of a node shape (SHACL instances of its target classes, subjects/objects of its
    target predicates, its target nodes) as a sub-select binding ?this."""
    branches = []
    for cls in target["target_classes"]:
        branches += [f"{{ ?this <{RDF.type}> <{k}> }}" for k in closure(cls)]
    branches += [f"{{ ?this <{p}> ?__tv }}" for p in target["target_subjects_of"]]
    branches += [f"{{ ?__ts <{p}> ?this }}" for p in target["target_objects_of"]]
    branches += [f"{{ VALUES ?this {{ <{n}> }} }}" for n in target["target_nodes"]]
    return "{ SELECT DISTINCT ?this WHERE { " + " UNION ".join(branches) + " } }"


def run_core(store, checks: list[dict]) -> list[dict]:
    """Every violation of the compiled core constraints, as pyshacl reports them."""
    results = []
    convert = _Converter()

    def add(c, focus, value=None):
        results.append({"focus": focus, "path": str(c["path"]), "value": value, "message": c["message"] or "constraint violated",
                        "shape": str(c["shape"]), "severity": c["severity"]})

    closures: dict = {}

    def closure(cls) -> list[str]:
        # The class and its subclasses, found once: `?v a/rdfs:subClassOf* C` inside FILTER NOT EXISTS made
        # pyoxigraph walk the hierarchy from C for every value (quadratic); `?v a ?c` with ?v bound is a lookup.
        if cls not in closures:
            found = {str(cls)} | {row["c"].value for row in store.query(f"SELECT DISTINCT ?c WHERE {{ ?c <{RDFS.subClassOf}>* <{cls}> }}")}
            closures[cls] = sorted(found)
        return closures[cls]

    for c in checks:
        targets, p = _core_targets(c["target"], closure), f"<{c['path']}>"
        low = c["min"] if c["min"] is not None and c["min"] > 0 else None
        if low is not None and c["max"] is not None:  # both counts in one pass; each bound reports on its own
            q = (f"SELECT ?this (COUNT(DISTINCT ?v) AS ?n) WHERE {{ {targets} OPTIONAL {{ ?this {p} ?v }} }} "
                 f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {low} || COUNT(DISTINCT ?v) > {c['max']})")
            for row in store.query(q):
                n = int(row["n"].value)
                if n < low:
                    add(c, row["this"].value)
                if n > c["max"]:
                    add(c, row["this"].value)
        elif low == 1:
            for row in store.query(f"SELECT ?this WHERE {{ {targets} FILTER NOT EXISTS {{ ?this {p} ?v }} }}"):
                add(c, row["this"].value)
        elif low is not None:
            q = (f"SELECT ?this WHERE {{ {targets} OPTIONAL {{ ?this {p} ?v }} }} "
                 f"GROUP BY ?this HAVING (COUNT(DISTINCT ?v) < {low})")
            for row in store.query(q):
                add(c, row["this"].value)
        elif c["max"] is not None:
            q = f"SELECT ?this WHERE {{ {targets} ?this {p} ?v }} GROUP BY ?this HAVING (COUNT(DISTINCT ?v) > {c['max']})"
            for row in store.query(q):
                add(c, row["this"].value)
        for cls in c["classes"]:
            among = " ".join(f"<{k}>" for k in closure(cls))
            # MINUS, not FILTER NOT EXISTS: the same answers here (?v is always bound and the only shared
            # variable), but pyoxigraph runs it as one anti-join instead of a lookup per value whose cost
            # grew with the store (x56 for x10 data on the countries of visits).
            q = (f"SELECT ?this ?v WHERE {{ {targets} ?this {p} ?v "
                 f"MINUS {{ VALUES ?__vc {{ {among} }} ?v <{RDF.type}> ?__vc }} }}")
            for row in store.query(q):
                add(c, row["this"].value, row["v"].value)
        if c["node_kind"] is not None:
            q = f"SELECT ?this ?v WHERE {{ {targets} ?this {p} ?v FILTER(!{_NODE_KINDS[c['node_kind']]}) }}"
            for row in store.query(q):
                add(c, row["this"].value, row["v"].value)
        if c["values"]:
            # Values that surely pass every test stay in the store: a simple literal (xsd:string) passes
            # sh:datatype xsd:string, and sh:minLength/maxLength when its STRLEN is in range (pyshacl counts
            # the characters of the same text). Every other value is tested in Python below.
            sure = _surely_passes(c["values"])
            skip = f" FILTER(!({sure}))" if sure else ""
            rows = store.query(f"SELECT ?this ?v WHERE {{ {targets} ?this {p} ?v{skip} }}")
            tests = [_value_test(kind, arg) for kind, arg in c["values"]]
            for row in rows:
                v = convert(row["v"])
                for test in tests:
                    if not test(v):
                        add(c, row["this"].value, str(v))
    return results


def _surely_passes(values: list) -> str | None:
    simple = f"(isLiteral(?v) && DATATYPE(?v) = <{_XSD_STRING}> && LANG(?v) = \"\")"
    parts = []
    for kind, arg in values:
        if kind == "datatype" and [str(d) for d in arg] == [_XSD_STRING]:
            parts.append(simple)
        elif kind == "minLength" and isinstance(arg.value, int):
            parts.append(f"({simple} && STRLEN(?v) >= {arg.value})")
        elif kind == "maxLength" and isinstance(arg.value, int):
            parts.append(f"({simple} && STRLEN(?v) <= {arg.value})")
        else:
            return None  # a test with no SPARQL shortcut: every value goes to Python
    return " && ".join(parts) if parts else None


class _Converter:
    """pyoxigraph term -> the rdflib term pyshacl would see (simple literals without a datatype), cached."""

    def __init__(self):
        self.cache = {}

    def __call__(self, term):
        import pyoxigraph as ox
        from rdflib import BNode, Literal

        if isinstance(term, ox.NamedNode):
            return URIRef(term.value)
        if isinstance(term, ox.BlankNode):
            return BNode(term.value)
        dt = term.datatype.value
        key = (term.value, dt, term.language)
        found = self.cache.get(key)
        if found is None:
            if term.language:
                found = Literal(term.value, lang=term.language)
            elif dt == _XSD_STRING:
                found = Literal(term.value)
            else:
                found = Literal(term.value, datatype=URIRef(dt))
            self.cache[key] = found
        return found


_XSD_STRING = "http://www.w3.org/2001/XMLSchema#string"


def _value_test(kind, arg):
    """A per-value predicate with pyshacl's semantics (pyshacl/constraints/core/*.py)."""
    from rdflib import BNode, Literal

    if kind == "datatype":
        return lambda v: any(_datatype_ok(v, dt) for dt in arg)
    if kind == "pattern":
        return lambda v: not isinstance(v, BNode) and bool(arg.match(_as_string(v)) or arg.search(_as_string(v)))
    if kind == "minLength":
        n = arg.value
        return lambda v: n == 0 or (not isinstance(v, BNode) and len(_as_string(v)) >= n)
    if kind == "maxLength":
        n = arg.value
        return lambda v: not isinstance(v, BNode) and len(_as_string(v)) <= n
    if kind == "minInclusive":
        from pyshacl.rdfutil.compare import compare_literal

        min_is_string = isinstance(arg.value, str)

        def test(v):
            if not isinstance(v, Literal):
                return False
            if isinstance(v.value, str) != min_is_string:
                return False
            try:
                return compare_literal(v, arg) >= 0
            except (TypeError, NotImplementedError):
                return False

        return test
    raise ValueError(kind)


def _as_string(v) -> str:
    from rdflib import Literal
    from rdflib.namespace import XSD

    if isinstance(v, Literal) and v.value is not None and v.datatype in (None, RDF.langString, XSD.string):
        return str(v.value)
    return str(v)


def _datatype_ok(v, rule) -> bool:
    """pyshacl's DatatypeConstraintComponent for one value node."""
    from datetime import date, datetime, time
    from decimal import Decimal

    from rdflib import Literal
    from rdflib.namespace import XSD

    if not isinstance(v, Literal):
        return False
    if v.datatype == rule:
        if getattr(v, "ill_typed", None) is True:
            return False
    elif rule == RDFS.Literal:
        return True
    elif rule == RDFS.Datatype and v.datatype:
        return True
    elif not (v.datatype is None and v.language is None and rule == XSD.string) and not (rule == RDF.langString and v.language):
        return False
    value = v.value
    if rule in (XSD.string, RDF.langString):
        return isinstance(value, (str, bytes))
    checks = {XSD.integer: int, XSD.float: float, XSD.decimal: Decimal, XSD.boolean: bool, XSD.date: date,
              XSD.time: time, XSD.dateTime: datetime}
    return isinstance(value, checks[rule]) if rule in checks else True
