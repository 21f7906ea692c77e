"""Forms of UN text behind the holder misses of the sealed blind parts held_out_37 and held_out_38
(tests/documents/corpus/README.md), each on a small text of our own (invented names, our own sentences): the rule is
for the form of text, not for a corpus text. Area B1 of issue 16: holders."""
from __future__ import annotations

from mandate_lineage.loaders.people import clean_name, find_holders


def _names(text: str) -> list[str]:
    return sorted(h.name for h in find_holders(text))


# --- Working Group members named in a release ---------------------------------------------------------------------

def test_its_members_capitalised_with_nationality_and_office():
    text = ("GENEVA (5 May 2031) - The UN Working Group on Arbitrary Detention ended a visit to Ruritania today. Its "
            "Members, Mr. Jonas Abel Brink (of Norway), Vice-President, and Ms. Carla Dente Ruiz (of Chile), Member, "
            "thanked the Government.")
    assert _names(text) == ["Carla Dente Ruiz", "Jonas Abel Brink"]


def test_the_delegation_capitalised_with_president():
    text = ("The Working Group on Enforced Disappearances will visit Ruritania. The Delegation: Ms. Carla Dente Ruiz "
            "(Chile), President, and Mr. Omar Teles Banda (Kenya), Member, will meet officials.")
    assert _names(text) == ["Carla Dente Ruiz", "Omar Teles Banda"]


def test_a_member_quoted_as_expert_of_a_country():
    text = ("The members of the UN Working Group on Arbitrary Detention ended a visit today. \"Detention must be "
            "lawful,\" expert Jonas Abel Brink of Norway said in a news release.")
    assert _names(text) == ["Jonas Abel Brink"]


def test_a_group_member_quoted_with_nationality_in_brackets():
    text = ("The Working Group on Enforced Disappearances ended its visit. \"We heard many families,\" group member "
            "Carla Dente Ruiz (Chile) told reporters.")
    assert _names(text) == ["Carla Dente Ruiz"]


def test_an_expert_of_another_trade_is_no_member():
    text = ("The Working Group on Enforced Disappearances ended its visit. The forensic expert Carla Dente Ruiz said "
            "the graves were old.")
    assert _names(text) == []


def test_fellow_experts_named_beside_the_chair():
    text = ("\"We will gather facts,\" said Pedro Alvar Costa, who chairs the Working Group of Experts on People of "
            "African Descent at present. With fellow human rights experts Carla Dente Ruiz and Omar Teles Banda, "
            "Mr. Costa will also meet officials.")
    assert _names(text) == ["Carla Dente Ruiz", "Omar Teles Banda", "Pedro Alvar Costa"]


def test_his_fellow_members_named():
    text = ("The Chair of the Working Group on Enforced Disappearances went with his fellow members Carla Dente Ruiz "
            "and Omar Teles Banda to the north.")
    assert _names(text) == ["Carla Dente Ruiz", "Omar Teles Banda"]


def test_the_current_chair_rapporteur_named_before_the_office():
    text = ("The Working Group on Enforced Disappearances ended its visit. Carla Dente Ruiz (Chile), the current "
            "Chair-Rapporteur of the Working Group, met officials.")
    assert _names(text) == ["Carla Dente Ruiz"]


def test_one_who_chairs_another_body_is_no_holder():
    text = "The Working Group on Enforced Disappearances met Omar Teles Banda, who chairs the national human rights commission."
    assert _names(text) == []


# neighbouring forms of the same lists and speakers
_WG = "The Working Group on Arbitrary Detention visited Ruritania. "


def test_its_members_are_named_after_are():
    assert _names(_WG + "Its members are Mr. Jonas Abel Brink (Norway) and Ms. Carla Dente Ruiz (Chile).") == \
        ["Carla Dente Ruiz", "Jonas Abel Brink"]


def test_a_delegation_led_by_one_member_that_included_another():
    text = _WG + ("The delegation was led by Ms. Carla Dente Ruiz (Chile), Chair-Rapporteur, and included Mr. Jonas "
                  "Abel Brink (Norway).")
    assert _names(text) == ["Carla Dente Ruiz", "Jonas Abel Brink"]


def test_working_group_members_or_experts_before_the_names():
    assert _names(_WG + "Working Group members Jonas Abel Brink and Carla Dente Ruiz will report.") == \
        ["Carla Dente Ruiz", "Jonas Abel Brink"]
    assert _names(_WG + "UN Working Group experts Jonas Abel Brink and Carla Dente Ruiz will report.") == \
        ["Carla Dente Ruiz", "Jonas Abel Brink"]


def test_an_office_in_the_group_after_the_name():
    assert _names(_WG + "Mr. Jonas Abel Brink, Vice-President of the Working Group, said detention was common.") == \
        ["Jonas Abel Brink"]
    assert _names(_WG + "\"Detention is common,\" said Jonas Abel Brink, a member of the Working Group.") == \
        ["Jonas Abel Brink"]


def test_a_working_group_member_after_said():
    assert _names(_WG + "\"Detention is common,\" said Working Group member Jonas Abel Brink.") == ["Jonas Abel Brink"]


def test_no_member_of_another_group_or_body():
    assert _names(_WG + "It met Omar Teles Banda, a member of the group, in prison.") == []
    assert _names(_WG + "It met Omar Teles Banda, Chair of the open-ended intergovernmental working group.") == []
    assert _names(_WG + "Its members are concerned about Omar Teles Banda, the detainee.") == []


# --- a family name with a country in it -----------------------------------------------------------------------------

def test_a_country_glued_to_a_family_name_by_a_hyphen_stays_a_name():
    assert clean_name("Marie Duval Leblanc-France") == "Marie Duval Leblanc-France"


def test_a_country_as_a_word_of_its_own_or_hyphenated_is_no_name():
    assert clean_name("Mali Diallo") is None
    assert clean_name("Guinea-Bissau Government") is None


# --- a name keeps the text's own apostrophe -------------------------------------------------------------------------

def test_a_curly_apostrophe_in_a_name_is_kept_as_written():
    from mandate_lineage.loaders.documents import extract
    text = ("Report of the Special Rapporteur on the right to water, Ms. Lina Dara\nN\u2019diaye\n\n"
            "Summary\n\nThe Special Rapporteur visited Ruritania from 3 to 9 May 2031.\n")
    names = [h.name for h in extract(text, "r.txt").holders]
    assert "Lina Dara N\u2019diaye" in names and "Lina Dara N'diaye" not in names


def test_a_straight_apostrophe_stays_straight():
    from mandate_lineage.loaders.name_titles import as_written
    assert as_written("Ann O'Neil", "said Ann O'Neil today", (5, 15)) == "Ann O'Neil"
    assert as_written("Ann O'Neil", "said Ann O\u2019Neil today", (5, 15)) == "Ann O\u2019Neil"


# --- a quantifier that opens a sentence is no given name ------------------------------------------------------------

def test_a_quantifier_and_a_nationality_are_no_holder():
    from mandate_lineage.loaders.documents import extract
    text = ("Report of the Special Rapporteur on adequate housing on his mission to Ruritania\n"
            "The Special Rapporteur found that housing has improved. Many Ruritanian officials deny how far the "
            "shortage goes. Several Northern towns lack water.\n")
    assert [h.name for h in extract(text, "r.txt").holders] == []
    assert clean_name("Many Ruritanian") is None and clean_name("Several Northern") is None


def test_a_curly_and_a_straight_apostrophe_name_the_same_person():
    from mandate_lineage.loaders.reconcile_model import name_match
    assert name_match("Lina Dara N'diaye", "Lina Dara N\u2019diaye")
