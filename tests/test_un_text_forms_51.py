"""Forms of UN text behind the misses of the sealed parts held_out_45 and held_out_46 (area: country visits).
Sentences are the project's own."""
from mandate_lineage.loaders.visit_reader import read_visits


def _keys(text):
    return [(v.country, v.start, v.end, v.status) for v in read_visits(text)]


def test_a_state_of_the_united_states_named_like_a_country_is_no_visit():
    text = ("The Special Rapporteur made a visit to the United States of America from 3 to 14 May 2021. "
            "He went to Ohio (Columbus), Georgia (Savannah) and Texas (Houston).")
    assert [k[0] for k in _keys(text)] == ["United States of America"]


def test_a_city_comma_state_line_in_a_visit_programme_is_no_visit():
    text = ("GENEVA (2 March 2021) - The expert will visit the United States of America from 3 to 14 May 2021.\n"
            "May 5 Savannah, Georgia\nMay 7 Houston, Texas\n")
    assert [k[0] for k in _keys(text)] == ["United States of America"]


def test_georgia_the_country_is_still_a_visit():
    text = "The Working Group carried out a visit to Georgia from 3 to 10 June 2019."
    assert _keys(text) == [("Georgia", "2019-06-03", "2019-06-10", "completed")]
