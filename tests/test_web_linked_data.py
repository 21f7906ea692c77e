"""Linked Data over HTTP (a real `serve` on the real build): every IRI dereferences; content
negotiation by Accept and by extension; the RDF of an IRI is its concise bounded description and
parses back (pyoxigraph, and Apache Jena's riot) to exactly the build's triples about it; bad
input gets 404 or 406, never a traceback or a file from outside the build."""
from __future__ import annotations

import http.client
import subprocess
import urllib.parse

import pyoxigraph as ox
import pytest

from mandate_lineage.loaders.store import current_dir, open_store

from tests.export_helpers import _riot_command
from tests.web import fetch

BASE = "https://w3id.org/mandate-lineage/"
ML = BASE + "ontology#"
RDF_TYPE = ox.NamedNode("http://www.w3.org/1999/02/22-rdf-syntax-ns#type")
FORMATS = {"text/turtle": (".ttl", ox.RdfFormat.TURTLE), "application/ld+json": (".jsonld", ox.RdfFormat.JSON_LD),
           "application/n-triples": (".nt", ox.RdfFormat.N_TRIPLES)}


@pytest.fixture(scope="module")
def store(real_build):
    settings, _ = real_build
    return open_store(current_dir(settings))


@pytest.fixture(scope="module")
def one_per_kind(store) -> dict[str, str]:
    """One IRI of each class of the ontology in the build (the first in IRI order)."""
    out: dict[str, str] = {}
    for q in sorted(store.quads_for_pattern(None, RDF_TYPE, None, ox.DefaultGraph()), key=str):
        if q.subject.value.startswith(BASE) and q.object.value.startswith(ML):
            out.setdefault(q.object.value.rsplit("#", 1)[-1], q.subject.value)
    return out


def parsed(data: bytes, fmt) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object) for q in ox.parse(data, fmt)}


def path_of(iri: str) -> str:
    return "/" + iri[len(BASE):]


def cbd(store, iri: str) -> set:
    return {ox.Triple(q.subject, q.predicate, q.object)
            for q in store.quads_for_pattern(ox.NamedNode(iri), None, None, ox.DefaultGraph())}


def test_every_subject_iri_dereferences(site, store):
    subjects = {q.subject.value for q in store.quads_for_pattern(None, None, None, ox.DefaultGraph())
                if q.subject.value.startswith(BASE)}
    assert len(subjects) > 500
    conn = http.client.HTTPConnection(urllib.parse.urlsplit(site).netloc, timeout=60)  # one connection for all
    try:
        for iri in sorted(subjects):
            conn.request("GET", path_of(iri), headers={"Accept": "text/html"})
            resp = conn.getresponse()
            resp.read()
            assert resp.status == 303 and resp.headers["Location"].endswith(path_of(iri) + ".html"), iri
            assert "Accept" in resp.headers["Vary"]
    finally:
        conn.close()


def test_every_kind_negotiates_and_parses_back(site, store, one_per_kind, tmp_path):
    assert {"Mandate", "Task", "Resolution", "Decision", "Person", "Term", "CountryVisit", "ThematicReport",
            "TaskAdded", "TaskSuperseded", "Citation", "Disagreement", "Paragraph", "Country", "Body"} <= set(one_per_kind)
    files: dict[str, list] = {mt: [] for mt in FORMATS}
    expected_all = set()
    for kind, iri in sorted(one_per_kind.items()):
        expected = cbd(store, iri)
        expected_all |= expected
        for mt, (ext, fmt) in FORMATS.items():
            status, headers, _ = fetch(site + path_of(iri), headers={"Accept": mt}, redirect=False)
            assert status == 303 and headers["Location"].endswith(path_of(iri) + ext), (kind, mt)
            status, headers, body = fetch(site + path_of(iri), headers={"Accept": mt})  # follows the 303
            assert status == 200 and headers["Content-Type"].startswith(mt), (kind, mt)
            assert parsed(body, fmt) == expected, (kind, mt)
            status, _h, by_ext = fetch(site + path_of(iri) + ext)
            assert status == 200 and by_ext == body
            path = tmp_path / f"{kind}{ext}"
            path.write_bytes(body)
            files[mt].append(path)
        status, headers, page = fetch(site + path_of(iri) + ".html")
        assert status == 200 and headers["Content-Type"].startswith("text/html") and b"<h1>" in page
    riot = _riot_command(tmp_path)
    if riot is None:
        from tests.web import unavailable

        unavailable("Apache Jena riot is not installed")
    for mt, paths in files.items():
        syntax = ["--syntax=jsonld10"] if mt == "application/ld+json" else []
        done = subprocess.run(riot + syntax + ["--strict", "--output=nt"] + [str(p) for p in paths],
                              capture_output=True, timeout=300)
        assert done.returncode == 0 and b"ERROR" not in done.stderr, done.stderr.decode()[-2000:]
        assert parsed(done.stdout, ox.RdfFormat.N_TRIPLES) == expected_all, mt


def test_named_graphs_and_the_ontology_dereference(site, store):
    graph = BASE + "graph/doc/A/HRC/38/40"
    status, _h, body = fetch(site + path_of(graph), headers={"Accept": "application/n-triples"})
    expected = {ox.Triple(q.subject, q.predicate, q.object) for q in store.quads_for_pattern(None, None, None, ox.NamedNode(graph))}
    assert status == 200 and parsed(body, ox.RdfFormat.N_TRIPLES) == expected and expected
    status, headers, _ = fetch(site + "/ontology", headers={"Accept": "text/turtle"}, redirect=False)
    assert status == 303 and headers["Location"].endswith("/ontology.ttl")
    status, _h, body = fetch(site + "/ontology.ttl")
    assert ox.Triple(ox.NamedNode(ML + "Task"), RDF_TYPE, ox.NamedNode("http://www.w3.org/2002/07/owl#Class")) in parsed(body, ox.RdfFormat.TURTLE)
    status, _h, body = fetch(site + "/ontology.html")
    assert status == 200 and b'id="Task"' in body


def test_pages_of_each_kind_show_sources_and_dates_in_words(site, one_per_kind):
    status, _h, body = fetch(site + "/doc/A/HRC/RES/35/3.html")
    text = body.decode()
    assert status == 200 and "22 June 2017" in text and 'href="https://undocs.org/A/HRC/RES/35/3"' in text
    assert "What it did to the mandate" in text and "sdg-forums" in text
    status, _h, body = fetch(site + "/-/disagreements")
    assert status == 200 and body.count(b"<h2>") >= 4 and b"A/68/176" in body


@pytest.mark.parametrize("path", [
    "/../../etc/passwd", "/doc/..%2F..%2Fetc%2Fpasswd", "/%2e%2e/%2e%2e/etc/passwd", "/doc/A%2FHRC%2FRES%2F35%2F3",
    "/doc/A/HRC/RES/35/3/../../../../../../etc/passwd", "/" + "a/" * 3000, "/doc/" + "x" * 9000,
    "/doc/A/HRC/RES/35/3.exe", "/doc/A/HRC/RES/35/3.ttl.bak", "/doc/A/HRC/RES/35/3.", "/mandate/%00",
    "/mandate/%ff%fe", "/doc/A/HRC/RES/35/3%5c..%5c..", "/-/nothing", "/doc/A/HRC/RES/35/3.HTML",
])
def test_bad_paths_get_404_pages(site, path):
    status, headers, body = fetch(site + path)
    assert status in (404, 414, 431, 400), (path, status)
    assert b"Traceback" not in body and b"root:" not in body
    if status == 404:
        assert headers["Content-Type"].startswith("text/html") and b"<h1>Not found</h1>" in body


@pytest.mark.parametrize("accept", ["image/png", "application/rdf+xml;q=1, */*;q=0", "text/html;q=0, text/turtle;q=0",
                                    ";;;q=abc,,", "\x7f"])
def test_unacceptable_or_malformed_accept(site, accept):
    status, headers, body = fetch(site + "/mandate/international-solidarity", headers={"Accept": accept}, redirect=False)
    assert b"Traceback" not in body
    if accept == "\x7f":  # not a valid header value: h11 passes it on (406), httptools refuses it (400)
        assert status in (400, 406)
        return
    assert status in (303, 406)
    if status == 303:  # a malformed header that names nothing is read as "anything"
        assert headers["Location"].endswith(".html")
    else:
        assert b"text/turtle" in body


def test_unknown_iri_gets_a_404_page_and_pages_are_read_only(site):
    status, headers, body = fetch(site + "/mandate/international-solidarity/task/no-such-task")
    assert status == 404 and b"Not found" in body and b'href="/"' in body
    for method in ("POST", "PUT", "DELETE"):
        status, _h, body = fetch(site + "/mandate/international-solidarity", method=method)
        assert status == 405 and b"Traceback" not in body


def test_question_box_answers_with_links(site):
    q = urllib.parse.urlencode({"q": "Which resolution added the SDG task?"})
    status, _h, body = fetch(site + "/-/ask?" + q)
    text = body.decode()
    assert status == 200 and "HRC 26/6" in text and 'href="/mandate/international-solidarity/task/sdg-forums"' in text
    assert 'href="https://undocs.org/A/HRC/38/40"' in text
    status, _h, body = fetch(site + "/-/ask?" + urllib.parse.urlencode({"q": "x" * 5000}))
    assert status == 200 and b"Traceback" not in body


def test_tasks_in_force_on_a_mandate_page_are_asofs(site, ctx_all):
    """The mandate page's "tasks in force today" agree with the `asof` library for today."""
    import datetime
    import re

    from mandate_lineage.queries.ask import commands

    for entry in commands.asof(ctx_all, datetime.date.today().isoformat()):
        status, _h, body = fetch(site + f"/mandate/{entry['mandate']}.html")
        section = body.decode().split("Tasks in force today", 1)[1].split("</table>", 1)[0]
        shown = set(re.findall(r'href="/mandate/[^/]+/task/([^/"]+)"', section))
        assert status == 200 and shown == {t["task"] for t in entry["tasks"]}, entry["mandate"]


def test_well_known_void_describes_the_build_served(site, store):
    status, headers, body = fetch(site + "/.well-known/void")
    assert status == 200 and headers["Content-Type"].startswith("text/turtle")
    described = {(q.subject.value, q.predicate.value, q.object.value) for q in ox.parse(body, ox.RdfFormat.TURTLE)}
    void = "http://rdfs.org/ns/void#"
    triples = sum(1 for _ in store.quads_for_pattern(None, None, None, ox.DefaultGraph()))
    assert (BASE + "dataset", void + "triples", str(triples)) in described
    endpoints = {o for s, p, o in described if p == "http://www.w3.org/ns/dcat#endpointURL"}
    assert endpoints == {site + "/sparql"}, "the description names this server's SPARQL endpoint"
