"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_33 and held_out_34
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from mandate_lineage.loaders.people import find_holders


def _names(text: str, blocks=()) -> list[str]:
    return sorted(h.name for h in find_holders(text, list(blocks)))


# --- holders: a Working Group's members listed with their countries ---------------------------------------------------

def test_members_listed_after_a_colon_with_country_and_office_in_brackets():
    text = ("The Working Group on Unlawful Custody has five independent expert members from several regions: Mr. Tomas "
            "Varga (Ruritania; Chair-Rapporteur), Ms. Lena Orlov (Freedonia; Vice-Chair on Follow-up), Ms. Ada Nwosu "
            "(Wakanda) and Mr. Kim Seo-Jun (the Republic of Korea).")
    assert _names(text) == ["Ada Nwosu", "Kim Seo-Jun", "Lena Orlov", "Tomas Varga"]


def test_members_listed_with_their_office_after_a_dash():
    text = ("The Working Group on Unlawful Custody is made up of four independent experts from around the world: Tomas "
            "Varga (Ruritania) - Chair-Rapporteur; Lena Orlov (Freedonia) - Vice-Chair on Communications; Ada Nwosu "
            "(Wakanda) and Pedro Alves (Brazil).")
    assert _names(text) == ["Ada Nwosu", "Lena Orlov", "Pedro Alves", "Tomas Varga"]


def test_members_of_the_group_named_in_apposition():
    text = ("The Working Group on Unlawful Custody will visit the country next week. Two members of the group, Tomas "
            "Varga and Lena Orlov, make up the delegation and will meet officials.")
    assert _names(text) == ["Lena Orlov", "Tomas Varga"]


def test_chair_vice_chair_and_the_other_members():
    text = ("The Working Group on Missing Persons has five experts. Its Chair-Rapporteur is Mr. Tomas Varga (Ruritania) "
            "and its Vice-Chair Ms. Lena Orlov (Freedonia); the other members are Mr. Pedro de Alves (Brazil), Ms. Ada "
            "Nwosu (Wakanda), and Mr. Omar El-Sayed (Egypt).")
    assert _names(text) == ["Ada Nwosu", "Lena Orlov", "Omar El-Sayed", "Pedro de Alves", "Tomas Varga"]


def test_a_name_split_over_two_lines_in_a_member_list():
    text = ("The Working Group on Unlawful Custody has three independent expert members: Mr. Tomas Andres\nVarga "
            "(Ruritania), Ms. Lena Orlov (Freedonia) and Ms. Ada Nwosu (Wakanda).")
    assert _names(text) == ["Ada Nwosu", "Lena Orlov", "Tomas Andres Varga"]


# --- holders: names the holder speaks of, after the post and a verb --------------------------------------------------

def test_people_the_holder_asks_to_release_are_no_holders():
    text = ("The Special Rapporteur on the situation in Ruritania, Tomas Varga, issued a statement. The Special "
            "Rapporteur wants Pavel Drozd, Ilya Petrenko and Oleg Sidorenko released without conditions.")
    assert _names(text) == ["Tomas Varga"]


def test_groups_and_cities_after_the_post_and_a_verb_are_no_holders():
    text = ("The Special Rapporteur on the right to water, Ms. Lena Orlov, will visit the country. The Special Rapporteur "
            "will look into how groups (children, migrants, Rural Women, the elderly) get water, and is due to meet "
            "officials in Port Royal, Santa Clara and Nueva Vista.")
    assert _names(text) == ["Lena Orlov"]


def test_a_plural_organisation_word_before_the_post_is_no_person():
    assert _names("Farmer Associations Special Rapporteur on the right to food") == []


# --- visits: a visit begun "today" ------------------------------------------------------------------------------------

def _visits(text: str) -> list[tuple]:
    from mandate_lineage.loaders.visit_reader import read_visits
    return [(v.country, v.start, v.end, v.status) for v in read_visits(text)]


def test_from_today_to_a_day_under_a_news_sites_stamp():
    text = ("Thursday, 9 March 2028 08:10\n"
            "Two members of the UN Working Group on Unlawful Custody will make an official visit to Chile from today "
            "to 20 March to see how people are deprived of their liberty.")
    assert _visits(text) == [("Chile", "2028-03-09", "2028-03-20", "announced")]


def test_begun_today_which_will_end_on_a_dated_day_with_no_dateline():
    text = ("GENEVA - The Special Rapporteur on the right to food started an official visit to Peru today, which will "
            "conclude on 14 October 2029. She will meet officials and farmers.")
    assert _visits(text) == [("Peru", None, "2029-10-14", "announced")]


# --- visits: asked for, or a habit of the mandate, no visit ------------------------------------------------------------

def test_asking_the_government_to_let_the_expert_carry_out_a_mission_is_no_visit():
    text = ("The Special Rapporteur on the situation in Ruritania asked the Government to let her carry out a "
            "fact-finding mission to the country soon. She also asked it to invite her on an official mission to "
            "Ruritania at the first chance.")
    assert _visits(text) == []


def test_visits_a_mandate_makes_regularly_are_no_visit():
    text = ("The Special Rapporteur on the situation of human rights in Ruritania goes on visits or missions to "
            "Ruritania regularly and reports each year to the Human Rights Council.")
    assert _visits(text) == []


# --- holders: appointment dates ---------------------------------------------------------------------------------------

def _appointed(text: str) -> dict:
    return {h.name: h.appointed for h in find_holders(text)}


def test_a_date_of_the_holders_next_act_is_not_the_appointment():
    text = ("The Special Rapporteur on the right to water, Prof. Marta Olmedo, will visit Chile. In 2010 the Council "
            "decided to appoint a special rapporteur on the right to water for three years. Prof. Olmedo was appointed "
            "and presented her first report to the Council in March 2011.")
    assert _appointed(text) == {"Marta Olmedo": "2010"}


def test_no_decision_to_appoint_leaves_the_date_open():
    text = ("The Special Rapporteur on the right to water, Prof. Marta Olmedo, will visit Chile. Ms. Olmedo was "
            "appointed and put her first report before the Council in March 2011.")
    assert _appointed(text) == {"Marta Olmedo": None}


def test_a_given_name_and_the_initials_of_the_family_name():
    text = "GENEVA - Meena R.S., the Special Rapporteur on the right to housing, started a visit to Peru today."
    assert _names(text) == ["Meena R.S."]


def test_a_single_trailing_initial_is_still_no_part_of_the_name():
    assert _names("Report of the Special Rapporteur on the right to water, Marta Olmedo A.") == ["Marta Olmedo"]


# --- holders: a report's Spanish or French version ---------------------------------------------------------------------

def test_the_author_of_a_spanish_version():
    text = ("Informe de la Relatora Especial sobre el derecho al agua, Marta Olmedo Adición Misión a Chile Resumen "
            "En este informe la Relatora Especial examina la situación.")
    assert _names(text) == ["Marta Olmedo"]


def test_the_author_of_a_french_version():
    text = "Rapport de l'Experte indépendante sur la dette, Claire Dubois Additif Mission au Pérou"
    assert _names(text) == ["Claire Dubois"]


def test_spanish_and_french_titles_before_the_name():
    assert _names("La Relatora Especial sobre el derecho al agua, Sra. Marta Olmedo, visitó Chile.") == ["Marta Olmedo"]
    assert _names("L'Experte indépendante sur la dette, Mme Claire Dubois, a visité le Pérou.") == ["Claire Dubois"]


def test_the_following_members_and_the_members_of_the_group_are():
    text = ("The Working Group on Missing Persons is composed of the following five members: Ms. Lena Orlov "
            "(Freedonia), Mr. Tomas Varga (Ruritania) and Ms. Ada Nwosu (Wakanda).")
    assert _names(text) == ["Ada Nwosu", "Lena Orlov", "Tomas Varga"]
    text = ("The current members of the Working Group on Missing Persons are: Ms. Lena Orlov (Freedonia), Chair; "
            "Mr. Tomas Varga (Ruritania) and Ms. Ada Nwosu (Wakanda).")
    assert _names(text) == ["Ada Nwosu", "Lena Orlov", "Tomas Varga"]


def test_from_today_under_a_month_first_stamp():
    text = ("Tuesday, October 6, 2029 10:00 AM\n"
            "The UN expert on housing will make an official visit to Peru from today to 14 October.")
    assert _visits(text) == [("Peru", "2029-10-06", "2029-10-14", "announced")]


def test_a_weekday_line_with_no_hour_is_no_dateline():
    text = ("Sunday Jan 12, 2031\n"
            "The UN expert on housing will make an official visit to Peru from today to 14 October.")
    assert _visits(text) == [("Peru", None, None, "announced")]
