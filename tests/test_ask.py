"""Tests of `ask` (queries/ask): every question kind, several phrasings each, on the real data.

The real data (data/) is built once per session into a temporary home (`real_home` in conftest.py,
which also gives the `ctx` and `ctx_all` contexts), shared with the other modules that read it.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from mandate_lineage.queries.ask import MAX_QUESTION, ask, exit_code

from .conftest import IS

ANSWER_KEYS = {"mandate", "role", "text", "resolution", "symbol", "paragraph", "date", "sources"}


@pytest.fixture(scope="module")
def home(real_home):
    return real_home


def answers(result, role="answer"):
    return [a for a in result["answers"] if a["role"] == role]


def srcs(answer):
    return {(s["document"], s["locator"]) for s in answer["sources"]}


# ----------------------------------------------------------------------------- task origin
@pytest.mark.parametrize("q", [
    "Which resolution added the SDG task?",
    "which resolution created the 2030 Agenda task",
    "What resolution first gave the task about the 2030 Agenda?",
    "Where does the SDG task come from?",
    "WHICH RESOLUTION INTRODUCED sdg-forums?",
    "wich resolutoin aded the SDG task",
    "which resolution introduced the Agenda 2030 task?",
])
def test_task_origin(ctx, q):
    r = ask(ctx, q)
    assert r["status"] == "answered", r
    assert r["interpretation"]["kind"] == "task_origin"
    first = r["answers"][0]
    assert (first["kind"], first["resolution"], first["paragraph"], first["date"]) == ("added", "HRC 26/6", "9", "2014-06-26")
    assert first["symbol"] == "A/HRC/RES/26/6"
    assert ("A/HRC/38/40", "fn. 9") in srcs(first)
    later = answers(r, "later")
    assert [(a["kind"], a["resolution"], a["paragraph"]) for a in later] == [("reaffirmed", "HRC 35/3", "11")]


def test_typos_are_reported(ctx):
    r = ask(ctx, "wich resolutoin aded the SDG task")
    assert {"from": "resolutoin", "to": "resolution"} in r["interpretation"]["corrections"]


def test_origin_disagreement_shows_both(ctx):
    r = ask(ctx, "Which resolution first gave the reporting task?")
    added = answers(r)
    assert {a["resolution"] for a in added} == {"CHR 2005/55", "HRC 26/6"}
    assert all(a.get("disputed") for a in added)
    assert any("disagree" in n for n in r["notes"])
    assert ("A/68/176", "para. 1") in srcs(added[0]) and ("A/HRC/38/40", "fn. 10") in srcs(added[1])


def test_alias_country_visits_task(ctx):
    r = ask(ctx, "Which resolution added the country visits task?")
    assert r["answers"][0]["task"] == "country-visits" and r["answers"][0]["resolution"] == "HRC 21/10"


# ----------------------------------------------------------------------------- resolution changes
@pytest.mark.parametrize("q", ["What did resolution 35/3 add or change?", "what did HRC 35/3 change", "What did A/HRC/RES/35/3 do?", "Changes made by res. 35/3?"])
def test_resolution_changes(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "resolution_changes", r["interpretation"]
    got = {(a.get("kind"), a.get("task"), a["paragraph"]) for a in r["answers"]}
    assert ("reaffirmed", "views-and-summits", "13") in got  # 35/3 para. 13 reiterates the request (issue 17)
    assert ("reaffirmed", "sdg-forums", "11") in got
    assert any(a.get("kind") == "mandate_action" and a["action"] == "renewed" for a in r["answers"])


# ----------------------------------------------------------------------------- lineage
@pytest.mark.parametrize("q", ["How did the reporting task change over time?", "history of the reporting task", "Lineage of reporting", "how has the task of reporting evolved?"])
def test_task_lineage(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "task_lineage"
    steps = [(a["kind"], a["resolution"]) for a in answers(r)]
    assert steps == [("added", "CHR 2005/55"), ("changed", "HRC 21/10"), ("reaffirmed", "HRC 23/12"), ("added", "HRC 26/6"), ("reaffirmed", "HRC 35/3")]


def test_lineage_shows_replaced_task(ctx):
    r = ask(ctx, "how did the SDG task change over time")
    ctxs = answers(r, "context")
    assert ctxs and ctxs[0]["kind"] == "superseded" and ctxs[0]["task"] == "mdg-forums" and ctxs[0]["superseded_by"] == "sdg-forums"


# ----------------------------------------------------------------------------- holders
@pytest.mark.parametrize("q,who", [
    ("Who held the mandate in 2015?", {"Virginia B. Dandan"}),
    ("who was the independent expert on 1 March 2019", {"Obiora Chinedu Okafor"}),
    ("Who held the mandate on 2006-01-01?", {"Rudi Muhammad Rizki"}),
    ("who was mandate holder in September 2016", {"Virginia B. Dandan"}),
])
def test_holder_on_date(ctx, q, who):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "holder_on_date"
    assert {a["holder"] for a in r["answers"]} == who
    assert all(a["sources"] for a in r["answers"])


@pytest.mark.parametrize("q", ["When was Okafor appointed?", "until when did Okafor serve", "When did Obiora Okafor take up his functions?", "okafr appointment"])
def test_holder_term(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "holder_term"
    a = r["answers"][0]
    assert a["holder"] == "Obiora Chinedu Okafor"
    assert [v["value"] for v in a["appointed"]] == ["2017-06"]
    assert [v["value"] for v in a["took_up_functions"]] == ["2017-08-01"]
    assert [v["value"] for v in a["ended"]] == ["2023"]
    assert a["resolution"] == "HRC 35/3"


def test_holder_term_disagreement(ctx):
    r = ask(ctx, "When was Dandan appointed?")
    a = r["answers"][0]
    assert [v["value"] for v in a["appointed"]] == ["2011-06", "2011-08"]
    assert any("2011-06" in n and "2011-08" in n for n in r["notes"])


@pytest.mark.parametrize("q", ["Which countries did Dandan visit?", "where did Virginia Dandan travel", "countries visited by dandn"])
def test_holder_visits(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "holder_visits"
    assert [a["country"] for a in answers(r)] == ["Brazil", "Morocco", "Norway", "Cuba"]


@pytest.mark.parametrize("q,countries", [
    ("Which visits took place in 2018?", ["Sweden", "Netherlands"]),
    ("country visits in 2012", ["Brazil"]),
    ("What missions happened in 2016?", ["Morocco", "Norway"]),
])
def test_visits_in_year(ctx, q, countries):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "visits_in_year"
    assert [a["country"] for a in answers(r)] == countries


@pytest.mark.parametrize("q", ["When was Brazil visited and which report covers it?", "Brazil visit", "which report covers the visit to brazill?", "When did the expert go to Brazil"])
def test_country_visit(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "country_visit"
    a = r["answers"][0]
    assert (a["country"], a["start"], a["end"], a["report"]) == ("Brazil", "2012-06-25", "2012-06-29", "A/HRC/23/45/Add.1")
    assert ("A/68/176", "para. 43") in srcs(a)


def test_country_visit_disagreement_on_end(ctx):
    r = ask(ctx, "when was Costa Rica visited?")
    a = r["answers"][0]
    assert [v["value"] for v in a["ends"]] == ["2022-03-02", "2022-03-03"]
    assert any("disagree" in n for n in r["notes"])


# ----------------------------------------------------------------------------- documents
@pytest.mark.parametrize("q", ["What is A/HRC/38/40?", "Tell me about document A/HRC/38/40."])
def test_document_info(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "document_info"
    a = r["answers"][0]
    assert (a["symbol"], a["body"], a["session"], a["year"]) == ("A/HRC/38/40", "HRC", 38, "2018")
    assert a["authors"] == ["Obiora Chinedu Okafor"] and "vision-setting" in a["theme"]
    assert a["pursuant_to"] == ["HRC 35/3"]


@pytest.mark.parametrize("q,res", [
    ("Which resolution was A/HRC/38/40 presented pursuant to?", "HRC 35/3"),
    ("under which resolution was A/HRC/47/31 submitted", "HRC 44/11"),
    ("A/HRC/56/57 pursuant to?", "HRC 53/5"),
])
def test_document_pursuant(ctx, q, res):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "document_pursuant"
    assert r["answers"][0]["resolution"] == res and r["answers"][0]["sources"]


# ----------------------------------------------------------------------------- mandate
@pytest.mark.parametrize("q", ["Which resolutions created and renewed the mandate, and when?", "When was the mandate renewed?", "list the renewals of the mandate"])
def test_mandate_resolutions(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "mandate_resolutions"
    assert r["answers"][0]["role"] == "summary" and r["answers"][0]["count"] == len(answers(r))
    got = [(a["resolution"], a["action"]) for a in answers(r)]
    assert got[0] == ("CHR 2005/55", "created") and answers(r)[0]["date"] == "2005-04-20"
    assert {"HRC 7/5", "HRC 17/6", "HRC 26/6", "HRC 35/3", "HRC 44/11", "HRC 53/5"} <= {g[0] for g in got if g[1] == "renewed"}
    assert ("HRC 16/118", "extended") in got


@pytest.mark.parametrize("q", ["What were the mandate's tasks on 1 January 2010?", "tasks in force on 2010-01-01", "What was the mandate asked to do in January 2010?"])
def test_tasks_asof(ctx, q):
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "tasks_asof"
    tasks = {a["task"] for a in answers(r)}
    assert {"draft-declaration", "views-and-summits", "promote-right", "reporting"} <= tasks
    assert "sdg-forums" not in tasks and "country-visits" not in tasks


def test_tasks_asof_superseded(ctx):
    before = {a["task"] for a in answers(ask(ctx, "tasks in force on 2014-01-01"))}
    after = {a["task"] for a in answers(ask(ctx, "tasks in force on 2015-01-01"))}
    assert "mdg-forums" in before and "mdg-forums" not in after and "sdg-forums" in after


@pytest.mark.parametrize("q", ["What changed between 21/10 and 26/6?", "compare resolutions HRC 21/10 and HRC 26/6", "differences between 26/6 and 21/10"])
def test_diff(ctx, q):
    """diff compares the tasks in force right after each resolution."""
    r = ask(ctx, q)
    assert r["interpretation"]["kind"] == "diff"
    head = r["answers"][0]
    assert (head["from_resolution"], head["to_resolution"]) == ("HRC 21/10", "HRC 26/6")
    assert set(head["added"]) == {"sdg-forums", "post-2015-engagement"} and head["dropped"] == ["mdg-forums"]
    assert head["changed"] == ["reporting"] and "country-visits" in head["unchanged"]
    changed = next(a for a in r["answers"] if a.get("group") == "changed")
    assert changed["before"]["resolution"] == "HRC 21/10" and changed["resolution"] == "HRC 26/6" and changed["paragraph"] == "13"


def test_diff_stays_in_the_mandate_of_its_resolutions(ctx_all):
    r = ask(ctx_all, "What changed between 26/6 and 35/3?")
    assert {a["mandate"] for a in r["answers"]} == {IS}
    assert all(a["resolution"] in ("HRC 26/6", "HRC 35/3") for a in r["answers"] if a.get("group"))


# ----------------------------------------------------------------------------- several mandates
def test_several_mandates_each_answer_names_its_mandate(ctx_every):
    r = ask(ctx_every, "When was Norway visited?")
    by = {a["mandate"]: a for a in r["answers"]}
    assert set(by) == {"foreign-debt", IS}
    assert by[IS]["report"] == "A/HRC/35/35/Add.1" and by[IS]["holder"] == "Virginia B. Dandan"
    assert by["foreign-debt"]["report"] != "A/HRC/35/35/Add.1" and by["foreign-debt"]["holder"] != "Virginia B. Dandan"


def test_home_mandate_answers_and_counts_the_others(ctx_all):
    r = ask(ctx_all, "Who held the mandate in 2015?")
    assert {a["mandate"] for a in r["answers"]} == {IS}
    assert r["interpretation"]["mandates"] == [IS]
    assert r["other_mandates"] == {"foreign-debt": 1}
    assert any("--mandate all" in n and "foreign-debt: 1" in n for n in r["notes"])


def test_naming_a_mandate_answers_for_it(ctx_all):
    r = ask(ctx_all, "Who held the foreign debt mandate in 2015?")
    assert {a["mandate"] for a in r["answers"]} == {"foreign-debt"}
    assert r["answers"][0]["holder"] == "Juan Pablo Bohoslavsky"


def test_several_mandates_no_entity(ctx_every):
    r = ask(ctx_every, "Who held the mandate in 2015?")
    assert {a["mandate"] for a in r["answers"]} == {"foreign-debt", IS}
    assert r["interpretation"]["mandates"] == ["foreign-debt", IS]


def test_entity_of_one_mandate_gives_only_that_mandate(ctx_all):
    r = ask(ctx_all, "Which resolution added the SDG task?")
    assert {a["mandate"] for a in r["answers"]} == {IS}


# ----------------------------------------------------------------------------- unreadable, ambiguous, limits
@pytest.mark.parametrize("q", ["what is the weather in paris", "asdf qwerty", "", "Which resolution added the task?"])
def test_unreadable(ctx, q):
    r = ask(ctx, q)
    assert r["status"] == "not_understood" and exit_code(r) == 2
    assert r["suggestions"]["forms"] and r["answers"] == []


def test_unreadable_suggests_names(ctx):
    r = ask(ctx, "what did resolution 99/9 change")
    assert r["status"] == "not_understood"
    assert any("99/9" in n for n in r["notes"])
    assert r["suggestions"]["forms"][0]["kind"] == "resolution_changes"


def test_several_tasks_match_answers_the_best_and_names_the_others(ctx):
    r = ask(ctx, "which resolution added the task about obstacles to the right to international solidarity")
    assert r["status"] == "answered" and r["answers"][0]["task"] == "obstacles"
    assert {"draft-declaration", "promote-right"} <= set(r["interpretation"]["also_matched"]["task"])
    assert any("also match" in n for n in r["notes"])


def test_a_tie_still_answers(ctx):
    r = ask(ctx, "Which resolution added the right to international solidarity task?")
    assert r["status"] == "answered" and r["answers"]
    assert r["interpretation"]["also_matched"]["task"]


def test_too_long(ctx):
    r = ask(ctx, "x" * (MAX_QUESTION + 1))
    assert r["status"] == "refused" and exit_code(r) == 2


def test_json_schema(ctx):
    for q in ["Which resolution added the SDG task?", "Who held the mandate in 2015?", "What is A/HRC/38/40?", "When was Brazil visited?"]:
        r = ask(ctx, q)
        assert set(r) >= {"question", "interpretation", "answers", "status", "notes"}
        assert r["question"] == q and r["interpretation"]["kind"]
        for a in r["answers"]:
            assert ANSWER_KEYS <= set(a), a
            assert a["mandate"] == IS
            for s in a["sources"]:
                assert set(s) == {"document", "locator"} and s["document"] and s["locator"]


def test_no_hard_coded_answers():
    """Answers come from the graph: the ask code names no symbol, holder, country or task of the data."""
    root = Path(__file__).resolve().parent.parent
    code = "".join(p.read_text() for p in (root / "queries" / "ask").glob("*.py"))
    code = re.sub(r"FORMS = \{.*?\n\}\n", "", code, flags=re.S)  # the example questions of the help text
    code += "".join(p.read_text() for p in (root / "queries").glob("ask-*.rq"))
    for fact in ["A/HRC", "26/6", "35/3", "Okafor", "Dandan", "Brazil", "sdg-forums", "2030 Agenda", "2014-06-26"]:
        assert fact not in code, fact
    assert not re.search(r"\b(19|20)\d\d-\d\d-\d\d\b", code)
