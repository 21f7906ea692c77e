"""Forms of UN text met in the sealed parts held_out_45/46 and their neighbours (our own sentences): a Working
Group's members named in a release or statement."""
from __future__ import annotations

import pytest

from mandate_lineage.loaders.holder_dates import appointed_then
from mandate_lineage.loaders.holder_regional import a_place
from mandate_lineage.loaders.people import find_holders


def _names(text: str) -> set[str]:
    return {h.name for h in find_holders(text)}


@pytest.mark.parametrize("text, names", [
    # a member as the subject of a quote, her trade words before "expert", then "another member of the Working Group"
    ('"The visit matters," said human rights expert Amara Kessel, a member of the Group\'s delegation. '
     'Ms. Lena Voss, another member of the Working Group on the visit, added that the talks went well.',
     {"Amara Kessel", "Lena Voss"}),
    ('"We thank the Government," said independent expert Tomas Halvik, a member of the Working Group.',
     {"Tomas Halvik"}),
    # the writer leads the delegation "with two other members: NAME (from X) and NAME (from Y)"
    ('The Working Group on Example Matters went to Ruritania. I led the delegation as Chair-Rapporteur, with two other '
     'members: Mr. Paulo Drenner (from Chile) and Mr. Ivo Castell (from Ukraine).', {"Paulo Drenner", "Ivo Castell"}),
    ('The Working Group visited Ruritania, with three other experts: Ms. Anna Berrin, Mr. Kofi Damsel and Ms. Rita Olen.',
     {"Anna Berrin", "Kofi Damsel", "Rita Olen"}),
    # bare "experts NAME and NAME of the UN Working Group on X said"
    ('"Growth has not reached women," experts Helga Moravec and Sina Ortel of the UN Working Group on example '
     'matters said at the end of their mission to Ruritania.', {"Helga Moravec", "Sina Ortel"}),
    ('Members Jonas Weir and Pia Landt of the Working Group on example matters will visit Ruritania.',
     {"Jonas Weir", "Pia Landt"}),
])
def test_working_group_members_named(text, names):
    assert names <= _names(text)


def test_experts_of_another_body_are_not_members():
    assert not _names("Forensic experts Jonas Weir and Pia Landt examined the site for the police.")


@pytest.mark.parametrize("text", [
    "Relator Especial de Naciones Unidas sobre el derecho a la salud\n\nMisión a Ruritania, 7 a 15 de junio",
    "Rapporteur spécial des Nations Unies sur le droit à la santé. Mission en Ruritanie.",
])
def test_the_organisation_in_another_language_is_no_holder(text):
    assert not _names(text)


@pytest.mark.parametrize("text", [
    "GENEVA - The Special Rapporteur on example matters, Amara Kessel, will visit Ruritania. The Special Rapporteur "
    "will go to Port Vale, Santa Rosa, Nueva Esperanza and Oldtown to meet the Government.",
    "GENEVA - The Special Rapporteur on example matters, Amara Kessel, will visit Ruritania. She will travel in "
    "Port Vale, Santa Rosa and Oldtown.",
])
def test_a_city_in_a_list_of_places_is_no_holder(text):
    assert _names(text) == {"Amara Kessel"}


def test_a_speaker_after_a_place_stays_a_holder():
    text = "The Special Rapporteur on example matters will travel to Geneva, Amara Kessel said on Monday."
    assert not a_place(text, "Amara Kessel")          # no list of places goes on after the name


def test_a_name_with_and_without_accents_is_one_holder():
    text = ("GENEVA - Joao Ferreira, the Special Rapporteur on example matters, will visit Ruritania. "
            "Mr. João Ferreira (Brazil) has been the Special Rapporteur on example matters since his appointment in November 2014.")
    hs = find_holders(text)
    assert [h.name for h in hs] == ["João Ferreira"]
    assert hs[0].appointed == "2014-11"


@pytest.mark.parametrize("text", [
    "Invited by the Government, my colleague Ms. Amara Kessel — the Special Rapporteur on example matters — and I went to Ruritania.",
    "We met Lena Voss – the Independent Expert on example matters – at the end of the visit.",
    "The statement was read by Lena Voss - the Independent Expert on example matters - on Friday.",
])
def test_a_post_between_dashes_after_the_name(text):
    assert _names(text) <= {"Amara Kessel", "Lena Voss"} and len(_names(text)) == 1


@pytest.mark.parametrize("text, name", [
    ("Report of the Special Rapporteur on example matters, Amara Van Kessel: Addendum - Mission to Ruritania\n\n"
     "The Special Rapporteur visited Ruritania in June.", "Amara Van Kessel"),
    ("Report of the Independent Expert on example matters, Lena Voss: Mission to Ruritania", "Lena Voss"),
])
def test_a_report_title_names_its_holder_before_a_colon(text, name):
    assert _names(text) == {name}


def test_a_field_label_after_a_name_is_still_cut():
    text = "Special Rapporteur on example matters, Amara Kessel Document Type: Final report. Amara Kessel spoke."
    assert _names(text) <= {"Amara Kessel"}


@pytest.mark.parametrize("text, date", [
    ("Amara Kessel will visit Ruritania. The Commission on Human Rights set up the post of Special Rapporteur on example "
     "matters in April 1996. Ms. Kessel, a judge, has held the post since she was appointed then.", "1996-04"),
    ("Lena Voss will visit Ruritania. The Council created the mandate on 5 May 2011 and Mr. Voss was appointed at that time.",
     "2011-05-05"),
])
def test_appointed_then_takes_the_date_of_the_sentence_before(text, date):
    assert appointed_then(text, ["Amara Kessel", "Lena Voss"]) in ({"Amara Kessel": date}, {"Lena Voss": date})


def test_appointed_then_needs_a_post_set_up_before():
    text = "Amara Kessel spoke in Geneva in April 1996 about schools. Ms. Kessel has held the post since she was appointed then."
    assert appointed_then(text, ["Amara Kessel"]) == {}


@pytest.mark.parametrize("text, name", [
    ("Доклад, представленный Специальным докладчиком по вопросу о примерных вопросах, Анна Мария Кессель*\n\nРезюме",
     "Анна Мария Кессель"),
    ("Доклад Независимого эксперта по вопросу о примерных вопросах, Лена Восс\n\nДобавление", "Лена Восс"),
])
def test_a_russian_heading_names_its_holder(text, name):
    assert _names(text) == {name}
