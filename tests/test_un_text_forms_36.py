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
