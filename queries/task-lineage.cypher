// The lineage of a task: when it was added, reaffirmed, changed or superseded, by which resolution
// paragraph, in order of adoption, each with the citations that state it.
// Parameters: $mandate (mandate key), $task (task key).
// Expected on the real data ($mandate = international-solidarity, $task = sdg-forums):
//   added       HRC 26/6  para. 9   2014-06-26  (A/HRC/38/40, fn. 9)
//   reaffirmed  HRC 35/3  para. 11  2017-06-22  (A/HRC/38/40, fn. 9)
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
:param task => 'sdg-forums';
MATCH (:Mandate {key: $mandate})<-[:MANDATE]-(t:Task {key: $task})<-[a:ADDED|REAFFIRMED|CHANGED|SUPERSEDED]-(r)
MATCH (e:LineageEvent {iri: a.event})
OPTIONAL MATCH (e)-[:SUPERSEDED_BY]->(s)
RETURN DISTINCT e.kind AS kind, r.ref AS resolution, r.symbol AS symbol, a.paragraph AS paragraph,
       a.date AS adopted, s.key AS superseded_by, e.note AS note,
       reduce(acc = '', c IN a.citations | acc + CASE acc WHEN '' THEN '' ELSE '; ' END + c) AS sources
ORDER BY adopted, CASE kind WHEN 'added' THEN 0 WHEN 'reaffirmed' THEN 1 WHEN 'changed' THEN 2 ELSE 3 END, resolution, paragraph
