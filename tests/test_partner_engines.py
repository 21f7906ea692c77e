"""Every queries/*.rq file runs as it is in Apache Jena ARQ and in Virtuoso over the export, with the
same rows as the project for the same parameters, for both mandates of the shipped data.

Parameters: a file declares them in standard SPARQL, as inline ``VALUES ?name { UNDEF }`` blocks
right after the first ``WHERE {`` (one per parameter: Virtuoso 7.2's compiler fails on a VALUES row of
several variables); unchanged, the file runs with them unset. The project binds them
as pyoxigraph substitutions (loaders/sparql.py ``bind``); for ARQ and Virtuoso the copy of the
file has the declared UNDEFs replaced by the same values (what a partner does by hand).

- ARQ (Debian's libapache-jena-java, through tests/jena/RunQueries.java) over ``union.nt`` of the
  bundle, and over ``graph.trig`` with the union of its named graphs as the default graph;
- Virtuoso (the private one of tests/virtuoso.py, no inference) after ``push`` of the build into one
  graph and of each named graph into its own, queried with ``default-graph-uri`` = the pushed graph.
"""
from __future__ import annotations

import http.client
import json
import os
import re
import urllib.error
import urllib.parse
import urllib.request
from collections import defaultdict

import pyoxigraph as ox
import pytest
import rdflib
from rdflib.compare import isomorphic

from mandate_lineage.loaders.store import open_store
from mandate_lineage.queries.export import load_dataset, render
from mandate_lineage.queries.push import push
from mandate_lineage.queries.sparql import QUERIES_DIR, bind, to_term

from . import jena
from .conftest import BASE


pytest_plugins = ["tests.virtuoso"]
IN_CI = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")

FILES = sorted(p.stem for p in QUERIES_DIR.glob("*.rq"))
DECLARED = re.compile(r"\bWHERE\s*\{((?:\s*VALUES\s+\?[A-Za-z_][A-Za-z0-9_]*\s*\{\s*UNDEF\s*\})+)", re.IGNORECASE)
ONE = re.compile(r"VALUES\s+\?([A-Za-z_][A-Za-z0-9_]*)\s*\{\s*UNDEF\s*\}", re.IGNORECASE)
ML = "https://w3id.org/mandate-lineage/ontology#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PREFIX = f"PREFIX ml: <{ML}>\n"


def text_of(name: str) -> str:
    return (QUERIES_DIR / f"{name}.rq").read_text(encoding="utf-8")


def declared(text: str) -> list[str]:
    """The parameters a file declares: its ``VALUES ?name { UNDEF }`` blocks right after the first WHERE {."""
    first = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    match = DECLARED.search(text)
    if not match or match.start() != first.start():
        return []
    return ONE.findall(match[1])


def with_values(text: str, params: dict) -> str:
    """The file with its declared parameters set to the values given (UNDEF stays for the others)."""
    match = DECLARED.search(text)

    def value(m: re.Match) -> str:
        name = m[1]
        return f"VALUES ?{name} {{ {to_term(params[name])} }}" if name in params else m[0]

    return text[: match.start(1)] + ONE.sub(value, match[1]) + text[match.end(1):]


# --------------------------------------------------------------------------- parameters per file
def first(store, query: str):
    values = sorted({str(next(iter(s)).value) for s in store.query(PREFIX + query) if next(iter(s)) is not None})
    assert values, query
    return values[0]


def parameters(store, name: str, mandate: str) -> dict:
    """One parameter set per mandate: values the data holds for that mandate."""
    m = f'?m ml:key "{mandate}" .'
    iri = lambda q: f"<{first(store, q)}>"  # noqa: E731
    table = {
        "task-lineage": lambda: {"task": first(store, f"SELECT ?k WHERE {{ {m} ?e ml:task ?t . ?t ml:mandate ?m ; ml:key ?k }}")},
        "task-path-to-founding": lambda: {"task": first(store, f"SELECT ?k WHERE {{ {m} ?e ml:task ?t . ?t ml:mandate ?m ; ml:key ?k }}")},
        "resolution-tasks": lambda: {"resolution": first(store, f"SELECT ?r WHERE {{ {m} ?e ml:task/ml:mandate ?m ; ml:resolution/ml:ref ?r }}")},
        "reports-pursuant-to": lambda: {"resolution": first(store, f"SELECT ?r WHERE {{ {m} ?d ml:mandate ?m ; ml:pursuantTo/ml:ref ?r }}")},
        "visits-by-holder": lambda: {"holder": first(store, f"SELECT ?k WHERE {{ {m} ?v ml:mandate ?m ; ml:holder/ml:key ?k }}")},
        "visits-by-country": lambda: {"country": first(store, f"SELECT ?c WHERE {{ {m} ?v ml:mandate ?m ; ml:country/ml:countryCode ?c }}")},
        "holder-on-date": lambda: {"date": "2015-01-01"},
        "ask-facts": lambda: {"cls": f"<{ML}Resolution>"},
        "ask-doc-names": lambda: {"doc": iri(f"SELECT ?d WHERE {{ {m} ?d ml:mandate ?m ; ml:symbol ?s }}")},
        "reconcile-disagreements": lambda: {"s": iri("SELECT ?s WHERE { ?d a ml:Disagreement ; ml:about ?s }")},
        "reconcile-document": lambda: {"symbol": first(store, f"SELECT ?s WHERE {{ {m} ?d ml:mandate ?m ; ml:symbol ?s }}")},
        "reconcile-keys": lambda: {"cls": f"<{ML}Task>"},
        "reconcile-resolution": lambda: {"ref": first(store, f"SELECT ?r WHERE {{ {m} ?d ml:mandate ?m ; ml:ref ?r }}")},
        "reconcile-sources": lambda: {"s": iri(f"SELECT ?m WHERE {{ {m} }}")},
        "reconcile-values": lambda: {"s": iri(f"SELECT ?m WHERE {{ {m} }}"), "prop": f"<{SKOS}prefLabel>"},
        "reconcile-keyed-documents": lambda: {"base": BASE},
        "view-country-visits": lambda: {"mandateKey": mandate},
        "view-wikidata-positions": lambda: {"mandateKey": mandate},
    }
    params = table.get(name, dict)()
    if "mandate" in declared(text_of(name)):
        params["mandate"] = mandate
    return params


def cases(store, mandates: list[str]) -> list[tuple[str, dict]]:
    out = []
    for name in FILES:
        if not declared(text_of(name)):
            out.append((name, {}))  # no parameter: the same for both mandates
            continue
        out += [(name, parameters(store, name, mandate)) for mandate in mandates]
    return out


# --------------------------------------------------------------------------- results, normalised
def _cell(value):
    if isinstance(value, str) and "; " in value:  # GROUP_CONCAT: no order defined
        return "; ".join(sorted(value.split("; ")))
    return value


YEARS_MONTHS = re.compile(r"^P(?:(\d+)Y)?(?:(\d+)M)?$")


def virtuoso_form(term) -> str:
    """Virtuoso 7.2 keeps an xsd:duration of years and months as its number of months ("P3Y" -> "36"),
    also through STR() (renewal-chain's ?period)."""
    match = YEARS_MONTHS.match(term.value) if isinstance(term, ox.Literal) else None
    if match and (match[1] or match[2]):
        return str(int(match[1] or 0) * 12 + int(match[2] or 0))
    return term.value


def project_answer(store, name: str, params: dict, form=lambda term: term.value):
    bound = bind(text_of(name), params or None)
    result = bound.run(store)
    if isinstance(result, ox.QueryTriples):
        return rdflib.Graph().parse(data="".join(f"{t} .\n" for t in result), format="nt")
    names = bound.columns(result)
    return sorted((tuple(_cell(form(s[n]) if s[n] is not None else None) for n in names) for s in result), key=repr)


def json_answer(doc: dict) -> list:
    names = doc["head"]["vars"]
    return sorted((tuple(_cell(b[n]["value"] if n in b else None) for n in names) for b in doc["results"]["bindings"]), key=repr)


def same(expected, actual) -> bool:
    if isinstance(expected, rdflib.Graph):
        return isomorphic(expected, actual)
    return expected == actual


# --------------------------------------------------------------------------- fixtures
@pytest.fixture(scope="module")
def exported(real_build, tmp_path_factory):
    """The real build, its store, and its bundle's union.nt and graph.trig written to files."""
    settings, result = real_build
    tmp = tmp_path_factory.mktemp("partner")
    dataset = load_dataset(settings)
    (tmp / "union.nt").write_bytes(render(dataset, "nt"))
    (tmp / "graph.trig").write_bytes(render(dataset, "trig"))
    store = open_store(result.path)
    return settings, result, store, dataset, tmp


@pytest.fixture(scope="module")
def arq_classpath(tmp_path_factory):
    cp = jena.classpath(tmp_path_factory.mktemp("jena"))
    if cp is None:
        if IN_CI:
            pytest.fail("Apache Jena (libapache-jena-java) and a JDK (javac) are required in CI")
        pytest.skip("Apache Jena or javac not installed")
    return cp


# --------------------------------------------------------------------------- the files themselves
@pytest.mark.parametrize("name", FILES)
def test_parameters_are_declared_in_standard_sparql(name):
    """Every variable a caller binds is declared; the file parses as it is (pyoxigraph, SPARQL 1.1)."""
    text = text_of(name)
    comment = "\n".join(line for line in text.splitlines() if line.startswith("#"))
    for param in declared(text):
        assert re.search(rf"\?{param}\b", text.split("WHERE", 1)[1]), f"{name}: ?{param} is declared but not used"
    if re.search(r"(?i)parameters?\b", comment) and "(none)" not in comment:
        assert declared(text), f"{name}: the comment names parameters, the file declares none"
    ox.Store().query(text)  # runs unchanged (parameters unset)


def test_declared_values_join_like_the_project_binding(exported):
    """Setting the declared row gives exactly the rows of the project's own binding."""
    _, result, store, *_ = exported
    text = text_of("holder-on-date")
    params = {"mandate": "international-solidarity", "date": "2015-01-01"}
    assert project_answer(store, "holder-on-date", params)
    mine = sorted(tuple(s) for s in store.query(with_values(text, params)))
    bound = bind(text, params)
    result = bound.run(store)
    theirs = sorted(tuple(s[n] for n in bound.columns(result)) for s in result)
    assert [tuple(map(str, r)) for r in mine] == [tuple(map(str, r)) for r in theirs]


# --------------------------------------------------------------------------- Apache Jena ARQ
def _arq_compare(exported, cp, data_file: str, mode: str, wanted) -> int:
    settings, result, store, _dataset, tmp = exported
    todo = [(n, p) for n, p in cases(store, result.mandates) if wanted(n)]
    jobs = []
    for i, (name, params) in enumerate(todo):
        query = tmp / f"{mode}-{i}-{name}.rq"
        query.write_text(with_values(text_of(name), params) if params else text_of(name), encoding="utf-8")
        jobs.append((query, tmp / f"{mode}-{i}-{name}.out"))
    jena.run_queries(cp, tmp / data_file, mode, jobs)
    differ = []
    for (name, params), (_q, out) in zip(todo, jobs):
        expected = project_answer(store, name, params)
        if isinstance(expected, rdflib.Graph):
            actual = rdflib.Graph().parse(data=out.read_text(encoding="utf-8"), format="nt")
        else:
            actual = json_answer(json.loads(out.read_text(encoding="utf-8")))
        if not same(expected, actual):
            differ.append(f"{name} {params}")
    assert not differ, f"ARQ over {data_file} ({mode}) differs from the project: {differ}"
    return len(todo)


def uses_named_graphs(name: str) -> bool:
    return bool(re.search(r"\bGRAPH\b", text_of(name)))


def test_arq_over_the_union_file(exported, arq_classpath):
    """union.nt loaded as it is: every file that does not ask for named graphs gives the project's rows."""
    assert _arq_compare(exported, arq_classpath, "union.nt", "as-loaded", lambda n: not uses_named_graphs(n)) >= 40


def test_arq_over_trig_with_the_union_default_graph(exported, arq_classpath):
    """graph.trig with the union as default graph (as TDB's unionDefaultGraph): every file, GRAPH ones too."""
    assert _arq_compare(exported, arq_classpath, "graph.trig", "union", lambda n: True) >= 50


def test_arq_over_trig_as_loaded_sees_nothing_in_the_default_graph(exported, arq_classpath):
    """Why the README tells partners to use the union: TriG's default graph is empty."""
    _, _, _, _, tmp = exported
    query = tmp / "count.rq"
    query.write_text("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    jena.run_queries(arq_classpath, tmp / "graph.trig", "as-loaded", [(query, tmp / "count.out")])
    doc = json.loads((tmp / "count.out").read_text())
    assert doc["results"]["bindings"][0]["n"]["value"] == "0"


def test_jena_tdb2_with_the_union_default_graph(exported, arq_classpath):
    """The README's Jena TDB2 recipe: tdbloader the TriG, query with tdb:unionDefaultGraph (or the
    <urn:x-arq:UnionGraph> graph); without either the default graph is empty."""
    settings, result, store, _dataset, tmp = exported
    db = tmp / "tdb2"
    jena.tdb2(arq_classpath, "tdbloader", "--loc", str(db), str(tmp / "graph.trig"))
    legal = tmp / "legal.rq"
    legal.write_text("PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
                     "SELECT ?r ?d WHERE { ?r a eli:LegalResource ; eli:date_document ?d }")
    expected = project_answer_text(store, legal.read_text())
    union = jena.tdb2(arq_classpath, "tdbquery", "--loc", str(db), "--set", "tdb:unionDefaultGraph=true",
                      "--results=JSON", "--query", str(legal))
    assert json_answer(json.loads(union)) == expected and len(expected) >= 30
    plain = jena.tdb2(arq_classpath, "tdbquery", "--loc", str(db), "--results=JSON", "--query", str(legal))
    assert json_answer(json.loads(plain)) == []
    in_graph = tmp / "legal-graph.rq"
    in_graph.write_text(legal.read_text().replace("WHERE { ?r", "WHERE { GRAPH <urn:x-arq:UnionGraph> { ?r") + " }")
    named = jena.tdb2(arq_classpath, "tdbquery", "--loc", str(db), "--results=JSON", "--query", str(in_graph))
    assert json_answer(json.loads(named)) == expected
    chain = tmp / "chain.rq"
    params = {"mandate": "international-solidarity"}
    chain.write_text(with_values(text_of("renewal-chain"), params))
    rows = jena.tdb2(arq_classpath, "tdbquery", "--loc", str(db), "--set", "tdb:unionDefaultGraph=true",
                     "--results=JSON", "--query", str(chain))
    assert json_answer(json.loads(rows)) == project_answer(store, "renewal-chain", params)


def project_answer_text(store, text: str) -> list:
    result = store.query(text)
    names = [v.value for v in result.variables]
    return sorted((tuple(_cell(s[n].value if s[n] is not None else None) for n in names) for s in result), key=repr)


# --------------------------------------------------------------------------- Virtuoso
UNION_GRAPH = "http://example.org/partner-test/union"
http.client._MAXHEADERS = 10_000


@pytest.fixture(scope="module")
def in_virtuoso(virtuoso, exported):
    """The build pushed into Virtuoso: the union (with the standard terms) into one graph, and each
    named graph of the TriG export into a graph of its own name."""
    settings, result, store, dataset, tmp = exported
    push(render(dataset, "nt"), "application/n-triples", virtuoso.gsp, UNION_GRAPH,
         user=virtuoso.user, password=virtuoso.password)
    by_graph = defaultdict(list)
    for q in dataset.quads:
        by_graph[q.graph_name.value].append(f"{q.subject} {q.predicate} {q.object} .\n")
    for graph, lines in sorted(by_graph.items()):
        push("".join(lines).encode(), "application/n-triples", virtuoso.gsp, graph,
             user=virtuoso.user, password=virtuoso.password)
    return virtuoso, sorted(by_graph)


def virtuoso_query(v, query: str, named: list[str] = (), accept: str = "application/sparql-results+json") -> tuple[str, bytes]:
    form = [("query", query), ("default-graph-uri", UNION_GRAPH)] + [("named-graph-uri", g) for g in named]
    request = urllib.request.Request(
        v.sparql, data=urllib.parse.urlencode(form).encode(), method="POST",
        headers={"Accept": accept,
                 "Content-Type": "application/x-www-form-urlencoded"})
    try:
        with urllib.request.urlopen(request, timeout=120) as response:
            return response.headers.get("Content-Type", ""), response.read()
    except urllib.error.HTTPError as exc:
        raise AssertionError(f"Virtuoso refused the query ({exc.code}): {exc.read()[:1500]!r}\n{query}") from None


#: files Virtuoso 7.2 refuses to run, and why: none since .ci/virtuoso.sh lifts the cost estimate
#: limit and raises the memory pool (Virtuoso's defaults refused reconcile-values, GRAPH ?g over 109
#: named graphs, for its estimated cost, and task-path-to-founding for its memory pool)
VIRTUOSO_REFUSES: dict[str, str] = {}
#: files whose rows hold an xsd:duration, which Virtuoso gives as a number of months
VIRTUOSO_DURATIONS = {"renewal-chain", "ask-action-facts", "ask-facts"}


@pytest.mark.virtuoso
def test_virtuoso_gives_the_project_rows_for_every_file(in_virtuoso, exported):
    """Every file, both mandates; the only differences allowed are named above (and reported as not done)."""
    v, graphs = in_virtuoso
    _, result, store, *_ = exported
    differ, ran, refused = [], 0, set()
    for name, params in cases(store, result.mandates):
        query = with_values(text_of(name), params) if params else text_of(name)
        form = virtuoso_form if name in VIRTUOSO_DURATIONS else (lambda term: term.value)
        expected = project_answer(store, name, params, form)
        try:
            accept = "text/plain" if isinstance(expected, rdflib.Graph) else "application/sparql-results+json"
            ctype, body = virtuoso_query(v, query, graphs if uses_named_graphs(name) else (), accept)
        except AssertionError as exc:
            if name in VIRTUOSO_REFUSES and VIRTUOSO_REFUSES[name] in str(exc):
                refused.add(name)
            else:
                differ.append(f"{name} {params}: {str(exc)[:400]}")
            continue
        if isinstance(expected, rdflib.Graph):
            actual = rdflib.Graph().parse(data=body.decode(), format="nt")
        else:
            actual = json_answer(json.loads(body))
        ran += 1
        if not same(expected, actual):
            differ.append(f"{name} {params}: expected {str(expected)[:300]} got {str(actual)[:300]}")
    assert not differ, "\n".join(differ)
    assert ran >= 50 and refused <= set(VIRTUOSO_REFUSES)


@pytest.mark.virtuoso
def test_virtuoso_without_inference_finds_every_dated_legal_resource(in_virtuoso, exported):
    """The issue's check: ELI terms answer without a reasoner, one row per resolution or decision and date."""
    v, _ = in_virtuoso
    _, _, store, *_ = exported
    query = ("PREFIX eli: <http://data.europa.eu/eli/ontology#>\n"
             "SELECT ?r ?d WHERE { ?r a eli:LegalResource ; eli:date_document ?d }")
    _, body = virtuoso_query(v, query)
    got = json_answer(json.loads(body))
    expected = sorted(((s["r"].value, s["d"].value) for s in store.query(
        PREFIX + "SELECT ?r ?d WHERE { ?r a ?c ; ml:adoptedOn ?d . FILTER(?c IN (ml:Resolution, ml:Decision)) }")), key=repr)
    assert len(expected) >= 30 and got == expected
