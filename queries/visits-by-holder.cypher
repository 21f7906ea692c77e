// Country visits of one mandate holder (requested, accepted, completed ...), with the mission report symbols.
// Parameters: $mandate (mandate key), $holder (holder key).
// Expected on the real data ($mandate = international-solidarity, $holder = dandan): see queries/README.md.
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
:param holder => 'dandan';
MATCH (m:Mandate {key: $mandate})<-[:MANDATE]-(v:CountryVisit)-[:HOLDER]->(p:Person {key: $holder})
MATCH (v)-[:COUNTRY]->(c:Country)
OPTIONAL MATCH (v)-[:MISSION_REPORT]->(d)
RETURN DISTINCT v.key AS visit, c.code AS country, c.label AS country_name, v.status AS status,
       v.startDate AS start, v.endDate AS end, d.symbol AS report
ORDER BY start, visit, report
