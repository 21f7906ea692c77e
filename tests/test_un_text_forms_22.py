"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_21 and held_out_22
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from .corpus_eval import text_keys as _got


# --- holders: took-up and appointment dates ---------------------------------------------------------------------------

def test_whose_term_started_on_a_day():
    got = _got("Summary\n\nThe Special Rapporteur on the right to food, Mr. Tomas Verlaine, submits this report. It is "
               "the first report of the present mandate holder, whose term started on 3 March 2031.\n")
    assert got["holders"] == ["Tomas Verlaine took-up 2031-03-03"]


def test_took_up_his_appointment_on_a_day_with_the_year_of_the_last_full_date():
    got = _got("Note by the Secretariat\n\nThe Secretariat transmits the report of the Special Rapporteur on adequate "
               "housing, Lena Okoro, pursuant to Council resolution 9/9.\nThe former Special Rapporteur, Marc Dupuy, served "
               "until his tenure ended on 31 July 2031. The present Special Rapporteur, who took up her appointment on "
               "1 August, sets out her priorities.\n")
    assert sorted(got["holders"]) == ["Lena Okoro took-up 2031-08-01", "Marc Dupuy"]


def test_taking_up_functions_written_before_the_name():
    got = _got("Summary\n\n2. On taking up her functions on 4 June 2032, the new Special Rapporteur, Ana Belmonte, wrote to "
               "the Government asking for a dialogue.\n")
    assert got["holders"] == ["Ana Belmonte took-up 2032-06-04"]


def test_appointed_on_a_day_then_took_up_the_mandate_after_a_titled_surname():
    got = _got("Summary\n\nPursuant to resolution 9/9, Rosa Ilunga was appointed Special Rapporteur on the right to food "
               "on 2 April 2030. Ms. Ilunga took up the mandate on 1 June 2030, and this is her first report.\n")
    assert got["holders"] == ["Rosa Ilunga appointed 2030-04-02 took-up 2030-06-01"]


def test_an_apposition_between_the_name_and_was_appointed():
    got = _got("Marta Quill, a national of Ireland, was appointed Special Rapporteur by the Commission in "
               "September 2003 for three years.\n")
    assert got["holders"] == ["Marta Quill appointed 2003-09"]


def test_a_web_page_glued_in_before_the_month_and_of_country_as_the_first_post():
    got = _got("The mandate\nthe first Special Rapporteur on the right to waterIn May 2016 the Human Rights Council "
               "appointed Prof. Ivo Sarkis of Malta as the first Special Rapporteur on the right to water. He teaches law.\n")
    assert got["holders"] == ["Ivo Sarkis appointed 2016-05"]


def test_a_record_field_label_after_the_name_is_no_part_of_it():
    got = _got("9/99 Report of the Special Rapporteur on adequate housing, Rosa Ilunga\nDocument Type: Final Report\n"
               "Date: 2030 Jul\nSummary\nRosa Ilunga, the Special Rapporteur on adequate housing, reports on her work.\n")
    assert got["holders"] == ["Rosa Ilunga"]


def test_member_states_are_no_name():
    got = _got("Summary\n\nThe new Special Rapporteur, Ana Belmonte, met officials. 4. The mandate holder held meetings "
               "with United Nations agencies, Member States concerned and civil society.\n")
    assert got["holders"] == ["Ana Belmonte"]


# --- visits: a GA report's lists ---------------------------------------------------------------------------------

def test_a_list_of_visits_with_their_reports_across_semicolons():
    got = _got("12. The Special Rapporteur has visited and reported on Chad (A/HRC/1/1/Add.1); Peru (A/HRC/1/1/Add.2); "
               "the northern highlands in Norway and Sweden (A/HRC/2/2/Add.1); and Fiji (A/HRC/2/2/Add.3). He has "
               "also studied other matters.\n")
    assert got["visits"] == sorted(f"{c} .. completed" for c in ["Chad", "Peru", "Norway", "Sweden", "Fiji"])


def test_footnote_markers_glued_to_listed_countries():
    got = _got("30. The Special Rapporteur has visited Ghana,3 Peru,4 Fiji,5 and Nepal, and he made follow-up visits "
               "to Chile6 and Mali.\n")
    assert got["visits"] == sorted(f"{c} .. completed" for c in ["Ghana", "Peru", "Fiji", "Nepal", "Chile", "Mali"])


def test_invitations_and_positive_answers_are_accepted_visits():
    got = _got("40. The Governments of Panama and Ghana have also invited her to assess the situation, and she "
               "welcomes those invitations. She has had positive signs from Peru about a coming visit.\n")
    assert got["visits"] == ["Ghana .. accepted", "Panama .. accepted", "Peru .. accepted"]


def test_a_year_opening_the_clause_and_a_listed_countrys_own_year():
    got = _got("48. In 2031 the Special Rapporteur will visit Peru and, late in 2032, the United States.\n")
    assert got["visits"] == ["Peru 2031.. announced", "United States of America 2032.. announced"]


def test_a_government_agreeing_to_receive_the_expert_in_a_month():
    got = _got("5. The Special Rapporteur thanks the Government of Chad for agreeing to receive him in October 2030 and "
               "hopes the dates will be fixed soon.\n")
    assert got["visits"] == ["Chad 2030-10.. accepted"]


def test_a_page_list_of_upcoming_visits_with_month_spans():
    got = _got("Country visits\n\nUpcoming visits\n\n  \u2022 Peru (November/December 2030), confirmed.\n"
               "  \u2022 Ghana (December 2030-January 2031), confirmed.\n")
    assert got["visits"] == ["Ghana 2030-12..2031-01 announced", "Peru 2030-11..2030-12 announced"]


def test_a_past_list_item_with_a_month_span_is_completed():
    got = _got("Country visits\n\nPast visits\n\n  \u2022 Fiji (May-June 2028)\n")
    assert got["visits"] == ["Fiji 2028-05..2028-06 completed"]


def test_people_arriving_are_no_visit_and_a_named_mission_in_a_country_is_a_body():
    got = _got("GENEVA (3 June 2031) - The Special Rapporteur on food will visit Chad from 5 to 9 June 2031.\n\n"
               "More than 3,000 migrants had arrived in Spain in 2030. About 200 a day had arrived since May. More "
               "people were arriving in Greece.\n")
    assert got["visits"] == ["Chad 2031-06-05..2031-06-09 announced"]
    body = _got("Summary\n\nThe Independent Expert notes that troops of the African Union Mission in Somalia keep "
                "fighting armed groups.\n")
    assert body["visits"] == []


def test_a_territory_in_a_list_of_visits():
    got = _got("12. The Special Rapporteur has visited and reported on Chad (A/HRC/1/1/Add.1); and French Polynesia "
               "(France) (A/HRC/1/1/Add.2).\n")
    assert got["visits"] == ["Chad .. completed", "French Polynesia .. completed"]


def test_a_visit_planned_in_a_span_of_months():
    got = _got("GENEVA (3 June 2031) - The Special Rapporteur will visit Peru in September/October 2031.\n")
    assert got["visits"] == ["Peru 2031-09..2031-10 announced"]


def test_invitations_received_are_accepted_but_a_standing_invitation_is_not():
    got = _got("7. The Special Rapporteur has received invitations from Peru and Ghana, and she hopes to visit them "
               "in the coming year. She welcomes the invitation from the Government of Fiji.\n")
    assert got["visits"] == ["Fiji .. accepted", "Ghana .. accepted", "Peru .. accepted"]
    standing = _got("7. Chad has extended a standing invitation to all special procedures. She received a standing "
                    "invitation from Peru.\n")
    assert standing["visits"] == []


def test_positive_indications_for_a_forthcoming_visit():
    got = _got("30. The Special Rapporteur has had positive indications from Peru for a forthcoming mission.\n")
    assert got["visits"] == ["Peru .. accepted"]
