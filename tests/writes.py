"""The write forms every read-only path must refuse: one corpus for the scanner's tests
(test_write_forms.py), the commands and the engines (test_read_only.py) and the endpoint (test_serve.py)."""
from __future__ import annotations

CYPHER_WRITES = {
    "create": "CREATE (n:Mandate {key: 'x'})",
    "merge": "MERGE (n:Mandate {key: 'international-solidarity'}) RETURN n",
    "set": "MATCH (n) SET n.key = 'x'",
    "delete": "MATCH (n) DELETE n",
    "detach-delete": "MATCH (n) DETACH DELETE n",
    "remove": "MATCH (n) REMOVE n.key",
    "remove-label": "MATCH (n:Mandate) REMOVE n:Mandate",
    "load-csv": "LOAD CSV FROM 'file:///etc/passwd' AS row CREATE (:X {v: row[0]})",
    "foreach": "MATCH (n) WITH collect(n) AS ns FOREACH (x IN ns | SET x.k = 1)",
    "call-write-procedure": "CALL db.idx.fulltext.createNodeIndex('Mandate', 'key')",
    "call-apoc": "CALL apoc.create.node(['X'], {}) YIELD node RETURN node",
    "call-drop-index": "CALL db.idx.fulltext.drop('Mandate')",
    "drop-index": "DROP INDEX ON :Mandate(key)",
    "create-index": "CREATE INDEX FOR (n:X) ON (n.y)",
    "lower-case": "match (n) detach delete n",
    "after-comment": "// read only, promise\nMATCH (n) /* really */ DELETE n",
    "after-with": "MATCH (n) WITH n LIMIT 1 CREATE (m:X)",
    "union-create": "MATCH (n) RETURN n.key AS k UNION CREATE (m:X) RETURN 'x' AS k",
}
SPARQL_WRITES = {
    "insert-data": "INSERT DATA { <http://x/s> <http://x/p> <http://x/o> }",
    "delete-data": "DELETE DATA { <https://w3id.org/mandate-lineage/body/HRC> a <https://w3id.org/mandate-lineage/ontology#Body> }",
    "insert-where": "INSERT { ?s <http://x/p> 1 } WHERE { ?s ?p ?o }",
    "delete-where": "DELETE WHERE { ?s ?p ?o }",
    "delete-insert-where": "DELETE { ?s ?p ?o } INSERT { ?s ?p 1 } WHERE { ?s ?p ?o }",
    "with-delete": "WITH <http://x/g> DELETE { ?s ?p ?o } WHERE { ?s ?p ?o }",
    "load": "LOAD <http://example.org/data.ttl>",
    "clear": "CLEAR ALL",
    "drop": "DROP ALL",
    "create": "CREATE GRAPH <http://x/g>",
    "add": "ADD DEFAULT TO <http://x/g>",
    "move": "MOVE DEFAULT TO <http://x/g>",
    "copy": "COPY DEFAULT TO <http://x/g>",
    "prefixed": "PREFIX ml: <https://w3id.org/mandate-lineage/ontology#> # a comment\nDELETE WHERE { ?s ml:key ?k }",
    "lower-case": "drop silent all",
    "after-select": "SELECT * WHERE { ?s ?p ?o } ; DROP ALL",
}
