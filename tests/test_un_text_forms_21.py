"""Forms of UN text behind the kind, symbol, citation, pursuant-to and task misses of the sealed blind parts
held_out_21 and held_out_22 (tests/documents/corpus/README.md), each on a small text of our own (invented
subjects, our own sentences): the rule is for the form of text, not for a corpus text. Area A of issue 16."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.symbols import find_symbols, normalize_symbol, parse_symbol

from .corpus_eval import text_keys as _got


def _doc(text: str, name: str = "t"):
    return extract(text, name).document


# --- symbols ------------------------------------------------------------------------------------------------------

def test_an_addendum_printed_with_a_dot_for_its_slash_is_the_addendum():
    found = [m.text for m in find_symbols("missions to Ruritania (A/HRC/41/12.Add.2) and Freedonia "
                                          "(A/HRC/41/12/Add.3), see also A/HRC/41/12.")]
    assert found == ["A/HRC/41/12/Add.2", "A/HRC/41/12/Add.3", "A/HRC/41/12"]
    assert normalize_symbol("A/HRC/41/12.Rev.1") == "A/HRC/41/12/Rev.1"


def test_a_council_subsidiary_body_series_is_a_symbol():
    for raw in ("A/HRC/WGEID/119/1", "A/HRC/EMRIP/2019/2", "A/HRC/WGAD/2020/14", "A/HRC/FMI/2018/2"):
        sym = parse_symbol(raw)
        assert sym.format() == raw and sym.body is None      # issued by the subsidiary body, not the Council's
    upr = parse_symbol("A/HRC/WG.6/40/ABC/1/Add.1")
    assert upr.format() == "A/HRC/WG.6/40/ABC/1/Add.1" and upr.base.format() == "A/HRC/WG.6/40/ABC/1"
    assert _doc("A/HRC/WGEID/140/1\n\nWorking Group on rest\nReport of its 140th session\n").session is None
    assert parse_symbol("A/HRC/RES/35/3").series == "A/HRC/RES"
    assert parse_symbol("A/HRC/AC/9/4").series == "A/HRC/AC"
    found = _got("The Working Group met for its 140th session (see A/HRC/WGEID/140/1) and its 141st "
                 "(A/HRC/WGEID/141/1).\n")["symbols"]
    assert found == ["A/HRC/WGEID/140/1", "A/HRC/WGEID/141/1"]


def test_a_right_docs_record_of_a_council_report_titled_by_its_number():
    text = ("41/7 Report of the Special Rapporteur on the right to rest\nDocument Type: Final Report\n"
            "Session: 41st Regular Session (2029 Jun)\nHuman Rights Council Forty-first session\nAgenda item 3\n"
            "Report of the Special Rapporteur on the right to rest\nNote by the Secretariat\nThe Secretariat "
            "transmits the report of the Special Rapporteur.\n")
    assert _doc(text).symbol == "A/HRC/41/7"
    # a line opening with a number and a title that is no record of the Council is not a symbol
    assert _doc("12/3 Notes on a walk\nWe went along the river on a fine day and came back late.\n").symbol is None


# --- citations ----------------------------------------------------------------------------------------------------

def test_a_commission_resolution_of_the_old_numbering_is_the_commissions():
    got = _got("The Commission on Human Rights set up the Working Group on rest by its resolution 12 (XXXIV) of "
               "3 March 1978. The Council renewed it by its resolution 40/2 of 21 March 2019.\n")["citations"]
    assert got == ["CHR 12 (XXXIV) @1978-03-03", "HRC 40/2 @2019-03-21"]
    ga = _got("Recalling General Assembly resolution 2200 A (XXI) of 16 December 1966,\n")["citations"]
    assert ga == ["GA 2200 A (XXI) @1966-12-16"]


def test_a_date_shared_by_a_list_with_a_word_for_it():
    topics = _got("Recalling Council resolutions 5/1, on building its institutions, and 5/2, on the conduct of "
                  "mandate holders, both of 18 June 2007, and stressing their annexes,\n")["citations"]
    assert topics == ["HRC 5/1 @2007-06-18", "HRC 5/2 @2007-06-18"]
    bare = _got("Recalling Council resolutions 9/3 and 9/4, both adopted on 24 September 2008,\n")["citations"]
    assert bare == ["HRC 9/3 @2008-09-24", "HRC 9/4 @2008-09-24"]


def test_a_resolution_number_set_off_by_commas():
    got = _got("In its latest resolution, 49/12, the Human Rights Council asked the Government to cooperate.\n")
    assert got["citations"] == ["HRC 49/12"]
    # a count after a comma is no resolution number
    assert _got("In that resolution, 12 States voted against.\n")["citations"] == []


def test_a_resolution_symbol_in_brackets_closing_a_sentence_is_cited():
    text = ("Mandate on rest\n\nThe Council set up the mandate in 2020. In March 2023 the mandate was renewed for "
            "three years (A/HRC/RES/52/9).\n")
    assert "HRC 52/9" in _got(text)["citations"]


# --- pursuant-to --------------------------------------------------------------------------------------------------

_COVER = ("A/HRC/61/20\n\nHuman Rights Council\nSixty-first session\nAgenda item 3\n\n"
          "Report of the Special Rapporteur on the right to rest\n\n")


def _pursuant(text: str) -> list[str]:
    return _got(text)["pursuant_to"]


def test_a_verb_of_sending_then_under_in_its_clause():
    assert _pursuant(_COVER + "Summary\nThe Special Rapporteur on the right to rest, Ana Roe, submits this report "
                              "under Human Rights Council resolution 52/4.\n") == ["HRC 52/4"]
    assert _pursuant(_COVER + "Note by the Secretariat\nThe Secretariat transmits to the Human Rights Council the "
                              "report of the Special Rapporteur on the right to rest, Ana Roe, drawn up under "
                              "Council resolution 52/4.\n") == ["HRC 52/4"]
    assert _pursuant(_COVER + "Summary\nThis report goes to the Human Rights Council under Council resolutions "
                              "43/2 and 52/4. In it the Special Rapporteur looks at sleep.\n") == ["HRC 43/2", "HRC 52/4"]


def test_in_furtherance_of_a_pair_of_resolutions():
    text = (_COVER + "I. Introduction\n1. This report is submitted to the Human Rights Council by the Special "
                     "Rapporteur, in furtherance of Human Rights Council resolutions 43/2 and 52/4; it covers the "
                     "year to April 2031.\n")
    assert _pursuant(text) == ["HRC 43/2", "HRC 52/4"]


def test_the_note_by_the_secretariat_prevails_over_the_introductions_chain():
    text = (_COVER + "Note by the Secretariat\nThe Secretariat transmits to the Council the report of the Special "
                     "Rapporteur, prepared in accordance with Council resolution 52/4.\n\nI. Introduction\n\n1. This "
                     "report is submitted to the Council under Council resolution 43/2 and the later resolutions "
                     "47/1 and 52/4.\n")
    assert _pursuant(text) == ["HRC 52/4"]


def test_under_with_no_verb_of_sending_is_no_pursuant_to():
    text = (_COVER + "I. Introduction\n1. Under Council resolution 43/2 States are to protect rest. The report "
                     "looks at how far they do.\n")
    assert _pursuant(text) == []


# --- tasks --------------------------------------------------------------------------------------------------------

def _tasks(text: str) -> list[str]:
    return _got(text, "A-RES-88-120.txt")["tasks"]


_GA_HEAD = "A/RES/88/120\n\nResolution adopted by the General Assembly on 9 December 2033\n\n88/120. The right to rest\n\n"


def test_an_unlettered_request_in_a_page_cut_out_of_a_resolution():
    text = ("A/RES/88/120\nwith the Special Rapporteur so that she can carry out her mandate;\n"
            "14. Thanks the Governments that have invited the Special Rapporteur;\n"
            "15. Requests the Secretary-General to give the Special Rapporteur the resources she needs;\n"
            "16. Requests the Special Rapporteur to submit an interim report to the General Assembly at its "
            "eighty-ninth session.\n")
    assert _tasks(text) == ["GA 88/120 - to submit an"]


def test_urges_the_special_rapporteur_inside_an_operative_paragraph():
    text = (_GA_HEAD + "The General Assembly,\n\nRecalling its earlier resolutions,\n\n1. Recognizes the part the "
            "Special Rapporteur plays in warning of fatigue, and urges the Special Rapporteur to work with the High "
            "Commissioner on the gravest cases;\n2. Encourages the Special Rapporteur to keep up her efforts;\n"
            "3. Urges all States to cooperate with the Special Rapporteur;\n")
    assert _tasks(text) == ["GA 88/120 - to work with"]


# --- kinds --------------------------------------------------------------------------------------------------------

def _kind(text: str, name: str = "t") -> str | None:
    return _doc(text, name).kind


def test_a_page_cut_out_of_a_report_under_its_own_symbol():
    ga = ("A/91/204\n\nof the region that it covers. The visits take place with the consent of the States.\n"
          "31. The Special Rapporteur has visited Fiji and Peru and will visit Chad in May.\n")
    assert _kind(ga) == "ga-report"
    hrc = ("A/HRC/71/33\n\nII. Activities of the Special Rapporteur\nCountry visits\n12. The Special Rapporteur "
           "made an official visit to Chile from 3 to 9 May 2031.\n")
    assert _kind(hrc) == "report"
    # the same paragraph on a site's page with its chrome is no report
    page = "Skip to main content\nA/HRC/71/33\n12. The Special Rapporteur made an official visit to Chile.\n"
    assert _kind(page) != "report"


def test_a_note_by_the_secretariat_in_its_own_words_is_a_report():
    text = ("4 May 2031: The Secretariat transmits to the Human Rights Council the report of the Independent Expert "
            "on rest, under its resolution 55/1. The expert finds that rest is rarely protected.\n")
    assert _kind(text) == "report"


def test_a_preamble_page_with_no_heading_is_a_resolution():
    text = ("Recalling its resolutions 5/1 and 5/2 of 18 June 2007, and stressing the code of conduct,\n"
            "Taking note of the report of the Secretary-General on rest,\n"
            "Welcoming the work of the independent expert,\n"
            "1. Decides to extend the mandate of the independent expert on rest for three years;\n"
            "12th meeting\n3 April 2031\nAdopted without a vote\n")
    assert _kind(text) == "resolution"


def test_site_pages_with_a_news_link_or_a_call_for_inputs():
    nav = ("English  |  Espa\u00f1ol  |  Fran\u00e7ais  |\nOverview of the mandate Annual Reports Country Visits "
           "Press releases Contact\nSpecial Rapporteur on rest\nThe Special Rapporteur reports every year.\n")
    assert _kind(nav) == "page"
    call = ("Main content\nSpecial Rapporteur calls for inputs on the right to rest\nThe Special Rapporteur will "
            "make an official visit to Chile in 2032 and asks for written inputs by 1 May.\n")
    assert _kind(call) == "page"


def test_an_information_sheet_and_a_year_titled_report_page_are_pages():
    sheet = ("UN Special Rapporteur on rest\nIn 2029 the Council decided to appoint a Special Rapporteur on rest. "
             "A Special Rapporteur is an independent expert appointed by the Council to look into a theme.\n")
    assert _kind(sheet) == "page"
    yearly = ("2031 report of the Working Group on Rest\n7 August 2031\nAt the 60th session of the Human Rights "
              "Council\nThe present report covers the Working Group's work over the year.\n")
    assert _kind(yearly) == "page"


def test_a_un_press_briefing_is_a_press_release():
    text = ("POINT DE PRESSE\nAna Roe, for the United Nations Information Service in Geneva, chaired the briefing, at "
            "which spokespersons for the Human Rights Council and the World Health Organization spoke.\n")
    assert _kind(text) == "press-release"


def test_other_words_for_the_resolution_a_report_answers():
    for words in ("in pursuance of", "as mandated by", "as called for in", "at the request of the Council in its"):
        text = (_COVER + f"Summary\nThe Special Rapporteur presents this report {words} Council resolution 52/4. "
                         "It covers the year 2031.\n")
        assert _pursuant(text) == ["HRC 52/4"], words


def test_a_page_of_operative_paragraphs_is_a_resolution():
    text = ("with the Special Rapporteur in the discharge of the mandate;\n4. Urges all States to cooperate fully with "
            "the Special Rapporteur;\n5. Encourages the Special Rapporteur to continue work on rest;\n6. Invites the "
            "Office to assist.\n")
    assert _kind(text) == "resolution"
    # a report's numbered paragraphs open with their subject, not a verb
    report = ("A/HRC/71/33\n\n5. The Special Rapporteur urges all States to cooperate;\n6. The Special Rapporteur "
              "encourages States to report.\n")
    assert _kind(report) == "report"
