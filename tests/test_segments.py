"""The public segmentation API (loaders.segments): find a piece of a document by its locator."""

from __future__ import annotations

from pathlib import Path

import pytest

from mandate_lineage.loaders.segments import parse_locator, segment

DOCS = Path(__file__).resolve().parent / "documents"


def _seg(name):
    text = (DOCS / name).read_text(encoding="utf-8")
    return text, segment(text)


def _raw(text, span):
    return " ".join(text[span[0]:span[1]].split())


def test_resolution_preamble_operative_items_and_footnote():
    text, s = _seg("segments_resolution.txt")
    pre = s.find("preamble para. 2")
    assert pre.kind == "preamble" and pre.text.startswith("Reaffirming that solidarity")
    assert pre.text.endswith("human rights,")              # the glued footnote marker is out
    assert s.find("preamble para. 1").text.startswith("Recalling its resolutions 7/5")
    assert s.find("preamble para. 3") is None
    p2 = s.find("para. 2")
    assert p2.text == "2. Decides to extend the mandate of the Independent Expert for a period of three years;"
    p3b = s.find("para. 3 (b)")
    assert p3b.text == "To report every year to the Council."
    assert _raw(text, p3b.span) == "To report every year to the Council."
    # the page header and page number between paragraphs 2 and 3 are not in either
    assert "A/HRC/RES/99/1" not in s.find("para. 3").text
    fn = s.find("fn. 1")
    assert fn.text == "See A/HRC/98/40." and text[fn.span[0]:fn.span[1]] == "See A/HRC/98/40."
    assert s.locator_at(text.index("solidarity among")) == "preamble para. 2"
    assert s.locator_at(text.index("98/40")) == "fn. 1"


def test_note_by_the_secretariat_and_summary():
    text, s = _seg("segments_note.txt")
    note = s.find("note by the Secretariat")
    assert note.text.startswith("Note by the Secretariat The Secretariat has the honour")
    assert note.text.endswith("written under Council resolution 98/3.")
    summ = s.find("Summary")
    assert summ.text == "Summary The Independent Expert looks back at the work of the mandate."
    assert s.find("para. 1").text == "1. The present report covers one year."
    kinds = [x.kind for x in s.segments()]
    assert kinds == ["heading", "note", "summary", "paragraph"]


@pytest.mark.parametrize("loc,want", [
    ("para. 7 (b)", ("item", 7, "b")), ("paragraph 7(b)", ("item", 7, "b")), ("para 12", ("paragraph", 12, None)),
    ("fn. 3", ("footnote", 3, None)), ("footnote 3", ("footnote", 3, None)),
    ("para. 7 (b), fn. 3", ("footnote", 3, None)), ("preamble para. 2", ("preamble", 2, None)),
    ("Summary", ("summary", None, None)), ("note by the Secretariat", ("note", None, None)),
    ("chapter 9", None)])
def test_parse_locator(loc, want):
    assert parse_locator(loc) == want


def test_every_segment_span_points_into_the_original():
    for name in ("segments_resolution.txt", "segments_note.txt", "paged_footnotes.txt"):
        text, s = _seg(name)
        for x in s.segments():
            assert x.text and _raw(text, x.span).split()[0] in x.text, (name, x.locator)
