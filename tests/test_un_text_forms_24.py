"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_23 and held_out_24
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from mandate_lineage.loaders.people import find_holders

from .corpus_eval import text_keys as _got, holder_names as _names


# --- holders: page chrome and report headings are no names ------------------------------------------------------------

def test_page_chrome_is_no_name():
    text = ("Skip to main content\n\nIndependent Expert on Ruritania\n\nNavigation Blocks\n\nSelect Select\nNavigation Blocks"
            "\n\nThe Special Rapporteur, Ines Carvalho, took up her post in 2031.\n\nContact Information\n\nPalais des Nations\n")
    assert _got(text)["holders"] == ["Ines Carvalho took-up 2031"]


def test_a_name_run_into_a_heading_word_stops_before_it():
    assert _names("Report of the Special Rapporteur on the right to water, Kofi Mensah Adjei Thematic report") \
        == ["Kofi Mensah Adjei"]


def test_a_contents_heading_is_no_name():
    text = ("Report of the Independent Expert on older persons, Mr. Paul Ferrand\n\nContents\nPage\n"
            "A. Country visits ........ 3\nB. Communications ........ 4\n")
    assert _names(text) == ["Paul Ferrand"]


def test_a_copy_label_is_no_name():
    assert "Document Originally" not in _names("UN Document\nOriginally published\nSpecial Rapporteur Lea Morin spoke.")


# --- holders: a Working Group's officer label --------------------------------------------------------------------------

def test_working_group_chair_rapporteur_label():
    text = ("Report of the Working Group on Arbitrary Arrest Chair-Rapporteur: Nils Halvorsen Summary In 2031 the Working "
            "Group adopted 50 opinions.")
    assert _names(text) == ["Nils Halvorsen"]


def test_working_group_chairperson_slash_rapporteur_with_took_up():
    text = ("Report of the Working Group on business and human rights Chairperson/Rapporteur: Ada Kowalczyk Summary By its "
            "resolution 9/9, the Council set up the Working Group. The Council appointed its members, and they formally "
            "took up their role on 1 March 2031. The Working Group met in May 2031.")
    h = find_holders(text)
    assert [(x.name, x.took_up_functions) for x in h] == [("Ada Kowalczyk", "2031-03-01")]


def test_bare_chairperson_label_of_a_working_group():
    assert _names("Report of the Working Group on the use of mercenaries\nChairperson: Dr. Samir Haddad\nSummary\n") \
        == ["Samir Haddad"]


def test_a_session_officers_chairperson_label_is_no_holder():
    assert _names("Report of the Advisory Board on its second session\nChairperson: Karl Wendt\nSummary\n") == []


# --- holders: a heading over a name, a hyphenated post, a speaker for the experts ------------------------------------

def test_former_mandate_holder_heading_over_a_name():
    text = "Former mandate holder\n\nMs. Lucia Ferraz (Brazil)\n\nNewsletters\n"
    assert _names(text, [text.index("Ms."), text.index("Newsletters")]) == ["Lucia Ferraz"]


def test_a_heading_name_spelled_without_its_hyphen_is_the_same_holder():
    text = ("Current mandate holder\n\nDr. Rosa Prado Ruiz\n\nDr. Rosa Prado-Ruiz (Chile) was appointed Special "
            "Rapporteur on the right to food in May 2030.\n")
    blocks = [text.index("Dr."), text.index("Dr. Rosa Prado-")]
    assert _names(text, blocks) == ["Rosa Prado-Ruiz"]


def test_a_heading_over_a_sentence_is_not_read_as_a_name():
    text = "Special Rapporteurs\n\nThe experts meet every year in Geneva.\n"
    assert _names(text, [text.index("The")]) == []


def test_hyphenated_mandate_holder_before_a_name():
    assert _names("2031 | A/HRC/77/3 | Reflections of mandate-holder Yara Haddad on six years of work |") == ["Yara Haddad"]


def test_a_speaker_for_the_special_procedures_experts():
    text = ("GENEVA - The 80 special procedures experts called on States to cooperate with them. \"Visits matter,\" "
            "Mr. Tariq Osei said for the group that the Council charges with reporting on countries.")
    assert _names(text) == ["Tariq Osei"]


def test_a_speaker_for_a_group_in_a_text_of_no_experts_is_no_holder():
    text = "\"Prices must fall,\" Mr. Tariq Osei said for the group of farmers at the market in the capital."
    assert _names(text) == []


# --- visits: dates and status --------------------------------------------------------------------------------------

def test_two_days_with_the_year_of_the_last_month_the_report_dates():
    text = ("Report of the Special Rapporteur on counter-terrorism\n\nI. Introduction\n\n1. Section II covers the activities "
            "of the Special Rapporteur from March to December 2031.\n\n2. On 20 and 21 November the Special Rapporteur "
            "went to Mongolia for preliminary talks with the Government.\n")
    assert _got(text)["visits"] == ["Mongolia 2031-11-20..2031-11-21 completed"]


def test_a_release_with_no_dateline_gives_the_year_only_later_and_the_visit_is_under_way():
    text = ("The UN Independent Expert on the situation of human rights in Paraguay, Omar Sy Diallo, is visiting the "
            "country from 3 to 12 May to look at how earlier recommendations were carried out.\n\n"
            "The Independent Expert will present his findings to the Human Rights Council in September 2031.\n")
    assert _got(text)["visits"] == ["Paraguay 2031-05-03..2031-05-12 announced"]


def test_was_able_to_visit_is_a_completed_visit_and_the_post_names_the_country_after_a_long_cover():
    text = ("Human Rights Council\n\nFifty-ninth session\n\n9 September-4 October 2031\n\nAgenda item 10\n\nTechnical "
            "assistance\n\nSummary\n\nIn this report the Independent Expert on the situation of human rights in Haiti "
            "describes the situation from July 2030 to June 2031.\n\n3. Once the roads reopened, the Independent Expert was "
            "able to visit the country from 11 to 18 February 2031. His second visit is planned for 20 to 28 July 2031.\n")
    assert _got(text)["visits"] == ["Haiti 2031-02-11..2031-02-18 completed", "Haiti 2031-07-20..2031-07-28 announced"]


def test_a_sentence_broken_by_a_blank_line_of_a_double_spaced_copy():
    text = ("Report of the Working Group on Arbitrary Arrest\n\nThe Working Group kept up its dialogue with the countries it "
            "had visited.\n\nIn 2031, the Working Group made a follow-up visit to\n\nMalawi; its report on that visit is "
            "an addendum to this report.\n")
    assert _got(text)["visits"] == ["Malawi 2031.. completed"]


def test_a_visit_of_a_region_held_in_a_city_of_a_country_takes_the_missions_month():
    text = ("3. The report draws on meetings with officials and witnesses, held in Amman, Jordan, during the Special "
            "Rapporteur's yearly mission to the region in May 2031. He thanks all who took part.\n")
    assert _got(text)["visits"] == ["Jordan 2031-05.. completed"]


def test_two_periods_with_the_year_only_after_the_second():
    text = ("Summary\n\nIn this report the independent expert gives an account of her two visits to the Central African "
            "Republic, from March 2 to 9 and from May 11 to 19, 2031. She met the transitional authorities.\n")
    assert sorted(_got(text)["visits"]) == ["Central African Republic 2031-03-02..2031-03-09 completed",
                                            "Central African Republic 2031-05-11..2031-05-19 completed"]


def test_two_day_month_periods_with_the_year_only_after_the_second():
    text = "Summary\n\nThe Special Rapporteur visited Chad from 2 to 9 March and from 11 to 19 May 2031.\n"
    assert sorted(_got(text)["visits"]) == ["Chad 2031-03-02..2031-03-09 completed", "Chad 2031-05-11..2031-05-19 completed"]


def test_contents_entries_under_a_country_visits_heading():
    text = ("A/99/100\n\nReport of the Special Rapporteur on minority issues\n\nContents\n\nI. Introduction . . . . . . . 3\n"
            "IV. Follow-up to country visits . . . . . . . . . 11\nA. Botswana . . . . . . . . 12\nB. Peru . . . . . . . 12\n"
            "V. Conclusions . . . . . . 14\n")
    assert _got(text)["visits"] == ["Botswana .. completed", "Peru .. completed"]


def test_contents_entries_under_a_requested_visits_heading_are_no_visits():
    text = ("Report of the Special Rapporteur on minority issues\n\nContents\n\nIV. Requested country visits . . . . . 11\n"
            "A. Botswana . . . . . . . . 12\nB. Peru . . . . . . . 12\n")
    assert _got(text)["visits"] == []


def test_a_job_number_line_that_carries_a_copys_cover_and_summary_keeps_its_text():
    text = ("GE.31-12345 Human Rights Council Sixtieth session Agenda item 3 Report of the Working Group on business and "
            "human rights Chairperson/Rapporteur: Ada Kowalczyk Summary By its resolution 9/9, the Council set up the Working "
            "Group. The Council appointed the Working Group's members, and they formally took up their role on 1 March 2031.\n")
    assert _got(text)["holders"] == ["Ada Kowalczyk took-up 2031-03-01"]


def test_a_job_number_line_alone_is_still_dropped():
    text = "Report of the Special Rapporteur on the right to food, Ines Carvalho\n\nGE.31-12345 (E) 010231 020231\n"
    assert _got(text)["holders"] == ["Ines Carvalho"]


def test_several_names_under_a_former_holders_heading():
    text = "Former mandate holders\n\nMr. Jon Arnason (2008-2014)\n\nMs. Lina Petrova (2014-2020)\n\nResources\n"
    blocks = [text.index("Mr."), text.index("Ms."), text.index("Resources")]
    assert _names(text, blocks) == ["Jon Arnason", "Lina Petrova"]


def test_the_chair_rapporteur_of_a_working_group_named_after_the_title():
    text = ("The Chair-Rapporteur of the Working Group on Arbitrary Arrest, Nils Halvorsen, opened the session. "
            "The Working Group adopted its report.")
    assert _names(text) == ["Nils Halvorsen"]
