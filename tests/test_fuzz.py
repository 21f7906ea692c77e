"""Property-based tests: the parsers of hand-written and user-typed text never raise unexpectedly.

- loaders/curated/: date_literal, year_literal, int_literal, iri_value and REF_RE-based
  resolution refs take any YAML scalar and return a term or None;
- loaders/yamlfile.py: any bytes give data or a DataError (never another exception);
- queries/ask (when present): the question reader and `ask` take any text and return a reading;
- loaders/symbols.py, loaders/resolution_citations.py: the finders over free text (tests/test_symbols.py
  covers parse_symbol and the resolution refs; the finders and split_paragraphs are fuzzed here).
"""
from __future__ import annotations

import re
from datetime import date, datetime

import pytest
from hypothesis import HealthCheck, example, given, settings, strategies as st

from mandate_lineage.loaders import curated
from mandate_lineage.loaders.curated.values import EXPECTED, invalid_value
from mandate_lineage.loaders.curated import REF_RE, LoadContext, date_literal, int_literal, iri_value, text_literal, year_literal
from mandate_lineage.loaders.yamlfile import DataError, read_yaml

SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=40),
    st.dates(), st.datetimes(), st.lists(st.text(max_size=5), max_size=3), st.dictionaries(st.text(max_size=5), st.integers(), max_size=3),
)
DATEISH = st.from_regex(r"\A-?\d{1,5}(-\d{1,3}(-\d{1,3})?)?\s?\Z")
FUZZ = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])


@FUZZ
@given(st.one_of(SCALARS, DATEISH))
@example("000\u0661-01-01")          # an Arabic-Indic digit: int() took it, rdflib's date parser did not
def test_date_literal_returns_a_valid_date_or_none(value):
    lit = date_literal(value)
    if lit is None:
        return
    text = str(lit)
    kind = str(lit.datatype).rsplit("#", 1)[-1]
    if kind == "date":
        date.fromisoformat(text[:10])  # a date that exists
    elif kind == "gYearMonth":
        year, month = text.split("-")
        assert len(year) == 4 and 1 <= int(month) <= 12
    else:
        assert kind == "gYear" and re.fullmatch(r"\d{4}", text)


@FUZZ
@given(st.dates())
def test_every_real_date_is_accepted_in_every_precision(day):
    if day.year < 1000:
        return
    assert str(date_literal(day)) == day.isoformat()
    assert str(date_literal(day.isoformat())) == day.isoformat()
    assert str(date_literal(day.isoformat()[:7])) == day.isoformat()[:7]
    assert str(date_literal(day.year)) == str(day.year)


@FUZZ
@given(SCALARS)
@example("\u00b9")  # a superscript one: str.isdigit() says yes, int() refuses it (found by this test in a run)
def test_scalar_converters_never_raise(value):
    for convert in (year_literal, int_literal, iri_value, text_literal):
        term = convert(value)
        assert term is None or str(term) is not None
    message = invalid_value(value, EXPECTED[date_literal])
    assert message.startswith("invalid value") and len(message) < 200


@FUZZ
@given(st.one_of(st.text(max_size=30), st.from_regex(r"\A[A-Za-z-]{1,8} (S-)?\d{1,5}/\d{1,5}\Z")))
def test_resolution_refs_resolve_or_are_refused(tmp_path_factory, text):
    ctx = LoadContext("https://w3id.org/mandate-lineage/", tmp_path_factory.getbasetemp())
    term = ctx.resolution(text)
    if REF_RE.match(text.strip()):
        assert term is not None and " " not in str(term)
    else:
        assert term is None


YAML_TEXT = st.one_of(
    st.binary(max_size=200),
    st.text(alphabet=st.sampled_from(list("-:{}[],&*!|>'\"#\t\n ?@`%key0123456789abc\x00\x85\u2028\ufeff")), max_size=120).map(str.encode),
)


@FUZZ
@given(YAML_TEXT)
def test_read_yaml_gives_data_or_a_located_error(tmp_path_factory, raw):
    path = tmp_path_factory.mktemp("yaml") / "file.yaml"
    path.write_bytes(raw)
    try:
        read_yaml(path, "file.yaml")
    except DataError as exc:
        assert exc.file == "file.yaml" and exc.message
        assert exc.line is None or exc.line >= 1


@FUZZ
@given(st.lists(st.dictionaries(st.sampled_from(["key", "label", "source", "events", "aliases", "by", "kind"]),
                                SCALARS, max_size=5), max_size=3))
def test_curated_loader_reports_instead_of_raising(tmp_path_factory, records):
    """Records of any shape in tasks.yaml: problems, never an exception."""
    import shutil

    import yaml

    from .conftest import MINIMAL

    root = tmp_path_factory.mktemp("fuzzdata") / "data"
    shutil.copytree(MINIMAL, root)
    target = root / "mandates" / "international-solidarity" / "tasks.yaml"
    target.write_text(yaml.safe_dump([{k: (v.isoformat() if isinstance(v, (date, datetime)) else v) for k, v in r.items()} for r in records]) or "[]")
    loaded = curated.load_curated(root, "https://w3id.org/mandate-lineage/")
    assert all(p.file for p in loaded.problems)


# --------------------------------------------------- loaders/symbols.py, loaders/resolution_citations.py
@FUZZ
@given(st.text(max_size=300))
def test_symbol_finders_never_raise(text):
    from mandate_lineage.loaders.resolution_citations import find_resolution_citations, split_paragraphs
    from mandate_lineage.loaders.symbols import find_symbols

    for match in find_symbols(text):
        assert match is not None
    for match in find_resolution_citations(text):
        assert match is not None
    assert isinstance(split_paragraphs(text), list)


# ---------------------------------------------------------------------------- the question reader
@pytest.fixture(scope="module")
def ask_context(minimal_build):
    from mandate_lineage.queries.ask import open_context

    settings, _result = minimal_build
    return open_context(settings)


QUESTIONS = st.one_of(
    st.text(max_size=200),
    st.lists(st.sampled_from(["which", "resolution", "added", "the", "task", "SDG", "in", "2015", "Okafor", "visit",
                              "Sweden", "A/HRC/38/40", "35/3", "HRC", "between", "and", "on", "1", "January",
                              "'", "\"", "}", "{", "DROP", "ALL", "MATCH", "(n)", "DETACH", "DELETE", "?", "//", "$x"]),
             max_size=25).map(" ".join),
)


@FUZZ
@given(QUESTIONS)
def test_the_question_reader_never_raises(ask_context, question):
    from mandate_lineage.queries.ask import ask, exit_code, reader_for

    reading = reader_for(ask_context).read(question)
    assert reading is not None
    result = ask(ask_context, question)
    assert result["status"] in ("answered", "no_answer", "ambiguous", "not_understood", "refused")
    assert exit_code(result) in (0, 2)
