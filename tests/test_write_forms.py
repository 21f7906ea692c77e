"""The one scanner for write forms (loaders/write_forms.py): a keyword in a string, an IRI, a quoted
identifier or a comment is not a write; every write form is, whatever hides it."""
from __future__ import annotations

import pytest

from mandate_lineage.loaders.write_forms import cypher_write, sparql_keywords, sparql_update

from .writes import CYPHER_WRITES as REFUSED_CYPHER, SPARQL_WRITES as REFUSED_SPARQL

SPARQL_UPDATES = {
    "INSERT DATA { <http://x/a> <http://x/p> 1 }": "INSERT",
    "DELETE WHERE { ?s ?p ?o }": "DELETE",
    "DELETE { ?s ?p ?o } INSERT { ?s ?p 2 } WHERE { ?s ?p ?o }": "DELETE",
    "LOAD <http://example.org/data.ttl>": "LOAD",
    "CLEAR ALL": "CLEAR",
    "CLEAR GRAPH <http://x/g>": "CLEAR",
    "DROP GRAPH <http://x/g>": "DROP",
    "CREATE GRAPH <http://x/g>": "CREATE",
    "COPY DEFAULT TO <http://x/g>": "COPY",
    "MOVE <http://x/a> TO <http://x/b>": "MOVE",
    "ADD <http://x/a> TO <http://x/b>": "ADD",
    "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }": "WITH",
    "insert data { <http://x/a> <http://x/p> 1 }": "INSERT",  # keywords are case-insensitive
    "PREFIX : <http://x/> INSERT { ?s :p 1 } WHERE { ?s ?p ?o }": "INSERT",
    "BASE <http://x/> PREFIX ex: <y#> DELETE WHERE { ?s ex:p ?o }": "DELETE",
    "# a comment: SELECT\nCLEAR DEFAULT": "CLEAR",
    "PREFIX select: <http://x/select#>\n# SELECT * {}\nDELETE WHERE { ?s select:p ?o }": "DELETE",
}

SPARQL_READS = [
    "SELECT * { ?s ?p ?o }",
    "PREFIX insert: <http://x/> SELECT * { ?s insert:p ?o }",  # a prefix named like a keyword
    "# DELETE\nSELECT * {}",  # a keyword in a comment
    'SELECT * { ?s ?p "INSERT DATA { <a> <b> <c> }" }',  # ... in a string
    "SELECT * { ?s ?p '''\nDELETE WHERE { ?s ?p ?o }''' }",  # ... in a long string
    "SELECT * { ?s <http://x/DELETE> ?o }",  # ... in an IRI
    'ASK { ?s ?p "# not a comment" } # CLEAR ALL',
    "CONSTRUCT { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "DESCRIBE <http://x/a>",
    "SELECT ?insert WHERE { ?insert ?p ?o }",  # a variable named like a keyword
    "",
]


@pytest.mark.parametrize("text, keyword", SPARQL_UPDATES.items())
def test_every_sparql_update_form_is_found(text, keyword):
    assert sparql_update(text) == keyword


@pytest.mark.parametrize("text", SPARQL_READS)
def test_sparql_keywords_in_strings_iris_and_comments_are_not_updates(text):
    assert sparql_update(text) is None


def test_sparql_keywords_skip_strings_iris_and_comments():
    assert "SERVICE" in sparql_keywords("SELECT * { SERVICE SILENT <x:y> { ?s ?p ?o } }")
    assert "SERVICE" not in sparql_keywords('SELECT * { ?s <http://x/SERVICE> "SERVICE" } # SERVICE')


CYPHER_WRITES = {
    "CREATE (n:Task {key: 'x'})": "CREATE",
    "MERGE (n:Task {key: 'x'})": "MERGE",
    "MATCH (n:Task) SET n.key = 'y'": "SET",
    "MATCH (n) DELETE n": "DELETE",
    "MATCH (n) DETACH DELETE n": "DETACH DELETE",
    "MATCH (n)\n  detach\n  delete n": "DETACH DELETE",
    "MATCH (n:Task) REMOVE n.key": "REMOVE",
    "DROP INDEX ON :Task(key)": "DROP",
    "MATCH (n) FOREACH (x IN [1] | SET n.k = x)": "FOREACH",
    "LOAD CSV FROM 'file:///x.csv' AS row RETURN row": "LOAD CSV",
    "CALL dbms.security.createUser('u', 'p', false)": "CALL dbms.security.createUser",
    "CALL db.idx.fulltext.createNodeIndex('Task', 'label')": "CALL db.idx.fulltext.createNodeIndex",
    "// read only\nMATCH (n) WITH n /* then */ CREATE (m)": "CREATE",
    "MATCH (n {name: 'it''s'}) SET n.x = 1": "SET",
}

CYPHER_READS = [
    "MATCH (n:Task) RETURN n.key",
    "MATCH (n) WHERE n.label = 'CREATE a forum' RETURN n",  # a keyword in a string
    'MATCH (n) WHERE n.label = "DETACH DELETE" RETURN n',
    "MATCH (n) RETURN n.key AS `SET`",  # ... in a quoted identifier
    "// MERGE (n)\nMATCH (n) RETURN n",  # ... in a comment
    "/* CREATE (n)\n DELETE n */ MATCH (n) RETURN count(n)",
    "MATCH (n) RETURN n.created, n.offset, n.settled",  # a keyword inside a name
    "MATCH (n) RETURN n.set",  # a property named like a keyword
    "CALL db.labels()",  # a procedure known to only read
    "CALL dbms.components()",
]


@pytest.mark.parametrize("text, clause", CYPHER_WRITES.items())
def test_every_cypher_write_form_is_found(text, clause):
    assert cypher_write(text) == clause


@pytest.mark.parametrize("text", CYPHER_READS)
def test_cypher_keywords_in_strings_and_comments_are_not_writes(text):
    assert cypher_write(text) is None


@pytest.mark.parametrize("name", sorted(REFUSED_CYPHER))
def test_the_refused_cypher_corpus_is_found(name):
    assert cypher_write(REFUSED_CYPHER[name]) is not None


@pytest.mark.parametrize("name", sorted(set(REFUSED_SPARQL) - {"after-select"}))  # that one: a syntax error
def test_the_refused_sparql_corpus_is_found(name):
    assert sparql_update(REFUSED_SPARQL[name]) is not None
