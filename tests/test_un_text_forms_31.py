"""Forms of UN text behind the misses of held_out_33's and held_out_34's sealed first runs in area A (document kinds,
symbols, citations and their dates; tests/documents/corpus/README.md), each on a small text of our own with made-up
numbers: the rule is for the form, not for the corpus text."""
from __future__ import annotations

import pytest

from mandate_lineage.loaders.documents import extract

from .corpus_eval import keys


def _x(text: str):
    return extract(text, "t")


def _cites(text: str) -> list[str]:
    return sorted(keys(_x(text))["citations"])


# ------------------------------------------------------------------ citations: "in the year 1999"

@pytest.mark.parametrize("lead", ["At its session in the year 1997 the Commission on Human Rights",
                                  "In the year 1997 the Commission on Human Rights",
                                  "At its fifty-third session, in the year 1997, the Commission on Human Rights"])
def test_the_year_written_as_in_the_year_dates_the_act(lead):
    text = (f"A note on a mandate\n\n{lead} decided to appoint a special rapporteur on a theme for three years "
            "(resolution 1997/41). The expert then reported every year.\n")
    assert _cites(text) == ["CHR 1997/41 @1997"]


def test_the_year_of_a_report_only_named_dates_nothing():
    text = ("A note on a mandate\n\nIn the year 1998 the expert reported to the Commission as it had asked "
            "(resolution 1997/41).\n")
    assert _cites(text) == ["CHR 1997/41"]


# ------------------------------------------------------------------ kinds

@pytest.mark.parametrize("cover", [
    "A/HRC/61/12/Add.3 Naciones Unidas Asamblea General Distr. general 3 de marzo de 2031 Español Original: inglés "
    "Consejo de Derechos Humanos 61º período de sesiones Tema 3 de la agenda Informe del Relator Especial sobre un tema "
    "Adición Misión a un país",
    "A/HRC/61/12/Add.3 Nations Unies Assemblée générale Distr. générale 3 mars 2031 Français Original : anglais "
    "Conseil des droits de l'homme Soixante et unième session Point 3 de l'ordre du jour Rapport du Rapporteur spécial "
    "sur un thème Additif Mission dans un pays"])
def test_a_report_cover_in_spanish_or_french_is_a_report(cover):
    assert _x(cover + "\n\n1. Texto del informe.\n").document.kind == "report"


def test_a_press_conference_announcement_is_a_press_release():
    text = ("UNOG Press Conference (Special Rapporteur on a theme)\n\nPress Conference Announcement\nThe Special "
            "Rapporteur on a theme will present his reports to the 70th session of the Human Rights Council, one on a "
            "visit to a country.\n")
    assert _x(text).document.kind == "press-release"


@pytest.mark.parametrize("verb", ["ended his first mission to the Republic of Ruritania today",
                                  "concluded her official visit to Ruritania today"])
def test_a_visit_ended_today_told_in_the_third_person_is_a_press_release(verb):
    text = (f"The Independent Expert on the situation of human rights in Ruritania, Ms. A. Example, {verb}.\n"
            "The expert, whom the Human Rights Council appointed, helps the Government with technical assistance.\n")
    assert _x(text).document.kind == "press-release"


@pytest.mark.parametrize("title", ["Statement of UN Special Rapporteur on a theme",
                                   "Statement of the United Nations Independent Expert on a theme"])
def test_statement_of_a_un_expert_as_title_is_a_statement(title):
    text = (f"{title}\n\nby the Office of the High Commissioner, Geneva, 2 May 2031\n\nAs the Special Rapporteur I made "
            "an official visit to Ruritania, and I thank the Government for its invitation. My visit looked at a theme.\n")
    assert _x(text).document.kind == "statement"


def test_a_councils_act_in_a_relative_clause_is_no_headline():
    text = ("Skip to main content\n\nWho is the Special Rapporteur on a country?\n\nThe Special Rapporteur is an expert "
            "whom the United Nations Human Rights Council appoints to follow the situation in the country.\n")
    assert _x(text).document.kind == "page"


def test_a_headline_of_a_councils_acts_stays_a_press_release():
    text = ("Human Rights Council adopts nine resolutions, appoints four experts and closes its session\n\n"
            "The Council this afternoon adopted nine texts.\n")
    assert _x(text).document.kind == "press-release"


@pytest.mark.parametrize("title", [
    "\u0627\u0644\u0628\u064a\u0627\u0646 \u0627\u0644\u0630\u064a \u0623\u062f\u0644\u0649 \u0628\u0647 "
    "\u0627\u0644\u0645\u0642\u0631\u0631 \u0627\u0644\u062e\u0627\u0635",        # "the statement made by the Special Rapporteur"
    "D\u00e9claration de la Rapporteuse sp\u00e9ciale \u00e0 la fin de sa visite",
    "Declaraci\u00f3n del Relator Especial al final de su visita"])
def test_a_statement_titled_in_another_un_language_is_a_statement(title):
    text = (f"Skip to main content\n\n{title}\n\nCapital, 3 May 2031\n\nI. Introduction\n\nAt the Government's invitation, "
            "the Special Rapporteur carried out a mission to Ruritania from 22 April to 3 May 2031.\n")
    assert _x(text).document.kind == "statement"


@pytest.mark.parametrize("label", ["Communiqu\u00e9 de presse", "Comunicado de prensa"])
def test_a_press_release_labelled_in_french_or_spanish_is_a_press_release(label):
    text = (f"{label}\n\nExperta de la ONU / Experte de l'ONU\n\nGen\u00e8ve, 3 mai 2031 \u2013 Une experte "
            "des Nations Unies a termin\u00e9 sa visite.\n")
    assert _x(text).document.kind == "press-release"
