// The renewal chain of a mandate: the resolution that created it, then every resolution or decision
// that renewed or extended it, in order of adoption (from the founding resolution onwards).
// Parameters: $mandate (mandate key).
// Expected on the real data ($mandate = international-solidarity): CHR 2005/55 (created, 2005-04-20),
//   HRC 7/5, HRC 16/118 (extended), HRC 17/6, HRC 26/6, HRC 35/3, HRC 44/11, HRC 53/5 (renewed).
// A mandate whose founding resolution no source names still shows its renewals.
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
MATCH (m:Mandate {key: $mandate})
OPTIONAL MATCH (m)-[:ESTABLISHED_BY]->(f)
WITH m, f
MATCH (r:Document)-[:MANDATE]->(m)
WHERE r.mandateAction IN ['created', 'renewed', 'extended'] AND (f IS NULL OR r.adoptedOn >= f.adoptedOn)
RETURN DISTINCT r.ref AS resolution, r.symbol AS symbol, r.mandateAction AS action, r.adoptedOn AS adopted,
       coalesce(r.extendsBy, r.extendsUntil) AS period
ORDER BY adopted, resolution
