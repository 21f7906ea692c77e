#!/bin/sh
# Import these CSV files into a Neo4j 5 database (stop the database first; it is replaced).
# Usage: sh import.sh [DATABASE]   (run where neo4j-admin is on the PATH)
set -e
cd "$(dirname "$0")"
neo4j-admin database import full \
    --overwrite-destination \
    --array-delimiter=';' \
    --multiline-fields=true \
    --nodes=nodes_Resource_Body.csv \
    --nodes=nodes_Resource_Citation.csv \
    --nodes=nodes_Resource_Country.csv \
    --nodes=nodes_Resource_CountryVisit.csv \
    --nodes=nodes_Resource_Document_Report_ThematicReport.csv \
    --nodes=nodes_Resource_Document_Resolution.csv \
    --nodes=nodes_Resource_Document_WebPage.csv \
    --nodes=nodes_Resource_LineageEvent_TaskAdded.csv \
    --nodes=nodes_Resource_LineageEvent_TaskReaffirmed.csv \
    --nodes=nodes_Resource_Mandate.csv \
    --nodes=nodes_Resource_Paragraph.csv \
    --nodes=nodes_Resource_Person.csv \
    --nodes=nodes_Resource_Task.csv \
    --nodes=nodes_Resource_Term.csv \
    --relationships=relationships_ADDED.csv \
    --relationships=relationships_APPOINTED_BY.csv \
    --relationships=relationships_APPOINTED_PURSUANT_TO.csv \
    --relationships=relationships_BODY.csv \
    --relationships=relationships_CITATION.csv \
    --relationships=relationships_COUNTRY.csv \
    --relationships=relationships_CREATOR.csv \
    --relationships=relationships_DOCUMENT.csv \
    --relationships=relationships_ESTABLISHED_BY.csv \
    --relationships=relationships_HELD.csv \
    --relationships=relationships_HOLDER.csv \
    --relationships=relationships_MANDATE.csv \
    --relationships=relationships_PARAGRAPH.csv \
    --relationships=relationships_PARAGRAPH_OF.csv \
    --relationships=relationships_PURSUANT_TO.csv \
    --relationships=relationships_REAFFIRMED.csv \
    --relationships=relationships_REAFFIRMS.csv \
    --relationships=relationships_RESOLUTION.csv \
    --relationships=relationships_TASK.csv \
    --relationships=relationships_VISITED.csv \
    --relationships=relationships_WAS_DERIVED_FROM.csv \
    "${1:-neo4j}"
