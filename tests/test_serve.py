"""Tests of queries/serve.py: the read-only SPARQL 1.1 Protocol endpoint over pyoxigraph."""

from __future__ import annotations

import csv
import io
import json
import urllib.error
import urllib.parse
import urllib.request
import xml.etree.ElementTree as ET

import pyoxigraph as ox
import pytest
import rdflib
from SPARQLWrapper import CSV, JSON, POST, RDFXML, TSV, TURTLE, XML, SPARQLWrapper

from mandate_lineage.queries.serve import make_app, negotiate, serve_in_thread, uses_service

from .writes import SPARQL_WRITES

EX = "http://example.org/ml/"
G1 = EX + "graph/1"
G2 = EX + "graph/2"
SRX = "{http://www.w3.org/2005/sparql-results#}"


def build_store() -> ox.Store:
    store = ox.Store()
    quads = []
    for i in range(5):
        m = ox.NamedNode(f"{EX}mandate/{i}")
        g = ox.NamedNode(G1 if i < 3 else G2)
        quads += [
            ox.Quad(m, ox.NamedNode(EX + "title"), ox.Literal(f"Mandate {i}", language="en"), g),
            ox.Quad(m, ox.NamedNode(EX + "year"), ox.Literal(str(2000 + i), datatype=ox.NamedNode("http://www.w3.org/2001/XMLSchema#integer")), g),
            ox.Quad(m, ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type"), ox.NamedNode(EX + "Mandate"), g),
        ]
    quads.append(ox.Quad(ox.NamedNode(EX + "mandate/0"), ox.NamedNode(EX + "note"),
                         ox.Literal('has, "commas"\tand tabs'), ox.NamedNode(G1)))
    store.extend(quads)
    return store


@pytest.fixture(scope="module")
def endpoint():
    store = build_store()
    server, thread = serve_in_thread(store, port=0)
    try:
        yield f"http://127.0.0.1:{server.server_port}/sparql", store
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def snapshot(store: ox.Store) -> set:
    return set(store)


def http(url, *, data=None, headers=None, method=None):
    req = urllib.request.Request(url, data=data, headers=headers or {}, method=method)
    try:
        with urllib.request.urlopen(req, timeout=10) as resp:
            return resp.status, resp.headers, resp.read()
    except urllib.error.HTTPError as err:
        return err.code, err.headers, err.read()


def get(ep, query, **params):
    headers = params.pop("headers", {})
    return http(ep + "?" + urllib.parse.urlencode({"query": query, **params}, doseq=True), headers=headers)


SELECT_ALL = f"SELECT ?m ?year WHERE {{ ?m <{EX}year> ?year }} ORDER BY ?m"


# --------------------------------------------------------------------------- SPARQLWrapper


def wrapper(ep, query, fmt, method=None):
    sw = SPARQLWrapper(ep)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method:
        sw.setMethod(method)
    return sw.query()


@pytest.mark.parametrize("method", [None, POST])
def test_select_json_via_sparqlwrapper(endpoint, method):
    ep, _ = endpoint
    res = wrapper(ep, SELECT_ALL, JSON, method).convert()
    rows = [(b["m"]["value"], int(b["year"]["value"])) for b in res["results"]["bindings"]]
    assert rows == [(f"{EX}mandate/{i}", 2000 + i) for i in range(5)]  # union of the named graphs
    assert res["head"]["vars"] == ["m", "year"]


def test_select_xml_via_sparqlwrapper(endpoint):
    ep, _ = endpoint
    r = wrapper(ep, SELECT_ALL, XML)
    assert r.info()["content-type"].startswith("application/sparql-results+xml")
    doc = r.convert()  # xml.dom.minidom document
    results = doc.getElementsByTagName("result")
    assert len(results) == 5
    assert {b.getAttribute("name") for b in doc.getElementsByTagName("binding")} == {"m", "year"}


def test_select_csv_and_tsv_via_sparqlwrapper(endpoint):
    ep, _ = endpoint
    q = f"SELECT ?m ?note WHERE {{ ?m <{EX}note> ?note }}"
    r = wrapper(ep, q, CSV)
    assert r.info()["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(r.convert().decode())))
    assert rows == [["m", "note"], [f"{EX}mandate/0", 'has, "commas"\tand tabs']]
    r = wrapper(ep, q, TSV)
    assert r.info()["content-type"].startswith("text/tab-separated-values")
    lines = r.convert().decode().splitlines()
    assert lines[0] == "?m\t?note" and lines[1].startswith(f"<{EX}mandate/0>\t")


def test_ask_via_sparqlwrapper(endpoint):
    ep, _ = endpoint
    assert wrapper(ep, f"ASK {{ <{EX}mandate/4> ?p ?o }}", JSON).convert()["boolean"] is True
    assert wrapper(ep, f"ASK {{ <{EX}nothing> ?p ?o }}", JSON).convert()["boolean"] is False


@pytest.mark.parametrize("fmt,rdflib_format", [(TURTLE, "turtle"), (RDFXML, "xml"), (XML, "xml")])
def test_construct_via_sparqlwrapper(endpoint, fmt, rdflib_format):
    ep, store = endpoint
    q = f"CONSTRUCT {{ ?m <{EX}year> ?y }} WHERE {{ ?m <{EX}year> ?y }}"
    r = wrapper(ep, q, fmt)
    g = rdflib.Graph().parse(data=r.response.read(), format=rdflib_format)
    assert len(g) == 5
    assert (rdflib.URIRef(f"{EX}mandate/3"), rdflib.URIRef(f"{EX}year"), rdflib.Literal(2003)) in g


def test_update_via_sparqlwrapper_is_refused(endpoint):
    ep, store = endpoint
    before = snapshot(store)
    sw = SPARQLWrapper(ep)
    sw.setMethod(POST)
    sw.setQuery(f"INSERT DATA {{ <{EX}x> <{EX}y> <{EX}z> }}")
    with pytest.raises(urllib.error.HTTPError) as ei:
        sw.query()
    assert ei.value.code == 403 and b"read-only" in ei.value.read()
    assert snapshot(store) == before


# --------------------------------------------------------------------------- protocol details


@pytest.mark.parametrize("update", [text for name, text in SPARQL_WRITES.items() if name != "after-select"])
def test_updates_are_refused_every_way(endpoint, update):
    ep, store = endpoint
    before = snapshot(store)
    answers = [
        http(ep, data=urllib.parse.urlencode({"update": update}).encode(),
             headers={"Content-Type": "application/x-www-form-urlencoded"}),
        http(ep, data=update.encode(), headers={"Content-Type": "application/sparql-update"}),
        http(ep, data=urllib.parse.urlencode({"query": update}).encode(),
             headers={"Content-Type": "application/x-www-form-urlencoded"}),
        http(ep, data=update.encode(), headers={"Content-Type": "application/sparql-query"}),
        get(ep, update),
        http(ep + "?" + urllib.parse.urlencode({"update": update})),
    ]
    for status, headers, body in answers:
        assert status == 403, body
        assert b"read-only" in body and headers["Content-Type"].startswith("text/plain")
    assert snapshot(store) == before


@pytest.mark.parametrize("bad", ["SELEC ?x WHERE { ?x ?y ?z }", "SELECT ?x WHERE { ?x ?y }", "   ", "ASK { <a b> ?p ?o }"])
def test_malformed_queries_give_400(endpoint, bad):
    ep, _ = endpoint
    for status, _h, body in [
        get(ep, bad),
        http(ep, data=bad.encode(), headers={"Content-Type": "application/sparql-query"}),
        http(ep, data=urllib.parse.urlencode({"query": bad}).encode(),
             headers={"Content-Type": "application/x-www-form-urlencoded"}),
    ]:
        assert status == 400
        text = body.decode()
        assert ("malformed query" in text and "error at" in text) or "empty query" in text


def test_malformed_query_via_sparqlwrapper(endpoint):
    from SPARQLWrapper.SPARQLExceptions import QueryBadFormed

    ep, _ = endpoint
    with pytest.raises(QueryBadFormed):
        wrapper(ep, "SELECT ?x WHERE { ?x ?y }", JSON)


def test_post_sparql_query_body_and_form(endpoint):
    ep, _ = endpoint
    q = f"SELECT (COUNT(*) AS ?n) WHERE {{ ?s ?p ?o }}"
    s1, h1, b1 = http(ep, data=q.encode(), headers={"Content-Type": "application/sparql-query"})
    s2, h2, b2 = http(ep, data=urllib.parse.urlencode({"query": q}).encode(),
                      headers={"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"})
    assert s1 == s2 == 200 and b1 == b2
    assert json.loads(b1)["results"]["bindings"][0]["n"]["value"] == "16"
    assert h1["Content-Type"].startswith("application/sparql-results+json")


def test_content_negotiation(endpoint):
    ep, _ = endpoint
    q = "SELECT * WHERE { ?s ?p ?o } LIMIT 1"
    cases = {
        "application/sparql-results+xml": "application/sparql-results+xml",
        "text/csv;q=0.5, text/tab-separated-values": "text/tab-separated-values",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8": "application/xml",
        "*/*": "application/sparql-results+json",
        "text/*": "text/csv",
    }
    for accept, expected in cases.items():
        status, headers, _ = get(ep, q, headers={"Accept": accept})
        assert status == 200 and headers["Content-Type"].split(";")[0] == expected, accept
    status, headers, body = get(ep, q, headers={"Accept": "image/png"})
    assert status == 406 and b"application/sparql-results+json" in body
    # the format parameter wins over Accept
    status, headers, body = get(ep, q, format="csv", headers={"Accept": "application/sparql-results+xml"})
    assert headers["Content-Type"] == "text/csv; charset=utf-8" and body.startswith(b"o,p,s\r\n")
    # graphs
    c = f"CONSTRUCT WHERE {{ <{EX}mandate/1> ?p ?o }}"
    for accept, expected, fmt in [
        (None, "text/turtle", "turtle"),
        ("application/n-triples", "application/n-triples", "nt"),
        ("application/rdf+xml", "application/rdf+xml", "xml"),
        ("application/ld+json", "application/ld+json", "json-ld"),
    ]:
        status, headers, body = get(ep, c, headers={"Accept": accept} if accept else {})
        assert status == 200 and headers["Content-Type"].split(";")[0] == expected
        if fmt == "json-ld":  # rdflib's JSON-LD parser warns about ConjunctiveGraph: use pyoxigraph
            assert len(list(ox.parse(body, ox.RdfFormat.JSON_LD))) == 3
        else:
            assert len(rdflib.Graph().parse(data=body, format=fmt)) == 3
    status, headers, body = get(ep, c, format="nt")
    assert headers["Content-Type"].startswith("application/n-triples") and body.count(b" .\n") == 3


def test_describe(endpoint):
    ep, _ = endpoint
    status, headers, body = get(ep, f"DESCRIBE <{EX}mandate/0>")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    assert len(rdflib.Graph().parse(data=body, format="turtle")) == 4


def test_dataset_parameters(endpoint):
    ep, _ = endpoint
    q = f"SELECT (COUNT(?m) AS ?n) WHERE {{ ?m a <{EX}Mandate> }}"

    def count(**params):
        status, _h, body = get(ep, q, **params)
        assert status == 200, body
        return int(json.loads(body)["results"]["bindings"][0]["n"]["value"])

    assert count() == 5  # union default graph
    assert count(**{"default-graph-uri": G1}) == 3
    assert count(**{"default-graph-uri": [G1, G2]}) == 5
    assert count(**{"named-graph-uri": G2}) == 2
    gq = f"SELECT DISTINCT ?g WHERE {{ GRAPH ?g {{ ?s ?p ?o }} }} ORDER BY ?g"
    status, _h, body = get(ep, gq, **{"named-graph-uri": G2})
    assert [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == [G2]
    status, _h, body = get(ep, gq)
    assert [b["g"]["value"] for b in json.loads(body)["results"]["bindings"]] == [G1, G2]
    status, _h, body = get(ep, q, **{"default-graph-uri": "not an iri"})
    assert status == 400 and b"default-graph-uri" in body


def test_service_is_refused(endpoint):
    ep, _ = endpoint
    status, _h, body = get(ep, "SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }")
    assert status == 403 and b"SERVICE" in body
    # the word in a literal or as a local name is fine
    status, _h, _b = get(ep, f"SELECT * WHERE {{ ?s <{EX}service> 'SERVICE' }}")
    assert status == 200


def test_home_page_and_errors(endpoint):
    ep, _ = endpoint
    root = ep.rsplit("/", 1)[0] + "/"
    for url in (root, ep):
        status, headers, body = http(url)
        assert status == 200 and headers["Content-Type"].startswith("text/html")
        assert b"/sparql" in body and b"SPARQL" in body
    status, _h, body = get(root, "ASK {}")
    assert status == 200 and json.loads(body)["boolean"] is True
    assert http(root + "nope")[0] == 404
    assert http(ep, method="DELETE")[0] == 405
    assert http(ep, data=b"x", headers={"Content-Type": "text/plain"})[0] == 415
    assert http(ep, data=b"", headers={"Content-Type": "application/x-www-form-urlencoded"})[0] == 400
    status, headers, body = http(ep + "?" + urllib.parse.urlencode({"query": "ASK {}"}), method="HEAD")
    assert status == 200 and body == b""


def test_asgi_app_directly():
    """make_app is a plain ASGI application (Starlette), usable without a server."""
    import asyncio

    import httpx

    store = build_store()
    app = make_app(store)

    async def ask():
        async with httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test") as client:
            return await client.get("/sparql", params={"query": "ASK { ?s ?p ?o }"},
                                    headers={"Accept": "application/sparql-results+xml"})

    try:
        resp = asyncio.run(ask())
        assert resp.status_code == 200
        assert ET.fromstring(resp.content).find(f"{SRX}boolean").text == "true"
    finally:
        app.state.source.close()


def test_helpers():
    # updates: tests/test_write_forms.py
    assert uses_service("SELECT * { SERVICE SILENT <x:y> { ?s ?p ?o } }")
    assert not uses_service("SELECT * { ?s <http://x/SERVICE> \"SERVICE\" } # SERVICE")
    assert negotiate(None, ["a/b", "c/d"]) == "a/b"
    assert negotiate("c/d;q=0.9, a/b;q=0.1", ["a/b", "c/d"]) == "c/d"
    assert negotiate("x/y", ["a/b"]) is None
