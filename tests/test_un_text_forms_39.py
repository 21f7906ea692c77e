"""Forms of UN text behind the misses of area A (kinds, own symbols, citations, decisions, pursuant-to, tasks) of the
sealed blind parts held_out_39 and held_out_40 (tests/documents/corpus/README.md), each on a small text of our own
(invented mandates and wording, our own sentences): the rule is for the form of text, not for a corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract

_HEAD = ("United Nations\n\nGeneral Assembly\n\nDistr.: General\n\n3 October 2031\n\nHuman Rights Council\n\n"
         "Resolution adopted by the Human Rights Council on 30 September 2031\n\n"
         "58/7. Mandate of the Special Rapporteur on the right to clean air\n\nThe Human Rights Council,\n\n"
         "Recalling its resolutions 5/1 and 5/2 of 18 June 2007,\n\n")


def _tasks(text: str) -> list[tuple[str | None, str]]:
    x = extract(text, "res_test.txt")
    return [(a.letter, " ".join(a.tasks[0].text.split()[:3]).lower()) for a in x.task_attributions]


# --- a copy cut short after its first operative paragraph, tasks listed after an extension -------------------------

def test_extension_with_lettered_tasks_glued_to_their_letters():
    text = _HEAD + ("1.Decides to extend the mandate of the Special Rapporteur on the right to clean air for a period "
                    "of three years:\n\n(a)To study the obstacles to the enjoyment of the right;\n\n"
                    "(b)To receive information from all relevant sources;\n\n(c)To make recommend")
    assert _tasks(text) == [("a", "to study the"), ("b", "to receive information"), ("c", "to make recommend")]


def test_renewal_with_lettered_tasks_after_in_order_to():
    text = _HEAD + ("1. Decides to renew, for a further period of three years, the mandate of the Working Group on "
                    "clean air, in order to:\n\n(a) Gather information on the right;\n\n"
                    "(b) Report annually to the Council;\n\n2. Requests the Secretary-General to give the Working "
                    "Group all the help it needs;\n\n3. Decides to remain seized of the matter.\n")
    assert _tasks(text) == [("a", "gather information on"), ("b", "report annually to")]


def test_an_extension_without_a_colon_lists_no_tasks():
    text = _HEAD + ("1. Decides to extend the mandate of the Special Rapporteur on the right to clean air for a period "
                    "of three years;\n\n2. Decides to remain seized of the matter.\n")
    assert _tasks(text) == []


# --- document kinds ------------------------------------------------------------------------------------------------

def _kind(text: str) -> str | None:
    return extract(text, "doc_test.txt").document.kind


def test_end_of_visit_statement_told_in_the_first_person_under_a_news_header():
    text = ("Header image for news printout\n\nUN Special Rapporteur on clean air concludes visit to Ruritania\n\n"
            "Cittaviva, 3 May\n\nI made an official visit to Ruritania from 24 April to 3 May 2031. Let me first thank "
            "the Government of Ruritania for inviting me, and all those I met for their help. I will send my full "
            "report to the Human Rights Council in due course.\n")
    assert _kind(text) == "statement"


def test_call_for_submissions_before_a_visit_is_a_page():
    text = ("U.N. Special Rapporteur on clean air calls for submissions on Ruritania\n\nAna Lind, the United Nations "
            "Special Rapporteur on clean air, will make an official country visit to Ruritania on 2-9 May 2031. She "
            "asks civil society to send her short written input before the visit.\n")
    assert _kind(text) == "page"


def test_call_for_inputs_under_a_local_press_release_label_is_a_release():
    text = ("\u041f\u0440\u0435\u0441\u0441-\u0440\u0435\u043b\u0438\u0437\n\nCall for inputs on the coming visit of the "
            "Special Rapporteur on clean air to Ruritania, 2 - 9 May 2031\n\nThe Special Rapporteur will be on an "
            "official visit to Ruritania. Anyone may send inputs on the questions below.\n")
    assert _kind(text) == "press-release"


def test_dateline_without_a_dash_opens_a_release():
    text = ("NAIROBI (4 June 2031) The Special Rapporteur today made public her report on clean air in Ruritania, "
            "drawn from her visit to the country in 2030.\nThe report asks the Government to act on air quality.\n")
    assert _kind(text) == "press-release"


def test_first_person_post_telling_the_last_days_news_is_a_release():
    text = ("The Government of Ruritania had invited me for an official visit next month. Last week its mission "
            "told us that the dates no longer suited, and yesterday it confirmed that the visit is off. I hope we can "
            "agree on new dates soon.\n\nPostponement of official visit to Ruritania\n")
    assert _kind(text) == "press-release"


def test_report_cover_without_its_distribution_line_is_a_report():
    text = ("Human Rights Council\nSixtieth session\n8 September-3 October 2031\nAgenda item 3\nPromotion and "
            "protection of all human rights\nSummary\nThe Special Rapporteur on clean air was in Ruritania from 4 to "
            "13 May 2031. He recommends measures to cut air pollution in cities.\n")
    assert _kind(text) == "report"


# --- own symbol ------------------------------------------------------------------------------------------------------

def test_page_of_inputs_received_for_a_visit_has_not_the_reports_symbol():
    text = ("Country visit to Ruritania: inputs received\n\n2 March 2032\nIssued by:\nThe Special Rapporteur on clean "
            "air\nAt the 60th session of the HRC, A/HRC/60/44/Add.1\n\nThe Special Rapporteur visited Ruritania in "
            "May 2031 and asked civil society for written input before the visit.\n")
    x = extract(text, "page_test.txt")
    assert x.document.symbol is None
    assert [s.symbol for s in x.symbols] == ["A/HRC/60/44/Add.1"]


def test_page_about_a_report_keeps_its_symbol():
    text = ("A/HRC/60/44/Add.1: Visit to Ruritania - Report of the Special Rapporteur on clean air\n\n2 March 2032\n"
            "UN symbol\n\nThe Special Rapporteur visited Ruritania in May 2031.\n")
    assert extract(text, "page_test.txt").document.symbol == "A/HRC/60/44/Add.1"


# --- a citation's date ---------------------------------------------------------------------------------------------

def _cites(text: str) -> set[str]:
    return {c.ref + (f" @{c.date}" if c.date else "") for c in extract(text, "st_test.txt").citations}


def test_resolution_as_subject_of_its_act_with_the_year_after():
    text = ("As Special Rapporteur on clean air, I visited Ruritania in May 2031, under the mandate that Human Rights "
            "Council resolution 48/9 set up in 2021.\n")
    assert _cites(text) == {"HRC 48/9 @2021"}


def test_resolution_that_established_the_mandate_in_a_month():
    text = "The mandate was created when Council resolution 48/9 established the mandate in October 2021.\n"
    assert _cites(text) == {"HRC 48/9 @2021-10"}


def test_a_later_year_of_another_act_is_not_the_resolutions():
    text = "Under resolution 48/9 the Special Rapporteur reported in 2023 on air quality.\n"
    assert _cites(text) == {"HRC 48/9"}


# --- pursuant to ---------------------------------------------------------------------------------------------------

def test_cover_title_submitted_in_accordance_with_a_commission_resolution():
    text = ("UNITED NATIONS E\n\nEconomic and Social Council Distr. GENERAL E/CN.4/2031/60/Add.2 10 January 2031\n\n"
            "COMMISSION ON HUMAN RIGHTS Eighty-seventh session Item 11 of the provisional agenda\n\n"
            "Report of the Special Rapporteur on clean air, Ana Lind, submitted in accordance with Commission on "
            "Human Rights resolution 2030/12\n\nAddendum\n\nMission to Ruritania\n")
    x = extract(text, "rep_test.txt")
    assert [c.ref for c in x.pursuant_to] == ["CHR 2030/12"]


# --- neighbouring forms --------------------------------------------------------------------------------------------

def test_call_for_inputs_in_title_case_or_in_french_is_a_page():
    assert _kind("Call for Inputs: visit of the Special Rapporteur on clean air to Ruritania\n\nThe Special "
                 "Rapporteur will make an official visit to Ruritania in May 2031 and asks for written input.\n") == "page"
    assert _kind("Appel à contributions : visite du Rapporteur spécial sur l'air pur en Ruritanie\n\nLe Rapporteur "
                 "spécial effectuera une visite officielle en Ruritanie en mai 2031.\n") == "page"


def test_resolution_which_set_up_the_mandate_in_a_year():
    text = "I work under Council resolution 48/9, which set up the mandate in 2021, and report every year.\n"
    assert _cites(text) == {"HRC 48/9 @2021"}


def test_dateline_with_an_em_dash_or_a_colon_opens_a_release():
    for mark in ("\u2014", ":"):
        text = (f"NAIROBI (4 June 2031) {mark} Independent experts welcomed a new air quality law in Ruritania and "
                "asked the Government to put it into effect.\n")
        assert _kind(text) == "press-release"
