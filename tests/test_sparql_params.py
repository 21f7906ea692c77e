"""Parameters reach pyoxigraph as substitutions (loaders/sparql.py ``bind``): a value never enters
the query text, whatever it holds; a parameter the SELECT does not project still binds, and is not
part of the rows."""
from __future__ import annotations

import pyoxigraph as ox
import pytest

from mandate_lineage.loaders.sparql import QueryError, bind, select

X = "http://x/"


@pytest.fixture(scope="module")
def store():
    s = ox.Store()
    for subject, predicate, value in [("a", "p", "1"), ("a", "q", "3"), ("b", "p", "2")]:
        s.add(ox.Quad(ox.NamedNode(X + subject), ox.NamedNode(X + predicate), ox.Literal(value)))
    return s


HOSTILE = ['a" } ?s ?p ?o { "', "x> } ; DROP ALL ; <y", "' UNION { ?s ?p ?o } '", "#"]


@pytest.mark.parametrize("value", HOSTILE)
def test_a_value_never_enters_the_query_text(store, value):
    query = "SELECT ?s WHERE { ?s ?p ?o }"
    bound = bind(query, {"o": value})
    assert value not in bound.text
    assert select(store, query, {"o": value}) == []


def test_an_unprojected_parameter_binds_and_stays_out_of_the_rows(store):
    assert select(store, "SELECT ?o WHERE { ?s ?p ?o } ORDER BY ?o", {"s": f"<{X}a>"}) == [{"o": "1"}, {"o": "3"}]


def test_a_projected_parameter_stays_in_the_rows(store):
    assert select(store, "SELECT ?s ?o WHERE { ?s ?p ?o }", {"s": f"<{X}b>"}) == [{"s": X + "b", "o": "2"}]


def test_grouped_and_aggregate_queries(store):
    grouped = "SELECT ?p (COUNT(?o) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p"
    assert select(store, grouped, {"s": f"<{X}a>"}) == [{"p": X + "p", "n": 1}, {"p": X + "q", "n": 1}]
    assert select(store, "SELECT (COUNT(?o) AS ?n) WHERE { ?s ?p ?o }", {"s": f"<{X}a>"}) == [{"n": 2}]


def test_select_star_comments_and_strings_around_the_projection(store):
    assert select(store, "SELECT * WHERE { ?s ?p ?o }", {"s": f"<{X}b>"}) == [{"o": "2", "p": X + "p", "s": X + "b"}]
    query = 'PREFIX x: <http://x/> SELECT ?o # WHERE { ?s\nWHERE { ?s x:p ?o FILTER(?o != "{ ?s }") }'
    assert select(store, query, {"s": f"<{X}a>"}) == [{"o": "1"}]


def test_a_parameter_name_must_be_a_variable_name(store):
    with pytest.raises(QueryError, match="not a SPARQL variable name"):
        select(store, "SELECT ?s WHERE { ?s ?p ?o }", {"o} . ?x": "1"})


def test_a_parameter_the_query_does_not_mention_binds_nothing(store):
    assert select(store, "SELECT * WHERE { ?s <http://x/q> ?o }", {"zz": "1"}) == [{"o": "3", "s": X + "a"}]
    assert select(store, "ASK { ?s ?p ?o }", {"s": f"<{X}b>"}) == [{"result": True}]
    assert select(store, "ASK { ?s ?p ?o }", {"s": f"<{X}c>"}) == [{"result": False}]
