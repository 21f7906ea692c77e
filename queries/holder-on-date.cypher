// Who held the mandate on a date: the terms that had started and not yet ended on that day.
// Partial dates compare at their own precision (a term ending "2023" covers every day of 2023).
// Parameters: $mandate (mandate key), $date (ISO date, e.g. '2015-01-01').
// Expected on the real data ($mandate = international-solidarity, $date = 2015-01-01): see queries/README.md.
MATCH (m:Mandate {key: $mandate})<-[:MANDATE]-(term:Term)-[:HOLDER]->(p:Person)
WHERE term.startDate <= substring($date, 0, size(term.startDate))
  AND (term.endDate IS NULL OR substring($date, 0, size(term.endDate)) <= term.endDate)
RETURN DISTINCT p.key AS holder, p.name AS name, term.startDate AS start, term.endDate AS end
ORDER BY start, holder
