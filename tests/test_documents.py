"""The document extractor on small test documents (tests/documents/), one kind of mess at a time."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mandate_lineage.loaders.documents import Extraction, extract

DOCS = Path(__file__).resolve().parent / "documents"


def _doc(name: str) -> tuple[str, Extraction]:
    text = (DOCS / name).read_text(encoding="utf-8")
    return text, extract(text, name)


def _at(text: str, span) -> str:
    return " ".join(text[span[0]:span[1]].split())


def _cits(x):
    return [(c.ref, c.kind, c.paragraphs, c.locator) for c in x.citations]


# --------------------------------------------------------------- paged text, footnotes

@pytest.fixture(scope="module")
def paged():
    return _doc("paged_footnotes.txt")


def test_paged_document_symbol_from_page_header(paged):
    text, x = paged
    d = x.document
    assert (d.symbol, d.body, d.session) == ("A/HRC/50/99", "HRC", 50)
    assert text[d.symbol_span[0]:d.symbol_span[1]] == "A/HRC/50/99"
    # the author's name is broken over two lines
    assert d.author == "Ana Q. Example" and _at(text, d.author_span) == "Ana Q. Example"
    assert [c.ref for c in x.pursuant_to] == ["HRC 50/7"]


def test_paged_citations(paged):
    text, x = paged
    assert _cits(x) == [
        ("HRC 50/7", "resolution", [], "para. 1"),
        ("CHR 2005/55", "resolution", [], "para. 2"),          # body named before "via its"
        ("HRC 7/5", "resolution", [], "para. 2"),
        ("HRC 17/6", "resolution", [], "para. 2"),             # marker glued: "17/6.1 The"
        ("HRC 44/11", "resolution", [], "para. 2"),            # "the Council"
        ("SubCom 2003/115", "decision", [], "para. 4"),
        ("GA 60/209", "resolution", ["3"], "para. 2, fn. 1"),
        ("CHR 2005/55", "resolution", ["2", "4 (a)"], "para. 3 (a), fn. 2"),
        ("CHR 2005/55", "resolution", ["8"], "para. 3 (b), fn. 3"),   # Ibid.
        ("HRC 7/5", "resolution", ["1 (b)"], "para. 3 (b), fn. 3"),
        ("HRC 35/3", "resolution", ["13"], "para. 3 (b), fn. 3"),
        ("HRC 9/2", "resolution", [], "para. 3 (c), fn. 4"),
        ("HRC 12/9", "resolution", [], "para. 3 (c), fn. 4"),
    ]
    ibid = [c for c in x.citations if c.ibid]
    assert len(ibid) == 1 and _at(text, ibid[0].span) == "Ibid., para. 8"
    for c in x.citations:
        assert c.number in _at(text, c.span) or c.ibid


def test_paged_symbols(paged):
    text, x = paged
    assert [(s.symbol, s.locator) for s in x.symbols] == [
        ("E/CN.4/Sub.2/2004/43", "para. 4"),
        ("A/HRC/53/32/Add.1", "para. 5"),
        ("A/HRC/21/66", "para. 3 (c), fn. 4"),
        ("A/HRC/15/32/Add.1", "para. 3 (c), fn. 4"),           # footnote continued on next line
        ("A/HRC/35/42", "para. 5, fn. 5"),                      # spaced marker "solidarity. 5  These"
        ("A/72/291", "para. 5, fn. 5"),
        ("A/HRC/30/5/Rev.1", "para. 5, fn. 5"),                 # symbol broken after a slash
    ]
    s = x.symbols[-1]
    assert "".join(text[s.span[0]:s.span[1]].split()) == "A/HRC/30/5/Rev.1"
    # the page header is the document's own symbol, not a citation
    assert all(s.symbol != "A/HRC/50/99" for s in x.symbols)


def test_paged_task_attributions(paged):
    text, x = paged
    got = [(a.letter, a.fn, [(r["ref"], r["paragraphs"]) for r in a.resolutions]) for a in x.task_attributions]
    assert got == [
        ("a", 2, [("CHR 2005/55", ["2", "4 (a)"])]),
        ("b", 3, [("CHR 2005/55", ["8"]), ("HRC 7/5", ["1 (b)"]), ("HRC 35/3", ["13"])]),
        ("c", 4, [("HRC 9/2", []), ("HRC 12/9", [])]),
    ]
    a, b, c = (t.tasks[0] for t in x.task_attributions)
    # curly quotes straightened, line break joined, marker left out
    assert a.text == 'To study solidarity and draft a "declaration" on the right to international solidarity'
    assert b.text == "To seek views from Governments and non-governmental organizations"   # "non-\n\ngovernmental"
    assert c.text == "To report to the Council"        # after a page header and a page number
    assert _at(text, a.span).startswith("To study") and _at(text, a.span).endswith("solidarity")
    assert text[c.span[0]:c.span[1]] == "To report to the Council"


def test_paged_holders_visits(paged):
    text, x = paged
    got = [(h.name, h.is_author, h.appointed, h.appointed_by) for h in x.holders]
    assert ("Ana Q. Example", True, "2022-06", "HRC") in got
    assert ("Bo Sample", False, "2006-05-03", "CHR") in got
    assert [(v.country, v.start, v.end, v.report, v.holder) for v in x.visits] == [
        ("Chile", "2023-03-04", "2023-03-09", "A/HRC/53/32/Add.1", "Ana Q. Example")]
    assert [(r.country, r.status) for r in x.requested_visits] == [
        ("Ghana", "accepted"), ("Philippines", "requested"), ("Trinidad and Tobago", "requested"),
        ("Peru", "accepted")]
    for r in x.requested_visits:
        assert text[r.span[0]:r.span[1]] == r.country
        if r.accepted_span:
            assert text[r.accepted_span[0]:r.accepted_span[1]] == r.country


# ------------------------------------------------------------------ one-line document

@pytest.fixture(scope="module")
def oneline():
    return _doc("oneline.txt")


def test_oneline_document(oneline):
    text, x = oneline
    d = x.document
    # "* A/69/999." footnotes "provisional agenda*": the agenda's symbol (body and session), not the report's
    assert (d.symbol, d.body, d.session, d.author) == (None, "GA", 69, "Carla D. Model")
    assert [(c.ref, c.locator) for c in x.pursuant_to] == [("HRC 23/12", "summary")]


def test_oneline_citations_and_symbols(oneline):
    text, x = oneline
    assert _cits(x) == [
        ("HRC 23/12", "resolution", [], "summary"),
        ("CHR 2005/55", "resolution", [], "para. 1"),          # body named after: "In its resolution ..., the Commission"
        ("HRC 21/10", "resolution", [], "para. 2"),
        ("HRC 18/5", "resolution", ["2"], "para. 3"),           # "in paragraph 2 of its resolution 18/5"
        ("GA 60/209", "resolution", [], "para. 5"),
        ("HRC 9/2", "resolution", [], "para. 5"),
        ("HRC 12/9", "resolution", [], "para. 5"),
        ("HRC 15/13", "resolution", [], "para. 5"),
        ("GA 55/2", "resolution", [], "para. 5"),               # too late a session for the HRC of 2014
    ]
    assert [(s.symbol, s.locator) for s in x.symbols] == [("A/69/999", "heading"),   # the agenda, cited
        ("A/HRC/21/44", "para. 3"), ("A/HRC/21/44/Add.1", "para. 3"), ("A/HRC/23/45/Add.1", "para. 4")]
    assert text[x.symbols[2].span[0]:x.symbols[2].span[1]] == "Add.1"


def test_oneline_requests(oneline):
    text, x = oneline
    req = [(a.locator, [r["ref"] for r in a.resolutions], [(t.label, t.text) for t in a.tasks])
           for a in x.task_attributions]
    assert req == [
        ("para. 1", ["CHR 2005/55"], [(None, "study solidarity"), (None, "prepare a draft declaration"),
                                      (None, "report annually")]),
        ("para. 2", ["HRC 21/10"], [("a", "Continue to identify areas"), ("b", "Undertake country visits"),
                                    ("c", "Report regularly to the General Assembly")]),
    ]
    for a in x.task_attributions:
        for t in a.tasks:
            assert text[t.span[0]:t.span[1]] == t.text


def test_oneline_visit(oneline):
    text, x = oneline
    assert [(v.country, v.start, v.end, v.report, v.locator) for v in x.visits] == [
        ("Brazil", "2012-06-25", "2012-06-29", "A/HRC/23/45/Add.1", "para. 4")]


# ------------------------------------------------------------------------- edge cases

def test_empty_and_plain_text():
    for text in ("", "\n\n", "Nothing to see here.", "1. ", "(a)", "A/"):
        x = extract(text, "t")
        assert x.document.symbol is None and x.citations == [] and x.symbols == []
        json.dumps(x.to_dict())


def test_ibid_after_a_non_resolution_footnote_is_not_resolved():
    text = ("1. A study was made.1 It was cited again.2 And the Council acted.3\n"
            "  \n 1 See the preliminary study, available from www.example.org.\n"
            " 2 Ibid.\n 3 Ibid., para. 16.\n")
    x = extract(text, "t")
    assert x.citations == []


def test_ibid_chain_resolves_to_the_resolution():
    text = ("1. Tasks: (a) To study;1 (b) To report.2\n  \n"
            " 1 Human Rights Council resolution 7/5, para. 1 (a) and (b).\n 2 Ibid., para. 3.\n")
    x = extract(text, "t")
    assert _cits(x) == [("HRC 7/5", "resolution", ["1 (a)", "1 (b)"], "para. 1 (a), fn. 1"),
                        ("HRC 7/5", "resolution", ["3"], "para. 1 (b), fn. 2")]
    assert [a.letter for a in x.task_attributions] == ["a", "b"]


def test_page_number_and_header_inside_a_paragraph():
    text = ("1. The Council adopted resolution\n\nA/HRC/39/9\n\n12\n\n30/2 last year, and the General "
            "Assembly took note (see A/70/1).\n")
    x = extract(text, "t")
    assert _cits(x) == [("HRC 30/2", "resolution", [], "para. 1")]
    assert x.document.symbol == "A/HRC/39/9"
    assert [s.symbol for s in x.symbols] == ["A/70/1"]
    a, b = x.citations[0].span
    assert text[a:b].startswith("resolution") and text[a:b].endswith("30/2")


def test_malformed_symbol_is_kept_with_its_error():
    x = extract("1. See A/HRC/44/Add.1 and E/CN.4/2005/55.", "t")
    assert [(s.symbol, s.valid) for s in x.symbols] == [("A/HRC/44/Add.1", False), ("E/CN.4/2005/55", True)]
    assert "needs a session" in x.symbols[0].error


def test_to_dict_is_json_ready(paged, oneline):
    for _, x in (paged, oneline):
        d = x.to_dict()
        assert set(d) == {"document", "pursuant_to", "symbols", "citations", "task_attributions",
                          "holders", "visits", "requested_visits", "decisions"}
        json.loads(json.dumps(d))
        assert d["citations"][0]["ref"] and isinstance(d["citations"][0]["span"], list)
        for c in x.citations:
            assert c.to_dict()["locator"] == c.locator


def test_no_heavy_imports():
    import subprocess
    import sys
    code = ("import sys, mandate_lineage.loaders.documents, mandate_lineage.loaders.symbols; "
            "print(sorted(m for m in ('rdflib', 'pyshacl') if m in sys.modules))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
