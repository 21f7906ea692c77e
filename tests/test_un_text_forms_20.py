"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_19 and held_out_20
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.visit_reader import dateline

from .corpus_eval import keys, text_keys as _got


# --- visits: a report's list of past missions ---------------------------------------------------------------------

def test_a_colon_list_of_visited_countries_in_groups_split_by_semicolons():
    text = ("Summary\n\n1. Over five years the Special Rapporteur has made country visits to seven countries: Chad, "
            "Nepal and Mali, where incomes are lowest; Peru, Jordan and Tunisia, in the middle range; and Norway, "
            "among the richest. She also went on a mission to a regional body.\n")
    assert _got(text)["visits"] == sorted(f"{c} .. completed" for c in
                                          ["Chad", "Nepal", "Mali", "Peru", "Jordan", "Tunisia", "Norway"])


def test_the_following_countries_list_past_and_future():
    past = _got("Since taking up her post, the Independent Expert has undertaken official visits to the following "
                "countries: Ghana, Fiji, Uruguay and Viet Nam.\n")["visits"]
    assert past == ["Fiji .. completed", "Ghana .. completed", "Uruguay .. completed", "Viet Nam .. completed"]
    future = _got("In the coming year the Special Rapporteur will visit the following countries: Chile; Kenya; "
                  "and Sri Lanka.\n")["visits"]
    assert future == ["Chile .. announced", "Kenya .. announced", "Sri Lanka .. announced"]


def test_a_colon_list_with_no_visit_word_is_no_visit():
    got = _got("During the period the Special Rapporteur sent communications to the following countries: Chad, "
               "Peru and Fiji; none has replied.\n")
    assert got["visits"] == []


# --- visits: "today" in a press release, and periods whose year is the dateline's ---------------------------------

def test_a_visit_that_begins_today_runs_from_the_dateline():
    text = ("14 May 2031\n\nUN expert on the right to rest begins an official visit to Peru\n\nAmara Kessel, the UN "
            "Special Rapporteur on the right to rest, begins an official visit to Peru today; it runs until "
            "Friday 23 May.\n")
    assert _got(text)["visits"] == ["Peru 2031-05-14..2031-05-23 announced"]


def test_other_forms_of_a_visit_starting_today():
    starts = _got("GENEVA (3 June 2031) - The UN Independent Expert on rest, Amara Kessel, starts a ten-day visit "
                  "to Chile today, ending on 12 June.\n")["visits"]
    assert starts == ["Chile 2031-06-03..2031-06-12 announced"]
    from_today = _got("GENEVA (3 June 2031) - The UN Independent Expert on rest will visit Nepal from today until "
                      "9 June 2031.\n")["visits"]
    assert from_today == ["Nepal 2031-06-03..2031-06-09 announced"]


def test_a_visit_that_ends_today_began_on_a_day_the_text_gives():
    got = _got("GENEVA (20 June 2031) - The UN Special Rapporteur on rest concludes today a visit to Jordan that "
               "began on 11 June.\n")["visits"]
    assert got == ["Jordan 2031-06-11..2031-06-20 completed"]


def test_a_city_dateline_gives_the_year_of_a_month_first_period():
    assert dateline("OSLO, March 3, 2031, Nordic Wire -- A UN expert arrives.") == "2031-03-03"
    assert dateline("NAIROBI, 4 May 2031 - A UN expert arrives.") == "2031-05-04"
    text = ("OSLO, March 3, 2031, Nordic Wire -- Amara Kessel, a United Nations human rights expert, is to make her "
            "first visit to Norway, from March 3-9, to look at the right to rest, the Office says.\n")
    assert _got(text)["visits"] == ["Norway 2031-03-03..2031-03-09 announced"]


def test_a_day_first_period_with_a_dash_and_no_year():
    got = _got("GENEVA (1 March 2031) - The UN Special Rapporteur on rest will visit Fiji from 3-9 March to meet "
               "officials.\n")["visits"]
    assert got == ["Fiji 2031-03-03..2031-03-09 announced"]


# --- holders: appointment and taking-up dates -------------------------------------------------------------------------

def test_designated_him_on_a_day_without_year_takes_the_dateline_year():
    text = ("20 June 2031\n\nUN expert on rest in Chad begins official visit\n\nKarl Brenner, the UN Expert on "
            "Human Rights in Chad, begins an official visit to Chad today.\n\nIt is the first visit of Brenner since "
            "the High Commissioner designated him as the UN Expert on Human Rights in Chad on 2 April, at the "
            "Council's request.\n")
    assert _got(text)["holders"] == ["Karl Brenner appointed 2031-04-02"]


def test_a_day_without_year_after_the_dateline_day_is_of_the_year_before():
    text = ("10 February 2031\n\nAmara Kessel, the UN Special Rapporteur on rest, will speak today. The Council "
            "appointed her as Special Rapporteur on 5 October.\n")
    assert _got(text)["holders"] == ["Amara Kessel appointed 2030-10-05"]


def test_the_date_of_an_appointment_written_before_its_verb():
    got = _got("GENEVA (1 May 2031) - A UN expert will visit Peru.\n\nIn August 2029 the United Nations Human "
               "Rights Council appointed Amara Kessel (Chile) as Special Rapporteur on the right to rest.\n")
    assert got["holders"] == ["Amara Kessel appointed 2029-08"]
    got = _got("GENEVA (1 May 2031) - A UN expert will visit Peru.\n\nOn 8 October 2029, the Human Rights Council "
               "appointed Ms. Amara Kessel as Independent Expert on rest.\n")
    assert got["holders"] == ["Amara Kessel appointed 2029-10-08"]


def test_a_mandate_that_began_when_he_took_it_up():
    got = _got("GENEVA (1 May 2031) - News.\n\nMr. Karl Brenner (Norway), a professor of law, is the first to hold "
               "the post of UN Independent Expert on the right to rest. His mandate began when he took it up on "
               "1 November 2030.\n")
    assert got["holders"] == ["Karl Brenner took-up 2030-11-01"]
    got = _got("GENEVA (1 May 2031) - News.\n\nMs. Amara Kessel is the UN Special Rapporteur on the right to rest. "
               "She began her mandate on 1 August 2030.\n")
    assert got["holders"] == ["Amara Kessel took-up 2030-08-01"]


# --- holders: names ------------------------------------------------------------------------------------------------

def test_a_full_name_after_a_long_title_run_is_not_cut_to_its_surname():
    text = ("GENEVA (16 July 2031) - United Nations Special Rapporteur Amara Kessel will make an official visit to "
            "Peru from 21 to 31 July 2031.\n\n\"I mean to listen,\" said Ms. Kessel, who visits at the Government's "
            "invitation.\n\nAt the end of her visit, Ms Kessel will share her findings.\n")
    got = _got(text)
    assert got["holders"] == ["Amara Kessel"]
    assert got["visits"] == ["Peru 2031-07-21..2031-07-31 announced"]


def test_a_surname_alone_is_the_full_name_the_text_gives_elsewhere():
    text = ("Amara Kessel's first report on rest came out this week.\n\nAt the end of her visit, Ms. Kessel will "
            "share her findings with the Special Rapporteur's partners.\n")
    assert _got(text)["holders"] == ["Amara Kessel"]


def test_a_record_label_under_a_title_line_is_no_name():
    text = ("12/34 Report of the Special Rapporteur on the right to rest\nDocument Type: Final Report\nDate: 2031 "
            "Aug\nSession: 48th Regular Session (2031 Sep)\nAgenda Item: Item3: Promotion of all human rights\n")
    assert _got(text)["holders"] == []


def test_the_tail_of_a_body_s_name_in_a_list_of_mandates_is_no_name():
    text = ("This afternoon the Council extended the mandates of the Special Rapporteur on the situation of human "
            "rights in Belarus, the Working Group of Experts on People of African Descent, the Working Group on "
            "Enforced or Involuntary Disappearances, the Independent Expert on the situation of human rights in "
            "Mali, and the Special Rapporteur on rest.\n")
    assert _got(text)["holders"] == []


def test_a_report_summary_naming_its_author_as_the_subject_of_a_sentence():
    text = ("Summary\n\nWith the present text the Special Rapporteur ends her term of office. Since 2025 Amara Kessel "
            "has followed the right to rest around the world. She looks ahead.\n\nI. Introduction\n\n1. The Special "
            "Rapporteur has worked along the lines the Council set in its resolution 99/2.\n")
    x = extract(text, "r")
    assert keys(x)["holders"] == ["Amara Kessel"]
    assert x.document.author == "Amara Kessel"


def test_a_summary_naming_an_official_met_is_no_author():
    text = ("Summary\n\nThe Special Rapporteur describes his visit to Peru. The Minister of Justice, Karl Brenner, "
            "received him; the Minister Lena Ortiz said the Government would act.\n\nI. Introduction\n\n1. The "
            "visit took place in May 2031.\n")
    assert _got(text)["holders"] == []


def test_names_with_an_apostrophe_or_a_mac_prefix_and_an_expert_title_in_capitals():
    text = ("20 June 2031\n\nSiobhan O'Dwyer, the UN Expert on Human Rights in Chad, begins an official visit to Chad "
            "today.\n\nEwan McAllister, the UN Special Rapporteur on rest, spoke in Geneva.\n")
    assert sorted(_got(text)["holders"]) == ["Ewan McAllister", "Siobhan O'Dwyer"]


def test_a_name_opening_the_paragraph_after_a_headline_in_capitals():
    """The headline's capitalised words run into the name in the joined stream ("... Begins Official Visit Siobhan
    O'Dwyer, the UN Expert ..."): the name is read again from the paragraph's start."""
    text = ("20 June 2031\n\nUN Expert On Rest In Chad Begins Official Visit\n\nSiobhan O'Dwyer, the UN Expert on "
            "Human Rights in Chad, begins an official visit to Chad today.\n\nENDS\n\nMs. Siobhan O'Dwyer (Ireland), "
            "a professor, is the first to hold the post. Her mandate began on 1 May 2031.\n")
    assert _got(text)["holders"] == ["Siobhan O'Dwyer took-up 2031-05-01"]


def test_a_list_of_visits_each_with_its_own_period():
    got = _got("The Special Rapporteur visited Tunisia from 25 to 31 May 2029 and Ghana from 3 to 7 June 2029.\n")
    assert got["visits"] == ["Ghana 2029-06-03..2029-06-07 completed", "Tunisia 2029-05-25..2029-05-31 completed"]
    got = _got("He undertook official visits to Tunisia (25-31 May 2029) and Ghana (3-7 June 2029).\n")
    assert got["visits"] == ["Ghana 2029-06-03..2029-06-07 completed", "Tunisia 2029-05-25..2029-05-31 completed"]
    got = _got("In 2030 the Special Rapporteur undertook country visits to Chile (March 2030) and Peru (October "
               "2030).\n")
    assert got["visits"] == ["Chile 2030-03.. completed", "Peru 2030-10.. completed"]


def test_names_with_letters_of_latin_extended_alphabets():
    text = ("GENEVA (1 May 2031) - News.\n\nDragana \u0160ekovi\u0107, the UN Special Rapporteur on rest, spoke. "
            "Jurgis P\u016bkas, the Special Rapporteur on sleep, spoke too.\n")
    assert sorted(_got(text)["holders"]) == ["Dragana \u0160ekovi\u0107", "Jurgis P\u016bkas"]


def test_an_appointment_participle_opening_the_sentence():
    got = _got("GENEVA (1 May 2031) - News.\n\nAppointed by the Human Rights Council in August 2029, Amara Kessel "
               "is the Special Rapporteur on rest.\n")
    assert got["holders"] == ["Amara Kessel appointed 2029-08"]


def test_a_table_of_visits_with_cell_bars_and_long_country_forms():
    got = _got("Country visits\n\nGhana | 3-12 December 2028 | A/HRC/99/34/Add.1\nPeru | 5-15 May 2029 | "
               "A/HRC/99/40/Add.2\n")
    assert got["visits"] == ["Ghana 2028-12-03..2028-12-12 completed", "Peru 2029-05-05..2029-05-15 completed"]
    got = _got("The Special Rapporteur carried out a visit to the Plurinational State of Bolivia from 3 to 12 May "
               "2030.\n")
    assert got["visits"] == ["Bolivia (Plurinational State of) 2030-05-03..2030-05-12 completed"]


def test_a_second_object_of_one_visit_word():
    got = _got("The Independent Expert conducted a country visit to Kenya in 2030 and to Nepal in 2031.\n")
    assert got["visits"] == ["Kenya 2030.. completed", "Nepal 2031.. completed"]


def test_taking_up_a_position_on_an_ordinal_or_month_first_date():
    got = _got("GENEVA (1 May 2031) - News.\n\nMs. Amara Kessel (Chile) took up her position as UN Special Rapporteur "
               "on rest on 1st August 2030.\n")
    assert got["holders"] == ["Amara Kessel took-up 2030-08-01"]
    got = _got("OSLO, May 1, 2031 -- News.\n\nKarl Brenner, the UN Independent Expert on sleep, was appointed on "
               "March 3, 2030 by the Council.\n")
    assert got["holders"] == ["Karl Brenner appointed 2030-03-03"]


def test_a_statement_s_place_and_date_line_gives_the_year_of_its_visit():
    text = ("End of mission statement\n\nSantiago de Chile, 7 June 2031\n\nGood morning. I have just ended my visit to "
            "Chile, which I carried out from 27 May to 7 June.\n")
    assert dateline(text) == "2031-06-07"
    assert _got(text)["visits"] == ["Chile 2031-05-27..2031-06-07 completed"]


def test_the_visits_of_the_expert_to_countries_a_resolution_welcomes():
    got = _got("The Human Rights Council,\n\n1. Welcomes the visits of the Special Rapporteur to Chile and Peru;\n\n"
               "2. Requests the Special Rapporteur to visit States;\n")
    assert got["visits"] == ["Chile .. completed", "Peru .. completed"]


def test_a_list_after_visited_and_a_list_of_requests():
    got = _got("Since 2028 the Special Rapporteur has visited: Chile, Peru and Fiji.\n")
    assert got["visits"] == ["Chile .. completed", "Fiji .. completed", "Peru .. completed"]
    got = _got("The Special Rapporteur has sent requests to visit the following countries: Chile and Peru.\n")
    assert got["visits"] == []


def test_the_end_of_a_visit_begun_today_is_read_in_its_own_sentence_only():
    got = _got("GENEVA (2 May 2031) - The UN Special Rapporteur on rest begins an official visit to Chad today. The "
               "exhibition she opens stays until 30 May.\n")
    assert got["visits"] == ["Chad .. announced"]         # begun today, its end not given: dateless, not over


def test_the_verb_nearest_today_tells_a_start_from_an_end():
    ended = _got("Tunis, 9 May 2031\n\nMy official visit to Tunisia, which began on 30 April, comes to a close "
                 "today.\n")["visits"]
    assert ended == ["Tunisia 2031-04-30..2031-05-09 completed"]
    begun = _got("GENEVA (1 June 2031) - The UN Special Rapporteur on rest starts a visit to Chile today that ends "
                 "on 11 June.\n")["visits"]
    assert begun == ["Chile 2031-06-01..2031-06-11 announced"]


def test_periods_with_weekdays_or_between_and_with_no_year():
    got = _got("GENEVA (1 May 2031) - The UN Special Rapporteur on rest will visit Chile from Monday 5 May to "
               "Friday 16 May 2031.\n")["visits"]
    assert got == ["Chile 2031-05-05..2031-05-16 announced"]
    got = _got("GENEVA (1 May 2031) - The UN Special Rapporteur on rest will visit Peru between 5 and 16 May to meet "
               "officials.\n")["visits"]
    assert got == ["Peru 2031-05-05..2031-05-16 announced"]


def test_a_tenure_that_began_and_a_titled_surname_that_said():
    got = _got("GENEVA (1 May 2031) - News.\n\nKarl Brenner is the UN Independent Expert on sleep. His tenure began "
               "on 1 June 2030.\n")
    assert got["holders"] == ["Karl Brenner took-up 2030-06-01"]
    got = _got("Karl Brenner's study on sleep came out.\n\n\"Rest is a right,\" Mr. Brenner said of his mandate as "
               "Independent Expert.\n")
    assert got["holders"] == ["Karl Brenner"]


def test_a_titled_surname_in_apposition_to_the_post():
    got = _got("GENEVA (1 May 2031) - Amara Kessel's first report came out today.\n\n\"We must rest,\" Ms. Kessel, "
               "the UN Special Rapporteur on rest, told the Council.\n")
    assert got["holders"] == ["Amara Kessel"]
