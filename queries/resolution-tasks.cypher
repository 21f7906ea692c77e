// The tasks a resolution added or changed (and those it superseded), with the paragraph that did it.
// Parameters: $mandate (mandate key), $resolution (resolution ref, e.g. 'HRC 26/6').
// Expected on the real data ($mandate = international-solidarity, $resolution = HRC 26/6): see queries/README.md.
MATCH (m:Mandate {key: $mandate})<-[:MANDATE]-(t:Task)<-[:TASK]-(e:LineageEvent)-[:RESOLUTION]->(r:Document {ref: $resolution})
WHERE e.kind IN ['added', 'changed', 'superseded']
OPTIONAL MATCH (e)-[:PARAGRAPH]->(p)
RETURN DISTINCT t.key AS task, e.kind AS kind, p.number AS paragraph, t.label AS label
ORDER BY paragraph, task, kind
