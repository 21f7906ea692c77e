"""Forms of text the blind part held_out_10 showed the readers missed (issue 16): each a rule for a form,
checked here on small texts of our own."""
from __future__ import annotations

from mandate_lineage.loaders.doc_kinds import classify
from mandate_lineage.loaders.people import find_holders
from mandate_lineage.loaders.resolution_citations import find_resolution_citations


def _names(text):
    return [h.name for h in find_holders(text)]


def test_an_organisation_is_never_a_holder():
    text = ("Remarks on the report of the Independent Expert on human rights and international solidarity, "
            "Acme Peace Foundation, and Zonta International, Independent Expert on solidarity.")
    assert _names(text) == []


def test_a_name_glued_to_its_honorific_or_to_itself_is_split():
    assert _names("Remarks by Ms.JaneDoe, Independent Expert on foreign debt") == ["Jane Doe"]
    assert _names("Remarks by Mr. JohnRoe, Independent Expert on foreign debt") == ["John Roe"]


def test_an_ngo_written_statement_is_a_statement_even_under_a_report_heading():
    front = ("Report of the Independent Expert on human rights and international solidarity "
             "Joint written statement submitted by Example League, a non-governmental organization in special "
             "consultative status")
    assert classify(front) == "statement"


def test_a_date_before_the_only_resolution_of_its_clause_is_its_adoption_date():
    dates = lambda t: [(c.number, c.date) for c in find_resolution_citations(t)]
    assert dates("Adopted on 2 April 2020, Council resolution 43/10 asks for a study.") == [("43/10", "2 April 2020")]
    assert dates("On 2 April 2020, the Council recalled resolution 43/10.") == [("43/10", None)]        # not adopted
    assert dates("Adopted on 2 April 2020, resolution 43/10 recalls resolution 40/8.") == [("43/10", None), ("40/8", None)]


def test_a_blog_post_with_a_dateline_and_reported_speech_is_a_press_release():
    front = ("Posts Tagged 'Some Name' Experts brief the Committee March 3, 2021 This week the expert "
             "told delegates that solidarity was waning, and a delegate said it was not.")
    assert classify(front) == "press-release"


def test_a_resolution_symbol_printed_only_in_page_footers_is_its_own():
    from mandate_lineage.loaders.documents import extract
    text = ("Human Rights Council Fortieth session\n\nResolution adopted by the Human Rights Council on 2 April 2020\n\n"
            "43/10. An example resolution\n\nThe Human Rights Council,\n\nRecalling its earlier work on the subject,\n\n"
            "1. Decides to continue the study;\n\nUnited Nations A/HRC/RES/43/10\n\n2. Requests a report.\n")
    assert extract(text, "example.txt").document.symbol == "A/HRC/RES/43/10"
