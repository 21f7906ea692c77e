// Who held the mandate on a date: the terms that had started and not yet ended on that day.
// Partial dates compare at their own precision (a term ending "2023" covers every day of 2023).
// Parameters: $mandate (mandate key), $date (ISO date, e.g. '2015-01-01').
// Expected on the real data ($mandate = international-solidarity, $date = 2015-01-01): see queries/README.md.
// The example parameters, for Neo4j Browser and cypher-shell (mandate-lineage passes --param instead):
:param mandate => 'international-solidarity';
:param date => '2015-01-01';
MATCH (:Mandate {key: $mandate})<-[held:HELD]-(p:Person)
WHERE held.from <= substring($date, 0, size(held.from))
  AND (held.to IS NULL OR substring($date, 0, size(held.to)) <= held.to)
RETURN DISTINCT p.key AS holder, p.name AS name, held.from AS start, held.to AS end
ORDER BY start, holder
