"""Forms of UN text behind the misses of held_out_23's and held_out_24's blind first runs in area A (document kinds,
own symbols, citations and their dates, decisions, pursuant-to, tasks; tests/documents/corpus/README.md), each on a
small text of our own with made-up numbers: the rule is for the form, not for the corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract


def _kind(text: str) -> str | None:
    return extract(text, "t").document.kind


def _cites(text: str) -> list[tuple[str, str | None]]:
    return sorted({(c.ref, str(c.date) if c.date else None) for c in extract(text, "t").citations})


# ------------------------------------------------------------------ years and months tied to a resolution

def test_a_year_right_before_the_resolution_dates_it():
    text = ("The Human Rights Council created the post of Independent Expert on the situation in a country in 2011 "
            "by resolution 16/40. The Council then renewed it once a year: in 2012 resolution 19/41; in 2013 "
            "resolution 22/43 and in 2014 resolution 25/44.\n")
    assert _cites(text) == [("HRC 16/40", "2011"), ("HRC 19/41", "2012"), ("HRC 22/43", "2013"),
                            ("HRC 25/44", "2014")]


def test_a_month_right_before_by_its_resolution_dates_it():
    assert _cites("The mandate was last renewed in October 2016 by its resolution 33/12, with a new title.\n") == \
        [("HRC 33/12", "2016-10")]


def test_a_year_named_for_another_act_does_not_date_a_resolution():
    assert _cites("The expert reported in 2019 on the tasks that resolution 35/8 gives.\n") == [("HRC 35/8", None)]


def test_an_aside_in_parentheses_is_not_a_second_act_of_the_clause():
    text = ("In March 2012 the Council adopted resolution 19/9 (renewed in 2021 by resolution 46/10), naming a "
            "Special Rapporteur for three years.\n")
    assert _cites(text) == [("HRC 19/9", "2012-03"), ("HRC 46/10", "2021")]


def test_the_session_year_dates_the_resolution_the_session_adopted():
    assert _cites("At its twelfth session in 2009 the Human Rights Council adopted without a vote resolution 12/3, "
                  "creating the mandate.\n") == [("HRC 12/3", "2009")]
    assert _cites("At its 30th session in September 2015, the Human Rights Council set up the mandate of a Special "
                  "Rapporteur for three years (resolution 30/6).\n") == [("HRC 30/6", "2015-09")]


def test_a_sentence_opening_resolution_with_which_the_council_adopted():
    assert _cites("Resolution 27/4, which the Human Rights Council adopted in September 2014, asks States to act.\n") \
        == [("HRC 27/4", "2014-09")]


def test_a_resolution_title_line_is_not_read_by_the_sentence_opening_rule():
    from mandate_lineage.loaders.resolution_citations import find_resolution_citations
    assert not list(find_resolution_citations("Resolution 27/4. Elimination of one harm\n\nThe Council, ...\n"))


def test_a_resolution_with_its_topic_set_off_by_commas():
    text = ("In its latest resolution on the mandate of the Special Rapporteur on freedom, peace and justice, 32/9 of "
            "1 July 2016, the Human Rights Council renewed the mandate.\n")
    assert _cites(text) == [("HRC 32/9", "2016-07-01")]


def test_a_partial_date_gives_way_to_the_full_date_of_the_same_resolution():
    text = ("The mandate was extended in 2020 by resolution 43/21.\n\nHuman Rights Council resolution 43/21, adopted "
            "on 22 June 2020, extended the mandate for one year.\n")
    assert _cites(text) == [("HRC 43/21", "2020-06-22")]


# ------------------------------------------------------------------ numbers of other forms

def test_a_commission_resolution_with_a_part_letter():
    text = ("The Special Rapporteur submits the present report pursuant to Commission on Human Rights resolution "
            "1994/7 B and Human Rights Council resolution 5/1.\n")
    x = extract(text, "t")
    assert sorted(c.ref for c in x.citations) == ["CHR 1994/7 B", "HRC 5/1"]
    assert sorted(c.ref for c in x.pursuant_to) == ["CHR 1994/7 B", "HRC 5/1"]


def test_a_part_letter_is_not_taken_from_a_symbol_or_a_word():
    assert _cites("as asked in resolution 35/3 A/HRC/38/1 lists.\n") == [("HRC 35/3", None)]


def test_a_security_council_resolution_with_its_year_in_brackets():
    assert _cites("The mission began after the Security Council adopted resolution 2301 (2016), which set up a "
                  "force.\n") == [("SC 2301", "2016")]
    assert _cites("Under resolutions 1820 (2008) and 1888 (2009), States must act.\n") == \
        [("SC 1820", "2008"), ("SC 1888", "2009")]


# ------------------------------------------------------------------ decisions

_DECISION = ("Decision 3/104. Extension of the mandates of the former Sub-Commission\n\n"
             "At its 9th meeting, on 8 December 2006, the Human Rights Council adopted the text below without a vote:\n\n"
             "The Human Rights Council,\n\nHaving in mind General Assembly resolution 60/251 of 15 March 2006,\n\n"
             "1. Decides to extend for one year the mandates and the mandate holders of the former Sub-Commission;\n\n"
             "2. Requests the Secretariat to report on the matter.\n")


def test_a_text_headed_by_a_decision_number_and_title_is_a_decision():
    assert _kind(_DECISION) == "decision"


def test_a_resolution_heading_still_makes_a_resolution():
    assert _kind(_DECISION.replace("Decision 3/104.", "Resolution 3/4.")) == "resolution"


def test_a_decision_extending_mandates_for_one_year():
    x = extract(_DECISION, "t")
    assert [(d.ref, d.action, d.period) for d in x.decisions] == [("HRC 3/104", "extended", "P1Y")]


def test_periods_of_extension_in_their_usual_forms():
    from mandate_lineage.loaders.resolution_text import mandate_actions
    for words, period in (("for a further three years", "P3Y"), ("for two more years", "P2Y"),
                          ("for an additional two years", "P2Y"), ("for a period of three years", "P3Y")):
        acts = mandate_actions(f"1. Decides to extend the mandate of the Special Rapporteur {words};")
        assert [(a.action, a.period) for a in acts] == [("extended", period)], words


# ------------------------------------------------------------------ General Assembly reports on copies

def test_a_report_under_an_assembly_symbol_is_a_ga_report_without_a_secretary_general_note():
    text = ("A/71/301\nReport of the Special Rapporteur on a theme of her own\nSummary\nThis report is submitted "
            "pursuant to General Assembly resolution 70/150. The Special Rapporteur gives an account of her work.\n"
            "Contents\nPage\nI.\nIntroduction . . . . . . . . . . 3\n")
    assert _kind(text) == "ga-report"


def test_a_council_report_in_the_assembly_official_records_stays_a_report():
    text = ("A/73/53\nUnited Nations\nReport of the Human Rights Council\nThirty-eighth session\nGeneral Assembly\n"
            "Official Records\nSeventy-third Session\nSupplement No. 53 (A/73/53)\nContents\nI. Introduction ..... 1\n")
    assert _kind(text) == "report"


def test_a_council_report_stays_a_report():
    text = ("A/HRC/41/40\nReport of the Special Rapporteur on a theme of his own\nSummary\nIn this report, submitted "
            "pursuant to Human Rights Council resolution 35/5, the Special Rapporteur gives an account of his work.\n")
    assert _kind(text) == "report"


# ------------------------------------------------------------------ own symbols of copies

def _own(text: str) -> str | None:
    return extract(text, "t").document.symbol


def test_a_copy_title_closed_by_its_symbol_and_an_edition_note():
    assert _own("Report of the Special Rapporteur on a theme (A/HRC/37/52) (Advance Edited Version)\n\nUN Document\n\n"
                "I. Introduction\n\n1. This report is submitted to the Council.\n") == "A/HRC/37/52"


def test_a_copy_title_with_its_symbol_under_a_site_date_line():
    assert _own(" date 2019-03-01 Topic\nReport of the Special Rapporteur on a country (A/HRC/40/66)\nAttachments\n"
                "Distr.: General\n1 February 2019\n") == "A/HRC/40/66"


def test_a_sentence_closed_by_a_symbol_on_the_second_line_is_no_title():
    assert _own("News\nThe expert spoke to the Council about her latest report (A/HRC/40/66)\n") != "A/HRC/40/66"


def test_a_symbol_glued_to_the_next_word_of_a_run_together_copy():
    x = extract("Www.example.org\n\nA/HRC/41/44Advance Edited VersionDistr.: General3 May 2019Original: English"
                "Human Rights CouncilForty-first session\n", "t")
    assert x.document.symbol == "A/HRC/41/44"


def test_a_five_digit_number_as_a_copy_prints_it_is_kept():
    assert _own("Report of the Special Rapporteur on a theme (A/75/41234) (Advance Unedited Version)\n\n"
                "Seventy-fifth session\n") == "A/75/41234"


def test_a_reissued_report_masthead_with_its_star():
    text = ("Human Rights Council Thirtieth session\n\nReport of the Working Group on a theme\n\nNote by the "
            "Secretariat\n\nThe Working Group sets out its work.\n\n* Reissued for technical reasons.\n\n"
            "United Nations A/HRC/30/62*\n\nI. Introduction\n\n1. The Working Group met three times.\n")
    assert _own(text) == "A/HRC/30/62"


def test_an_addendum_to_the_present_report_is_not_its_own_symbol():
    text = ("Human Rights Council Thirtieth session\n\nReport of the Working Group on a theme\n\nNote by the "
            "Secretariat\n\nThe Working Group visited a State; its report on that visit is an addendum to the present "
            "report (A/HRC/30/62/Add.2).\n\nUnited Nations A/HRC/30/62*\n\nI. Introduction\n\n1. The Group met.\n")
    assert _own(text) == "A/HRC/30/62"
    assert _own("Summary\n\nThe present report (A/HRC/30/62) sets out the work of the Group.\n") == "A/HRC/30/62"


def test_a_run_together_copy_starting_with_a_job_number_keeps_its_text():
    text = ("site title line - a/hrc/19/40 ...\n\nGE.12-10001 Human Rights Council Nineteenth session Agenda item 3 "
            "Report of the Working Group on a theme Summary By its resolution 16/9, the Human Rights Council set up "
            "the Working Group for three years. United Nations A/HRC/19/40 General Assembly Distr.: General 2 March "
            "2012 Original: English\n\nUpload: someone\n")
    x = extract(text, "t")
    assert x.document.symbol == "A/HRC/19/40"
    assert [c.ref for c in x.citations] == ["HRC 16/9"]
    assert x.document.kind == "report"


def test_a_job_number_line_is_still_dropped():
    x = extract("Report of the Working Group on a theme\n\nGE.12-10001 (E) 020312 050312\n\nSummary\n\nThe "
                "Working Group was set up by resolution 16/9.\n", "t")
    assert "GE.12" not in " ".join(s.symbol for s in x.symbols)


# ------------------------------------------------------------------ pursuant-to

def _pursuant(text: str) -> list[str]:
    return [c.ref for c in extract(text, "t").pursuant_to]


def test_a_report_presented_in_line_with_a_pair_of_resolutions():
    text = ("A/HRC/28/55\n\nReport of the Special Rapporteur on a theme\n\nSummary\n\nThe Special Rapporteur presents "
            "this report to the Council at its twenty-eighth session, in line with Council resolutions 7/21 and 25/6.\n")
    assert _pursuant(text) == ["HRC 7/21", "HRC 25/6"]


def test_a_page_saying_submitted_under_a_resolution_at_the_start_of_its_sentence():
    text = ("Report of the Special Rapporteur on a theme\nTo the Human Rights Council's 49th session\n\n"
            "Submitted to the Human Rights Council under Council resolution 46/12, this report sets out the plans of the "
            "new expert.\n")
    assert _pursuant(text) == ["HRC 46/12"]


def test_a_statement_presenting_a_report_answers_no_resolution_itself():
    text = ("Statement by Ms. A. Person, Chair of a Committee, at the thirty-first session of the Human Rights Council\n\n"
            "10 March 2016\n\nLadies and Gentlemen,\n\nI present the annual report of the Committee, in line with "
            "Human Rights Council resolution 16/21.\n")
    assert _pursuant(text) == []


# ------------------------------------------------------------------ kinds of pages and releases

def test_a_page_listing_reports_in_a_table_is_a_page():
    text = ("Annual Reports\nWorking Group on a theme\nThe Working Group reports to the Council each year. The table "
            "below links to its reports.\nYear | Title | Document Symbol |\n2023 | A theme in focus In this report the "
            "Working Group studies a theme. | A/HRC/53/24 |\n")
    assert _kind(text) == "page"


def test_thematic_reports_title_in_either_case_is_a_page():
    assert _kind("Thematic Reports\nSpecial Rapporteur on a theme\nThe reports of the Special Rapporteur are listed "
                 "below. In this report of 2020 the expert studied a theme.\n") == "page"


def test_a_booklet_introducing_a_mandate_with_questions_as_headings():
    text = ("Independent Expert on a theme\n\nAn introduction to the mandate\n\nPublished in May 2019 by the UN "
            "Independent Expert on a theme\n\nContents\n\nWhat does an Independent Expert do? 2 Who holds the post "
            "now? 3 Why does the theme matter? 4\n")
    assert _kind(text) == "page"


def test_a_release_on_a_visit_under_way_is_a_press_release():
    text = ("The UN Special Rapporteur on the situation of human rights in a country, A. Person, is visiting the "
            "country from 3 to 12 May to assess progress.\n\n\"I look forward to open talks,\" said Ms. Person.\n")
    assert _kind(text) == "press-release"


def test_a_cover_symbol_split_after_its_series_letter():
    text = ("Human Rights Council\n\nForty-fourth session\n\nReport of the Special Rapporteur on a country\n\nSummary\n\n"
            "In this report the Special Rapporteur describes the situation.\n\nA\n\n/HRC/44/52\n\nGeneral Assembly\n\n"
            "Distr.: General 1 May 2020\n")
    assert _own(text) == "A/HRC/44/52"


def test_a_decision_asking_all_special_procedures_to_continue_gives_a_task():
    text = ("Decision 3/105. Continuation of the work of all special procedures\n\nAt its 9th meeting, on 8 December "
            "2006, the Human Rights Council adopted the text below without a vote:\n\nThe Human Rights Council,\n\n"
            "Having in mind its decision 1/102,\n\n\"1. Decides to extend for one year the mandates of the former "
            "Sub-Commission;\n\n\"2. Requests, in this regard, the special procedures, the Advisory Committee and the "
            "complaint procedure to continue with their work.\n")
    x = extract(text, "t")
    got = [(a.resolutions[0]["ref"], t.text.split()[:3]) for a in x.task_attributions for t in a.tasks]
    assert got == [("HRC 3/105", ["to", "continue", "with"])]


def test_a_request_to_other_bodies_only_gives_no_task():
    text = ("Decision 3/106. A request\n\nThe Human Rights Council,\n\n\"1. Decides to extend for one year the "
            "mandates of the former Sub-Commission;\n\n\"2. Requests the Secretariat to report on the matter.\n")
    assert [t for a in extract(text, "t").task_attributions for t in a.tasks] == []
