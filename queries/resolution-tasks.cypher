// The tasks a resolution added or changed (and those it superseded), with the paragraph that did it.
// Parameters: $mandate (mandate key), $resolution (resolution ref, e.g. 'HRC 26/6').
// Expected on the real data ($mandate = international-solidarity, $resolution = HRC 26/6): see queries/README.md.
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
:param resolution => 'HRC 26/6';
MATCH (:Mandate {key: $mandate})<-[:MANDATE]-(t:Task)<-[a:ADDED|CHANGED|SUPERSEDED]-(:Document {ref: $resolution})
RETURN DISTINCT t.key AS task, toLower(type(a)) AS kind, a.paragraph AS paragraph, t.label AS label
ORDER BY paragraph, task, kind
