"""Forms of UN text behind the misses of held_out_19's and held_out_20's blind first runs in area A (document kinds,
own symbols, citation dates, pursuant-to, tasks; tests/documents/corpus/README.md), each on a small text of our own
with made-up numbers: the rule is for the form, not for the corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.doc_kinds import classify
from mandate_lineage.loaders.documents import extract


def _kind(text: str) -> str | None:
    return extract(text, "t").document.kind


def _cites(text: str) -> list[tuple[str, str | None]]:
    return sorted((c.ref, str(c.date) if c.date else None) for c in extract(text, "t").citations)


# ------------------------------------------------------------------ kinds

def test_an_overview_page_that_defines_its_title_is_a_page():
    assert classify("Working Groups The working groups of the Council are bodies of five independent experts "
                    "who study a theme and report on it every year.") == "page"
    assert classify("Country mandates of the Council Country mandates are given to an expert who follows the "
                    "situation in one State and reports to the Council.") == "page"


def test_a_un_text_with_no_other_cue_is_a_page():
    assert _kind("Special procedures in brief\n\nThe experts of the Human Rights Council serve in their personal "
                 "capacity and are not staff of the United Nations.\n") == "page"


def test_a_verb_of_the_council_in_prose_is_no_headline():
    text = ("Mandate holders\n\nThe experts, whom the Council appoints for three years, visit countries and write to "
            "States about cases brought to them.\n")
    assert _kind(text) == "page"
    # the headline itself still makes a meeting summary
    assert classify("Human Rights Council adopts nine resolutions and closes its session") == "press-release"


def test_a_statement_counted_in_a_headline_is_no_statement():
    text = ("News\nGeneral Assembly Closes Session after Adopting 12 Resolutions and One Statement by the President\n"
            "3 May 2099\nThe Council extended the mandates of four experts today.\n")
    assert _kind(text) == "press-release"
    assert classify("Statement by the President of the Council at the opening of its session") == "statement"


def test_a_record_labelled_with_its_document_type():
    """A record of a UN document on a documents site ("Document Type: Final Report") is that document."""
    assert _kind("Original document\n\nPDF\n\nDocument Type: Final Report\n\nDate: 2099 Mar\n\nHuman Rights Council "
                 "Ninety-ninth session\n\nAgenda items 3 and 4\n") == "report"
    assert _kind("Original document\n\nDocument Type: Final Resolution\n\nDate: 2099 Mar\n") == "resolution"


def test_a_copy_of_a_report_that_starts_at_its_summary():
    text = ("Summary\n\nThis report is the last the Special Rapporteur presents to the Human Rights Council; it "
            "looks back at six years of the mandate.\n\nI. Introduction\n\nThe mandate was set up long ago.\n")
    assert _kind(text) == "report"


def test_a_cover_title_that_names_the_report():
    text = ("Human Rights Council Ninety-ninth session\n\nAgenda item 3\n\nJoint communications report of special "
            "procedures\n\nLetters sent from 1 March to 31 May 2099\n")
    assert _kind(text) == "report"


def test_a_web_copy_of_a_commission_resolution_with_a_loose_comma():
    text = ("OFFICE OF THE HIGH COMMISSIONER FOR HUMAN RIGHTS\n\nThe right to something\n\nCommission on Human "
            "Rights resolution 1999/99\n\nThe Commission on Human Rights ,\n\nRecalling the Charter of the United "
            "Nations,\n\nStressing that cooperation matters,\n")
    x = extract(text, "t")
    assert x.document.kind == "resolution" and x.document.ref == "CHR 1999/99"
    assert x.document.symbol is None


def test_a_document_page_about_a_report_is_a_page():
    """An OHCHR page about a General Assembly report, whose headline carries "Note by the Secretary-General"."""
    text = ("Skip to main content\nThematic reports\n\nA/99/321: Report of the Special Rapporteur on something - Note "
            "by the Secretary-General\n\n05 May 2099\n\nUN symbol\n\nThe report argues that much is left to do.\n\n"
            "Issued By:\n\nSpecial Rapporteur on something\n\nDelivered To:\n\nthe General Assembly at its 99th "
            "session\n")
    assert _kind(text) == "page"


# ------------------------------------------------------------------ own symbols

def test_a_title_line_that_ends_with_the_symbol_gives_the_own_symbol():
    text = ("Report of the Special Rapporteur on something, Jane Doe - Final report: looking back (A/HRC/99/57)\n\n"
            "1. In six years the Special Rapporteur visited many countries.\n")
    x = extract(text, "t")
    assert x.document.symbol == "A/HRC/99/57" and x.document.kind == "report"


def test_a_symbol_with_language_links_is_a_link_not_the_own_symbol():
    text = ("Ten years of the mandate: looking ahead\n\n14 June 2099\nIssued by:\nSpecial Rapporteur on something\n"
            "A/HRC/99/43 - Report summary English | Fran\u00e7ais | Espa\u00f1ol\n\nSummary of the report\n\nThe report "
            "looks back at the work of the mandate.\n")
    x = extract(text, "t")
    assert x.document.symbol is None
    assert "A/HRC/99/43" in {s.symbol for s in x.symbols if s.valid}


# ------------------------------------------------------------------ citation dates

def test_the_year_that_opens_a_clause_dates_its_only_resolution():
    assert _cites("Skip to main content\n\nIn 2097 the mandate was renewed, and in resolution 88/3 the Council, "
                  "among other things:\n") == [("HRC 88/3", "2097")]
    assert _cites("Skip to main content\n\nIn 2098 resolution 89/11 renewed the mandate for three years.\n") == \
        [("HRC 89/11", "2098")]


def test_a_year_that_opens_a_clause_about_something_else_dates_nothing():
    assert _cites("Skip to main content\n\nIn 2099 the Special Rapporteur reported to the Council as asked in "
                  "resolution 88/3.\n") == [("HRC 88/3", None)]


def test_a_date_after_a_topic_and_a_pair_of_keywords():
    assert _cites("The Council,\n\nRecalling resolution 5/1 on its institution-building and resolution 5/2 on "
                  "a code of conduct for mandate holders of the Council, of 18 June 2007,\n") == \
        [("HRC 5/1", "2007-06-18"), ("HRC 5/2", "2007-06-18")]
    assert _cites("The Council,\n\nRecalling its resolutions 5/1 on institution-building and 5/2 on a code of "
                  "conduct, of 18 June 2007,\n") == [("HRC 5/1", "2007-06-18"), ("HRC 5/2", "2007-06-18")]
    assert _cites("The Council,\n\nRecalling its resolution 6/3 on the right to something, of 27 September 2007,\n") \
        == [("HRC 6/3", "2007-09-27")]


def test_a_pair_of_keywords_of_different_sessions_keeps_its_own_dates():
    assert _cites("The Council,\n\nRecalling resolution 5/1 on institution-building and resolution 6/3 on "
                  "something, of 27 September 2007,\n") == [("HRC 5/1", None), ("HRC 6/3", "2007-09-27")]


# ------------------------------------------------------------------ pursuant to

_COVER = ("United Nations A/HRC/99/49\n\nGeneral Assembly Distr.: General\n1 August 2099\n\nHuman Rights Council\n"
          "Ninety-ninth session\nAgenda item 3\n\nReport of the Special Rapporteur on something\n\n"
          "Note by the Secretariat\n\n")


def test_a_note_gives_the_reporting_requirement():
    x = extract(_COVER + "By its resolution 97/14, the Human Rights Council set up the mandate of the Special "
                "Rapporteur for three years and asked the Special Rapporteur to report every year to the Council.\n\n"
                "I. Introduction\n\n1. The Special Rapporteur took up the post in May.\n", "t")
    assert [c.ref for c in x.pursuant_to] == ["HRC 97/14"]
    x = extract(_COVER + "In its resolution 97/15, the Council requested the Working Group to submit an annual report "
                "on its activities.\n\nI. Introduction\n\n1. The Working Group met three times.\n", "t")
    assert [c.ref for c in x.pursuant_to] == ["HRC 97/15"]


def test_a_report_submitted_in_response_to_a_resolution():
    x = extract(_COVER + "The present report is submitted in response to Human Rights Council resolution 97/16.\n\n"
                "I. Introduction\n\n1. The mandate is young.\n", "t")
    assert [c.ref for c in x.pursuant_to] == ["HRC 97/16"]


def test_a_stated_pursuant_to_wins_over_the_reporting_requirement():
    x = extract(_COVER + "The present report is submitted pursuant to Human Rights Council resolution 98/2. By its "
                "resolution 97/14, the Council asked the Special Rapporteur to report every year.\n\n"
                "I. Introduction\n\n1. The mandate is young.\n", "t")
    assert [c.ref for c in x.pursuant_to] == ["HRC 98/2"]


def test_a_resolution_that_asked_for_no_report_is_no_pursuant_to():
    x = extract(_COVER + "By its resolution 97/14, the Human Rights Council set up the mandate of the Special "
                "Rapporteur for three years.\n\nI. Introduction\n\n1. The mandate is young.\n", "t")
    assert x.pursuant_to == []


# ------------------------------------------------------------------ tasks

def _tasks(text: str) -> list[tuple[str | None, str]]:
    return [(t.label, " ".join(t.text.split()[:3])) for a in extract(text, "t").task_attributions
            if a.kind == "operative" for t in a.tasks]


_RES = ("Resolution adopted by the Human Rights Council on 1 April 2099\n\n99/7. Something\n\nThe Human Rights Council,"
        "\n\nRecalling its resolution 96/5,\n\n")


def test_unlettered_requests_to_a_working_group_and_further_requests():
    text = _RES + ("1. Decides to extend the mandate of the Working Group for a period of three years;\n\n"
                   "2. Requests the Working Group to submit an annual report to the Council;\n\n"
                   "3. Further requests the Working Group to meet twice a year;\n")
    assert _tasks(text) == [(None, "to submit an"), (None, "to meet twice")]


def test_a_request_with_a_clause_before_its_verb():
    text = _RES + ("1. Requests the Special Rapporteur, in carrying out the mandate, to work with all States;\n")
    assert _tasks(text) == [(None, "to work with")]


def test_a_request_to_an_expert_named_with_the_topic():
    text = _RES + ("1. Requests the Special Rapporteur on the situation of human rights in a country to report to "
                   "the Council at its next session;\n")
    assert _tasks(text) == [(None, "to report to")]


def test_neighbouring_date_forms_of_a_citation():
    """An adoption month or year written after the citation, a month and year opening the clause of an act."""
    assert _cites("Skip to main content\n\nThe mandate rests on resolution 88/3, adopted in June 2097, and on "
                  "nothing else.\n") == [("HRC 88/3", "2097-06")]
    assert _cites("Skip to main content\n\nIn March 2098, the Council adopted resolution 89/2 and so renewed the "
                  "mandate.\n") == [("HRC 89/2", "2098-03")]


def test_a_report_presented_as_requested_in_a_resolution():
    x = extract(_COVER + "The present report is submitted as requested by the Human Rights Council in its resolution "
                "97/17.\n\nI. Introduction\n\n1. The mandate is young.\n", "t")
    assert [c.ref for c in x.pursuant_to] == ["HRC 97/17"]


def test_a_headline_whose_sentence_repeats_its_subject_is_no_definition():
    assert classify("Human Rights Council adopts six resolutions and appoints two experts The Human Rights Council "
                    "is concerned about the situation.") == "press-release"


def test_a_document_page_about_a_resolution_is_a_page():
    text = ("Skip to main content\nResolutions\n\nA/HRC/RES/99/3: Human rights and something\n\n12 July 2099\n\n"
            "UN symbol\n\nResolution adopted by the Human Rights Council on 6 July 2099\n\nIssued By:\n\nHuman Rights "
            "Council\n\nDelivered To:\n\nthe Human Rights Council at its 99th session\n")
    assert _kind(text) == "page"


def test_a_decision_told_by_its_meeting():
    text = ("Human Rights Council\n\nAt its 40th meeting, on 17 June 2099, the Human Rights Council decided, without "
            "a vote, to postpone to its next session the consideration of a draft text.\n")
    assert _kind(text) == "decision"


def test_a_web_copy_of_a_resolution_does_not_cite_its_own_number():
    from tests.corpus_eval import keys
    text = ("Human rights and something\n\nGeneral Assembly resolution 99/181\n\nThe General Assembly ,\n\n"
            "Recalling its resolution 98/150 of 20 December 2098,\n\nNoting with concern the situation,\n")
    x = extract(text, "t")
    assert x.document.kind == "resolution" and x.document.ref == "GA 99/181"
    assert keys(x)["citations"] == ["GA 98/150 @2098-12-20"]


def test_a_copy_of_a_report_with_only_its_first_chapter():
    assert _kind("Summary\n\nThe Special Rapporteur looks back at six years of work.\n\nI. Introduction\n\n"
                 "The mandate was set up long ago.\n") == "report"


def test_a_note_that_tells_the_council_decided_the_expert_should_report():
    x = extract(_COVER + "In its resolution 97/18, the Human Rights Council decided that the Special Rapporteur should "
                "submit an annual report to the Council.\n\nI. Introduction\n\n1. The mandate is young.\n", "t")
    assert [c.ref for c in x.pursuant_to] == ["HRC 97/18"]


def test_a_working_group_statement_issued_in_its_own_words():
    text = ("Skip to main content\n\nStatements Special Procedures\n\nThe Working Group on something ended its 99th "
            "session\n\n3 July 2099\n\nThe Working Group on something issued the following statement today:\n\n"
            "The Working Group ended its session in Geneva.\n")
    assert _kind(text) == "statement"


def test_a_pursuant_to_that_opens_its_sentence_or_lists_resolutions():
    for s, refs in [("Pursuant to Council resolution 98/23, the Special Rapporteur submits the present report.",
                     ["HRC 98/23"]),
                    ("In accordance with Council resolution 98/24, the Special Rapporteur submits the present report.",
                     ["HRC 98/24"]),
                    ("The present report is submitted pursuant to Human Rights Council resolutions 93/14, 96/9 and "
                     "98/23.", ["HRC 93/14", "HRC 96/9", "HRC 98/23"])]:
        x = extract(_COVER + s + "\n\nI. Introduction\n\n1. The mandate is young.\n", "t")
        assert sorted(c.ref for c in x.pursuant_to) == refs, s
