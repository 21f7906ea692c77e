"""Tests of queries/push.py: Graph Store Protocol PUT to a partner store.

The first part runs against small local HTTP servers (no Virtuoso needed): retries, backoff,
no retry on 4xx, messages without credentials.  The second part (marker ``virtuoso``) pushes to
the private Virtuoso started by tests/virtuoso.py and compares its answers with local ones.
"""

from __future__ import annotations

import hashlib
import http.server
import json
import logging
import socket
import threading
import urllib.parse
import urllib.request

import pytest
import rdflib
from rdflib import BNode, Literal, Namespace
from rdflib.compare import isomorphic, to_isomorphic

from mandate_lineage.queries import push as push_mod
from mandate_lineage.queries.push import (
    PushError,
    PushResult,
    count_query,
    count_triples,
    push,
    redact_url,
    validate_iri,
)

pytest_plugins = ["tests.virtuoso"]

EX = Namespace("http://example.org/ml/")
XSD = Namespace(str(rdflib.XSD))  # a plain Namespace: pytest probes module globals, DefinedNamespace warns
SECRET_USER = "alice-pusher"
SECRET_PASSWORD = "s3cr3t-Pa55word!"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def sample_graph(n_mandates: int = 6) -> rdflib.Graph:
    """A few dozen triples: IRIs, plain/language/typed literals, one blank node."""
    g = rdflib.Graph()
    g.bind("ex", EX)
    for i in range(n_mandates):
        m = EX[f"mandate/{i}"]
        g.add((m, rdflib.RDF.type, EX.Mandate))
        g.add((m, EX.title, Literal(f"Special Rapporteur on topic {i}", lang="en")))
        g.add((m, EX.title, Literal(f"Rapporteur spécial n° {i}", lang="fr")))
        g.add((m, EX.established, Literal(f"20{10 + i}-03-2{i}", datatype=XSD.date)))
        g.add((m, EX.resolution, Literal(f"A/HRC/RES/{10 + i}/{i + 1}")))
        g.add((m, EX.termYears, Literal(3 + i % 2)))
        if i:
            g.add((m, EX.succeeds, EX[f"mandate/{i - 1}"]))
    src = BNode()
    g.add((EX["mandate/0"], EX.source, src))
    g.add((src, EX.quote, Literal('He said "renew"\nand it was so.')))
    g.add((src, EX.page, Literal(12)))
    return g


# --------------------------------------------------------------------------- unit tests


def test_validate_iri():
    assert validate_iri("https://example.org/g/1") == "https://example.org/g/1"
    assert validate_iri("urn:ml:graph") == "urn:ml:graph"
    for bad in ["", "no-scheme", "http://a b", "http://a>b", 'http://a"b', "<http://a>", "http://a}b", "http://a\nb"]:
        with pytest.raises(ValueError):
            validate_iri(bad)


def test_count_query_is_fixed_and_validated():
    q = count_query("http://example.org/g")
    assert "VALUES ?g { <http://example.org/g> }" in q and q.startswith("SELECT (COUNT(*) AS ?n)")
    with pytest.raises(ValueError):
        count_query("http://example.org/g> } } DROP ALL #")


def test_redact_url():
    assert redact_url("http://bob:pw@host:8890/x?y=1") == "http://host:8890/x?y=1"
    assert redact_url("http://host/x") == "http://host/x"


def test_push_rejects_bad_arguments():
    with pytest.raises(ValueError, match="IRI"):
        push(b"", "text/turtle", "http://127.0.0.1:1/x", "not an iri")
    with pytest.raises(ValueError, match="http"):
        push(b"", "text/turtle", "ftp://127.0.0.1/x", "urn:g")
    with pytest.raises(ValueError) as ei:
        push(b"", "text/turtle", f"http://{SECRET_USER}:{SECRET_PASSWORD}@127.0.0.1/x", "urn:g")
    assert SECRET_PASSWORD not in str(ei.value)
    with pytest.raises(TypeError):
        push("text", "text/turtle", "http://127.0.0.1:1/x", "urn:g")  # type: ignore[arg-type]


class FakeStore:
    """A scripted HTTP server: answers PUTs with the given statuses in turn."""

    def __init__(self, statuses: list[int], *, digest: bool = False):
        self.statuses = list(statuses)
        self.requests: list[dict] = []
        self.digest = digest
        fake = self

        class Handler(http.server.BaseHTTPRequestHandler):
            def log_message(self, *a):
                pass

            def _answer(self):
                n = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(n) if n else b""
                auth = self.headers.get("Authorization")
                fake.requests.append({"method": self.command, "path": self.path, "body": body,
                                      "ctype": self.headers.get("Content-Type"), "auth": auth})
                if fake.digest and not (auth or "").startswith("Digest "):
                    self.send_response(401)
                    self.send_header("WWW-Authenticate", 'Digest realm="SPARQL", nonce="abc", qop="auth", algorithm="MD5"')
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                status = fake.statuses.pop(0) if fake.statuses else 204
                msg = f"status {status}; you sent user {SECRET_USER}".encode()
                self.send_response(status)
                if status == 429:
                    self.send_header("Retry-After", "0")
                self.send_header("Content-Type", "text/plain")
                self.send_header("Content-Length", str(len(msg)))
                self.end_headers()
                self.wfile.write(msg)

            do_PUT = do_GET = _answer

        self.server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/gsp"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def no_sleep(monkeypatch):
    pauses: list[float] = []
    monkeypatch.setattr(push_mod, "_sleep", pauses.append)
    return pauses


def test_push_put_replaces_graph_by_graph_param(no_sleep):
    data = sample_graph().serialize(format="turtle").encode()
    with FakeStore([201]) as store:
        res = push(data, "text/turtle", store.url, "http://example.org/graph/ml")
    assert isinstance(res, PushResult) and res.status == 201 and res.created and res.attempts == 1
    assert res.bytes_sent == len(data)
    (req,) = store.requests
    assert req["method"] == "PUT" and req["body"] == data and req["ctype"] == "text/turtle"
    qs = urllib.parse.parse_qs(urllib.parse.urlsplit(req["path"]).query)
    assert qs == {"graph": ["http://example.org/graph/ml"]}
    assert no_sleep == []


def test_push_retries_transient_with_exponential_backoff(no_sleep):
    with FakeStore([503, 500, 502, 200]) as store:
        res = push(b"<urn:a> <urn:b> <urn:c> .", "application/n-triples", store.url, "urn:g",
                   retries=4, backoff=0.5)
    assert res.status == 200 and res.attempts == 4
    assert no_sleep == [0.5, 1.0, 2.0]


def test_push_retries_429_honouring_retry_after(no_sleep):
    with FakeStore([429, 204]) as store:
        res = push(b"", "text/turtle", store.url, "urn:g", retries=2, backoff=3)
    assert res.attempts == 2 and no_sleep == [0.0]


def test_push_gives_up_after_retries(no_sleep):
    with FakeStore([503] * 10) as store:
        with pytest.raises(PushError) as ei:
            push(b"", "text/turtle", store.url, "urn:g", retries=2, backoff=0.1)
    err = ei.value
    assert err.status == 503 and err.attempts == 3 and err.transient
    assert len(store.requests) == 3 and no_sleep == [0.1, 0.2]
    assert store.url in str(err) and "503" in str(err) and "gave up after 3 attempts" in str(err)


@pytest.mark.parametrize("status", [400, 404, 409, 415])
def test_push_does_not_retry_4xx(no_sleep, status):
    with FakeStore([status, 204]) as store:
        with pytest.raises(PushError) as ei:
            push(b"x", "text/turtle", store.url, "urn:g", retries=4)
    assert ei.value.status == status and ei.value.attempts == 1 and not ei.value.transient
    assert len(store.requests) == 1 and no_sleep == []
    assert f"HTTP {status}" in str(ei.value) and store.url in str(ei.value)


def test_push_uses_digest_auth_and_hides_credentials(no_sleep, caplog):
    caplog.set_level(logging.DEBUG)
    with FakeStore([503, 403], digest=True) as store:
        with pytest.raises(PushError) as ei:
            push(b"x", "text/turtle", store.url, "urn:g", user=SECRET_USER, password=SECRET_PASSWORD,
                 retries=3, backoff=0.01)
    auths = [r["auth"] for r in store.requests if r["auth"]]
    assert auths and all(a.startswith("Digest ") and f'username="{SECRET_USER}"' in a for a in auths)
    assert all(SECRET_PASSWORD not in a for a in auths)  # digest: the password never travels
    err = ei.value
    assert err.status == 403 and "not allowed" in str(err)
    # the store echoed the user name in its error body: it is scrubbed
    for text in [str(err), repr(err), *map(str, err.args), caplog.text, repr(vars(err))]:
        assert SECRET_PASSWORD not in text and SECRET_USER not in text


def test_push_to_nothing_listening_fails_clearly(no_sleep, caplog):
    caplog.set_level(logging.DEBUG)
    endpoint = f"http://127.0.0.1:{free_port()}/sparql-graph-crud-auth"
    with pytest.raises(PushError) as ei:
        push(b"x", "text/turtle", endpoint, "urn:g", user=SECRET_USER, password=SECRET_PASSWORD,
             retries=2, backoff=0.01)
    err = ei.value
    msg = str(err)
    assert endpoint in msg and "connection refused" in msg and "3 attempts" in msg
    assert err.status is None and err.attempts == 3 and err.endpoint == endpoint
    for text in [msg, repr(err), *map(str, err.args), caplog.text, repr(vars(err))]:
        assert SECRET_PASSWORD not in text and SECRET_USER not in text
    assert err.__cause__ is None and err.__suppress_context__


def test_push_timeout_is_transient(no_sleep):
    # a server that accepts but never answers
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        s.listen(8)
        endpoint = f"http://127.0.0.1:{s.getsockname()[1]}/gsp"
        with pytest.raises(PushError) as ei:
            push(b"x", "text/turtle", endpoint, "urn:g", retries=1, backoff=0.01, timeout=0.3)
    assert "timed out" in str(ei.value) and ei.value.attempts == 2


def test_push_result_repr_has_no_credentials():
    with FakeStore([204]) as store:
        res = push(b"x", "text/turtle", store.url, "urn:g", user=SECRET_USER, password=SECRET_PASSWORD)
    assert SECRET_PASSWORD not in repr(res) and SECRET_USER not in repr(res)


def test_count_triples_against_fake_sparql(no_sleep):
    class H(http.server.BaseHTTPRequestHandler):
        seen: list[str] = []

        def log_message(self, *a):
            pass

        def do_GET(self):
            H.seen.append(urllib.parse.parse_qs(urllib.parse.urlsplit(self.path).query)["query"][0])
            body = json.dumps({"head": {"vars": ["n"]}, "results": {"bindings": [
                {"n": {"type": "literal", "value": "17", "datatype": str(XSD.integer)}}]}}).encode()
            self.send_response(200)
            self.send_header("Content-Type", "application/sparql-results+json")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            self.wfile.write(body)

    srv = http.server.ThreadingHTTPServer(("127.0.0.1", 0), H)
    t = threading.Thread(target=srv.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    t.start()
    try:
        n = count_triples(f"http://127.0.0.1:{srv.server_port}/sparql", "urn:ml:g")
    finally:
        srv.shutdown()
        srv.server_close()
    assert n == 17 and H.seen == [count_query("urn:ml:g")]


# --------------------------------------------------------------------------- against Virtuoso


def _graph_iri(tag: str) -> str:
    return f"http://example.org/test-graph/{tag}"


def _normalise(g: rdflib.Graph) -> rdflib.Graph:
    """xsd:string literals as plain literals (RDF 1.1 treats them as the same)."""
    out = rdflib.Graph()
    for s, p, o in g:
        if isinstance(o, Literal) and o.datatype == XSD.string:
            o = Literal(str(o))
        out.add((s, p, o))
    return out


def virtuoso_graph(v, graph_iri: str) -> rdflib.Graph:
    q = f"CONSTRUCT {{ ?s ?p ?o }} WHERE {{ GRAPH <{validate_iri(graph_iri)}> {{ ?s ?p ?o }} }}"
    url = v.sparql + "?" + urllib.parse.urlencode({"query": q})
    req = urllib.request.Request(url, headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        data = resp.read()
    return rdflib.Graph().parse(data=data, format="nt")


def virtuoso_select(v, query: str) -> set[tuple[str, ...]]:
    url = v.sparql + "?" + urllib.parse.urlencode({"query": query})
    req = urllib.request.Request(url, headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(req, timeout=30) as resp:
        doc = json.load(resp)
    vars_ = doc["head"]["vars"]
    return {tuple(b.get(x, {}).get("value", "") for x in vars_) for b in doc["results"]["bindings"]}


@pytest.mark.virtuoso
@pytest.mark.parametrize("fmt,ctype", [
    ("turtle", "text/turtle"),
    ("nt", "application/n-triples"),
    ("xml", "application/rdf+xml"),
])
def test_push_to_virtuoso_same_triples(virtuoso, fmt, ctype):
    g = sample_graph()
    assert 30 <= len(g) <= 60
    gi = _graph_iri(f"same-{fmt}")
    res = push(g.serialize(format=fmt).encode(), ctype, virtuoso.gsp, gi,
               user=virtuoso.user, password=virtuoso.password, retries=2, backoff=0.2)
    assert res.status in (200, 201, 204)
    remote = virtuoso_graph(virtuoso, gi)
    assert len(remote) == len(g)
    assert isomorphic(to_isomorphic(_normalise(remote)), to_isomorphic(_normalise(g)))
    assert count_triples(virtuoso.sparql, gi) == len(g)

    # the same SELECT, locally (pyoxigraph, over the same data) and on Virtuoso
    import pyoxigraph as ox

    local = ox.Store()
    local.load(g.serialize(format="nt").encode(), ox.RdfFormat.N_TRIPLES, to_graph=ox.NamedNode(gi))
    q = (f"SELECT ?m ?t WHERE {{ GRAPH <{gi}> {{ ?m <{EX.title}> ?t . "
         f"FILTER(LANG(?t) = 'en') }} }}")
    local_rows = {(str(s["m"].value), str(s["t"].value)) for s in local.query(q)}
    assert local_rows and virtuoso_select(virtuoso, q) == local_rows


@pytest.mark.virtuoso
def test_push_twice_replaces_not_appends(virtuoso):
    g = sample_graph()
    gi = _graph_iri("twice")
    data = g.serialize(format="turtle").encode()
    kw = dict(user=virtuoso.user, password=virtuoso.password, retries=1, backoff=0.2)
    push(data, "text/turtle", virtuoso.gsp, gi, **kw)
    first = count_triples(virtuoso.sparql, gi)
    second_result = push(data, "text/turtle", virtuoso.gsp, gi, **kw)
    assert not second_result.created
    assert count_triples(virtuoso.sparql, gi) == first == len(g)
    # a smaller graph replaces the whole named graph
    small = sample_graph(2)
    push(small.serialize(format="turtle").encode(), "text/turtle", virtuoso.gsp, gi, **kw)
    assert count_triples(virtuoso.sparql, gi) == len(small) < len(g)
    assert isomorphic(_normalise(virtuoso_graph(virtuoso, gi)), _normalise(small))


@pytest.mark.virtuoso
def test_push_to_virtuoso_wrong_password(virtuoso, caplog):
    caplog.set_level(logging.DEBUG)
    wrong = "wrong-" + hashlib.sha256(virtuoso.password.encode()).hexdigest()[:12]
    with pytest.raises(PushError) as ei:
        push(b"<urn:a> <urn:b> <urn:c> .", "application/n-triples", virtuoso.gsp, _graph_iri("denied"),
             user=virtuoso.user, password=wrong, retries=1, backoff=0.05)
    err = ei.value
    assert err.status == 401 and "authentication failed" in str(err) and virtuoso.gsp in str(err)
    for text in [str(err), repr(err), caplog.text]:
        assert wrong not in text and virtuoso.password not in text


@pytest.mark.virtuoso
def test_push_to_virtuoso_without_credentials_is_refused(virtuoso):
    with pytest.raises(PushError) as ei:
        push(b"<urn:a> <urn:b> <urn:c> .", "application/n-triples", virtuoso.gsp, _graph_iri("anon"),
             retries=0)
    assert ei.value.status == 401 and "credentials" in str(ei.value)
    # the anonymous GSP endpoint is read-only
    with pytest.raises(PushError) as ei:
        push(b"<urn:a> <urn:b> <urn:c> .", "application/n-triples", virtuoso.gsp_anon, _graph_iri("anon"),
             retries=0)
    assert ei.value.status in (401, 403)
    assert count_triples(virtuoso.sparql, _graph_iri("anon")) == 0


@pytest.mark.virtuoso
def test_push_to_stopped_store(virtuoso, no_sleep):
    """Same endpoint path, but on a port where nothing listens (the store is 'down')."""
    endpoint = virtuoso.gsp.replace(f":{virtuoso.http_port}/", f":{free_port()}/")
    with pytest.raises(PushError) as ei:
        push(b"x", "text/turtle", endpoint, _graph_iri("down"), user=virtuoso.user,
             password=virtuoso.password, retries=3, backoff=0.5)
    msg = str(ei.value)
    assert endpoint in msg and "connection refused" in msg
    assert virtuoso.password not in msg and virtuoso.password not in repr(ei.value)
    assert virtuoso.user not in msg
    assert no_sleep == [0.5, 1.0, 2.0]
