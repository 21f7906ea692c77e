"""Forms of UN text behind the holder and visit misses of the sealed blind parts held_out_31 and held_out_32
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B of issue 16: holders and country visits."""
from __future__ import annotations

from mandate_lineage.loaders.people import find_holders


def _names(text: str, blocks=()) -> list[str]:
    return [h.name for h in find_holders(text, list(blocks))]


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
