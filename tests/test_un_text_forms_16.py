"""Forms of UN text that held_out_16's blind first run missed (tests/documents/corpus/README.md), each on a small
text of our own: the rule is for the form, not for the corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.mandate_detect import detect_mandate
from mandate_lineage.loaders.symbols import normalize_symbol, symbol_body, parse_symbol
from mandate_lineage.loaders.visits import find_visits

LABELS = {"debt": "Independent Expert on the effects of foreign debt on human rights",
          "solidarity": "Independent Expert on human rights and international solidarity"}


def test_press_release_symbol_line_and_committee_symbols():
    pr = extract("ASSEMBLY WOULD URGE DEBT RELIEF, BY DRAFT\nPress Release\nGA/EF/1234\nThe Second Committee "
                 "today approved a draft (document A/C.2/99/L.7) on debt.\n", "p")
    assert pr.document.kind == "press-release" and pr.document.symbol == "GA/EF/1234"
    assert "A/C.2/99/L.7" in [s.symbol for s in pr.symbols]
    assert normalize_symbol("A/C.3/70/L.12/Rev.1") == "A/C.3/70/L.12/Rev.1"
    assert symbol_body(parse_symbol("A/C.2/99/L.7")) == "GA"


def test_run_together_contents_of_a_session_report():
    rep = extract("United Nations A/HRC/99/2\n\nGeneral Assembly Distr.: General 1 May 2030\n\nReport of the Human "
                  "Rights Council on its ninety-ninth session\n\nVice-President and Rapporteur: Ms. Ana Pereira Lima "
                  "(Chile)\n\nContents Page I. Resolutions...... 6 99/1. Selection and appointment of mandate holders "
                  "...... 7 99/2. Human rights and international solidarity...... 9 II. Decisions ...... 12\n", "r")
    assert [c.ref for c in rep.citations] == ["HRC 99/1", "HRC 99/2"]
    assert rep.holders == [] and rep.document.author is None
    from mandate_lineage.loaders.people import _OTHER_OFFICE      # the officer label, not a working group's chair
    assert _OTHER_OFFICE.search("Vice-President and Rapporteur : Ana ")
    assert not _OTHER_OFFICE.search("Chair-Rapporteur: Ana ") and not _OTHER_OFFICE.search("Special Rapporteur: Ana ")


def test_reports_of_no_one_mandate():
    assert detect_mandate("Report of the Human Rights Council on its ninety-ninth session. 99/2. Human rights and "
                          "international solidarity", LABELS) is None
    assert detect_mandate("Communications report of Special Procedures. Joint report of the Special Rapporteur on "
                          "food and the Independent Expert on the effects of foreign debt", LABELS) is None
    assert detect_mandate("Report of the Independent Expert on the effects of foreign debt", LABELS) == "debt"
    assert detect_mandate("99/3. Mandate of the Independent Expert on human rights and international solidarity. "
                          "* The texts will be contained in the report of the Human Rights Council on its ninety-ninth "
                          "session.", LABELS) == "solidarity"       # a resolution's footnote names the session report


def test_old_ohchr_language_bar_and_press_briefing_kinds():
    page = extract("English Site French Site Spanish Site OHCHR header\nMake a donation to OHCHR\n\nCountry visits\n\n"
                   "Visits last five to ten days.\n", "p")
    assert page.document.kind == "page"
    brief = extract("Skip to main content\n\nREGULAR PRESS BRIEFING BY THE INFORMATION SERVICE\n\nThe spokesperson "
                    "said the Council would hear the Special Rapporteur on food.\n", "b")
    assert brief.document.kind == "press-release"


def test_every_object_of_a_visit_list_keeps_its_list():
    t = ("He would report on his missions to Peru and Chile, and she on her missions to Ghana, Mali and Niger.")
    assert [v.country for v in find_visits(t)] == ["Peru", "Chile", "Ghana", "Mali", "Niger"]
