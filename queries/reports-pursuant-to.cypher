// Reports and other documents presented pursuant to a resolution, with year, author and title.
// An addendum that names no resolution of its own counts under the resolution of its main report
// (the mirror derives that PURSUANT_TO relationship, with `via` = the main report).
// Parameters: $mandate (mandate key), $resolution (resolution ref, e.g. 'HRC 35/3').
// Expected on the real data ($mandate = international-solidarity, $resolution = HRC 35/3): see queries/README.md.
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
:param resolution => 'HRC 35/3';
MATCH (m:Mandate {key: $mandate})<-[:MANDATE]-(d:Document)-[:PURSUANT_TO]->(r:Document {ref: $resolution})
OPTIONAL MATCH (d)-[:CREATOR]->(a:Person)
RETURN DISTINCT coalesce(d.symbol, d.key) AS document, d.year AS year, a.key AS author, d.title AS title
ORDER BY year, document, author
