"""Forms of UN text that held_out_17's blind first run missed (tests/documents/corpus/README.md), each on a small
text of our own: the rule is for the form, not for the corpus text."""
from __future__ import annotations

from mandate_lineage.loaders.doc_kinds import classify, looks_like_un_text
from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.mandate_detect import detect_mandate

LABELS = {"debt": "Independent Expert on the effects of foreign debt and other related international financial "
                  "obligations of States on human rights",
          "solidarity": "Independent Expert on human rights and international solidarity"}


def test_ecosoc_press_release_symbol_and_the_ingest_gate():
    pr = extract("2030 Session, Forum on Financing,\n1st Meeting (AM)\nECOSOC/9999\n\nForum opens with calls for "
                 "debt relief, as speakers meet today.\n", "p")
    assert pr.document.symbol == "ECOSOC/9999" and "ECOSOC/9999" in [s.symbol for s in pr.symbols]
    assert looks_like_un_text("Press Release\nGA/EF/9999\nThe Second Committee (Economic and Financial) approved a text.")
    assert not looks_like_un_text("Stir the flour into the butter and bake for an hour.")


def test_end_marker_before_a_bio_line_is_no_part_of_the_name():
    pr = extract("GENEVA (1 May 2030) - A UN expert spoke today.\n\nENDS\n\nMr Ana Pereira Lima was appointed by the "
                 "Human Rights Council in June 2029.\n", "p")
    assert [h.name for h in pr.holders] == ["Ana Pereira Lima"]


def test_financial_institutions_name_no_mandate():
    assert detect_mandate("The Committee asked the international financial institutions to give debt relief.",
                          LABELS) is None
    assert detect_mandate("My time holding the mandate on debt and human rights ends; the international financial "
                          "institutions ...", LABELS) == "debt"


def test_commission_session_report_and_its_continued_contents():
    text = ("E/CN.4/2099/L.11/Add.1\nCOMMISSION ON HUMAN RIGHTS\nREPORT TO THE ECONOMIC AND SOCIAL COUNCIL ON THE\n"
            "NINETY-NINTH SESSION OF THE COMMISSION\nDraft report of the Commission\nCONTENTS\nA. Resolutions\n"
            "2099/1. Human rights and international solidarity ......\npage 2\nII. A. Resolutions (continued)\n"
            "2099/2. The question of the death penalty ......\n")
    rep = extract(text, "r")
    assert rep.document.kind == "report"
    assert [c.ref for c in rep.citations] == ["CHR 2099/1", "CHR 2099/2"]
    assert detect_mandate(text, LABELS) is None
    assert classify("dcsimg\n\nCountry visits of special procedures\n\nExperts visit countries.") == "page"


def test_second_of_a_pursuant_to_pair():
    rep = extract("Report of the independent expert\n\nSummary\n\nThe expert presents this report pursuant to "
                  "Commission on Human Rights resolution 2099/9 and Human Rights Council decision 9/101.\n", "r")
    assert sorted((c.kind, c.ref) for c in rep.pursuant_to) == [("decision", "HRC 9/101"), ("resolution", "CHR 2099/9")]


def test_an_upper_case_heading_gives_its_citation_and_date():
    rep = extract("A/HRC/99/1\n\nCOUNCIL SESSION\n\nFOLLOW-UP TO GENERAL ASSEMBLY RESOLUTION 99/123 OF 2 APRIL 2031 ON "
                  "THE COUNCIL\n\nReport of the Independent Expert\n", "r")
    assert [(c.ref, c.date) for c in rep.citations] == [("GA 99/123", "2031-04-02")]
    # acronyms in running text are no upper-case run: nothing changes there
    assert [c.ref for c in extract("The OHCHR and UNCTAD note resolution 9/9 of the Council.\n", "p").citations] == ["HRC 9/9"]


def test_a_note_names_its_author_as_holder_across_a_paragraph_break():
    rep = extract("A/HRC/99/2\n\nNote by the Secretariat\n\nThe Secretariat transmits the report of the\n\nIndependent "
                  "Expert on human rights and international solidarity, Ana\n\nPereira, prepared pursuant to "
                  "resolution 98/7.\n", "r")
    assert rep.document.author == "Ana Pereira"
    assert [(h.name, h.is_author) for h in rep.holders] == [("Ana Pereira", True)]


def test_a_press_symbol_after_a_label_is_the_release_symbol():
    pr = extract("Press releases\n\n03 March 2031\n\nHuman Rights Council HR/HRC/31/99\n\nThe Council decided this "
                 "morning to defer its draft texts.\n", "p")
    assert pr.document.kind == "press-release" and pr.document.symbol == "HR/HRC/31/99"
    assert not looks_like_un_text("The car uses 6 L/1000 km on the road and more in town, we found.")
