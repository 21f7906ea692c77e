"""Two mandates in one graph: the same kinds of question asked of each; no answer mixes them.

The questions are built from each mandate's own entities, read from the graph, so the test holds
for any pair of mandates in data/.
"""
from __future__ import annotations

import json

import pytest

from mandate_lineage.loaders.store import open_store
from mandate_lineage.queries.ask import ask, open_context
from mandate_lineage.queries.sparql import select

ML = "https://w3id.org/mandate-lineage/ontology#"
FOAF_NAME = "http://xmlns.com/foaf/0.1/name"
MANDATES = ["foreign-debt", "international-solidarity"]


def _one(store, query, key):
    rows = select(store, query, {"key": key})
    assert rows, f"no example in mandate {key} for: {query}"
    return rows[0]


def entities(store, key) -> dict:
    """Example entities of one mandate, and its identifiers: holder names, document symbols, quoted task keys."""
    task = _one(store, f"""SELECT ?task ?ref WHERE {{ ?e a <{ML}TaskAdded> ; <{ML}task> ?t ; <{ML}resolution> ?r ; <{ML}mandate>/<{ML}key> ?key .
        ?t <{ML}key> ?task . ?r <{ML}ref> ?ref }} ORDER BY ?task ?ref LIMIT 1""", key)
    holder = _one(store, f"""SELECT ?name ?start WHERE {{ ?term a <{ML}Term> ; <{ML}holder> ?h ; <{ML}startDate> ?start ; <{ML}mandate>/<{ML}key> ?key .
        ?h <{FOAF_NAME}> ?name }} ORDER BY ?start LIMIT 1""", key)
    visit = _one(store, f"""SELECT ?country ?start ?visitor WHERE {{ ?v a <{ML}CountryVisit> ; <{ML}startDate> ?start ; <{ML}country> ?c ;
        <{ML}holder>/<{FOAF_NAME}> ?visitor ; <{ML}mandate>/<{ML}key> ?key .
        ?c <http://www.w3.org/2004/02/skos/core#prefLabel> ?country }} ORDER BY ?start LIMIT 1""", key)
    report = _one(store, f"""SELECT ?symbol WHERE {{ ?d <{ML}pursuantTo> ?r ; <{ML}symbol> ?symbol ; <{ML}mandate>/<{ML}key> ?key }}
        ORDER BY ?symbol LIMIT 1""", key)
    renewals = select(store, f"""SELECT ?ref WHERE {{ ?r <{ML}mandateAction> ?a ; <{ML}ref> ?ref ; <{ML}adoptedOn> ?d ; <{ML}mandate>/<{ML}key> ?key .
        FILTER(?a IN (<{ML}Created>, <{ML}Renewed>)) }} ORDER BY ?d""", {"key": key})
    own = select(store, f"""SELECT DISTINCT ?id WHERE {{
        {{ ?x <{ML}mandate>/<{ML}key> ?key ; <{ML}key> ?k . ?x a <{ML}Task> BIND(CONCAT("'", ?k, "'") AS ?id) }}
        UNION {{ ?t <{ML}mandate>/<{ML}key> ?key ; <{ML}holder>/<{FOAF_NAME}> ?id }}
        UNION {{ ?d <{ML}mandate>/<{ML}key> ?key ; <{ML}symbol> ?id . ?d a ?cls . FILTER(?cls != <{ML}Resolution>) }} }}""", {"key": key})
    return {"task": task["task"], "added_by": task["ref"], "holder": holder["name"], "year": holder["start"][:4],
            "country": visit["country"], "visitor": visit["visitor"], "visit_year": visit["start"][:4], "report": report["symbol"],
            "renewals": [r["ref"] for r in renewals], "own": {r["id"] for r in own}}


@pytest.fixture(scope="module")
def graph(real_build):
    settings, build = real_build
    store = open_store(build.path)
    ents = {key: entities(store, key) for key in MANDATES}
    for key in MANDATES:  # identifiers of a mandate that the other one does not share
        other = next(k for k in MANDATES if k != key)
        ents[key]["only"] = ents[key]["own"] - ents[other]["own"]
    return settings, ents


QUESTIONS = {
    "task_origin": "Which resolution added the task {task}?",
    "task_lineage": "How did the task {task} change over time?",
    "resolution": "What did resolution {added_by} add or change?",
    "holder_on_date": "Who held the mandate in {year}?",
    "holder_term": "When was {holder} appointed?",
    "holder_visits": "Which countries did {visitor} visit?",
    "visits_in_year": "Which visits took place in {visit_year}?",
    "country_visit": "When was {country} visited and which report covers it?",
    "document": "What is {report}?",
    "pursuant": "Which resolution was {report} presented pursuant to?",
    "mandate_resolutions": "Which resolutions created and renewed the mandate, and when?",
    "tasks_on_date": "What were the mandate's tasks in {year}?",
    "diff": "What changed between {first} and {last}?",
}


@pytest.mark.parametrize("kind", sorted(QUESTIONS))
@pytest.mark.parametrize("key", MANDATES)
def test_answers_stay_within_their_mandate(graph, kind, key):
    settings, ents = graph
    mine = ents[key]
    other = next(k for k in MANDATES if k != key)
    values = dict(mine, first=mine["renewals"][0], last=mine["renewals"][-1])
    question = QUESTIONS[kind].format(**values)
    result = ask(open_context(settings.with_overrides(mandate=key)), question)
    assert result["status"] == "answered", f"{key}: {question!r} -> {result['status']}"
    assert result["answers"], f"{key}: no answer to {question!r}"
    text = json.dumps(result["answers"], ensure_ascii=False)
    assert {a["mandate"] for a in result["answers"]} == {key}
    text += json.dumps(result["answers"], ensure_ascii=False).replace('"', "'")  # task keys are matched in quotes
    leaked = sorted(i for i in ents[other]["only"] if i and i in text)
    assert not leaked, f"{key}: {question!r} mentions facts of {other}: {leaked}"
