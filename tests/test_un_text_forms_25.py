"""Forms of UN text behind the kind, symbol, citation and pursuant-to misses of the sealed blind parts held_out_25 to
held_out_28 (tests/documents/corpus/README.md), each on a small text of our own (invented mandates, names and numbers,
our own sentences): the rule is for the form of text, not for a corpus text. Area A of issue 16."""
from __future__ import annotations

import pytest

from mandate_lineage.loaders.doc_kinds import classify
from mandate_lineage.loaders.documents import extract

from .corpus_eval import text_keys as _got


def _x(text: str, name: str = "t"):
    return extract(text, name)


# --- own symbols: a copy's title line closed by the symbol and a bracketed note ----------------------------------------

@pytest.mark.parametrize("note", ["[Advance unedited version]", "[EN/AR/FR]", "(English, Spanish)", "(Advance Edited Version)",
                                  "- Advance unedited version", "[EN/FR] (Advance unedited version)"])
def test_title_line_closed_by_symbol_and_a_bracketed_note(note):
    text = (f"Report of the Special Rapporteur on the right to clean air (A/HRC/61/12) {note}\n\nHuman Rights Council\n"
            "Sixty-first session\n\nSummary\n\nThe Special Rapporteur submits this report under Council resolution 58/3.\n")
    x = _x(text)
    assert x.document.symbol == "A/HRC/61/12"
    assert [c.ref for c in x.pursuant_to] == ["HRC 58/3"]


def test_title_line_under_a_site_menu():
    text = ("Search\nClose this search box.\n\nSituation of human rights in Ruritania \u2013 Report of the Special "
            "Rapporteur on Ruritania (A/HRC/61/7) (Advance Unedited Version)\n\nSummary\n\nThe report covers 2031.\n")
    assert _x(text).document.symbol == "A/HRC/61/7"


def test_edition_note_inside_the_brackets():
    text = ("Report of the Special Rapporteur on clean air (A/HRC/61/12 - Advance unedited version)\n\nSummary\n\n"
            "The report covers 2031.\n")
    assert _x(text).document.symbol == "A/HRC/61/12"


def test_title_line_under_a_sites_fields():
    text = ("Format\nReport\nSource\nUN HRC\nPosted\n23 Jun 2031\nReport of the Special Rapporteur on clean air "
            "(A/HRC/61/12)\n\nSummary\n\nThe report follows A/HRC/58/30.\n")
    assert _x(text).document.symbol == "A/HRC/61/12"


def test_a_menu_line_with_a_symbol_is_not_a_menu():
    text = ("See A/HRC/60/2 for the list\n\nSituation in Ruritania \u2013 Report of the Special Rapporteur (A/HRC/61/7)\n\n"
            "Summary\n\nThe report covers 2031.\n")
    assert _x(text).document.symbol != "A/HRC/61/7"


@pytest.mark.parametrize("mast", ["United Nations A\n\n/HRC/61/20\n", "United Nations E\n/CN.4/2004/31\n"])
def test_masthead_split_from_its_symbol(mast):
    text = ("Human Rights Council Sixty-first session\n\nSituation of human rights in Ruritania\n\nSummary\n\nThe report "
            "is presented under Council resolution 58/9.\n\n" + mast + "\nGeneral Assembly\n")
    want = "A/HRC/61/20" if "HRC" in mast else "E/CN.4/2004/31"
    x = _x(text)
    assert x.document.symbol == want
    assert want in _got(text)["symbols"]


@pytest.mark.parametrize("line", ["GA/SHC/4999 12 November 2031", "12 November 2031 - GA/SHC/4999",
                                  "GA/SHC/4999", "Press Release GA/SHC/4999"])
def test_press_release_symbol_line_with_its_date(line):
    text = (f"Third Committee Approves Nine Draft Resolutions on Older Persons\n\n{line}\n\nGeneral Assembly Third "
            "Committee\n\nSeventy-ninth Session, 40th & 41st Meetings (AM & PM)\n\nThe Committee approved nine drafts "
            "today, two of them by recorded vote.\n")
    x = _x(text)
    assert x.document.kind == "press-release"
    assert x.document.symbol == "GA/SHC/4999"


# --- symbols: a table row's symbol glued to its year; a resolution named by a symbol without /RES/ ---------------------

def test_symbols_glued_to_the_year_of_a_table_row():
    text = ("Skip to main content\n\nCountry visits\n\nReports and documents of completed country visits\n\n"
            "BodiesSessionCountry and dates of missionSymbol and link to reportRelated documents\n"
            "HRC61stRuritania, 3 - 12 May 2031A/HRC/61/40/Add.1 \n"
            "HRC61stFreedonia, 1-9 June 2031A/HRC/61/40/Add.2Press release\n")
    got = _got(text)
    assert {"A/HRC/61/40/Add.1", "A/HRC/61/40/Add.2"} <= set(got["symbols"])
    assert _x(text).document.kind == "page"


def test_resolution_named_by_a_symbol_without_res_is_cited_not_own():
    text = ("Skip to main content\n\nCountry visits\n\nWorking Group on clean air\n\nUnder resolution A/HRC/57/4 the "
            "Working Group makes country visits. Under decision A/HRC/57/101 it reports on them.\n")
    x = _x(text)
    assert x.document.symbol is None
    assert {(c.ref, c.kind) for c in x.citations} == {("HRC 57/4", "resolution"), ("HRC 57/101", "decision")}


def test_a_run_of_addenda_after_a_symbol():
    text = ("Human Rights Council\n\nThis report follows the expert's report to the Commission (E/CN.4/2004/31 and "
            "Add.1 and 2) and to the Assembly (A/58/90 and Add.1, 2 and 3).\n")
    got = set(_got(text)["symbols"])
    assert {"E/CN.4/2004/31/Add.1", "E/CN.4/2004/31/Add.2", "A/58/90/Add.3"} <= got


def test_a_date_after_an_addendum_is_no_addendum():
    got = set(_got("Human Rights Council\n\nSee A/HRC/50/9 and Add.1, 12 July 2030, for the details.\n")["symbols"])
    assert "A/HRC/50/9/Add.12" not in got and "A/HRC/50/9/Add.1" in got


# --- citations: the date written before the resolution; a year-led clause of an appointment ---------------------------

@pytest.mark.parametrize("clause", ["on 5 October 2029 by its resolution 48/30",
                                    "at its forty-eighth session on 5 October 2029, by resolution 48/30",
                                    "on 5 October 2029 in its resolution 48/30"])
def test_date_written_just_before_by_its_resolution(clause):
    text = f"Human Rights Council\n\nThe Council created the mandate of the Special Rapporteur on Ruritania {clause}.\n"
    assert "HRC 48/30 @2029-10-05" in _got(text)["citations"]


def test_a_submission_date_before_under_is_no_adoption_date():
    text = "Human Rights Council\n\nThe report was submitted on 5 October 2029 under resolution 48/30 of the Council.\n"
    assert "HRC 48/30" in _got(text)["citations"]


def test_year_led_clause_of_an_appointment_dates_a_commission_resolution():
    text = ("Commission on Human Rights\n\nIn 1994, concern over the trade in organs led the Commission on Human Rights, "
            "by resolution 1994/71, to appoint a Special Rapporteur on the matter.\n")
    assert "CHR 1994/71 @1994" in _got(text)["citations"]


def test_glued_resolution_number_is_cited():
    text = ("Human Rights Council\n\nNote by the Secretariat\n\nThe Secretariat has the honour to transmit the report of "
            "the Independent Expert on clean air, prepared under Council resolution58/2.\n")
    x = _x(text)
    assert [c.ref for c in x.citations] == ["HRC 58/2"]
    assert [c.ref for c in x.pursuant_to] == ["HRC 58/2"]


# --- pursuant-to: an abbreviation in brackets, "made ... under" ---------------------------------------------------------

def test_pursuant_with_the_body_abbreviated_in_brackets():
    text = ("Human Rights Council\n\nSummary\n\nThe report covers 2031.\n\nI. Introduction\n\n1. This report, submitted "
            "under Human Rights Council (HRC) resolution 58/1, covers events in Ruritania.\n")
    assert [c.ref for c in _x(text).pursuant_to] == ["HRC 58/1"]


@pytest.mark.parametrize("verb", ["made", "addressed", "delivered"])
def test_report_made_to_the_council_under(verb):
    text = (f"Report Of The Special Rapporteur On Ruritania\n\nThis is the third report {verb} to the Human Rights Council "
            "under Council resolution 55/6. It covers 2031.\n")
    assert [c.ref for c in _x(text).pursuant_to] == ["HRC 55/6"]


# --- kinds ---------------------------------------------------------------------------------------------------------------

def test_a_page_cut_out_of_a_ga_report_opening_on_prose():
    text = ("A/88/301\nhave been slow to agree on dates for visits. The Special Rapporteur hopes the Council will act.\n"
            "21. So far in her mandate the Special Rapporteur has visited Ruritania (A/HRC/60/3/Add.1).\n")
    assert _x(text).document.kind == "ga-report"


def test_an_offices_annual_report_chapter_is_a_report():
    front = ("ruritania office \u00b7 un human rights report 2031 12 UN HUMAN RIGHTS REPORT 2031 12 Ruritania Office "
             "Background The office supports the special procedures.")
    assert classify(front) == "report"


@pytest.mark.parametrize("title", [
    "Statement delivered on behalf of all Special Procedures mandate-holders at the Thirtieth Special Session of the "
    "Human Rights Council Geneva, 3 May 2031 Statement delivered by the Special Rapporteur on clean air, Ms. Ana Ruiz",
    "Statement made by the Chair of the Coordination Committee at the special session Geneva, 3 May 2031",
])
def test_statements_delivered_at_special_sessions(title):
    front = (title + " Madam President, Excellencies, Distinguished delegates, Ladies and Gentlemen, The Coordination "
             "Committee has asked me to speak for all of us. Since the protests began we have urged restraint.")
    assert classify(front) == "statement"


def test_a_speechs_address_alone_tells_a_statement():
    front = ("Thirtieth special session Mr. President, Excellencies, Distinguished delegates, The violence in Ruritania "
             "has grown. The Council must act now.")
    assert classify(front) == "statement"


def test_preliminary_observations_of_a_mission_are_a_statement():
    front = ("United Nations Special Rapporteur on clean air, Ana Ruiz Mission to Ruritania 3 to 14 May 2031 Preliminary "
             "observations Capital City, 14 May 2031 I. Purpose of the visit II. Places visited")
    assert classify(front) == "statement"


def test_a_release_announcing_a_visit_with_a_quote():
    front = ("date 2031-05-02 Ana Ruiz, the Special Rapporteur on clean air, is to make an official visit to Ruritania "
             "from 3 to 14 May 2031. \"I will look at the air of the cities,\" Ruiz said. She will report in September.")
    assert classify(front) == "press-release"


def test_a_sites_table_of_annual_reports_is_a_page():
    front = ("Skip to main content Each year the UN Special Rapporteur on clean air presents a report to the Council. "
             "Year Presented Document number Statement 2031 Human Rights Council, 61st session Air in cities - Report "
             "of the Special Rapporteur on clean air A/HRC/61/9 Oral statement")
    assert classify(front) == "page"


def test_a_country_visits_page_under_site_chrome_is_a_page():
    front = ("Skip to main content Country visits Working Group on clean air The Working Group makes country visits. "
             "Press Release (English | French)")
    assert classify(front) == "page"


def test_a_final_report_saying_so_of_itself():
    front = ("date 2031-03-17 This is the last report of the present mandate holder to the Human Rights Council. "
             "In this report the Special Rapporteur sets out steps for Ruritania.")
    assert classify(front) == "report"


def test_a_sites_item_on_a_report_to_come_is_a_page():
    front = ("Clean Air 21 October/ Report of the Special Rapporteur on clean air Events - 30.09.2031 On 21 October the "
             "Special Rapporteur will present to the General Assembly her latest thematic report, on cities.")
    assert classify(front) == "page"


# --- citations: neighbouring forms of a date tied to a resolution --------------------------------------------------------

@pytest.mark.parametrize("clause, want", [
    ("renewed the mandate by resolution 48/30 (2029)", ["HRC 48/30 @2029"]),
    ("set up the mandate by resolution 48/30 (5 October 2029)", ["HRC 48/30 @2029-10-05"]),
    ("set up the mandate by resolution 48/30, adopted 5 October 2029", ["HRC 48/30 @2029-10-05"]),
    ("renewed it in resolutions 48/30 (2029) and 51/2 (2030)", ["HRC 48/30 @2029", "HRC 51/2 @2030"]),
])
def test_dates_written_after_the_resolution(clause, want):
    assert sorted(_got(f"Human Rights Council\n\nThe Council {clause}.\n")["citations"]) == want


def test_act_day_after_the_resolution_that_made_it():
    text = "Human Rights Council\n\nThe mandate, established by Human Rights Council resolution 48/30 on 5 October 2029, covers air.\n"
    assert _got(text)["citations"] == ["HRC 48/30 @2029-10-05"]


def test_a_reporting_day_after_the_resolution_is_no_adoption_day():
    text = "Human Rights Council\n\nThe report was submitted under resolution 48/30 on 5 October 2029.\n"
    assert _got(text)["citations"] == ["HRC 48/30"]


# --- kinds: neighbouring forms of a speech's title and of a report to the Assembly --------------------------------------

@pytest.mark.parametrize("front", [
    "Check against delivery Statement of the Special Rapporteur on clean air at the 61st session of the Human Rights "
    "Council Geneva, 3 March 2031 Thank you. It is an honour to present the report.",
    "Statement at the conclusion of the official visit to Ruritania by the Special Rapporteur on clean air, Ana Ruiz "
    "Capital City, 14 May 2031 Good morning. The visit took ten days.",
    "Opening remarks by the Chair of the Working Group on clean air at its 30th session Geneva, 3 May 2031 Colleagues, "
    "welcome.",
    "Keynote speech by the Special Rapporteur on clean air at the regional forum Nairobi, 3 May 2031 Thank you for "
    "inviting me.",
    "Oral update by the Chair of the Working Group on clean air Geneva, 3 March 2031 The Working Group met twice.",
])
def test_a_speechs_title_tells_a_statement(front):
    assert classify(front) == "statement"


def test_a_meeting_summary_hearing_an_address_stays_a_release():
    front = ("COUNCIL HOLDS GENERAL DEBATE ON ITS MECHANISMS Meeting Summaries Hears Address by the Minister for Foreign "
             "Affairs of Ruritania The Council this afternoon held a general debate.")
    assert classify(front) == "press-release"


@pytest.mark.parametrize("summary", [
    "This report is submitted to the General Assembly pursuant to Assembly resolution 78/190.",
    "The present interim report, submitted to the General Assembly in accordance with Council resolution 58/3, covers 2031.",
])
def test_a_report_saying_it_goes_to_the_assembly_is_a_ga_report(summary):
    assert classify(f"Report of the Special Rapporteur on clean air Summary {summary} It looks at cities.") == "ga-report"


def test_a_council_report_naming_the_assembly_stays_a_council_report():
    front = ("Report of the Special Rapporteur on clean air Summary The present report is submitted to the Human Rights "
             "Council pursuant to resolution 58/3, which asked her to report to the Council and to the General Assembly.")
    assert classify(front) == "report"


# --- own symbols and pursuant-to: neighbouring forms ---------------------------------------------------------------------

@pytest.mark.parametrize("mast", ["A /HRC/61/20", "United Nations A / /HRC/61/20"])
def test_masthead_with_stray_spaces_after_the_series_letter(mast):
    text = (f"{mast}\n\nHuman Rights Council\nSixty-first session\n\nReport of the Special Rapporteur on clean air\n\n"
            "Summary\n\nThe report covers 2031.\n")
    assert _x(text).document.symbol == "A/HRC/61/20"


@pytest.mark.parametrize("sentence", [
    "Mandated by Human Rights Council resolution 58/3, this report examines cities.",
    "This report responds to the request made by the Council in resolution 58/3.",
    "In response to the request of the Council in its resolution 58/3, this report looks at cities.",
])
def test_pursuant_to_neighbouring_forms(sentence):
    text = f"Report of the Special Rapporteur on clean air\n\nSummary\n\n{sentence}\n"
    assert [c.ref for c in _x(text).pursuant_to] == ["HRC 58/3"]


def test_symbols_of_series_outside_the_councils_and_assemblys():
    text = ("Human Rights Council\n\nThe Committee's general comment (E/C.12/GC/27), the treaty bodies' compilation "
            "(HRI/GEN/1/Rev.10), the Subcommittee's report CAT/OP/20/3, the bulletin ST/SGB/2030/1 and the meeting "
            "record A/85/PV.40 are cited.\n")
    assert {"E/C.12/GC/27", "HRI/GEN/1/Rev.10", "CAT/OP/20/3", "ST/SGB/2030/1", "A/85/PV.40"} <= set(_got(text)["symbols"])


# --- decisions of the Economic and Social Council ------------------------------------------------------------------------

@pytest.mark.parametrize("head", ["Economic and Social Council decision 2031/240\n\nDecision 2031/240. Independent Expert "
                                  "on clean air\n", "2031/240. Independent Expert on clean air\n"])
def test_an_ecosoc_decision_told_by_its_plenary_meeting(head):
    text = (head + "\nAt its 40th plenary meeting, on 22 July 2031, the Economic and Social Council, taking note of "
            "Commission on Human Rights resolution 2031/55 of 20 April 2031, approved the Commission's decision to "
            "appoint an independent expert on clean air.\n")
    x = _x(text)
    assert (x.document.kind, x.document.ref, x.document.adopted) == ("decision", "ECOSOC 2031/240", "2031-07-22")
    assert _got(text)["citations"] == ["CHR 2031/55 @2031-04-20"]


# --- a resolution's own body: the body that speaks, not the first one named ---------------------------------------------

def test_a_ga_resolution_recalling_a_council_resolution_is_the_assemblys():
    text = ("Resolution adopted by the General Assembly on 18 December 2031\n\n[on the report of the Third Committee "
            "(A/86/480/Add.2)]\n\n86/150. Clean air and human rights\n\nThe General Assembly,\n\nRecalling Human Rights "
            "Council resolution 58/3 of 5 April 2031,\n\n1. Welcomes the work of the Special Rapporteur on clean air;\n\n"
            "2. Requests the Special Rapporteur to submit an interim report to the General Assembly;\n")
    x = _x(text)
    assert (x.document.ref, x.document.adopted) == ("GA 86/150", "2031-12-18")
    assert _got(text)["citations"] == ["HRC 58/3 @2031-04-05"]


def test_a_sub_commission_resolution_is_the_sub_commissions():
    text = ("2004/31. Clean air and human rights\n\nThe Sub-Commission on the Promotion and Protection of Human Rights,\n\n"
            "Recalling Commission on Human Rights resolution 2003/12 of 22 April 2003,\n\n1. Decides to entrust Ms. Ana "
            "Ruiz with a working paper on clean air;\n\n2. Requests the Secretary-General to help her.\n\n28th meeting\n"
            "12 August 2004\n")
    assert _x(text).document.ref == "SubCom 2004/31"


def test_an_abbreviated_resolution_keyword():
    assert _got("Human Rights Council\n\nThe mandate was renewed by HRC res. 58/14 last year.\n")["citations"] == ["HRC 58/14"]


# --- tasks: a post set up or renewed with its list of tasks --------------------------------------------------------------

_RES_HEAD = ("Resolution adopted by the Human Rights Council on 5 April 2031\n\n58/3. Clean air and human rights\n\n"
             "The Human Rights Council,\n\nRecalling its resolution 48/30 of 5 October 2029,\n\n")


@pytest.mark.parametrize("para", [
    "1. Decides to appoint, for a period of three years, a Special Rapporteur on clean air, with the following tasks:\n"
    "(a) To gather information on air;\n(b) To make recommendations;\n",
    "1. Decides to extend the mandate of the Special Rapporteur on clean air for three years, and decides that the "
    "Special Rapporteur shall have the following mandate:\n\n(a) To gather information on air;\n\n(b) To make "
    "recommendations;\n",
])
def test_decides_with_the_following_tasks(para):
    got = _got(_RES_HEAD + para + "\n2. Decides to remain seized of the matter.\n\n40th meeting\n5 April 2031\n")
    assert got["tasks"] == ["HRC 58/3 (a) to gather information", "HRC 58/3 (b) to make recommendations"]


def test_decides_without_a_list_gives_no_task():
    got = _got(_RES_HEAD + "1. Decides to extend the mandate of the Special Rapporteur on clean air for three years;\n\n"
               "40th meeting\n5 April 2031\n")
    assert got["tasks"] == [] and got["decisions"] == ["extended HRC 58/3 P3Y"]


def test_a_headline_welcoming_a_report_takes_not_its_symbol():
    text = ("Search\nMenu\n\nUN experts welcome report of the Special Rapporteur on clean air (A/HRC/61/12)\n\nGENEVA "
            "(3 May 2031) - UN experts today welcomed the report.\n")
    assert _x(text).document.symbol is None


def test_a_news_item_on_a_report_to_come_stays_a_release():
    front = ("Clean air expert to present report 1 March 2031 The Special Rapporteur on clean air will present her latest "
             "report to the General Assembly on 21 October, the UN said.")
    assert classify(front) == "press-release"


@pytest.mark.parametrize("para, want", [
    ("1. Decides to continue the mandate of the Special Rapporteur on clean air for a period of three years;",
     ["extended HRC 58/3 P3Y"]),
    ("1. Decides to nominate, for a period of three years, an independent expert on clean air;", ["created HRC 58/3 P3Y"]),
    ("1. Decides to establish, for a period of three years, a working group on clean air;", ["created HRC 58/3 P3Y"]),
    ("1. Decides to establish an open-ended intergovernmental working group on clean air;", []),
])
def test_what_a_resolution_does_to_a_post(para, want):
    assert _got(_RES_HEAD + para + "\n\n40th meeting\n5 April 2031\n")["decisions"] == want


@pytest.mark.parametrize("clause, want", [
    ("by its resolution 2004/18, adopted without a vote on 16 April 2004,", "CHR 2004/18 @2004-04-16"),
    ("in its resolution 58/3, adopted by a recorded vote of 30 to 12, with 5 abstentions, on 5 April 2031,",
     "HRC 58/3 @2031-04-05"),
    ("by resolution 58/3, adopted by consensus in April 2031,", "HRC 58/3 @2031-04"),
])
def test_adoption_date_after_the_vote(clause, want):
    body = "Commission on Human Rights" if "2004" in clause else "Human Rights Council"
    text = f"Report of the Special Rapporteur\n\nSummary\n\nThe {body}, {clause} set up the mandate.\n"
    assert _got(text)["citations"] == [want]


@pytest.mark.parametrize("sentence, want", [
    ("The Council, in its 2029 resolution 48/30, set up the mandate.", "HRC 48/30 @2029"),
    ("Resolution 48/30 of October 2029 set up the mandate.", "HRC 48/30 @2029-10"),
    ("The Council set up the mandate (resolution 48/30, October 2029).", "HRC 48/30 @2029-10"),
    ("The Council set up the mandate in resolution 48/30, 2029 being the year it met twice.", "HRC 48/30"),
])
def test_a_year_or_month_tied_to_the_resolution(sentence, want):
    assert _got(f"Report of the Special Rapporteur\n\nSummary\n\nThe mandate is old. {sentence}\n")["citations"] == [want]


def test_the_2030_agenda_is_no_resolutions_year():
    got = _got("Report of the Special Rapporteur\n\nSummary\n\nIt follows the 2030 Agenda resolution 70/1 of the Assembly.\n")
    assert got["citations"] and not any("@" in c for c in got["citations"])


@pytest.mark.parametrize("front", [
    "Press statement of the Special Rapporteur on clean air at the end of her visit to Ruritania Capital City, 14 May "
    "2031 Thank you for coming.",
    "Country visit to Ruritania, 3-14 May 2031: preliminary findings and recommendations Capital City, 14 May 2031",
    "Statement to the media by the United Nations Special Rapporteur on clean air, on the conclusion of her official "
    "visit to Ruritania, 3-14 May 2031 Capital City, 14 May 2031",
    "Observations at the end of the official visit to Ruritania by the Special Rapporteur on clean air 14 May 2031 I "
    "thank the Government.",
])
def test_end_of_visit_statement_titles(front):
    assert classify(front) == "statement"


def test_a_release_announcing_preliminary_observations_stays_a_release():
    front = ("Ruritania: UN expert to visit 3 May 2031 The Special Rapporteur on clean air will carry out a visit from 10 "
             "to 20 May. According to a press statement of the Office, she will assess the air. \"I will listen,\" Ruiz "
             "said. On 20 May she will share her preliminary observations with the media.")
    assert classify(front) == "press-release"


def test_links_to_releases_in_their_languages_are_no_release():
    front = ("Skip to main content Working Group on clean air Visits 2031 Ruritania, 3-12 May 2031 Media advisory (English "
             "| Spanish) Press release (English | Spanish) End of mission statement (English | Spanish)")
    assert classify(front) == "page"


@pytest.mark.parametrize("sentence, want", [
    ("The Council was set up by UNGA resolution 60/251.", "GA 60/251"),
    ("The Council was set up by GA res 60/251.", "GA 60/251"),
    ("The mandate was renewed by UNHRC resolution 53/5.", "HRC 53/5"),
    ("ECOSOC resolution 1235 (XLII) allowed it.", "ECOSOC 1235 (XLII)"),
])
def test_bodies_named_by_their_abbreviations(sentence, want):
    assert _got(f"Report of the Special Rapporteur\n\nSummary\n\nThe mandate is old. {sentence}\n")["citations"] == [want]


def test_a_symbols_series_is_no_body_name():
    text = "Report of the Special Rapporteur\n\nSummary\n\nThe mandate (A/HRC/4/8) follows Commission resolution 2005/55.\n"
    assert _got(text)["citations"] == ["CHR 2005/55"]


@pytest.mark.parametrize("sentence, want", [
    ("The Council was set up by A/RES/85/251 of 15 March 2030.", "GA 85/251 @2030-03-15"),
    ("Under resolution A/HRC/57/4 of 16 June 2030 the Working Group visits.", "HRC 57/4 @2030-06-16"),
])
def test_date_after_a_resolutions_symbol(sentence, want):
    assert _got(f"Report of the Special Rapporteur\n\nSummary\n\nThe mandate is old. {sentence}\n")["citations"] == [want]


@pytest.mark.parametrize("head, want", [
    ("General Assembly\nSeventy-seventh session\nItem 69 (b) of the provisional agenda*\n", "ga-report"),
    ("Seventy-seventh session\nItem 69 (b) of the provisional agenda\n", "ga-report"),
    ("COMMISSION ON HUMAN RIGHTS\nSixty-first session\nItem 10 of the provisional agenda\n", "report"),
    ("Human Rights Council\nFifty-first session\nAgenda item 3\n", "report"),
])
def test_a_symbol_less_cover_tells_the_assembly_from_the_council(head, want):
    text = head + "\nReport of the Special Rapporteur on clean air\n\nSummary\n\nIn this report the Special Rapporteur looks at cities.\n"
    assert _x(text).document.kind == want
