"""Forms of UN text behind the kind, symbol, citation, pursuant-to and task misses of the sealed blind parts
held_out_21 and held_out_22 (tests/documents/corpus/README.md), each on a small text of our own (invented
subjects, our own sentences): the rule is for the form of text, not for a corpus text. Area A of issue 16."""
from __future__ import annotations

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.symbols import find_symbols, normalize_symbol, parse_symbol

from .corpus_eval import keys


def _got(text: str, name: str = "t") -> dict:
    return keys(extract(text, name))


def _doc(text: str, name: str = "t"):
    return extract(text, name).document


# --- symbols ------------------------------------------------------------------------------------------------------

def test_an_addendum_printed_with_a_dot_for_its_slash_is_the_addendum():
    found = [m.text for m in find_symbols("missions to Ruritania (A/HRC/41/12.Add.2) and Freedonia "
                                          "(A/HRC/41/12/Add.3), see also A/HRC/41/12.")]
    assert found == ["A/HRC/41/12/Add.2", "A/HRC/41/12/Add.3", "A/HRC/41/12"]
    assert normalize_symbol("A/HRC/41/12.Rev.1") == "A/HRC/41/12/Rev.1"


def test_a_council_subsidiary_body_series_is_a_symbol():
    for raw in ("A/HRC/WGEID/119/1", "A/HRC/EMRIP/2019/2", "A/HRC/WGAD/2020/14", "A/HRC/FMI/2018/2"):
        sym = parse_symbol(raw)
        assert sym.format() == raw and sym.body == "HRC"
    assert parse_symbol("A/HRC/RES/35/3").series == "A/HRC/RES"
    assert parse_symbol("A/HRC/AC/9/4").series == "A/HRC/AC"
    found = _got("The Working Group met for its 140th session (see A/HRC/WGEID/140/1) and its 141st "
                 "(A/HRC/WGEID/141/1).\n")["symbols"]
    assert found == ["A/HRC/WGEID/140/1", "A/HRC/WGEID/141/1"]


def test_a_right_docs_record_of_a_council_report_titled_by_its_number():
    text = ("41/7 Report of the Special Rapporteur on the right to rest\nDocument Type: Final Report\n"
            "Session: 41st Regular Session (2029 Jun)\nHuman Rights Council Forty-first session\nAgenda item 3\n"
            "Report of the Special Rapporteur on the right to rest\nNote by the Secretariat\nThe Secretariat "
            "transmits the report of the Special Rapporteur.\n")
    assert _doc(text).symbol == "A/HRC/41/7"
    # a line opening with a number and a title that is no record of the Council is not a symbol
    assert _doc("12/3 Notes on a walk\nWe went along the river on a fine day and came back late.\n").symbol is None
