// The path from a task back to the founding resolution of its mandate: from a resolution that added,
// reaffirmed, changed or superseded the task, along resolutions that reaffirm or recall one another
// (either direction), to the resolution that established the mandate. Only the shortest paths
// (fewest resolution-to-resolution steps, at most 3) are returned; ties are all listed.
// Portable Cypher: FalkorDB has no undirected shortestPath, so a bounded variable-length match
// keeps the minimum.
// Parameters: $mandate (mandate key), $task (task key).
// Expected on the real data ($mandate = international-solidarity, $task = sdg-forums):
//   reaffirmed  HRC 35/3  1  HRC 35/3 - CHR 2005/55
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
:param task => 'sdg-forums';
MATCH (m:Mandate {key: $mandate})-[:ESTABLISHED_BY]->(f)
MATCH (m)<-[:MANDATE]-(:Task {key: $task})<-[a:ADDED|REAFFIRMED|CHANGED|SUPERSEDED]-(r)
MATCH p = (r)-[:REAFFIRMS|RECALLS*0..3]-(f)
WITH toLower(type(a)) AS via, r.ref AS resolution, length(p) AS hops,
     reduce(acc = '', n IN nodes(p) | acc + CASE acc WHEN '' THEN '' ELSE ' - ' END + n.ref) AS path
WITH collect({via: via, resolution: resolution, hops: hops, path: path}) AS found, min(hops) AS best
UNWIND found AS x
WITH x, best
WHERE x.hops = best
RETURN DISTINCT x.via AS via, x.resolution AS resolution, x.hops AS hops, x.path AS path
ORDER BY via, resolution, path
