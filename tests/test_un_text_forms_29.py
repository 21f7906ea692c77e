"""Forms of UN text behind the misses of held_out_31's and held_out_32's sealed first runs in area A (document kinds,
symbols, citations and their bodies, pursuant-to; tests/documents/corpus/README.md), each on a small text of our own
with made-up numbers: the rule is for the form, not for the corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract


def _x(text: str):
    return extract(text, "t")


def _pursuant(text: str) -> list[str]:
    return [c.ref for c in _x(text).pursuant_to]


def _cites(text: str) -> list[str]:
    return sorted(c.ref for c in _x(text).citations)


# ------------------------------------------------------------------ kinds

def test_a_report_naming_the_assembly_right_after_itself_is_a_ga_report():
    text = ("Report of the Special Representative on a theme\n\nThis report to the General Assembly is the third of "
            "the Special Representative, submitted under General Assembly resolution 61/170. It looks at new trends.\n")
    assert _x(text).document.kind == "ga-report"


def test_the_present_annual_report_to_the_assembly_is_a_ga_report():
    text = ("Report of the Independent Expert on a theme\n\nThe present annual report to the General Assembly covers "
            "the work of the Independent Expert since her last report, under Assembly resolution 70/151.\n")
    assert _x(text).document.kind == "ga-report"


def test_a_council_report_recalling_its_last_report_to_the_assembly_stays_a_report():
    text = ("A/HRC/40/12\n\nReport of the Special Rapporteur on a theme\n\nSummary\n\nIn this report, submitted "
            "pursuant to Council resolution 34/9, the Special Rapporteur builds on her last report to the General "
            "Assembly.\n")
    assert _x(text).document.kind == "report"


# ------------------------------------------------------------------ the body of an instrument's resolution

def test_a_declaration_cited_by_its_resolution_annex_is_the_assemblys():
    text = ("The expert works to promote the Declaration on the Rights of Persons Belonging to Some Groups "
            "(resolution 47/135, annex) and reports on it.\n")
    assert _cites(text) == ["GA 47/135"]


def test_a_convention_adopted_by_a_resolution_annex_is_the_assemblys():
    text = ("The Convention on a Subject, adopted by resolution 44/25, annex, guides the expert's work.\n")
    assert _cites(text) == ["GA 44/25"]


def test_an_unnamed_resolution_with_no_annex_keeps_the_councils_default():
    assert _cites("The Declaration is recalled in resolution 32/8 of the same year.\n") == ["HRC 32/8"]


# ------------------------------------------------------------------ pursuant-to

def test_the_second_of_a_pair_after_the_dated_first():
    text = ("Report of the Special Rapporteur on a theme\n\nThe present report is made under Commission on Human "
            "Rights resolution 2001/60 of 20 April 2001 and General Assembly resolution 57/150.\n")
    assert _pursuant(text) == ["CHR 2001/60", "GA 57/150"]


def test_the_second_of_a_pair_after_a_first_with_its_year_in_brackets():
    text = ("Report of the Working Group on a theme\n\nThis report is submitted pursuant to Council resolution 24/7 "
            "(2013) and resolution 33/30.\n")
    assert _pursuant(text) == ["HRC 24/7", "HRC 33/30"]


def test_a_line_opened_by_under_a_resolution_whose_clause_presents_its_report():
    text = ("A theme - 2019\n\nSecond report to the Assembly\n\nUnder Human Rights Council resolution 37/12, the "
            "Special Rapporteur on a theme presents her second report to the General Assembly.\n")
    assert _pursuant(text) == ["HRC 37/12"]


def test_a_sentence_opened_by_under_a_resolution_whose_clause_submits_another_report_is_not_pursuant():
    text = ("A/HRC/40/30\n\nReport of the Working Group on a theme\n\nSummary\n\nThe present report covers the year "
            "2018. Under Human Rights Council resolution 22/11, the Working Group also submits a study on remedies "
            "(A/HRC/40/31).\n")
    assert _pursuant(text) == []


def test_a_forum_that_met_under_a_resolution_is_what_its_report_answers():
    text = ("A/HRC/29/40\n\nReport of the 2015 Forum on a theme\n\nSummary\n\nThis report sums up the debates of the "
            "2015 Forum, which met in Geneva from 2 to 4 March 2015 under Human Rights Council resolution 26/21 and "
            "dealt with a theme.\n")
    assert _pursuant(text) == ["HRC 26/21"]


# ------------------------------------------------------------------ symbols

def _symbols(text: str) -> list[str]:
    return [s.symbol for s in _x(text).symbols]


def test_a_run_of_addenda_after_the_first_ones_full_symbol():
    text = ("A/HRC/40/30\n\nReport of the Working Group on a theme\n\nSummary\n\nThe reports on its visits are "
            "addenda to the present report (A/HRC/40/30/Add.1, 3 and 2, respectively).\n")
    assert [s for s in _symbols(text) if "Add" in s] == ["A/HRC/40/30/Add.1", "A/HRC/40/30/Add.3",
                                                         "A/HRC/40/30/Add.2"]


def test_an_addendum_followed_by_a_paragraph_number_is_no_run():
    text = ("A/HRC/40/30\n\nReport of the Working Group on a theme\n\nSummary\n\nSee its mission report "
            "(A/HRC/37/50/Add.1, 12), on detention.\n")
    assert [s for s in _symbols(text) if "Add" in s] == ["A/HRC/37/50/Add.1"]


def test_the_second_of_a_pair_after_a_first_adopted_on_a_date():
    text = ("Report of the Independent Expert on a theme\n\nThe present report is submitted pursuant to Council "
            "resolution 31/4, adopted on 23 March 2016, and General Assembly resolution 71/180.\n")
    assert _pursuant(text) == ["HRC 31/4", "GA 71/180"]


def test_a_consultation_convened_under_a_resolution_is_what_its_report_answers():
    text = ("A/HRC/35/20\n\nReport on the expert consultation on a theme\n\nSummary\n\nThe present report gives an "
            "account of the expert consultation convened in Geneva under Human Rights Council resolution 32/15.\n")
    assert _pursuant(text) == ["HRC 32/15"]


def test_principles_annexed_to_a_resolution_are_the_assemblys():
    text = ("National institutions follow the Principles on their status (annexed to resolution 48/134), the expert "
            "notes.\n")
    assert _cites(text) == ["GA 48/134"]
