"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_31 and held_out_32
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from mandate_lineage.loaders.people import find_holders
from mandate_lineage.loaders.visit_reader import read_visits

from .corpus_eval import holder_names as _names


# --- holders: names ----------------------------------------------------------------------------------------------------

def test_an_addendum_line_after_the_author_is_no_part_of_the_name():
    text = ("Report of the Special Rapporteur on the right to water, Marta Olmedo Addendum Observations on "
            "communications sent to Governments")
    assert _names(text) == ["Marta Olmedo"]


def test_a_corrigendum_line_after_the_author_is_no_part_of_the_name():
    assert _names("Report of the Independent Expert on debt, Tomas Lindqvist Corrigendum") == ["Tomas Lindqvist"]


def test_ministries_listed_after_the_post_are_no_person():
    text = ("The Special Rapporteur will meet officials of the Ministries of Justice, Foreign Affairs and Home Affairs, "
            "and civil society in the capital.")
    assert _names(text) == []


def test_a_contents_heading_letter_is_no_initial():
    text = ("Report of the Special Rapporteur on racism . . . . 6 B. Reports submitted to the Council . . . 8 "
            "C. Field missions . . . 9")
    assert _names(text) == []


def test_a_forum_chairperson_rapporteur_is_no_holder():
    text = ("Report of the 2031 Social Forum (Geneva, 2-4 May 2031) Chairperson-Rapporteur: Ana Beltrami (Chile) "
            "Summary The Forum discussed the rights of older persons.")
    assert _names(text) == []


def test_an_intergovernmental_group_chair_is_no_holder():
    text = ("Report of the open-ended intergovernmental working group on a draft declaration "
            "Chair-Rapporteur: Ana Beltrami")
    assert _names(text) == []


def test_a_working_group_chair_rapporteur_still_is_a_holder():
    text = "Report of the Working Group on Arbitrary Detention Chair-Rapporteur: Ana Beltrami"
    assert _names(text) == ["Ana Beltrami"]


# --- holders: dates ----------------------------------------------------------------------------------------------------

def test_took_up_after_a_long_post_title():
    text = ("Ms. Ana Beltrami (Chile) took up her functions as United Nations Special Rapporteur on the right of everyone "
            "to the enjoyment of the highest attainable standard of physical and mental health in all regions of the "
            "world on 1 March 2031. Ms. Beltrami is a physician.")
    [h] = find_holders(text)
    assert (h.name, str(h.took_up_functions)) == ("Ana Beltrami", "2031-03-01")


def test_the_holder_a_new_one_succeeds_is_an_earlier_holder():
    text = ("Current mandate holder\n\nMs. Ana Beltrami took up her functions as Special Rapporteur on the right to water "
            "on 1 June 2031, succeeding Mr. Tomas Lindqvist. She teaches law.")
    hs = find_holders(text)
    assert [(h.name, h.former) for h in hs] == [("Ana Beltrami", False), ("Tomas Lindqvist", True)]
    assert str(hs[0].took_up_functions) == "2031-06-01"


def test_a_holder_who_replaced_the_former_one():
    text = "The Council appointed Ana Beltrami as Independent Expert on debt, who replaced the former Independent Expert, Tomas Lindqvist."
    assert _names(text) == ["Ana Beltrami", "Tomas Lindqvist"]


def test_a_minister_succeeding_another_is_no_holder():
    assert _names("Ana Beltrami became Minister of Justice in 2031, succeeding Tomas Lindqvist.") == []


def test_a_web_page_by_line_names_the_holder_who_wrote_it():
    text = ("Right to water - 2031 Submitted by Ana Beltrami on Tue, 03/04/2031 - 10:12 Under resolution 51/3, the "
            "Special Rapporteur presents her first report to the General Assembly.")
    assert _names(text) == ["Ana Beltrami"]


def test_a_by_line_on_a_page_without_the_post_names_no_holder():
    assert _names("Water news Submitted by Ana Beltrami on Tue, 03/04/2031 The city opened a new plant.") == []


# --- visits --------------------------------------------------------------------------------------------------------------

def _visits(text: str) -> list[tuple[str, str | None, str]]:
    return [(v.country, v.start, v.status) for v in read_visits(text)]


def test_the_visits_a_former_holder_made_to_a_list_of_countries():
    text = ("The report covers two heads: the reports of the previous holder; and the country visits the former Special "
            "Rapporteur made to Chile, Peru, the Gambia and the United Republic of Tanzania.")
    assert _visits(text) == [("Chile", None, "completed"), ("Peru", None, "completed"), ("Gambia", None, "completed"),
                             ("United Republic of Tanzania", None, "completed")]


def test_the_missions_the_working_group_conducted_in_two_countries():
    text = "This section sums up the missions that the Working Group conducted in Ghana and Nepal."
    assert [v[0] for v in _visits(text)] == ["Ghana", "Nepal"]


def test_a_country_a_person_may_be_extradited_to_is_no_visit():
    text = ("In May the Special Rapporteur went to see a detainee held in a prison abroad, to assess the risk of "
            "ill-treatment should he be extradited to the Republic of Korea.")
    assert _visits(text) == []


def test_the_government_of_a_country_among_those_visited_is_no_visit():
    text = ("The Working Group kept up a dialogue with the countries it had visited and received information from the "
            "Government of Ecuador.")
    assert _visits(text) == []


def test_a_country_named_as_visited_still_is_a_visit():
    assert [v[0] for v in _visits("The Working Group visited Ecuador, one of the countries it had asked to see.")] == ["Ecuador"]


def test_the_occupied_palestinian_territory_is_a_place_of_visits():
    text = "A Special Rapporteur on the territories last visited Israel and the Occupied Palestinian Territory in 2019."
    assert _visits(text) == [("Israel", "2019", "completed"), ("Occupied Palestinian Territory", "2019", "completed")]


def test_a_city_then_its_country_after_went_to():
    text = ("I went to Nairobi, Kenya, where from 3 to 8 May 2031 I met officials to talk about the situation in the "
            "occupied Palestinian territory.")
    assert _visits(text) == [("Kenya", "2031-05-03", "completed")]


def test_has_been_to_a_country_twice_is_a_completed_visit():
    assert _visits("The Special Rapporteur has been to Chile twice and thanks its Government.") == [("Chile", None, "completed")]


def test_has_never_been_to_a_country_is_no_visit():
    assert _visits("The Special Rapporteur has never been to Chile, despite two requests.") == []


def test_visits_by_year_with_a_comma_before_the_countries():
    text = "In 2031 the Working Group made two country visits, to Chile and to the Republic of Moldova."
    assert _visits(text) == [("Chile", "2031", "completed"), ("Republic of Moldova", "2031", "completed")]


def test_missions_with_a_colon_and_one_country_each():
    text = "In 2031 the Working Group conducted two missions, one to Chile and one to Peru."
    assert _visits(text) == [("Chile", "2031", "completed"), ("Peru", "2031", "completed")]


def test_a_holder_who_returned_to_a_country_made_a_visit():
    assert _visits("In May 2031 the Special Rapporteur returned to Chile for a follow-up visit.") == [("Chile", "2031-05", "completed")]


def test_people_forcibly_returned_to_a_country_are_no_visit():
    assert _visits("The Special Rapporteur met migrants in a camp; many fear being forcibly returned to Eritrea.") == []


def test_the_holder_who_succeeds_another_is_a_later_holder():
    text = "Tomas Lindqvist served as Independent Expert on debt until 2031, when he was succeeded by Ms. Ana Beltrami."
    assert [(h.name, h.former) for h in find_holders(text)] == [("Tomas Lindqvist", False), ("Ana Beltrami", False)]


def test_country_visits_after_a_colon():
    text = "During the reporting period, the Working Group undertook two country visits: to Chile and to Peru."
    assert [v[0] for v in _visits(text)] == ["Chile", "Peru"]


def test_visited_a_number_of_countries_then_their_names():
    text = "In 2031 the Working Group visited two countries, Chile and Peru."
    assert _visits(text) == [("Chile", "2031", "completed"), ("Peru", "2031", "completed")]


def test_the_missions_a_body_made_in_a_year_to_countries():
    text = "The report reviews the missions the Working Group made in 2031 to Chile and Peru."
    assert [v[0] for v in _visits(text)] == ["Chile", "Peru"]


def test_fields_of_a_list_of_ministries_are_no_person():
    text = "The Special Rapporteur will meet officials of the Ministries of Justice, Social Development and Labour."
    assert _names(text) == []


def test_a_holder_named_after_a_minister_still_is_a_holder():
    text = "She met the Minister of Justice, Ana Beltrami, and the Special Rapporteur on food, Tomas Lindqvist."
    assert _names(text) == ["Tomas Lindqvist"]


def test_a_year_then_each_country_with_its_days_in_brackets():
    text = "In 2031, the Working Group conducted country visits to Chile (3-10 May) and Peru (28 September to 8 October)."
    assert [(v.country, v.start, v.end) for v in read_visits(text)] == [("Chile", "2031-05-03", "2031-05-10"),
                                                                       ("Peru", "2031-09-28", "2031-10-08")]


def test_an_opinion_piece_by_line_names_the_holder():
    text = "Hunger is rising. By Ana Beltrami. The author is the UN Special Rapporteur on the right to food."
    assert _names(text) == ["Ana Beltrami"]


def test_a_by_line_opening_the_name_is_no_part_of_it():
    assert _names("By Ana Beltrami, UN Special Rapporteur on the right to food. Hunger is rising.") == ["Ana Beltrami"]


def test_by_a_resolution_or_a_month_names_no_holder():
    assert _names("By resolution 5/1, the Council set up the procedure. By March 2031, the Special Rapporteur had reported.") == []


def test_the_countries_a_body_visited_then_their_names():
    text = "The Working Group received replies from the countries it visited in 2030, Chile and Peru."
    assert [v[0] for v in _visits(text)] == ["Chile", "Peru"]


def test_cities_each_with_its_country_in_a_list():
    text = "The Special Rapporteur travelled to Santiago, Chile, and Lima, Peru, in May 2031."
    assert [v[0] for v in _visits(text)] == ["Chile", "Peru"]


def test_a_request_split_from_its_list_by_a_copys_doubled_line_break_is_no_visit():
    # (found by the seed A/HRC/38/40 after the "visit the following countries:" rule: the unit began after the break)
    text = ("12. The Independent Expert has so far requested invitations from the Governments \n\nconcerned to "
            "visit the following countries: Chile, Ghana and Nepal.")
    assert _visits(text) == []


def test_the_following_countries_visited_across_a_doubled_line_break_are_visits():
    text = "12. In her first year in office the Independent Expert \n\nvisited the following countries: Chile and Ghana."
    assert [(c, s) for c, _d, s in _visits(text)] == [("Chile", "completed"), ("Ghana", "completed")]
