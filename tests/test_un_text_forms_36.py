"""Forms of UN text behind the misses of area A (document kinds, citations, decisions) of the sealed blind parts
held_out_37 and held_out_38 (tests/documents/corpus/README.md) and their neighbours, each on a small text of our own
(invented numbers, dates and places, our own sentences): the rule is for the form of text, not for a corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.resolution_text import mandate_actions


def _dated(text: str) -> list[tuple[str, str | None]]:
    x = extract("Report of the Special Rapporteur\n\nHuman Rights Council\n\n1. " + text + "\n", "t")
    return sorted((c.ref, str(c.date) if c.date else None) for c in x.citations)


# --- a date shared by two citations, each with its title in quotation marks ----------------------------------------------

def test_two_quoted_titles_share_the_date_written_after_the_second():
    assert _dated('Recalling resolution 61/1, "Building the institutions of the Council", and resolution 61/2, "Rules '
                  'of conduct for mandate holders", of 3 May 2031, and stressing their weight,') == [
        ("HRC 61/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]


def test_titles_opened_by_entitled_share_the_date_too():
    assert _dated('Recalling Council resolution 61/1 entitled "Building the institutions of the Council" and '
                  'resolution 61/2 entitled "Rules of conduct for mandate holders", of 3 May 2031,') == [
        ("HRC 61/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]


def test_a_quoted_title_before_a_citation_of_another_session_shares_no_date():
    assert _dated('Recalling resolution 58/4, "Housing for all", and resolution 61/2, "Rules of conduct for mandate '
                  'holders", of 3 May 2031,') == [("HRC 58/4", None), ("HRC 61/2", "2031-05-03")]


def test_a_single_quoted_title_keeps_its_own_date():
    assert _dated('Recalling resolution 61/2, "Rules of conduct for mandate holders", of 3 May 2031,') == [
        ("HRC 61/2", "2031-05-03")]


# --- a decision that extends the post itself, not a "mandate" -------------------------------------------------------------

def _actions(text: str) -> list[tuple[str, str | None, str | None]]:
    return [(a.action, a.period, a.until) for a in mandate_actions(text)]


def test_extending_the_special_procedure_as_a_special_rapporteur():
    assert _actions("2. Decides to extend the special procedure on the situation of lighthouse keepers as a Special "
                    "Rapporteur for a period of three years, and requests the Special Rapporteur:") == [
        ("extended", "P3Y", None)]


def test_renewing_a_working_group_by_its_name():
    assert _actions("3. Decides to renew for a further period of two years the Working Group on river rights;") == [
        ("extended", "P2Y", None)]


def test_continuing_an_independent_experts_work_until_a_date():
    assert _actions("4. Decides to continue the work of the Independent Expert on canal safety until 30 June 2032;") == [
        ("extended", None, "2032-06-30")]


def test_a_decision_naming_the_rapporteur_without_a_term_is_no_extension():
    assert _actions("5. Decides to continue its consideration of the reports of the Special Rapporteur at its next "
                    "session;") == []


def test_a_right_docs_record_decides_the_extension_of_its_own_resolution():
    text = ("Human Rights Council\n\nResolution 61/8. Mandate of the Special Rapporteur on lighthouse keepers\n\n"
            "The Human Rights Council,\n\nRecalling Council resolutions 58/1 and 58/2 of 3 May 2030,\n\n"
            "1. Takes note of the work of the Special Representative on lighthouse keepers;\n\n"
            "2. Decides to extend the special procedure on lighthouse keepers as a Special Rapporteur for a period of "
            "three years, and requests the Special Rapporteur:\n\n(a) To gather information on the keepers;\n")
    x = extract(text, "t")
    assert [(d.ref, d.action, d.period) for d in x.decisions] == [("HRC 61/8", "extended", "P3Y")]


# --- an announcement of a visit to come, filed by a site under "Statements" ---------------------------------------------

def _kind(text: str) -> str | None:
    return extract(text, "t").document.kind


def test_an_announcement_under_a_statements_section_is_a_press_release():
    text = ("Skip to main content\n\nStatements Special Procedures\n\nUN RAPPORTEUR ON THE RIGHT TO CLEAN AIR TO VISIT "
            "RURITANIA\n\n4 May 2031\n\nThe Special Rapporteur on the right to clean air, Ms. Ada Quill, will visit "
            "Ruritania from 10 to 20 May 2031 at the Government's invitation. She will meet officials and community "
            "groups and visit two industrial towns.\n")
    assert _kind(text) == "press-release"


def test_a_title_case_headline_of_a_visit_to_come():
    text = ("Statements Special Procedures\n\nUN expert on the right to clean air to visit Ruritania\n\n4 May 2031\n\n"
            "The Special Rapporteur on the right to clean air will visit Ruritania from 10 to 20 May 2031. The expert "
            "will meet officials and community groups.\n")
    assert _kind(text) == "press-release"


def test_a_first_person_statement_under_the_same_section_stays_a_statement():
    text = ("Statements Special Procedures\n\nStatement by the Special Rapporteur on the right to clean air at the end "
            "of her visit to Ruritania\n\n20 May 2031\n\nLadies and gentlemen, I thank the Government for its "
            "invitation to visit Ruritania. I met officials and community groups in two towns and I will present my "
            "report to the Council next year.\n")
    assert _kind(text) == "statement"


def test_a_reports_paragraph_on_asking_to_visit_is_no_headline():
    text = ("Introduction\n\n1. The Special Rapporteur first asked to visit Ruritania in 2029, and the Government "
            "invited him in 2030. 2. The visit took place from 10 to 20 May 2031.\n")
    assert _kind(text) != "press-release"


# --- a page of a report cut out of an archive's copy: its first paragraph opens with the resolution -----------------------

def test_a_reports_page_whose_first_paragraph_opens_by_resolution():
    text = ("E/CN.4/2031/77/Add.1\npage 4\nIntroduction\n1.\nBy resolution 2029/12 the Commission on Human Rights set up "
            "the post of Special Rapporteur on the right to clean air, to gather information and to recommend ways to "
            "improve the air people breathe.\n2.\nAt the Government's invitation the Special Rapporteur visited Ruritania "
            "from 1 to 9 May 2031.\n")
    assert _kind(text) == "report"


def test_a_reports_page_whose_first_paragraph_opens_through_a_decision():
    text = ("A/HRC/61/40/Add.2\npage 3\nIntroduction\n1.\nThrough its resolution 58/7 the Human Rights Council asked the "
            "Special Rapporteur to report on the right to clean air in the countries she visits.\n")
    assert _kind(text) == "report"


def test_a_reports_front_on_an_expert_seeking_to_visit_is_no_headline():
    text = ("Introduction\n\n1. The Special Rapporteur sought an opportunity to visit Ruritania for two years; the "
            "Independent Expert was ready to visit Borduria too.\n")
    assert _kind(text) != "press-release"


# --- the term of an extension in the other ways operative paragraphs write it -------------------------------------------

def test_terms_of_extension_in_their_other_forms():
    for text in ("2. Decides to extend for a further three-year period the mandate of the Special Rapporteur on dunes;",
                 "2. Decides to extend the mandate of the Special Rapporteur on dunes for a period of three (3) years;",
                 "2. Decides to renew the mandate of the Working Group on dunes for a term of three years;",
                 "2. Decides to extend by three years the mandate of the Special Rapporteur on dunes;",
                 "2. Decides to extend the mandate of the Special Rapporteur on dunes for another three years;"):
        assert _actions(text) == [("extended", "P3Y", None)], text


def test_a_year_named_after_by_is_no_term():
    assert _actions("2. Decides to extend the mandate of the Special Rapporteur on dunes and to review it by 2033;") == []


# --- a date or title set off by commas or single quotation marks ---------------------------------------------------------

def test_a_date_set_off_by_commas_after_the_number():
    assert _dated("Recalling resolution 61/1, of 3 May 2031, on building the institutions of the Council,") == [
        ("HRC 61/1", "2031-05-03")]


def test_titles_in_single_quotation_marks_share_the_date():
    assert _dated("Recalling resolution 61/1 'Building the institutions of the Council' and resolution 61/2 'Rules of "
                  "conduct for mandate holders' of 3 May 2031,") == [("HRC 61/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]


def test_an_apostrophe_after_a_citation_opens_no_title():
    assert _dated("In resolution 61/1 the Council's members agreed on rules, and resolution 58/2 of 3 May 2030 set "
                  "them out.") == [("HRC 58/2", "2030-05-03"), ("HRC 61/1", None)]


# --- an extension decided in the passive ------------------------------------------------------------------------------------

def test_an_extension_decided_in_the_passive():
    assert _actions("2. Decides that the mandate of the Special Rapporteur on dunes shall be extended for a period of "
                    "three years;") == [("extended", "P3Y", None)]
    assert _actions("2. Decides that the mandate of the Independent Expert should be renewed for a further period of two "
                    "years;") == [("extended", "P2Y", None)]
    assert _actions("2. Decides that the Working Group on dunes shall continue its work for a further period of three "
                    "years;") == [("extended", "P3Y", None)]


def test_a_mandate_to_be_reviewed_is_not_extended():
    assert _actions("2. Decides that the mandate of the Special Rapporteur shall be reviewed at its next session;") == []


def test_a_headline_of_a_mission_to_undertake():
    text = ("Statements Special Procedures\n\nIndependent Expert on clean air to undertake official visit to Ruritania\n\n"
            "4 May 2031\n\nThe Independent Expert will meet officials and community groups from 10 to 20 May.\n")
    assert _kind(text) == "press-release"


def test_titles_in_brackets_between_the_items_of_a_list():
    assert _dated("Recalling resolutions 61/1 (Building the institutions of the Council) and 61/2 (Rules of conduct "
                  "for mandate holders) of 3 May 2031,") == [("HRC 61/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]


def test_a_year_or_paragraph_in_brackets_is_no_title():
    assert _dated("Recalling resolution 61/1 (2031) and resolution 58/2 (paras. 3 and 4),") == [
        ("HRC 58/2", None), ("HRC 61/1", "2031")]


def test_a_copys_other_ways_of_writing_the_date():
    assert _dated("Recalling resolution 61/1 of May 3, 2031, and resolution 58/2 of 4th June 2030,") == [
        ("HRC 58/2", "2030-06-04"), ("HRC 61/1", "2031-05-03")]


# --- an extension in a French or Spanish copy --------------------------------------------------------------------------------

def test_an_extension_in_french_and_spanish():
    assert _actions("2. Décide de proroger le mandat du Rapporteur spécial sur les dunes pour une nouvelle période de "
                    "trois ans;") == [("extended", "P3Y", None)]
    assert _actions("2. Decide prorrogar el mandato del Relator Especial sobre las dunas por un período de dos años;") == [
        ("extended", "P2Y", None)]


def test_a_french_extension_with_no_term_is_none():
    assert _actions("2. Décide de proroger l'examen de la question du mandat à sa prochaine session;") == []


def test_a_call_for_input_before_a_visit_stays_a_page():
    text = ("Skip to main content\n\nCall for submissions: Special Rapporteur on clean air to visit Ruritania\n\n"
            "Issued by: Special Rapporteur on clean air\n\nThe Special Rapporteur invites civil society to send written "
            "input before the visit, by 1 May 2031.\n")
    assert _kind(text) == "page"


# --- a date after a list's body or a word of adopting, or "of the same date" ----------------------------------------------

def test_a_date_after_the_body_named_after_the_number():
    assert _dated("Recalling resolution 61/1 of the Human Rights Council of 3 May 2031,") == [("HRC 61/1", "2031-05-03")]


def test_a_list_of_one_session_adopted_on_one_day():
    assert _dated("Recalling resolutions 61/1 and 61/2, adopted on 3 May 2031,") == [
        ("HRC 61/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]
    assert _dated("Recalling Council resolutions 61/1 and 61/2 adopted by the Council on 3 May 2031,") == [
        ("HRC 61/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]


def test_a_list_of_two_sessions_shares_no_tail_date():
    assert _dated("Recalling resolutions 58/4 and 61/2, adopted on 3 May 2031,") == [("HRC 58/4", None), ("HRC 61/2", None)]


def test_of_the_same_date_takes_the_date_before():
    assert _dated("Recalling resolution 61/1 of 3 May 2031 and 61/2 of the same date,") == [
        ("HRC 61/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]


def test_a_second_citation_of_the_same_date():
    assert _dated("Recalling resolution 61/1 of 3 May 2031 and decision 61/102 of the same date,") == [
        ("HRC 61/1", "2031-05-03"), ("HRC 61/102", "2031-05-03")]
    assert _dated("Recalling General Assembly resolution 90/1 of 3 May 2031 and Council resolution 61/2 of the same "
                  "date,") == [("GA 90/1", "2031-05-03"), ("HRC 61/2", "2031-05-03")]
