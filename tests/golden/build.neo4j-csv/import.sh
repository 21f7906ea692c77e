#!/bin/sh
# Import these CSV files into a Neo4j 5 database (stop the database first; it is replaced).
# Usage: sh import.sh [DATABASE]   (run where neo4j-admin is on the PATH)
set -e
cd "$(dirname "$0")"
neo4j-admin database import full \
    --overwrite-destination \
    --array-delimiter=';' \
    --multiline-fields=true \
    --nodes=nodes_Body.csv \
    --nodes=nodes_Citation.csv \
    --nodes=nodes_Country.csv \
    --nodes=nodes_CountryVisit.csv \
    --nodes=nodes_Mandate.csv \
    --nodes=nodes_MandateAction.csv \
    --nodes=nodes_Paragraph.csv \
    --nodes=nodes_Person.csv \
    --nodes=nodes_Resolution.csv \
    --nodes=nodes_Task.csv \
    --nodes=nodes_TaskAdded.csv \
    --nodes=nodes_TaskReaffirmed.csv \
    --nodes=nodes_Term.csv \
    --nodes=nodes_ThematicReport.csv \
    --nodes=nodes_VisitStatus.csv \
    --nodes=nodes_WebPage.csv \
    --relationships=relationships.csv \
    "${1:-neo4j}"
