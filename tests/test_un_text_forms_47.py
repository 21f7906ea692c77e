"""Forms of UN text behind the holder misses of the sealed blind parts held_out_43 and held_out_44
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule is
for the form of text, not for a corpus text. Area B1 of issue 16: holders."""
from __future__ import annotations

from mandate_lineage.loaders.people import find_holders


def _names(text: str) -> list[str]:
    return sorted(h.name for h in find_holders(text))


# --- Working Group members listed with an office qualified by "current", "present" ---------------------------------

def test_members_listed_after_a_current_chair_rapporteur():
    text = ("The Working Group on Arbitrary Detention has five independent expert members from all regions: Mr. Jonas "
            "Brink (Norway), current Chair-Rapporteur; Ms. Carla Dente (Chile), Mr. Omar Banda (Kenya), and Ms. Lea Vogt "
            "(Austria).")
    assert _names(text) == ["Carla Dente", "Jonas Brink", "Lea Vogt", "Omar Banda"]


def test_members_listed_after_the_present_vice_chair():
    text = ("The Working Group on Enforced Disappearances is composed of five independent experts: Ms. Carla Dente "
            "(Chile), the present Vice-Chair; Mr. Omar Banda (Kenya) and Ms. Lea Vogt (Austria).")
    assert _names(text) == ["Carla Dente", "Lea Vogt", "Omar Banda"]


# --- a group of experts named "expert group", its members named -----------------------------------------------------

def test_the_expert_group_s_delegation_names_its_members():
    text = ("Ruritania (9 May 2031) - The expert group's delegation, Carla Dente and Lea Vogt, met officials during their "
            "visit. These are their first findings.")
    assert _names(text) == ["Carla Dente", "Lea Vogt"]


def test_the_member_who_chairs_the_independent_expert_group():
    text = ("\"Laws must change in practice,\" said Carla Dente, who chairs the independent expert group of the Human "
            "Rights Council on women's rights.")
    assert _names(text) == ["Carla Dente"]


def test_a_working_group_expert_named_in_passing():
    """"Working Group expert NAME" / "Working Group member NAME": the title says what the person is, no verb needed."""
    text = ("The UN Working Group on discrimination against women will visit Ruritania. Its delegation, in which Working "
            "Group expert Lea Vogt also takes part, will meet officials. Working Group member Omar Banda joins later.")
    assert _names(text) == ["Lea Vogt", "Omar Banda"]


def test_a_forensic_expert_is_still_no_member():
    text = ("The Working Group on Enforced Disappearances ended its visit. Forensic expert Lea Vogt also took part in "
            "the exhumations.")
    assert "Lea Vogt" not in _names(text)


# --- a regional body's rapporteur beside the UN expert is no holder --------------------------------------------------

def test_a_regional_rapporteur_after_the_name():
    text = ("GENEVA - Amara Kessel, the UN Special Rapporteur on human rights defenders, and Lina Oduya, the Special "
            "Rapporteur on human rights defenders of the African Commission on Human and Peoples' Rights, will visit "
            "Ruritania next month.")
    assert _names(text) == ["Amara Kessel"]


def test_a_regional_counterpart_before_the_name():
    text = ("\"Defenders must be heard,\" urged Amara Kessel, the United Nations Special Rapporteur on human rights "
            "defenders, and her counterpart of the African Commission on Human and Peoples' Rights, Lina Oduya, at the "
            "end of their joint visit.")
    assert _names(text) == ["Amara Kessel"]


def test_a_regional_body_s_rapporteur_by_possessive():
    text = ("The Special Rapporteur on freedom of expression, Mr. Tomas Riel, visited Ruritania with the Inter-American "
            "Commission's Special Rapporteur, Mr. Pablo Ostra, in May.")
    assert _names(text) == ["Tomas Riel"]


def test_a_report_of_a_regional_rapporteur_cited_by_the_un_expert():
    text = ("I, Tomas Riel, Special Rapporteur on freedom of expression, support the recommendations of the preliminary "
            "report of Mr. Pablo Ostra, the Special Rapporteur on freedom of expression of the Inter-American "
            "Commission on Human Rights, who visited in August.")
    assert _names(text) == ["Tomas Riel"]


def test_a_un_expert_who_met_the_regional_commission_stays():
    text = ("Amara Kessel, the Special Rapporteur on human rights defenders, met the members of the African Commission "
            "on Human and Peoples' Rights in Banjul.")
    assert _names(text) == ["Amara Kessel"]


# --- a place after "in" before the post is no holder -----------------------------------------------------------------

def test_a_city_before_the_post_after_in():
    text = ("Expert in Port Louis\n\nOlivier Dent, the UN Special Rapporteur on food, has welcomed the law.\n\n"
            "Speaking to journalists in Port Louis, the Special Rapporteur said the law mattered.")
    assert _names(text) == ["Olivier Dent"]


def test_a_holder_also_named_after_in_stays():
    text = ("In Olivier Dent's view, the law matters. Olivier Dent, the Special Rapporteur on food, said so.")
    assert _names(text) == ["Olivier Dent"]


# --- a second surname dropped in one mention: one holder, the full form ----------------------------------------------

def test_a_name_without_its_second_surname_is_the_same_holder():
    text = ("Report of the Special Rapporteur on education, Mr. Tomas Riel*\n\nSummary The Special Rapporteur on "
            "education, Mr. Tomas Riel Ostra, went on a mission to Ruritania.")
    assert _names(text) == ["Tomas Riel Ostra"]


# --- the post's title in Spanish or French is no name ----------------------------------------------------------------

def test_the_spanish_post_title_is_no_name():
    text = ("Informe del Relator Especial sobre el derecho a la salud, Tomas Riel\n\nAdición\n\nMisión a Ruritania\n\n"
            "Resumen\n\nTomas Riel, Relator Especial sobre el derecho a la salud, estuvo en Ruritania en 2031.")
    assert _names(text) == ["Tomas Riel"]


# --- the older title "Representative of the United Nations Secretary-General on ..." -------------------------------

def test_the_representative_of_the_un_secretary_general_with_appointment_year():
    text = ("Amara Kessel, the Representative of the United Nations Secretary-General on internally displaced persons, "
            "will visit Ruritania from 3 to 13 October.\n\nMs. Kessel was appointed Representative in 2031 on the "
            "recommendation of the Commission on Human Rights.")
    hs = find_holders(text)
    assert [(h.name, h.appointed) for h in hs] == [("Amara Kessel", "2031")]


# --- a French or Spanish release naming the holder by title and surname only ----------------------------------------

def test_a_french_release_s_titled_surname():
    text = ("La Rapporteuse spéciale sur le logement se rendra en Ruritanie.\n\nAu terme de sa mission, le 5 mai 2031, "
            "Mme Kessel donnera une conférence de presse à Ruriville.")
    assert _names(text) == ["Kessel"]


def test_a_spanish_release_s_titled_surname():
    text = ("El Relator Especial sobre la vivienda visitará Ruritania. Durante su visita, el Sr. Riel se reunirá con "
            "autoridades y presentará su informe en 2032.")
    assert _names(text) == ["Riel"]


# --- a copy of a report naming its expert only by the visit -----------------------------------------------------------

def test_a_titled_name_before_his_trip_in_a_report_copy():
    text = ("Ruritania: Report of the Independent Expert on sexual orientation and gender identity\n\nRead the press "
            "release from Mr. Tomas Riel-Ostra trip to Ruritania\n\nThe Independent Expert sets out what he learned "
            "during his visit.")
    assert _names(text) == ["Tomas Riel-Ostra"]


def test_a_titled_name_before_her_official_visit():
    text = ("Report of the Special Rapporteur on housing. Ms. Amara Kessel's official visit to Ruritania took place "
            "in May 2031.")
    assert _names(text) == ["Amara Kessel"]


# --- a Chinese copy's heading: the post, then the dotted transliterated name, then "的报告" ---------------------------

def test_a_chinese_heading_names_the_special_rapporteur():
    text = "人权理事会 住房问题特别报告员 阿玛拉·凯塞尔的报告 增编 对鲁里坦尼亚的访问"
    assert _names(text) == ["阿玛拉·凯塞尔"]


def test_a_chinese_heading_names_the_independent_expert():
    text = "人权理事会 外债问题独立专家 托马斯·里尔先生的报告"
    assert _names(text) == ["托马斯·里尔"]


def test_chinese_text_without_a_dotted_name_gives_no_holder():
    assert _names("人权理事会 住房问题特别报告员的报告 增编") == []


# --- the older title before the name ---------------------------------------------------------------------------------

def test_the_representative_of_the_secretary_general_before_the_name():
    text = ("The Representative of the UN Secretary-General on internally displaced persons, Amara Kessel, ended a "
            "visit to Ruritania.")
    assert _names(text) == ["Amara Kessel"]


def test_the_secretary_general_s_representative_before_the_name():
    text = "The Secretary-General's Representative on internally displaced persons, Mr. Tomas Riel, went to Ruritania."
    assert _names(text) == ["Tomas Riel"]


def test_a_special_representative_of_the_secretary_general_is_no_holder():
    text = ("The Special Representative of the Secretary-General for children and armed conflict, Amara Kessel, met "
            "officials in Ruritania.")
    assert _names(text) == []


def test_a_regional_rapporteur_in_spanish():
    text = ("La Relatora Especial de las Naciones Unidas sobre defensores, Amara Kessel, y Lina Oduya, Relatora "
            "Especial sobre defensores de la Comisión Interamericana de Derechos Humanos, visitarán Ruritania.")
    assert _names(text) == ["Amara Kessel"]


def test_a_regional_rapporteur_in_french():
    text = ("La Rapporteuse spéciale des Nations Unies, Amara Kessel, et sa collègue de la Commission africaine des "
            "droits de l'homme et des peuples, Lina Oduya, se rendront en Ruritanie.")
    assert _names(text) == ["Amara Kessel"]


def test_the_un_expert_before_and_her_regional_counterpart_stays():
    """"NAME, the post, and her counterpart of the regional body, NAME": the first stays (the "and" is no office)."""
    text = ("The Special Rapporteur on human rights defenders, Amara Kessel, and her counterpart of the African "
            "Commission on Human and Peoples' Rights, Lina Oduya, ended their joint visit.")
    assert _names(text) == ["Amara Kessel"]


# --- a French or Spanish release listing the Working Group's members ------------------------------------------------

def test_french_working_group_members_listed():
    text = ("Le Groupe de travail sur la détention arbitraire est composé de cinq experts indépendants : M. Jonas Brink "
            "(Norvège), Président-Rapporteur ; Mme Carla Dente (Chili), Mme Lea Vogt (Autriche) et M. Omar Banda (Kenya).")
    assert _names(text) == ["Carla Dente", "Jonas Brink", "Lea Vogt", "Omar Banda"]


def test_spanish_working_group_members_listed():
    text = ("El Grupo de Trabajo sobre la Detención Arbitraria está integrado por cinco expertos independientes: el Sr. "
            "Jonas Brink (Noruega), Presidente-Relator; la Sra. Carla Dente (Chile), la Sra. Lea Vogt (Austria) y el "
            "Sr. Omar Banda (Kenya).")
    assert _names(text) == ["Carla Dente", "Jonas Brink", "Lea Vogt", "Omar Banda"]
