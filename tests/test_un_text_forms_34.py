"""Forms of UN text behind the holder misses of the sealed blind parts held_out_35 and held_out_36
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule
is for the form of text, not for a corpus text. Area B1 of issue 16: holders, their names and dates."""
from __future__ import annotations

from mandate_lineage.loaders.people import find_holders


def _holders(text: str, blocks=()) -> dict[str, str | None]:
    return {h.name: h.took_up_functions for h in find_holders(text, list(blocks))}


def _blocks(text: str) -> list[int]:
    """Where each block after a blank line starts (as the document reader passes them)."""
    out, pos = [], 0
    while (i := text.find("\n\n", pos)) >= 0:
        out.append(i + 2)
        pos = i + 2
    return out


# --- took up: the bio line names the holder, then "he took up his functions on D" in the same sentence -----------------

def test_took_up_after_the_holders_own_name_in_a_bio_sentence():
    text = ("GENEVA (3 May 2021) - Tomas Varga, the UN Special Rapporteur on the right to food, will visit Ruritania. "
            "Mr. Tomas Varga (Freedonia) is an economist; he took up his functions as Special Rapporteur on 1 June 2018.")
    assert _holders(text) == {"Tomas Varga": "2018-06-01"}


def test_took_up_in_a_bio_sentence_with_her_and_post():
    text = ("Lena Orlov, the Independent Expert on debt, said the plan was weak. Ms. Lena Orlov is a lawyer by training "
            "and took up her post on 15 August 2016.")
    assert _holders(text) == {"Lena Orlov": "2016-08-15"}


def test_took_up_not_given_to_the_holder_when_another_person_is_named_first():
    text = ("Tomas Varga, the UN Special Rapporteur on food, met the Minister. Ms. Ada Nwosu, the chief economist, "
            "took up her functions on 2 March 2019.")
    assert _holders(text) == {"Tomas Varga": None}


# --- a plural post before two names: a joint release -------------------------------------------------------------------

def test_plural_post_then_two_names():
    text = "Ending their joint visit, the UN Special Rapporteurs Tomas Varga and Lena Orlov urged the Government to act."
    assert sorted(_holders(text)) == ["Lena Orlov", "Tomas Varga"]


def test_plural_post_with_subjects_then_names_between_commas():
    text = ("The Special Rapporteurs on the right to food and on adequate housing, Tomas Varga and Lena Orlov, will "
            "report to the Council.")
    assert sorted(_holders(text)) == ["Lena Orlov", "Tomas Varga"]


def test_plural_post_in_spanish_with_y():
    text = "Al terminar la visita, los Relatores Especiales Tomas Varga y Lena Orlov pidieron al Gobierno actuar."
    assert sorted(_holders(text)) == ["Lena Orlov", "Tomas Varga"]


def test_plural_independent_experts_then_three_names():
    text = "The Independent Experts Tomas Varga, Lena Orlov and Ada Nwosu will present their findings in March."
    assert sorted(_holders(text)) == ["Ada Nwosu", "Lena Orlov", "Tomas Varga"]


# --- a statement's header: the post's title, then the titled name alone on its block -----------------------------------

def test_statement_header_in_spanish():
    text = ("Relatora Especial sobre el derecho a la alimentación\n\nSra. Lena Orlov\n\nBogotá, 3 de mayo de 2019\n\n"
            "Agradezco al Gobierno su invitación y su cooperación durante mi visita.")
    assert _holders(text, _blocks(text)) == {"Lena Orlov": None}


def test_statement_header_in_english_with_a_link_between():
    text = ("End of mission statement of the Special Rapporteur on the right to food\n\nhttps://example.org/news/123\n\n"
            "Mr. Tomas Varga (Freedonia)\n\nLima, 4 June 2020\n\nI thank the Government for its invitation.")
    assert _holders(text, _blocks(text)) == {"Tomas Varga": None}


def test_titled_name_alone_with_no_post_heading_is_no_holder():
    text = ("Annual meeting of the national commission\n\nMr. Tomas Varga\n\nLima, 4 June 2020\n\n"
            "The commission thanks its members.")
    assert _holders(text, _blocks(text)) == {}


# --- the Chair of the Coordination Committee of Special Procedures, and a colleague that speaker honours ----------------

def test_committee_chair_as_a_title_before_the_name():
    text = ("Statement by Special Procedures Coordination Committee Chairperson Ms. Lena Orlov at the Council\n\n"
            "My fellow mandate holders asked me to speak for them today.")
    assert _holders(text, _blocks(text)) == {"Lena Orlov": None}


def test_committee_chair_in_apposition_after_the_name():
    text = ("Tomas Varga, Chair of the Coordination Committee of Special Procedures, told the Council that the experts "
            "need more support.")
    assert _holders(text) == {"Tomas Varga": None}


def test_committee_chair_before_the_name_between_commas():
    text = ("The Chairperson of the Coordination Committee of the special procedures, Ada Nwosu, opened the annual "
            "meeting of mandate holders.")
    assert _holders(text) == {"Ada Nwosu": None}


def test_a_late_colleague_the_special_procedures_speaker_honours():
    text = ("Statement by Tomas Varga, Chair of the Coordination Committee of Special Procedures.\n\n"
            "We remember our late colleague Lena Orlov, a mandate holder who died last month.")
    assert sorted(_holders(text, _blocks(text))) == ["Lena Orlov", "Tomas Varga"]


def test_colleague_in_a_text_not_about_special_procedures_is_no_holder():
    text = "The mayor thanked our colleague Ada Nwosu of the city council for her work on housing."
    assert _holders(text) == {}


def test_took_up_in_each_bio_line_of_a_joint_release():
    text = ("Ending their visit, the UN Special Rapporteurs Tomas Varga and Lena Orlov urged the Government to act. "
            "Mr. Tomas Varga (Freedonia) is an economist; he took up his functions as Special Rapporteur on 1 June 2018. "
            "Ms. Lena Orlov (Ruritania) is a lawyer and took up her functions on 3 July 2016.")
    assert _holders(text) == {"Tomas Varga": "2018-06-01", "Lena Orlov": "2016-07-03"}


def test_took_up_of_someone_the_holder_welcomes_is_not_the_holders():
    text = ("Ms. Lena Orlov, the Independent Expert on debt, spoke first; Ms. Lena Orlov welcomed the incoming "
            "Special Rapporteur on food, who took up the post on 3 July 2016.")
    assert _holders(text) == {"Lena Orlov": None}


def test_committee_chaired_by_the_name():
    text = "The Coordination Committee of Special Procedures, chaired by Ms. Ada Nwosu, met the President of the Council."
    assert _holders(text) == {"Ada Nwosu": None}


def test_committee_chair_in_a_spanish_version():
    text = ("Tomas Varga, Presidente del Comité de Coordinación de los Procedimientos Especiales, habló ante el Consejo "
            "en nombre de los expertos.")
    assert _holders(text) == {"Tomas Varga": None}


def test_another_committees_chair_is_no_holder():
    text = "Tomas Varga, Chair of the Coordination Committee of the national statistics office, opened the meeting."
    assert _holders(text) == {}


def test_plural_post_then_names_after_a_comma():
    text = "The two Special Rapporteurs, Tomas Varga and Lena Orlov, will present a joint report in March."
    assert sorted(_holders(text)) == ["Lena Orlov", "Tomas Varga"]
