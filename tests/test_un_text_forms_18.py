"""Forms of UN text that held_out_18's blind first run missed (tests/documents/corpus/README.md), each on a small
text of our own: the rule is for the form, not for the corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.resolution_citations import citation_number, find_resolution_citations
from mandate_lineage.loaders.unshout import unshout


def _cites(text: str) -> list[tuple[str, str | None]]:
    return sorted((c.ref, str(c.date) if c.date else None) for c in extract(text, "r").citations)


def test_old_numbering_with_the_session_in_roman_numerals():
    """General Assembly resolutions before its thirty-first session: "2542 (XXIV)", "217 A (III)"."""
    got = _cites("The Commission on Human Rights,\n\nRecalling the Declaration that the General Assembly made in "
                 "its resolution 1234 (XXV) of 3 March 1970, and the Covenants it adopted in its resolution 2200A "
                 "(XXI),\n\nRecalling also General Assembly resolution 41/128 of 4 December 1986,\n")
    assert got == [("GA 1234 (XXV)", "1970-03-03"), ("GA 2200 A (XXI)", None), ("GA 41/128", "1986-12-04")]


def test_ecosoc_old_numbering_keeps_its_body_and_no_council_takes_it():
    got = _cites("Recalling Economic and Social Council resolutions 1111 (XLII) of 6 June 1967 and 2222 (XLVIII) "
                 "of 27 May 1970,\n")
    assert got == [("ECOSOC 1111 (XLII)", "1967-06-06"), ("ECOSOC 2222 (XLVIII)", "1970-05-27")]
    # a Council (HRC) never numbered so: with no body named, the General Assembly's
    assert _cites("The Council,\n\nRecalling resolution 3333 (XXIX),\n") == [("GA 3333 (XXIX)", None)]


def test_security_council_year_in_parentheses_is_not_the_old_numbering():
    # (read since held_out_23 as the Security Council's own form, keyed SC with its year: never the old numbering)
    assert [(c.number, c.body, c.date) for c in find_resolution_citations("Security Council resolution 1325 (2000) on women")] \
        == [("1325", "SC", "2000")]
    assert citation_number("2542(XXIV)") == "2542 (XXIV)" and citation_number("217A (III)") == "217 A (III)"


def test_upper_case_cover_keeps_the_roman_session():
    t = unshout("RECALLING GENERAL ASSEMBLY RESOLUTION 4444 (XXIX) OF 12 DECEMBER 1974")
    assert "(XXIX)" in t
    assert [(c.number, c.date) for c in find_resolution_citations(t)] == [("4444 (XXIX)", "12 December 1974")]


def test_a_pair_of_the_same_old_session_shares_its_date():
    got = [(c.number, c.date) for c in find_resolution_citations(
        "Recalling its resolutions 5555 (XXV) and 5556 (XXV) of 24 October 1970,")]
    assert got == [("5555 (XXV)", "24 October 1970"), ("5556 (XXV)", "24 October 1970")]


def test_a_report_submitted_in_compliance_with_a_resolution():
    """A Secretary-General's report to the General Assembly states its mandate "in compliance with" a resolution."""
    text = ("United Nations A/99/123\nGeneral Assembly Distr.: General\n13 August 2099\n\nNinety-ninth session\n"
            "Item 85 (c) of the provisional agenda*\n\nExternal debt and development\n\nReport of the Secretary-General"
            "\n\nSummary\nThe present report, submitted in compliance with General Assembly resolution 98/203 of "
            "23 December 2098, looks at the debt of developing countries.\n")
    x = extract(text, "g")
    assert [c.ref for c in x.pursuant_to] == ["GA 98/203"]
