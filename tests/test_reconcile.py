"""Reconciling extracted facts with a build: confirmed / new / conflicting for each kind of fact."""
from __future__ import annotations

import textwrap
from pathlib import Path

import pytest

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.reconcile import Graph, ReconcileError, reconcile, summary
from mandate_lineage.loaders.reconcile_model import dates_compatible, locator_parts, name_match, spelt_otherwise
from mandate_lineage.loaders.store import open_store

from .conftest import SHARED

SEEDS = SHARED / "seeds"

# A document in the style of A/HRC/38/40, agreeing with tests/data/minimal.
AGREEING = """\
A/HRC/38/40

Human Rights Council
Thirty-eighth session

Report of the Independent Expert on human rights and international solidarity

The Independent Expert on human rights and international solidarity, Obiora Chinedu Okafor, presents this report.

1. The present report is submitted pursuant to Human Rights Council resolution 35/3.

2. The Independent Expert, Obiora Chinedu Okafor, was appointed by the Human Rights Council in June 2017.

3. The Council requested the Independent Expert:

(a) To continue to participate in relevant international forums and major events with a view to promoting the importance of international solidarity in the achievement of the 2030 Agenda for Sustainable Development;1

(b) To report regularly to the Human Rights Council and the General Assembly.2

4. The Independent Expert has requested invitations to visit Sweden and Norway. He thanks the Governments of Sweden, which have accepted his requests.

5. The work builds on A/HRC/38/40/Add.9 and on Commission resolution 2005/55.

___
1 Council resolution 26/6, para. 9; and resolution 35/3, para. 11.
2 Council resolution 26/6, para. 13.
"""

# The same document disagreeing with the minimal data on every kind of fact it can.
CONFLICTING = """\
A/HRC/38/40

Human Rights Council
Thirty-seventh session

Report of the Independent Expert on human rights and international solidarity

The Independent Expert on human rights and international solidarity, Obiora Chinedu Okafor, presents this report.

1. The present report is submitted pursuant to Human Rights Council resolution 26/6.

2. The Independent Expert, Obiora Chinedu Okafor, was appointed by the Human Rights Council in September 2016.

3. The Council requested the Independent Expert:

(a) To continue to participate in relevant international forums and major events with a view to promoting the importance of international solidarity in the achievement of the 2030 Agenda for Sustainable Development;1

4. The Independent Expert has requested an invitation to visit Sweden.

___
1 Council resolution 26/6, para. 10.
"""


@pytest.fixture(scope="module")
def graph(minimal_build):
    settings, result = minimal_build
    return Graph(open_store(result.path), settings.base_iri)


@pytest.fixture(scope="module")
def real_graph(real_build):
    settings, result = real_build
    return Graph(open_store(result.path), settings.base_iri)


def run(graph, text, name="doc.txt", mandate=None):
    return reconcile(graph, extract(text, name), text, mandate)


def facts(report, kind):
    return [f for f in report.facts if f.kind == kind]


def status(report, kind, value_part=""):
    found = [f.status for f in facts(report, kind) if value_part in f.value + f.data.get("task_text", "")]
    assert found, f"no {kind} fact with {value_part!r}: {[f.value for f in report.facts]}"
    return found


# ---------------------------------------------------------------------------- helpers

def test_dates_and_names_and_locators():
    assert dates_compatible("2011", "2011-08") and dates_compatible("2011-08-01", "2011-08")
    assert not dates_compatible("2011-06", "2011-08")
    assert name_match("Virginia Dandan", "Virginia B. Dandan")
    assert name_match("Ms. Cecilia M. Bailliet", "Cecilia M. Bailliet")
    assert not name_match("Virginia Dandan", "Obiora Chinedu Okafor")
    # a surname misspelt by one letter, same given name: the same person, and the report says how it is spelt
    assert name_match("Virginia Dadan", "Virginia B. Dandan") and spelt_otherwise("Virginia Dadan", "Virginia B. Dandan")
    assert not spelt_otherwise("Virginia Dandan", "Virginia B. Dandan")
    assert not name_match("Jon Smith", "Jan Smyth") and not name_match("Ana Lima", "Ana Lina")   # short or other name
    assert locator_parts("para. 7 (b) and fn. 3") == {("para", "7 (b)"), ("fn", "3")}
    assert locator_parts("paras. 1, 4 (f), 15") == {("para", "1"), ("para", "4 (f)"), ("para", "15")}
    assert ("para", "2") in locator_parts("paras. 1-3")


# ---------------------------------------------------------------------------- minimal data

def test_agreeing_document_is_confirmed(graph):
    r = run(graph, AGREEING)
    assert r.symbol == "A/HRC/38/40" and r.mandate == "international-solidarity"
    for kind in ("document", "document.body", "document.session", "document.author", "pursuant_to",
                 "holder", "holder.appointed", "holder.appointed_by"):
        assert status(r, kind) == ["confirmed"], kind
    sdg = [f for f in facts(r, "task") if "2030 Agenda" in f.data["task_text"]]
    assert {f.status for f in sdg} == {"confirmed"} and len(sdg) == 2
    assert all(f.match.endswith("/task/sdg-forums") for f in sdg)
    assert any("A/HRC/38/40 at fn. 9" in f.sources for f in sdg)
    assert status(r, "resolution", "HRC 26/6") == ["confirmed"]
    assert status(r, "requested_visit", "Sweden") == ["confirmed"]
    assert summary([r])["conflicting"] == 0


def test_new_facts(graph):
    r = run(graph, AGREEING)
    # no task "report regularly" in the minimal data; no record of the addendum; no Norway request
    assert status(r, "task", "report regularly") == ["new"]
    assert status(r, "cited_symbol", "A/HRC/38/40/Add.9") == ["new"]
    assert status(r, "requested_visit", "Norway") == ["new"]
    # CHR 2005/55 is in the graph; a resolution it does not hold is new
    assert status(r, "resolution", "CHR 2005/55") == ["confirmed"]
    other = run(graph, AGREEING.replace("Commission resolution 2005/55", "Commission resolution 2004/9"))
    assert status(other, "resolution", "CHR 2004/9") == ["new"]


def test_conflicting_facts_name_both_sources(graph):
    r = run(graph, CONFLICTING)
    assert status(r, "pursuant_to") == ["conflicting"]
    assert status(r, "holder.appointed") == ["conflicting"]
    assert status(r, "requested_visit", "Sweden") == ["conflicting"]
    task = [f for f in facts(r, "task") if "HRC 26/6" in f.value]
    assert [f.status for f in task] == ["conflicting"]
    assert "para. 9" in task[0].graph_value and "para. 10" in task[0].value
    for f in r.facts:
        if f.status == "conflicting":
            assert f.locator and f.sources, f   # the document's place and the graph's source
    appointed = facts(r, "holder.appointed")[0]
    assert appointed.graph_value == "2017-06" and appointed.locator == "para. 2"


def test_new_document_and_new_holder(graph):
    text = AGREEING.replace("A/HRC/38/40\n", "A/HRC/41/99\n", 1).replace("Obiora Chinedu Okafor", "Ada Example Person")
    r = run(graph, text)
    assert r.symbol == "A/HRC/41/99"
    assert status(r, "document") == ["new"] and status(r, "document.body") == ["new"]
    assert status(r, "holder") == ["new"] and status(r, "holder.appointed") == ["new"]


def test_mandate_must_be_known(graph):
    with pytest.raises(ReconcileError):
        run(graph, AGREEING, mandate="no-such-mandate")


# ---------------------------------------------------------------------------- real data

def test_visits_against_real_data(real_graph):
    base = ("A/68/176\n\nGeneral Assembly\nSixty-eighth session\n\n"
            "The Independent Expert on human rights and international solidarity, Virginia B. Dandan, reports.\n\n"
            "1. The Independent Expert carried out a visit to Brazil from {a} to {b} June 2012.\n\n"
            "2. Her report on the mission (A/HRC/23/45/Add.1) was presented in 2013.\n")
    ok = run(real_graph, base.format(a=25, b=29))
    assert status(ok, "visit", "Brazil") == ["confirmed"]
    bad = run(real_graph, base.format(a=20, b=22))
    f = facts(bad, "visit")[0]
    assert f.status == "conflicting" and f.sources and "2012-06-25" in f.graph_value
    new = run(real_graph, base.format(a=25, b=29).replace("Brazil", "Chile"))
    assert status(new, "visit", "Chile") == ["new"]


def test_visit_of_another_posts_holder_is_noted(real_graph):
    # A clustered dialogue: the visits a Special Rapporteur of another mandate speaks of are not this mandate's.
    text = ("Meeting Summaries\n\nThe Human Rights Council held a clustered dialogue with Ana Rita Sousa, Special "
            "Rapporteur on the right to food, and with Virginia Dandan, the Independent Expert on human rights and "
            "international solidarity.\n\nMs. Sousa spoke of her visit to Chile.\n\nMs. Dandan presented her report "
            "on her country visit to Norway.\n")
    rep = run(real_graph, text, mandate="international-solidarity")
    chile = [f for f in facts(rep, "visit") if f.value.startswith("Chile")][0]
    assert chile.status == "new" and "another post" in chile.note and not chile.match
    assert status(rep, "visit", "Norway") == ["confirmed"]


def test_disagreement_in_graph_is_not_a_conflict(real_graph):
    # The graph keeps two appointment months for Dandan (2011-06 and 2011-08): either one is confirmed.
    text = ("A/68/176\n\nGeneral Assembly\nSixty-eighth session\n\n"
            "The Independent Expert on human rights and international solidarity, Virginia B. Dandan, reports.\n\n"
            "1. Virginia B. Dandan was appointed by the Human Rights Council in {m} 2011.\n")
    for month, expected in (("June", "confirmed"), ("August", "confirmed"), ("March", "conflicting")):
        f = facts(run(real_graph, text.format(m=month)), "holder.appointed")[0]
        assert f.status == expected, (month, f)
        if expected == "confirmed":
            assert "disagreement" in (f.note or "")


def test_keyed_document_session_conflict(real_graph):
    # No symbol: matched to the record seed-000 by its title; the graph says session 56.
    text = ("Human Rights Council\n{s} session\n\n"
            "At the Intersection of Global Challenges: the Independent Expert on human rights and "
            "international solidarity Plays a Role\n\nThe statement follows.\n")
    ok = run(real_graph, text.format(s="Fifty-sixth"))
    assert ok.key == "seed-000" and status(ok, "document.session") == ["confirmed"]
    bad = run(real_graph, text.format(s="Fifty-fifth"))
    f = facts(bad, "document.session")[0]
    assert f.status == "conflicting" and f.graph_value == "56" and f.sources


@pytest.mark.skipif(not SEEDS.is_dir(), reason="the seed documents (/work/shared/seeds) are not available")
def test_seeds_against_real_data(real_graph):
    reports = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        # seed 003 prints no own symbol (A/68/150 on its cover is the agenda's): named by its symbol
        reports.append(run(real_graph, text, "A-68-176.txt" if path.name.startswith("003_") else path.name))
    conflicts = [(r.name, f) for r in reports for f in r.facts if f.status == "conflicting"]
    for name, f in conflicts:
        print(f"CONFLICT {name}: {f.kind} {f.value!r} at {f.locator}; graph: {f.graph_value!r} from {f.sources}")
        assert f.locator and f.sources
    s = summary(reports)
    print(s)
    assert s["documents"] == 4 and s["confirmed"] > 80
    by_name = {("003" if r.name == "A-68-176.txt" else r.name[:3]): r for r in reports}
    assert by_name["000"].key == "seed-000" and by_name["001"].key == "seed-001"
    assert by_name["002"].symbol == "A/HRC/38/40" and by_name["003"].symbol == "A/68/176"
    # every task of A/HRC/38/40 para. 7 is matched to the task recorded from that place
    tasks = {f.data["letter"]: f.match.rsplit("/", 1)[-1] for f in facts(by_name["002"], "task")}
    assert tasks == {"a": "draft-declaration", "b": "views-and-summits", "c": "promote-right", "d": "obstacles",
                     "e": "recommendations", "f": "mainstreaming-cooperation", "g": "conferences-and-events",
                     "h": "sdg-forums", "i": "reporting"}
    para14 = {f.match.rsplit("/", 1)[-1] for f in facts(by_name["003"], "task") if f.locator == "para. 14"}
    assert para14 == {"preliminary-text", "mdg-forums", "post-2015-engagement"}
