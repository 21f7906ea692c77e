"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_29 and held_out_30
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from .corpus_eval import text_keys as _got, holder_names as _names


# --- holders: names ----------------------------------------------------------------------------------------------------

def test_a_double_surname_written_with_a_spaced_hyphen_is_one_name():
    text = ("Report of the Special Rapporteur on the right to water, Marta Ruiz-Olmedo.\n\nThis is the second report of "
            "the Special Rapporteur on the right to water, Marta Ruiz - Olmedo, submitted under resolution 51/3.")
    assert _names(text) == ["Marta Ruiz-Olmedo"]


def test_a_spaced_hyphen_before_a_title_joins_nothing():
    assert _names("Report of the Special Rapporteur on the right to water, Marta Ruiz - Annual report 2031") == ["Marta Ruiz"]


def test_a_quoted_speaker_after_the_verb_is_the_expert_of_the_intro():
    text = ("Chile: UN expert on housing to visit\n\nThe UN Special Rapporteur on adequate housing will make an official "
            "visit to Chile from 3 to 10 May.\n\n\"I hope to learn how the authorities deal with evictions,\" said Tomas "
            "Lindqvist. \"I will also meet the people affected.\"")
    assert _names(text) == ["Tomas Lindqvist"]


def test_a_surname_used_alone_as_the_subject_of_a_release():
    text = ("GENEVA (2 March 2031) - The UN Special Rapporteur on the right to food will visit Ghana from 9 to 16 March "
            "2031.\n\nDuring the visit, Okonjo will meet officials of several ministries. Okonjo will also go to Tamale."
            "\n\n\"I want to hear the farmers,\" Okonjo said.")
    assert _got(text)["holders"] == ["Okonjo"]


def test_a_capitalised_word_said_once_or_written_in_small_letters_is_no_surname():
    text = ("The UN Special Rapporteur on the right to food will visit Ghana.\n\nParticipants will meet in Accra. "
            "The participants said so. Okonjo will speak.")
    assert _names(text) == []


def test_bodies_of_law_agreements_and_street_names_are_no_holders():
    text = ("With the International Institute of Humanitarian Law, the Special Rapporteur held a course.\n\n"
            "Since the Comprehensive Peace Agreement, the Independent Expert has seen progress.\n\n"
            "The Special Rapporteur will speak at the press centre, Avenue de la Paix in Lome.")
    assert _names(text) == []


def test_a_delegation_named_by_title_and_surname_takes_the_full_names():
    text = ("The Working Group on arbitrary detention will visit Peru from 1 to 10 June 2031, said Helen Vance, who "
            "chairs the group.\n\nThe group's delegation, Ms. Vance and Piotr Nowak, will meet officials.")
    assert _names(text) == ["Helen Vance", "Piotr Nowak"]


# --- holders: dates ----------------------------------------------------------------------------------------------------

def test_after_his_appointment_in_a_month_is_the_appointment():
    text = ("The Special Rapporteur on the situation of human rights in Ruritania, Karl Braun, presents his first "
            "report, after his appointment in July 2031.")
    assert _got(text)["holders"] == ["Karl Braun appointed 2031-07"]


def test_the_first_holder_appointed_by_the_council():
    text = ("Ms Lena Okoro is the first UN Special Rapporteur on the rights of fishers, appointed by the Human Rights "
            "Council in November 2029.")
    assert _got(text)["holders"] == ["Lena Okoro appointed 2029-11"]


# --- visits: dates -----------------------------------------------------------------------------------------------------

def test_countries_and_months_given_respectively():
    text = "9. The Special Rapporteur visited Chile and Uruguay in May and June 2031, respectively, and met officials."
    assert sorted(_got(text)["visits"]) == ["Chile 2031-05.. completed", "Uruguay 2031-06.. completed"]


def test_a_mission_over_two_months_that_follow_each_other():
    text = "2. The Special Rapporteur made a joint mission to Nepal in April and May 2030."
    assert _got(text)["visits"] == ["Nepal 2030-04..2030-05 completed"]


def test_two_missions_in_months_apart_stay_two():
    text = "2. The Special Rapporteur made two missions to Nepal, in January and in June 2030."
    assert sorted(_got(text)["visits"]) == ["Nepal 2030-01.. completed", "Nepal 2030-06.. completed"]


def test_a_first_day_then_a_yearless_period_in_the_next_sentence():
    text = ("Geneva, 1 March, 2031 - The UN Special Rapporteur on torture, Ana Lopes, will make a visit to Chile "
            "starting on 4 March 2031.\n\nBetween 4 and 11 March, the expert will go to Santiago and Valparaiso.")
    assert _got(text)["visits"] == ["Chile 2031-03-04..2031-03-11 announced"]


def test_a_later_report_gives_no_year_to_a_yearless_visit():
    text = ("The UN Special Rapporteur on leprosy will make an official visit to Peru from 7 to 14 May.\n\n"
            "The Special Rapporteur will present a full report to the Human Rights Council in June 2032.")
    assert _got(text)["visits"] == ["Peru .. announced"]


# --- visits: status and what is no visit -------------------------------------------------------------------------------

def test_a_call_to_allow_visits_is_no_visit():
    text = ("The Special Rapporteur on the situation of human rights in Eritrea reports. The resolution calls upon the "
            "Government to cooperate with the mandate holder and to allow visits to the country.")
    assert _got(text)["visits"] == []


def test_a_departure_in_the_present_tense_is_announced():
    assert _got("A UN expert sets off on Monday for a week-long visit to Ghana, at the invitation of its Government.")[
        "visits"] == ["Ghana .. announced"]
    assert _got("The Special Rapporteur leaves today for a mission to Ghana.")["visits"] == ["Ghana .. announced"]


def test_a_coming_visit_that_is_to_take_place_is_announced():
    text = ("The Special Rapporteur is gathering information to prepare for her coming country visit to Kenya, to take "
            "place from 3 to 12 March 2031.")
    assert _got(text)["visits"] == ["Kenya 2031-03-03..2031-03-12 announced"]


def test_meetings_then_preliminary_findings_announce_a_visit():
    text = ("The expert will look at access to health care and education.\n\nBesides people with disabilities, Lindqvist "
            "will meet the authorities of Ghana and civil society.\n\nLindqvist will give her preliminary findings at a "
            "press conference in Accra. Only journalists will be admitted.")
    assert _got(text)["visits"] == ["Ghana .. announced"]


def test_a_body_written_after_an_article_is_no_surname():
    text = ("The UN Special Rapporteur on the right to food will visit Ghana.\n\nThe Parliament will meet her. "
            "Later, Parliament will vote. Parliament said it would.")
    assert _names(text) == []


def test_a_quoted_speaker_with_a_title():
    text = ("The UN Special Rapporteur on food will visit Ghana from 3 to 7 May.\n\n\"We must act,\" said Ms. Ana Lopes. "
            "\"The harvest failed.\"")
    assert _names(text) == ["Ana Lopes"]


def test_a_present_tense_journey_with_its_day_is_announced():
    assert _got("The Special Rapporteur travels to Ghana on Monday for an official visit.")["visits"] == ["Ghana .. announced"]
    assert _got("The Independent Expert heads to Ghana tomorrow on a ten-day mission.")["visits"] == ["Ghana .. announced"]


def test_a_mission_over_the_new_year():
    text = "The Special Rapporteur undertook a visit to Nepal in December 2030 and January 2031."
    assert _got(text)["visits"] == ["Nepal 2030-12..2031-01 completed"]


def test_meetings_held_with_a_government_then_preliminary_observations():
    text = ("The Special Rapporteur will hold meetings with the authorities of Ghana. She will share her preliminary "
            "observations at a press conference.")
    assert _got(text)["visits"] == ["Ghana .. announced"]


def test_periods_given_respectively():
    text = "The Special Rapporteur visited Chile and Peru from 1 to 5 March and from 10 to 14 April 2031, respectively."
    assert sorted(_got(text)["visits"]) == ["Chile 2031-03-01..2031-03-05 completed", "Peru 2031-04-10..2031-04-14 completed"]


def test_a_delegation_that_consisted_of_members():
    text = "The Working Group on mercenaries will visit Peru. The delegation consisted of Helen Vance and Piotr Nowak."
    assert _names(text) == ["Helen Vance", "Piotr Nowak"]


def test_a_city_dateline_with_a_comma_before_the_year():
    from mandate_lineage.loaders.visit_reader import dateline
    assert dateline("UN expert to visit Chile\n\nGeneva, 1 February, 2031.- The UN Special Rapporteur on torture") \
        == "2031-02-01"


def test_a_delegation_of_working_group_members():
    text = ("The UN Working Group on business and human rights will visit Kenya from 10 to 21 May 2031. The delegation "
            "will be composed of Working Group members Helen Vance and Piotr Nowak.")
    assert _names(text) == ["Helen Vance", "Piotr Nowak"]


def test_pending_visit_requests_are_no_visits():
    assert _got("5. She has pending visit requests to Nepal and Peru.")["visits"] == []


def test_a_government_that_accepted_a_request():
    assert _got("9. The Government of Nepal accepted the Special Rapporteur's request to visit the country.")["visits"] \
        == ["Nepal .. accepted"]
    assert _got("9. The Government of Nepal has accepted her request for a visit in 2032.")["visits"] \
        == ["Nepal 2032.. accepted"]


def test_a_plan_or_an_institution_is_no_holder():
    assert _names("In the Sustainable Development Goals, the Special Rapporteur sees hope.") == []
    assert _names("Under the National Action Plan and the Supreme Court, the Independent Expert sees progress.") == []


def test_a_visit_the_expert_could_not_make_is_no_visit():
    title = "Report of the Special Rapporteur on the situation of human rights in Myanmar\n\n"
    assert _got(title + "3. The Special Rapporteur has not been allowed to visit the country since his appointment.")[
        "visits"] == []
    assert _got(title + "3. The Government refused to cooperate and the Special Rapporteur could not visit the country.")[
        "visits"] == []
    assert _got("7. The Special Rapporteur was unable to visit Kenya in 2031.")["visits"] == []
    assert _got("8. The Special Rapporteur was able to visit Kenya in 2031.")["visits"] == ["Kenya 2031.. completed"]


def test_a_took_up_date_after_the_appointment_is_not_the_appointment():
    text = ("Ana Lopes (Portugal) was appointed Special Rapporteur on food by the Human Rights Council at its 43rd session "
            "and assumed the mandate on 1 August 2030.")
    assert _got(text)["holders"] == ["Ana Lopes took-up 2030-08-01"]


def test_a_holder_who_has_been_the_special_rapporteur_since_a_date():
    assert _got("Ana Lopes has been the Special Rapporteur on food since 1 August 2030.")["holders"] \
        == ["Ana Lopes took-up 2030-08-01"]
