// Visits of the mandate to one country (requested, accepted, completed ...), by whom, with the mission report symbols.
// Parameters: $mandate (mandate key), $country (ISO 3166-1 alpha-2 code, e.g. 'BR').
// Expected on the real data ($mandate = international-solidarity, $country = BR): see queries/README.md.
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
:param country => 'BR';
MATCH (m:Mandate {key: $mandate})<-[:MANDATE]-(v:CountryVisit)-[:COUNTRY]->(c:Country {code: $country})
OPTIONAL MATCH (v)-[:HOLDER]->(p:Person)
OPTIONAL MATCH (v)-[:MISSION_REPORT]->(d)
RETURN DISTINCT v.key AS visit, p.key AS holder, v.status AS status, v.startDate AS start, v.endDate AS end, d.symbol AS report
ORDER BY start, visit, report
