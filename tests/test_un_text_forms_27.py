"""Forms of UN text behind the kind, own-field, citation, decision, pursuant-to and task misses of the sealed blind
parts held_out_29 and held_out_30 (tests/documents/corpus/README.md), each on a small text of our own (invented
topics, our own sentences): the rule is for the form of text, not for a corpus text. Area A of issue 16."""
from __future__ import annotations

from mandate_lineage.loaders.doc_kinds import classify
from mandate_lineage.loaders.documents import extract

from .corpus_eval import text_keys as _got


# --- a Council resolution's copy with a cover and no symbol line ---------------------------------------------------

_RESOLUTION = ("United Nations\n\nGeneral Assembly\n\nDistr.: General\n\n3 August 2031\n\nOriginal: English\n\n"
               "Human Rights Council\n\nNinetieth session\n\n16 June-11 July 2031\n\nAgenda item 4\n\n"
               "Annual report of the United Nations High Commissioner for Human Rights and reports of the Office of the "
               "High Commissioner and the Secretary-General on the situations that need the Council's attention\n\n"
               "Resolution adopted by the Human Rights Council{glue}on 9 July 2031\n\n"
               "9 0 / 4. Situation of human rights in the Land of Nod\n\nThe Human Rights Council,\n\n"
               "Guided by the Charter of the United Nations and the instruments that apply,\n\n"
               "Recalling General Assembly resolution 60/251 of 15 March 2006 and its earlier resolutions on the "
               "Land of Nod,\n\nConcerned at the reports of abuses that go on,\n\n"
               "1.Welcomes the report of the Special Rapporteur and the findings in it;\n\n"
               "2.Decides to extend the mandate of the Special Rapporteur for a further period of one year;\n\n"
               "3.Requests the Special Rapporteur to submit a report to the Council at its ninety-third session;\n")


def test_an_agenda_items_title_is_no_report_cue_of_a_resolution():
    got = extract(_RESOLUTION.format(glue=" "), "t")
    assert got.document.kind == "resolution"
    assert got.document.adopted == "2031-07-09"


def test_the_adoption_date_glued_to_the_body():
    assert extract(_RESOLUTION.format(glue=""), "t").document.adopted == "2031-07-09"


def test_operative_numbers_glued_to_their_verbs_give_decisions_and_tasks():
    got = _got(_RESOLUTION.format(glue=" "))
    assert got["decisions"] == ["extended HRC 90/4 P1Y"]
    assert got["tasks"] == ["HRC 90/4 - to submit a"]


def test_an_agenda_items_title_still_leaves_a_report_a_report():
    text = ("Human Rights Council\nNinetieth session\nAgenda item 3\nPromotion and protection of all human rights\n"
            "Report of the Special Rapporteur on the right to rest\nSummary\nIn this report the Special Rapporteur "
            "looks at rest.\n")
    assert classify(text.replace("\n", " ")) == "report"


# --- the acts of a body that is not a UN body ----------------------------------------------------------------------

def test_a_regional_bodys_resolutions_and_decisions_are_no_un_citations():
    got = _got("Recalling General Assembly resolution 60/251 of 15 March 2006, resolution 12 and decisions 101/2010, "
               "77/9 and 310/14 of the Inter-American Commission on Human Rights and the Council's earlier "
               "resolutions,\n")
    assert got["citations"] == ["GA 60/251 @2006-03-15"]
    other = _got("The Council noted decision 4/7 of the Conference of the Parties to the Convention.\n")
    assert other["citations"] == []


def test_the_acts_of_a_un_body_named_after_the_number_stay():
    assert _got("The post was set up by resolution 1990/4 of the the Economic and Social Council.\n")["citations"] \
        == ["ECOSOC 1990/4"]
    assert _got("It recalled resolutions 5/1 and 5/2 of the Council.\n")["citations"] == ["HRC 5/1", "HRC 5/2"]
    assert _got("It recalled resolution 61/10 of the United Nations General Assembly.\n")["citations"] == ["GA 61/10"]


# --- dates of citations ---------------------------------------------------------------------------------------------

def test_a_year_opening_its_resolutions_clause_dates_it():
    got = _got("The Council renewed the mandate in 2011 (resolution 16/9), in 2014 (resolution 25/3) and in 2017 "
               "(see resolution 34/8).\n")
    assert got["citations"] == ["HRC 16/9 @2011", "HRC 25/3 @2014", "HRC 34/8 @2017"]
    got = _got("The Commission on Human Rights created the post in 2001, in its resolution 2001/12.\n")
    assert got["citations"] == ["CHR 2001/12 @2001"]


def test_a_year_of_another_act_still_dates_nothing():
    got = _got("In 2019 the expert reported on rest, as asked in resolution 35/3.\n")
    assert got["citations"] == ["HRC 35/3"]


def test_the_adoption_of_a_resolution_on_a_day_dates_it():
    got = _got("4. Since the adoption of General Assembly resolution 48/134 on 20 December 1993, the Working Group has "
               "met twice a year.\n")
    assert got["citations"] == ["GA 48/134 @1993-12-20"]


def test_a_body_named_right_before_the_number_is_a_citation():
    got = _got("Through Human Rights Council 62/8 the Special Rapporteur was asked to report every year.\n")
    assert got["citations"] == ["HRC 62/8"]
    assert _got("The Human Rights Council 62nd session ends.\n")["citations"] == []


def test_a_part_letter_is_not_the_job_numbers_language_letter():
    got = _got("Report of the Special Rapporteur, submitted pursuant to Commission on Human Rights resolution 1998/7 E "
               "GE.99-10101 (E) 120399\n")
    assert got["citations"] == ["CHR 1998/7"]
    assert _got("The Commission recalled its resolution 1993/2 A on the question.\n")["citations"] == ["CHR 1993/2 A"]


# --- pursuant to ----------------------------------------------------------------------------------------------------

def test_pursuant_to_the_mandate_as_established_and_extended():
    text = ("A/99/123\n\nI. Introduction\n\n1. Rest is a human need.\n\n2. Many people lack it.\n\n3. The Special "
            "Rapporteur on the right to rest submits this report to the General Assembly pursuant to her mandate, as "
            "set out in Human Rights Council resolution 6/14 and renewed most recently by the Council in its "
            "resolution 42/10. It covers her work in 2031.\n")
    assert _got(text)["pursuant_to"] == ["HRC 42/10", "HRC 6/14"]


def test_a_third_paragraph_not_about_this_report_gives_no_pursuant_to():
    text = ("A/99/124\n\nI. Introduction\n\n1. Rest is a human need.\n\n2. Many people lack it.\n\n3. The previous "
            "report was prepared pursuant to resolution 6/14 and looked at work and rest.\n")
    assert _got(text)["pursuant_to"] == []


# --- press releases -------------------------------------------------------------------------------------------------

def test_a_news_items_place_dateline_and_media_conference():
    text = ("Geneva / Nairobi \u2014 During his visit, Mr. Kessel will look at rest in factories. The Special "
            "Rapporteur will meet officials and civil society. He will give a media conference on 3 May at the UN "
            "office to share his first findings.")
    assert classify(text) == "press-release"


def test_a_sentence_opening_year_right_before_its_resolution():
    got = _got("In 2016, in resolution 32/9, the Council set up the post.\n")
    assert got["citations"] == ["HRC 32/9 @2016"]


def test_a_preambles_earlier_extension_is_no_decision_of_a_glued_copy():
    text = _RESOLUTION.format(glue=" ").replace(
        "Concerned at the reports of abuses that go on,",
        "Recalling its resolution 87/4, in which it decided to extend the mandate of the Special Rapporteur for a "
        "period of two years,").replace("2.Decides to extend the mandate of the Special Rapporteur for a further period "
                                        "of one year;", "2.Thanks the Special Rapporteur for the work done;")
    assert _got(text)["decisions"] == []


def test_a_resolutions_own_heading_after_its_header_is_no_citation():
    text = ("Human Rights Council\nNinetieth session\n\nResolution adopted by the Human Rights Council\n\n"
            "  90/7.   The right to rest\n\nThe Human Rights Council,\n\nRecalling its resolution 87/3,\n\n"
            "1. Decides to extend the mandate of the Special Rapporteur for a period of three years;\n")
    got = extract(text, "t")
    assert [c.ref for c in got.citations] == ["HRC 87/3"]
