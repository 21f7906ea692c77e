"""The sentence-level readers of ingest (visits, holders, kinds) on small texts written for these tests:
cues, not phrasings, decide."""
from __future__ import annotations

from mandate_lineage.loaders.doc_kinds import classify
from mandate_lineage.loaders.people import find_holders
from mandate_lineage.loaders.visit_reader import dateline, read_visits


def _visits(text, src=None):
    return [(v.country, v.start, v.end, v.status) for v in read_visits(text, (), src)]


def test_a_visit_is_a_visit_word_and_a_country_with_the_clause_dates():
    t = ("LIMA (2 May 2031) - The Special Rapporteur will travel to Peru and Chile from 10 to 20 May 2031. "
         "She toured Ghana in March 2030, and she plans to visit Benin in July 2031.")
    got = _visits(t, t)
    assert ("Peru", "2031-05-10", "2031-05-20", "announced") in got
    assert ("Chile", "2031-05-10", "2031-05-20", "announced") in got
    assert ("Ghana", "2030-03", None, "completed") in got
    assert ("Benin", "2031-07", None, "announced") in got


def test_countries_that_are_not_visited():
    t = ("The Council appointed Ana Ruiz (Uruguay) as Independent Expert on the situation of human rights in Haiti; "
         "she will visit Brazil from 1 to 5 June 2031. The Permanent Representative of Spain spoke of the visit.")
    assert _visits(t) == [("Brazil", "2031-06-01", "2031-06-05", "announced")]


def test_press_variants_short_forms_and_the_country_of_the_title():
    assert _visits("UN expert ends visit to Vietnam") == [("Viet Nam", None, None, "completed")]
    t = ("Expert urges the Democratic Republic of Congo to act. Ending a visit to Congo on Friday, the expert "
         "said more was needed.")
    assert _visits(t) == [("Democratic Republic of the Congo", None, None, "completed")]
    t = "Malawi: UN expert to look at debt. The expert will make an official visit to the country from 3 to 9 May 2031."
    assert _visits(t) == [("Malawi", "2031-05-03", "2031-05-09", "announced")]


def test_a_period_without_its_year_takes_the_dateline_and_a_request_is_no_visit():
    t = "GENEVA (20 June 2030) - The expert recently went to Fiji (2 to 9 June) to study debt."
    assert dateline(t) == "2030-06-20"
    assert _visits(t, t) == [("Fiji", "2030-06-02", "2030-06-09", "completed")]
    assert _visits("The Independent Expert has requested an invitation to visit Chad.") == []


def test_holders_tied_in_their_clause_not_other_offices():
    t = ("A United Nations expert on water and sanitation Lea Stone will go to Peru. Her predecessor, Omar Diallo, "
         "went there in 2020. Statement by Mr. Karl Berg, Chair of the Advisory Committee, at the session.")
    assert {h.name for h in find_holders(t)} == {"Lea Stone", "Omar Diallo"}


def test_kind_is_scored_over_the_cues_and_the_voice():
    first = "Statement by Ms. Ana Ruiz at the session. I thank the Council. My report covers two visits."
    reported = "Statement by Ana Ruiz at the session. She told the Council that debts grew, and she said more."
    assert classify(first) == "statement"
    assert classify(reported) == "press-release"
    assert classify("Skip to main content About the mandate of the expert on debt") == "page"


def test_planned_put_off_and_a_stay_that_is_no_visit():
    assert _visits("A visit to Mali is planned for 2026.") == [("Mali", "2026", None, "announced")]
    assert _visits("The visit to Chile, first set for March 2020, was postponed.") == []
    # a stay for another event is no country visit (A/68/150 para. 48: "her stay in Timor-Leste" for a training programme)
    assert _visits("During her stay in Fiji, the expert met officials.") == []


def test_holders_by_relative_clause_or_taking_up_the_post():
    t = ("Ms. Maria Lopez, who was appointed Special Rapporteur in 2020, said the law was harsh. "
         "Ana Ruiz (Uruguay) took up her functions as Special Rapporteur on 1 June 2020. "
         "The Independent Expert met Karl Berg in Oslo.")
    hs = {h.name: (h.appointed, h.took_up_functions) for h in find_holders(t)}
    assert hs == {"Maria Lopez": ("2020", None), "Ana Ruiz": (None, "2020-06-01")}
