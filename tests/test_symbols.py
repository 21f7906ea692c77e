"""UN symbols and resolution references: parsing, formatting, finding; property tests."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from mandate_lineage.loaders.documents import extract
from mandate_lineage.loaders.resolution_citations import find_resolution_citations, split_paragraphs
from mandate_lineage.loaders.symbols import (
    ResolutionRef, Symbol, find_symbols, format_resolution_ref,
    normalize_symbol, parse_resolution_ref, parse_symbol, ref_from_symbol, resolution_symbol,
)


@pytest.mark.parametrize("raw, series, session, number, mods, body", [
    ("A/HRC/38/40", "A/HRC", "38", "40", (), "HRC"),
    ("A/HRC/38/40/Add.1", "A/HRC", "38", "40", ("Add.1",), "HRC"),
    ("A/68/150", "A", "68", "150", (), "GA"),
    ("E/CN.4/2005/12", "E/CN.4", "2005", "12", (), "CHR"),
    ("E/CN.4/Sub.2/2004/43", "E/CN.4/Sub.2", "2004", "43", (), "SubCom"),
    ("A/HRC/AC/9/4", "A/HRC/AC", "9", "4", (), "HRC-AC"),
    ("A/HRC/RES/35/3", "A/HRC/RES", "35", "3", (), "HRC"),
    ("A/HRC/35/35/Add.1/Corr.1", "A/HRC/35/35", None, None, None, "HRC"),
    ("A/CONF.48/14/Rev.1", "A/CONF.48", None, "14", ("Rev.1",), "GA"),
    ("A/HRC/S-5/1", "A/HRC", "S-5", "1", (), "HRC"),
])
def test_parse_symbol(raw, series, session, number, mods, body):
    s = parse_symbol(raw)
    if number is not None:
        assert (s.series, s.session, s.number, s.modifiers) == (series, session, number, mods)
    assert s.body == body
    assert s.format() == raw
    assert parse_symbol(s.format()) == s


@pytest.mark.parametrize("raw, norm", [
    ("a/hrc/38/40/add.1", "A/HRC/38/40/Add.1"),
    (" A/HRC/38/ 40 ", "A/HRC/38/40"),
    ("A/HRC/21/44/Add. 1", "A/HRC/21/44/Add.1"),
    ("e/cn.4/sub.2/2004/43", "E/CN.4/Sub.2/2004/43"),
    ("A/CONF.151/26/REV.1", "A/CONF.151/26/Rev.1"),
])
def test_normalize_symbol(raw, norm):
    assert normalize_symbol(raw) == norm


@pytest.mark.parametrize("raw, words", [
    ("", "empty"),
    ("X/1/2", "unknown series"),
    ("A/HRC/44/Add.1", "needs a session and a number"),
    ("A/HRC/38", "needs a session and a number"),
    ("A/HRC/38/40/Foo.1", "bad component"),
    ("A/HRC/38/40 41", "spaces"),
    ("A//38/40", "empty component"),
])
def test_parse_symbol_errors(raw, words):
    with pytest.raises(ValueError, match=words):
        parse_symbol(raw)


def test_parse_symbol_rejects_non_strings():
    with pytest.raises(ValueError):
        parse_symbol(None)  # type: ignore[arg-type]


def test_find_symbols_in_messy_text():
    text = ("See A/HRC/23/45/Add.1, A/72/291 and A/CONF.151/26/Rev.1 (Vol. I); the heading "
            "* A/68/150. and a malformed (see A/HRC/44/Add.1).")
    got = [(m.text, m.symbol is not None) for m in find_symbols(text)]
    assert got == [("A/HRC/23/45/Add.1", True), ("A/72/291", True), ("A/CONF.151/26/Rev.1", True),
                   ("A/68/150", True), ("A/HRC/44/Add.1", False)]
    for m in find_symbols(text):
        assert text[m.start:m.end] == m.raw


@pytest.mark.parametrize("raw, body, number", [
    ("HRC 35/3", "HRC", "35/3"), ("CHR 2005/55", "CHR", "2005/55"), ("GA 60/209", "GA", "60/209"),
    ("SubCom 2003/115", "SubCom", "2003/115"), ("hrc 16/118", "HRC", "16/118"),
    ("ECOSOC 1996/31", "ECOSOC", "1996/31"), ("HRC S-5/1", "HRC", "S-5/1"),
])
def test_resolution_refs(raw, body, number):
    ref = parse_resolution_ref(raw)
    assert (ref.body, ref.number) == (body, number)
    assert format_resolution_ref(ref) == f"{body} {number}"
    assert format_resolution_ref((body, number)) == f"{body} {number}"
    assert format_resolution_ref(body=body, number=number) == f"{body} {number}"
    assert parse_resolution_ref(ref.format()) == ref


@pytest.mark.parametrize("raw, words", [
    ("HRC", "expected 'BODY NUMBER'"), ("XYZ 35/3", "unknown body"), ("HRC 35-3", "bad number"),
    ("CHR 35/3", "YEAR/N"), ("HRC resolution 35/3", "expected 'BODY NUMBER'"), ("", "BODY NUMBER"),
])
def test_resolution_ref_errors(raw, words):
    with pytest.raises(ValueError, match=words):
        parse_resolution_ref(raw)


def test_resolution_symbols():
    assert resolution_symbol(ResolutionRef("HRC", "35/3")) == "A/HRC/RES/35/3"
    assert resolution_symbol(ResolutionRef("HRC", "16/118"), "decision") == "A/HRC/DEC/16/118"
    assert resolution_symbol(ResolutionRef("GA", "60/209")) == "A/RES/60/209"
    assert resolution_symbol(ResolutionRef("SubCom", "2003/115")) is None
    assert ref_from_symbol("A/HRC/RES/35/3") == (ResolutionRef("HRC", "35/3"), "resolution")
    assert ref_from_symbol("A/HRC/38/40") is None


def test_split_paragraphs():
    assert split_paragraphs("1 (b)") == ["1 (b)"]
    assert split_paragraphs("2 and 4 (a)") == ["2", "4 (a)"]
    assert split_paragraphs("1 (a) and (b)") == ["1 (a)", "1 (b)"]
    assert split_paragraphs("21 and 36") == ["21", "36"]


def test_find_resolution_citations_compound():
    text = ("Ibid., para. 8; and Human Rights Council resolutions 7/5, para. 1 (b); and 35/3, "
            "para. 13. In accordance with decision 2003/115 of the Subcommission on the Promotion "
            "and Protection of Human Rights, in paragraph 2 of its resolution 18/5.")
    got = [(c.number, c.kind, c.paragraphs, c.body) for c in find_resolution_citations(text)]
    assert got == [("7/5", "resolution", ("1 (b)",), "HRC"), ("35/3", "resolution", ("13",), "HRC"),
                   ("2003/115", "decision", (), "SubCom"), ("18/5", "resolution", ("2",), None)]


# ---------------------------------------------------------------- property tests

_series = st.sampled_from(["A/HRC", "A", "E/CN.4", "E/CN.4/Sub.2", "A/HRC/AC", "A/HRC/RES", "A/RES"])
_mods = st.lists(st.builds(lambda k, n: f"{k}.{n}", st.sampled_from(["Add", "Rev", "Corr"]),
                           st.integers(1, 999)), max_size=2).map(tuple)


@st.composite
def valid_symbols(draw):
    series = draw(_series)
    session = str(draw(st.integers(1, 2030)))
    return Symbol(series, session, str(draw(st.integers(1, 9999))), draw(_mods))


@given(st.text(max_size=80))
def test_parse_symbol_only_raises_value_error(s):
    try:
        parse_symbol(s)
    except ValueError:
        pass


@given(st.text(alphabet="AEHRCSub./0123456789 -AddRevCorCN", max_size=40))
def test_parse_symbol_only_raises_value_error_on_symbolish_text(s):
    try:
        sym = parse_symbol(s)
    except ValueError:
        return
    assert parse_symbol(sym.format()) == sym


@given(valid_symbols())
def test_symbol_round_trip(sym):
    text = sym.format()
    assert parse_symbol(text) == sym
    assert parse_symbol(text.lower()).format() == text
    found = list(find_symbols(f"see {text}, and more"))
    assert [m.text for m in found] == [text]


@given(st.sampled_from(["HRC", "GA"]), st.integers(1, 80), st.integers(1, 400))
def test_session_ref_round_trip(body, session, n):
    ref = parse_resolution_ref(f"{body} {session}/{n}")
    assert format_resolution_ref(ref) == f"{body} {session}/{n}"
    assert parse_resolution_ref(ref.format()) == ref


@given(st.sampled_from(["CHR", "SubCom", "ECOSOC"]), st.integers(1946, 2006), st.integers(1, 300))
def test_year_ref_round_trip(body, year, n):
    ref = parse_resolution_ref(f"{body} {year}/{n}")
    assert ref.format() == f"{body} {year}/{n}"
    assert parse_resolution_ref(ref.format()) == ref


@given(st.text(max_size=40))
def test_parse_resolution_ref_only_raises_value_error(s):
    try:
        parse_resolution_ref(s)
    except ValueError:
        pass


_TOKENS = ["1.", "2.", "3. ", "(a)", "(b) ", " 1 ", " 2 ", "\n", "\n\n", "  \n", "A/HRC/38/40",
           "\nA/HRC/38/40 \n", "\n6 \n", "resolution", "resolutions", "35/3", "2005/55", ", para. ",
           "1 (b)", "; and ", "Ibid.", "Human Rights Council", "Commission on Human Rights", "non-",
           "governmental", "Development.1 The", "solidarity;2", "%%%HUMAN RIGHTS|X|", "\u201c", "\u2019",
           "the Independent Expert on human rights and international solidarity, ", "Ana B. Name, ",
           "requested that the Independent Expert: ", "visit to Chile from 4 to 9 March 2023", " of ",
           "decision 2003/115 of the Subcommission", "requested invitations to visit ", "Peru, Chile and Ghana",
           "On 1 May 2005, the Commission appointed Bo Sample as", "Add.1", "/", ".", ";", ":", "x" * 3]


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(_TOKENS), max_size=60).map("".join))
def test_extract_never_raises_on_token_soup(text):
    x = extract(text, "soup")
    d = x.to_dict()
    for key in ("symbols", "citations", "task_attributions", "holders", "visits", "requested_visits"):
        for item in d[key]:
            a, b = item["span"]
            assert 0 <= a <= b <= len(text)


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_extract_never_raises_on_arbitrary_text(text):
    extract(text, "arbitrary").to_dict()
