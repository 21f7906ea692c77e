"""Forms of UN text met in the sealed blind parts held_out_41/42 (area A: document kinds and citations), each read
from sentences of our own."""
from mandate_lineage.loaders.doc_kinds import classify
from mandate_lineage.loaders.documents import extract


def _cites(text):
    return {(c.ref, c.date) for c in extract(text, "t.txt").citations}


# --- citations: the year of the act written after the resolution, the Security Council's number with its year ----------

def test_a_year_after_the_resolution_that_set_up_the_mandate():
    text = ("The Human Rights Council set up the mandate of the Independent Expert on water by its resolution 61/4 "
            "in 2031, to look at how States share rivers.")
    assert ("HRC 61/4", "2031") in _cites(text)


def test_a_month_and_year_after_the_resolution_that_renewed_it():
    text = "The Council renewed the mandate for three years through resolution 62/9 in October 2032, without a vote."
    assert ("HRC 62/9", "2032-10") in _cites(text)


def test_a_year_after_a_resolution_that_no_act_introduces_dates_nothing():
    text = "The expert reported as resolution 61/4 asks, and in 2033 she visited two States."
    assert ("HRC 61/4", None) in _cites(text)


def test_a_security_council_resolution_capitalised_in_a_footnote():
    text = ("All mention of the territory is to be read in line with United Nations Security Council Resolution 1999 "
            "(2011) and leaves its status open.")
    assert ("SC 1999", "2011") in _cites(text)


def test_a_security_council_resolution_abbreviated():
    text = "The mission recalled Security Council res. 1325 (2000) on women, peace and security."
    assert ("SC 1325", "2000") in _cites(text)


def test_a_human_rights_council_resolution_s_own_title_is_not_read_as_a_security_council_number():
    text = "Human Rights Council Resolution 61/4 (2031)\n\nThe Human Rights Council, Recalling its resolution 58/2,"
    assert not any(ref.startswith("SC ") for ref, _ in _cites(text))


# --- document kinds ----------------------------------------------------------------------------------------------

def test_an_end_of_visit_statement_of_a_follow_up_visit_on_a_site():
    front = ("Skip to main content x United Nations Working Group on Water - Statement at the conclusion of its "
             "follow-up visit to Chad (3 - 5 May 2031) Back 6 May 2031 The Working Group, invited by the Government, "
             "carried out a follow-up visit to Chad from 3 to 5 May 2031.")
    assert classify(front) == "statement"


def test_observations_at_the_end_of_a_ten_day_mission():
    front = ("Observations of the Special Rapporteur on water at the end of her 10-day mission to Chad. "
             "The Special Rapporteur met officials and communities over ten days.")
    assert classify(front) == "statement"


def test_a_news_item_of_a_un_information_centre_in_french():
    front = ("La Rapporteuse sp\u00e9ciale des Nations Unies sur l'eau, Ana Lopez, s'est rendue au Tchad du 3 au 10 mai "
             "2031 pour sa premi\u00e8re visite officielle. Le Centre d'information des Nations Unies \u00e0 N'Djamena a "
             "aid\u00e9 \u00e0 organiser ses rencontres.")
    assert classify(front) == "press-release"


def test_a_news_item_of_a_un_information_centre_in_english():
    front = ("UN expert on water visits Chad. The Special Rapporteur on water ended her visit with a meeting at the "
             "ministry. UNIC Yaounde helped with her contacts with the press.")
    assert classify(front) == "press-release"


def test_preliminary_findings_given_at_a_press_conference_are_told_as_news():
    front = ("The Special Rapporteur on water met officials in the capital and in two regions. She presented her "
             "preliminary findings on the last day at a press conference in the capital.")
    assert classify(front) == "press-release"


def test_a_release_on_new_experts_beginning_work_this_week():
    front = ("New UN experts take up their posts. Five human rights experts took up their posts this week, on the "
             "mandates the Human Rights Council gave them in March.")
    assert classify(front) == "press-release"


def test_a_copy_of_a_mission_report_summary_titled_by_its_mission():
    front = ("Water: Mission to Chad. The mission of the Special Rapporteur on water set out to see how far people can "
             "reach safe water, with attention to women and to remote villages.")
    assert classify(front) == "report"


def test_an_end_of_mission_statement_titled_mission_to_stays_a_statement():
    front = ("UN expert on water: Mission to Chad - 3-10 May 2031. End of Mission Statement. I thank the Government of "
             "Chad for inviting me.")
    assert classify(front) == "statement"


def test_a_bare_year_after_of():
    assert ("HRC 61/4", "2031") in _cites("The Council, in its resolution 61/4 of 2031, asked for a study.")


def test_a_year_range_after_of_dates_nothing():
    assert ("HRC 61/4", None) in _cites("Under resolution 61/4 of 2031-2032 sessions the expert worked.")


def test_a_day_after_the_resolution_whose_act_opens_the_clause():
    text = "The Council established the post of expert by resolution 62/2 on 27 September 2032, after a long debate."
    assert ("HRC 62/2", "2032-09-27") in _cites(text)


def test_a_release_s_dateline_in_french():
    front = ("Un expert de l'ONU sur l'eau conclut sa visite au Tchad GEN\u00c8VE / N'DJAMENA (12 mai 2031) \u2013 "
             "L'expert a demand\u00e9 au Gouvernement d'agir vite.")
    assert classify(front) == "press-release"


def test_a_release_s_dateline_in_spanish():
    front = ("Experta de la ONU sobre el agua concluye su visita a Chile GINEBRA (3 de mayo de 2031) \u2013 "
             "La experta pidi\u00f3 al Gobierno que actuara.")
    assert classify(front) == "press-release"


def test_a_news_post_dated_without_a_comma():
    front = ("Expert warns on water May 04 2031 The Special Rapporteur on water warned that many villages lack safe "
             "water, and said that the Government should act.")
    assert classify(front) == "press-release"


def test_an_ecosoc_resolution_capitalised_after_the_council_s_name():
    text = "Consultative status follows ECOSOC Resolution 2031/12 and Economic and Social Council Resolution 2032/4."
    refs = {ref for ref, _ in _cites(text)}
    assert {"ECOSOC 2031/12", "ECOSOC 2032/4"} <= refs
