"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_25 to held_out_28
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from mandate_lineage.loaders.countries import canonical
from mandate_lineage.loaders.un_dates import find_ranges

from .corpus_eval import text_keys as _got


# --- visits listed one to a line (mandate pages, their tables) ------------------------------------------------------

def test_a_page_list_of_country_and_period_or_year_lines():
    text = ("Country visits\n\nThe Working Group visits States that invite it.\n\nVisits carried out\n\n"
            "Kenya, 4-9 March 2031\n\nNorway, 2029\n\nPeru, 2027:\n\nPeru, 2024\n\nRegional Institutions, 2-5 May 2026\n")
    assert _got(text)["visits"] == ["Kenya 2031-03-04..2031-03-09 completed", "Norway 2029.. completed",
                                    "Peru 2024.. completed", "Peru 2027.. completed"]


def test_table_rows_with_a_glued_session_cell_and_a_glued_symbol():
    text = ("Country visits\n\nReports of completed country visits\n\nBodySessionCountry and datesSymbol\n"
            "HRC71stGhana, 3 - 12 February 2031A/HRC/71/40/Add.1 Press release\n"
            "HRC68thChile 5-14 October 2030\n"
            "HRC68thJapan, June 28 \u2013 July 6 2030 Media advisory\n")
    assert _got(text)["visits"] == ["Chile 2030-10-05..2030-10-14 completed", "Ghana 2031-02-03..2031-02-12 completed",
                                    "Japan 2030-06-28..2030-07-06 completed"]


def test_year_rows_with_the_period_in_brackets_and_a_swapped_month():
    text = ("Country Visits\n\nVisits undertaken\n\n2031 Malawi (2 to 9 March 2031)A/HRC/70/12/Add.1\n"
            "2030 Fiji (14 to 20 Arpil 2030)A/HRC/68/33/Add.1\n")
    assert _got(text)["visits"] == ["Fiji 2030-04-14..2030-04-20 completed", "Malawi 2031-03-02..2031-03-09 completed"]


def test_one_line_is_no_list():
    text = "The Special Rapporteur spoke of visits in general.\n\nNorway, 2029\n"
    assert _got(text)["visits"] == []


def test_an_upcoming_list_is_announced():
    text = "Country visits\n\nUpcoming visits\n\nChad, 3-9 May 2032\n\nMali, 10-14 June 2032\n"
    assert _got(text)["visits"] == ["Chad 2032-05-03..2032-05-09 announced", "Mali 2032-06-10..2032-06-14 announced"]


def test_bulleted_and_date_first_lines_and_a_year_cell_alone():
    text = ("Country visits\n\nVisits made\n\n\u2022 Ghana (4-9 March 2031)\n\u2022 Nepal, May 2030\n\n"
            "Earlier missions\n\n12-18 June 2028: Fiji\n2027 \u2013 Peru\n")
    assert _got(text)["visits"] == ["Fiji 2028-06-12..2028-06-18 completed", "Ghana 2031-03-04..2031-03-09 completed",
                                    "Nepal 2030-05.. completed", "Peru 2027.. completed"]


def test_a_per_year_list_gives_each_visit_its_heading_year():
    text = ("Country visits\n\nVisits carried out\n\n2031\n\nGhana (2-9 March)\n\nNepal, 28 May to 3 June\n\n"
            "2030\n\nPeru (May/June)\n\nChile, October\n")
    assert _got(text)["visits"] == ["Chile 2030-10.. completed", "Ghana 2031-03-02..2031-03-09 completed",
                                    "Nepal 2031-05-28..2031-06-03 completed", "Peru 2030-05..2030-06 completed"]


def test_a_list_of_requests_is_no_visit_list():
    text = "Country visits\n\nPending requests for visits\n\nChile, 2029\n\nPeru, 2030\n"
    assert _got(text)["visits"] == []


def test_country_year_lines_far_from_any_visit_word_are_no_visits():
    text = ("Ratifications\n\n" + "The treaty entered into force for these States. " * 20 +
            "\n\nChile, 2029\n\nPeru, 2030\n\n" + "Other States may follow. " * 30 + "Visits are planned later.")
    assert _got(text)["visits"] == []


def test_a_year_glued_to_a_symbol_still_ends_a_period():
    assert [(r.start, r.end) for r in find_ranges("Ghana, 3 - 12 February 2031A/HRC/71/40")] == [("2031-02-03", "2031-02-12")]


# --- a report's list of the mandate's earlier visits -------------------------------------------------------------------

def test_a_colon_list_with_two_years_and_shared_years():
    text = ("1. Since the mandate began, its holders have visited 6 countries: Chile (2031); Nepal (2029 and 2012); "
            "Ghana and Trinidad and Tobago (2020); Fiji, Peru and Mali (2011); and Spain (2010).")
    assert _got(text)["visits"] == [
        "Chile 2031.. completed", "Fiji 2011.. completed", "Ghana 2020.. completed", "Mali 2011.. completed",
        "Nepal 2012.. completed", "Nepal 2029.. completed", "Peru 2011.. completed", "Spain 2010.. completed",
        "Trinidad and Tobago 2020.. completed"]


def test_a_colon_after_other_visit_words():
    text = "She began to follow up her first three official visits since 2028: Ghana, Peru and Nepal."
    assert _got(text)["visits"] == ["Ghana .. completed", "Nepal .. completed", "Peru .. completed"]


def test_a_list_of_places_with_a_region_between_countries():
    text = ("Since his last report the Special Rapporteur has visited Chile,4 the Andean highlands, the home of several "
            "peoples in the region,5 and Ecuador,6 to gather information.")
    assert _got(text)["visits"] == ["Chile .. completed", "Ecuador .. completed"]


def test_a_country_singled_out_among_the_visited_ones():
    text = ("12. The Governments of the countries he has visited have worked well with him; the Government of Nepal, "
            "in particular, gave him every help.")
    assert _got(text)["visits"] == ["Nepal .. completed"]


# --- dates and status of a visit -----------------------------------------------------------------------------------------

def test_a_month_after_a_comma_and_months_listed_before_a_year():
    text = ("Report of the Independent Expert on the situation of human rights in Malawi\n\nSummary\n\n"
            "After his third mission to the country, in March 2031, he reviews progress. His two missions to the "
            "country, in January and in October 2030, served the same aim.")
    assert _got(text)["visits"] == ["Malawi 2030-01.. completed", "Malawi 2030-10.. completed",
                                    "Malawi 2031-03.. completed"]


def test_visits_counted_the_first_and_the_second():
    text = ("3. The Independent Expert made two official visits to Nepal in the period, the first from 2 to 9 March "
            "2031 and the second from 4 to 12 October 2031.")
    assert _got(text)["visits"] == ["Nepal 2031-03-02..2031-03-09 completed", "Nepal 2031-10-04..2031-10-12 completed"]


def test_a_period_whose_dash_was_lost():
    text = "Special Rapporteur on housing, Mission to Chile 28 June 9 July 2031 Preliminary observations"
    assert _got(text)["visits"] == ["Chile 2031-06-28..2031-07-09 completed"]


def test_before_the_end_of_a_year_opening_the_clause():
    text = "20. Before the end of 2031 she will visit Chile and Peru, and she hopes to go to one more country."
    assert _got(text)["visits"] == ["Chile 2031.. announced", "Peru 2031.. announced"]


def test_a_visit_launched_now_is_announced():
    text = "UN expert on housing launches first official visit to Chad\n\nDuring her visit Ms. Okonjo will meet officials."
    assert _got(text)["visits"] == ["Chad .. announced"]


def test_a_call_for_input_before_a_visit_is_announced():
    text = "Call for input \u2013 Country visit of the Special Rapporteur on toxics to Peru (3-14 May 2031)"
    assert _got(text)["visits"] == ["Peru 2031-05-03..2031-05-14 announced"]


def test_the_date_of_a_report_on_the_visit_is_not_the_visit_date():
    text = ("UN expert will be in Chile from 3 to 9 May 2031.\n\nShe will present the full report on her visit in "
            "March 2032.")
    assert _got(text)["visits"] == ["Chile 2031-05-03..2031-05-09 announced"]


def test_a_visit_end_given_by_its_closing_press_conference():
    text = ("GENEVA \u2014 The Independent Expert on older persons will visit Chad at the Government's invitation.\n\n"
            "At the end of the visit the expert will share her findings at a press conference on Friday, 9 May 2031.")
    assert _got(text)["visits"] == ["Chad ..2031-05-09 announced"]


def test_an_accepted_dated_request_moved_to_a_later_time():
    text = ("11. She thanks the Government of Peru for accepting her request to visit in March 2031; events made her "
            "ask the Government to move the visit to the second half of 2031.")
    assert _got(text)["visits"] == ["Peru 2031.. accepted"]


# --- not visits ------------------------------------------------------------------------------------------------------------

def test_an_offer_or_a_leave_to_visit_is_no_visit():
    text = ("1. The resolution calls on the Government to let him visit the country. He offered to travel to Austria "
            "in May to meet the Ambassador, but no meeting took place.")
    assert _got(text)["visits"] == []


def test_visits_as_a_mandates_task_are_no_visit():
    text = ("About the mandate\n\nThe Special Rapporteur on the situation of human rights in Belarus is to:\n\n"
            "- monitor the situation, including by making in-situ visits to the country;")
    assert _got(text)["visits"] == []


def test_asked_to_visit_is_a_request():
    text = "The Working Group asked on 2 March 2031 to visit Nepal, and hopes for dates soon."
    assert _got(text)["visits"] == []


def test_a_states_formal_name_is_its_un_name():
    assert canonical("the Federal Republic of Somalia") == "Somalia"
    assert canonical("Kingdom of Morocco") == "Morocco"
    assert canonical("Republic of Korea") == "Republic of Korea"             # a UN name stays
    assert canonical("Democratic Republic of the Congo") == "Democratic Republic of the Congo"


# --- holders -------------------------------------------------------------------------------------------------------------

def test_the_post_as_the_appointments_object_and_the_appointment_taking_effect():
    text = ("Report of the Special Rapporteur on the situation of human rights in Chad, Amina Bello\n\n"
            "The Council appointed the present Special Rapporteur in June 2031 and the appointment took effect on "
            "1 August 2031.")
    assert _got(text)["holders"] == ["Amina Bello appointed 2031-06 took-up 2031-08-01"]


def test_a_surname_holder_who_formally_began_the_mandate():
    text = ("2. The President of the Council appointed the Special Rapporteur on the situation of human rights in "
            "Chad on 3 May 2031. Mr. Okafo formally began his mandate on 1 July 2031.")
    assert _got(text)["holders"] == ["Okafo appointed 2031-05-03 took-up 2031-07-01"]


def test_began_work_and_a_yearless_appointment_day():
    text = ("1. The Council set up the mandate. Lina Moretti began work as the first mandate holder on 1 June 2031, "
            "after the Council appointed her at its seventieth session on 5 April.")
    assert _got(text)["holders"] == ["Lina Moretti appointed 2031-04-05 took-up 2031-06-01"]


def test_a_post_held_since_and_a_professor_in_the_summary():
    text = ("Report of the Special Rapporteur on the situation of human rights in Chad, Tomas K. Varga\n\n"
            "Summary This report looks back on the work of the Special Rapporteur, Professor Tomas Varga, over six "
            "years. He has held the post of Special Rapporteur since March 2025.")
    assert _got(text)["holders"] == ["Tomas K. Varga took-up 2025-03"]


def test_an_office_is_no_holder_name():
    text = ("The Independent Expert on Chad, Amina Bello, welcomed the reform. A new Prime Minister was appointed in "
            "May 2031.")
    assert _got(text)["holders"] == ["Amina Bello"]


def test_sir_is_a_title():
    text = "This is the second report of the Special Rapporteur on torture, Sir Alan Whitby, to the Assembly."
    assert _got(text)["holders"] == ["Alan Whitby"]


def test_appointed_in_a_year_as_the_post():
    text = "The report is submitted by Mara Kovac, appointed in 2030 as the Independent Expert on older persons."
    assert _got(text)["holders"] == ["Mara Kovac appointed 2030"]


def test_earlier_holders_under_the_older_title_and_a_mandate_held_by():
    text = ("The Special Rapporteur on displaced persons, Ana Ruiz, thanks Pedro Alves, the Representative of the "
            "Secretary-General on displaced persons from 1995 to 2004, for his support.\n\n"
            "The mandate on food is one of them, held at present by Ines Duarte.")
    assert sorted(_got(text)["holders"]) == ["Ana Ruiz", "Ines Duarte", "Pedro Alves"]


def test_a_working_groups_delegation_member_by_member():
    text = ("The Working Group on mercenaries will visit Chad from 3 to 9 May 2031.\n\n"
            "The delegation, Lena Holm and Omar Saleh, will be in the country to meet officials.")
    assert sorted(_got(text)["holders"]) == ["Lena Holm", "Omar Saleh"]


# --- neighbouring forms of the same holders and visits ---------------------------------------------------------------------

def test_the_post_then_is_the_name():
    text = "Special Rapporteur on food\n\nThe current Special Rapporteur is Ms. Lena Holm, who took up her functions on 1 May 2030."
    assert _got(text)["holders"] == ["Lena Holm took-up 2030-05-01"]


def test_serving_as_the_post_since():
    assert _got("Omar Saleh has been serving as the Special Rapporteur on food since August 2028.")["holders"] \
        == ["Omar Saleh took-up 2028-08"]


def test_a_holders_list_with_terms_after_a_comma():
    text = "Mandate holders\n\nMs. Lena Holm (Sweden), since 2030\n\nMr. Omar Saleh (Jordan), 2024-2030\n"
    assert _got(text)["holders"] == ["Lena Holm", "Omar Saleh"]


def test_experts_named_together_and_a_working_groups_members():
    assert sorted(_got("GENEVA (3 May 2031) - UN experts Lena Holm and Omar Saleh will visit Chad from 5 to 12 May 2031.")
                  ["holders"]) == ["Lena Holm", "Omar Saleh"]
    text = ("The Working Group is composed of five independent experts: Lena Holm (Sweden), Chair-Rapporteur; "
            "Omar Saleh (Jordan); Ana Ruiz (Chile).")
    assert sorted(_got(text)["holders"]) == ["Ana Ruiz", "Lena Holm", "Omar Saleh"]


def test_requested_visits_are_no_visits():
    assert _got("She has requested visits to India, Egypt and China, and sent reminders.")["visits"] == []


def test_a_dateless_mention_adds_nothing_to_a_dated_visit():
    text = ("During the period the Special Rapporteur conducted official visits to Chile, in May 2030, and to Peru, "
            "in June 2030.")
    assert _got(text)["visits"] == ["Chile 2030-05.. completed", "Peru 2030-06.. completed"]


def test_a_visit_that_ended_today_with_no_start_given():
    text = "GENEVA (30 March 2031) - The UN Special Rapporteur on housing, Lena Holm, ended her official visit to Chile today."
    assert _got(text)["visits"] == ["Chile ..2031-03-30 completed"]


def test_again_in_a_year_and_bracketed_months_of_an_opening_year():
    assert _got("The Special Rapporteur visited Chile in 2029 and again in 2031.")["visits"] \
        == ["Chile 2029.. completed", "Chile 2031.. completed"]
    text = "In 2030, the Special Rapporteur undertook country visits to Chile (May), Peru (July) and Ghana (October)."
    assert _got(text)["visits"] == ["Chile 2030-05.. completed", "Ghana 2030-10.. completed", "Peru 2030-07.. completed"]


def test_a_part_of_a_year_is_that_year():
    assert _got("The Special Rapporteur plans to visit Chile in the first half of 2032.")["visits"] \
        == ["Chile 2032.. announced"]


def test_invited_by_governments_is_accepted():
    text = "The Special Rapporteur has also been invited by the Governments of Peru and Ghana and hopes to visit them."
    assert _got(text)["visits"] == ["Ghana .. accepted", "Peru .. accepted"]


def test_another_offices_holder_in_apposition_is_no_holder():
    text = "During her visit, the Special Rapporteur met the Minister of Justice, Ana Ruiz, and the Ombudsperson, Pedro Alves."
    assert _got(text)["holders"] == []
    text = "The Special Rapporteur on food, Lena Holm, met the President of the Republic, Omar Saleh, on 3 May 2031."
    assert _got(text)["holders"] == ["Lena Holm"]


def test_a_listed_country_after_a_year_and_a_bracket():
    text = "The Working Group on Arbitrary Detention visited Chile in 2029 (see A/HRC/45/16/Add.1) and Peru in 2030."
    assert _got(text)["visits"] == ["Chile 2029.. completed", "Peru 2030.. completed"]


def test_predecessors_named_together():
    text = "The Special Rapporteur on food pays tribute to her predecessors, Ana Ruiz and Pedro Alves, for their work."
    assert sorted(_got(text)["holders"]) == ["Ana Ruiz", "Pedro Alves"]


def test_thanks_for_invitations_is_accepted():
    text = "The Special Rapporteur thanks the Governments of Chile and Peru for their invitations and looks forward to it."
    assert _got(text)["visits"] == ["Chile .. accepted", "Peru .. accepted"]


def test_a_surname_who_took_up_the_mandate():
    assert _got("Ms. Holm, who took up the mandate on 1 August 2030, presented her first report.")["holders"] \
        == ["Holm took-up 2030-08-01"]


def test_country_year_source_lines_are_no_visits():
    text = ("Country visits and data\n\nThe visits relied on national data:\n\nChile, 2019: Ministry of Health survey\n\n"
            "Peru, 2020: National Statistics Office\n")
    assert _got(text)["visits"] == []


def test_a_releases_list_of_the_experts():
    text = ("GENEVA (3 May 2031) - The Working Group on mercenaries ended its visit to Chad today.\n\n"
            "The experts: Lena Holm (Sweden), Chair-Rapporteur; Omar Saleh (Jordan); Ana Ruiz (Chile).")
    assert sorted(_got(text)["holders"]) == ["Ana Ruiz", "Lena Holm", "Omar Saleh"]


def test_the_expert_introduced_then_named_as_a_sentences_subject():
    text = ("UN expert to visit Chad next week\n31 July 2031 - The United Nations Special Rapporteur on the situation of "
            "human rights in Chad will make his first mission to the country next week.\nOmar Saleh, who will be in Chad "
            "from 3 to 7 August, has asked to meet officials.\nThe Special Rapporteur - who took up the post in May this "
            "year - will also meet civil society.")
    got = _got(text)
    assert got["holders"] == ["Omar Saleh took-up 2031-05"]
    assert got["visits"] == ["Chad 2031-08-03..2031-08-07 announced"]


def test_a_visit_put_off_to_a_later_time_is_announced_for_then():
    text = "9. The visit to Nepal, first planned for October 2030, was postponed to February 2031 at the Government's request."
    assert _got(text)["visits"] == ["Nepal 2031-02.. announced"]


def test_a_visit_being_prepared_or_scheduled_is_announced():
    text = "11. At the time of writing the Special Rapporteur was preparing her visit to Peru, scheduled for 4-13 October 2030."
    assert _got(text)["visits"] == ["Peru 2030-10-04..2030-10-13 announced"]


def test_visits_made_by_the_post_to_a_list_and_a_clause_between_listed_countries():
    assert _got("13. Reports on the visits made by the Special Rapporteur to Chile, Peru and Ghana are online.")["visits"] \
        == ["Chile .. completed", "Ghana .. completed", "Peru .. completed"]
    text = "12. The Special Rapporteur visited Chile (3-12 May 2030), at the invitation of the Government, and Peru (4-13 October 2030)."
    assert _got(text)["visits"] == ["Chile 2030-05-03..2030-05-12 completed", "Peru 2030-10-04..2030-10-13 completed"]


def test_accepted_visits_in_lists_and_sentences():
    text = "Country visits\n\nVisits agreed to by the Government\n\nChile, 3-9 May 2032\n\nPeru, 10-14 June 2032\n"
    assert _got(text)["visits"] == ["Chile 2032-05-03..2032-05-09 accepted", "Peru 2032-06-10..2032-06-14 accepted"]
    assert _got("Country visits\n\nAccepted visits: Chile and Peru.")["visits"] == ["Chile .. accepted", "Peru .. accepted"]
    assert _got("The Governments of Chile and Peru have accepted her requests to visit.")["visits"] \
        == ["Chile .. accepted", "Peru .. accepted"]
    assert _got("The Government of Chile has agreed to a visit in May 2032.")["visits"] == ["Chile 2032-05.. accepted"]
