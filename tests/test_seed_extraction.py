"""Extraction from the seed documents against hand-written expectations (tests/expected/).

Precision and recall are computed for symbols, resolution citations and (for A/HRC/38/40) the
task attributions of para. 7; they are printed (pytest -s, or the -rA summary) and must both be
at least 0.95.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest

from mandate_lineage.loaders.documents import extract

HERE = Path(__file__).resolve().parent
SEEDS = HERE.parent.parent / "shared" / "seeds"
EXPECTED = HERE / "expected"
THRESHOLD = 0.95


def _load(expected_name: str):
    exp = json.loads((EXPECTED / expected_name).read_text(encoding="utf-8"))
    path = SEEDS / exp["seed"]
    if not path.exists():
        pytest.skip(f"seed {path} absent")
    text = path.read_text(encoding="utf-8")
    return exp, text, extract(text, exp.get("name", exp["seed"]))


def _pr(expected, got) -> tuple[float, float, Counter, Counter]:
    e, g = Counter(expected), Counter(got)
    tp = sum((e & g).values())
    precision = tp / sum(g.values()) if g else (1.0 if not e else 0.0)
    recall = tp / sum(e.values()) if e else 1.0
    return precision, recall, e - g, g - e


def _report(doc: str, what: str, expected, got) -> tuple[float, float]:
    p, r, missing, extra = _pr(expected, got)
    print(f"[{doc}] {what}: precision {p:.3f}  recall {r:.3f}  "
          f"(expected {len(expected)}, extracted {len(got)})")
    for k in missing:
        print(f"    missing: {k}")
    for k in extra:
        print(f"    extra:   {k}")
    return p, r


def _check(doc, what, expected, got):
    p, r = _report(doc, what, expected, got)
    assert p >= THRESHOLD and r >= THRESHOLD, f"{doc} {what}: precision {p:.3f}, recall {r:.3f}"


def _sym_keys(x):
    return [(s.symbol, s.locator) for s in x.symbols]


def _cit_keys(x):
    return [(c.ref, c.kind, tuple(c.paragraphs), c.locator) for c in x.citations]


def _exp_cit_keys(exp):
    return [(c["ref"], c["kind"], tuple(c["paragraphs"]), c["locator"]) for c in exp["citations"]]


@pytest.mark.parametrize("expected_name", ["002_A-HRC-38-40.json", "003_A-68-176.json"])
def test_symbols_precision_recall(expected_name):
    exp, _, x = _load(expected_name)
    _check(exp["document"]["symbol"], "symbols", [tuple(s) for s in exp["symbols"]], _sym_keys(x))


@pytest.mark.parametrize("expected_name", ["002_A-HRC-38-40.json", "003_A-68-176.json"])
def test_citations_precision_recall(expected_name):
    exp, _, x = _load(expected_name)
    _check(exp["document"]["symbol"], "resolution citations", _exp_cit_keys(exp), _cit_keys(x))


def test_task_attributions_para7_precision_recall():
    exp, text, x = _load("002_A-HRC-38-40.json")
    expected = [(t["letter"], ref, para) for t in exp["task_attributions"]
                for ref, para in t["resolutions"]]
    got = [(a.letter, r["ref"], p) for a in x.task_attributions
           if a.kind == "footnote" and a.locator.startswith("para. 7 ")
           for r in a.resolutions for p in (r["paragraphs"] or [""])]
    _check("A/HRC/38/40", "task attributions (para. 7)", expected, got)
    # the task texts: right letter, right footnote, right words, span in the original text
    by_letter = {a.letter: a for a in x.task_attributions if a.locator.startswith("para. 7 ")}
    for t in exp["task_attributions"]:
        a = by_letter[t["letter"]]
        assert a.fn == t["fn"]
        task = a.tasks[0]
        assert task.text.startswith(t["starts"]), task.text
        assert task.text.endswith(t["ends"]), task.text
        original = " ".join(text[task.span[0]:task.span[1]].split())
        assert original.startswith(t["starts"][:20]) and original.endswith(t["ends"][-15:])


@pytest.mark.parametrize("expected_name", ["002_A-HRC-38-40.json", "003_A-68-176.json"])
def test_document_and_pursuant(expected_name):
    exp, text, x = _load(expected_name)
    d = x.document
    for k, v in exp["document"].items():
        assert getattr(d, k) == v, (k, getattr(d, k), v)
    if d.symbol_span is None:                 # not printed: the symbol the file name gives
        assert d.locator == "file name" and exp.get("name")
    else:
        assert text[d.symbol_span[0]:d.symbol_span[1]] == exp["document"]["symbol"]
    assert " ".join(text[d.author_span[0]:d.author_span[1]].split()) == exp["document"]["author"]
    assert [c.ref for c in x.pursuant_to] == exp["pursuant_to"]


def test_agenda_symbol_is_not_the_reports_own():
    # A/68/176 prints A/68/150 only as the footnote of "Item 69 (b) of the provisional agenda*": the
    # agenda's symbol. Under its seed name the text has no own symbol; named A-68-176.txt it is A/68/176.
    exp, text, x = _load("003_A-68-176.json")
    assert extract(text, exp["seed"]).document.symbol is None
    assert x.document.symbol == "A/68/176" and ("A/68/150", "heading") in _sym_keys(x)
    cover = ("United Nations A/68/176 General Assembly Distr.: General 24 July 2013 Sixty-eighth session "
             "Item 69 (b) of the provisional agenda* Human rights questions * A/68/150. Summary The report.\n")
    assert extract(cover, "t").document.symbol == "A/68/176"
    assert extract(cover.replace("A/68/176 ", ""), "t").document.symbol is None
    # the closing asterisk of a job-number barcode is no footnote marker
    assert extract(cover.replace("United Nations ", "*1312345* "), "t").document.symbol == "A/68/176"


def test_request_passages_a_68_176():
    exp, text, x = _load("003_A-68-176.json")
    req = [a for a in x.task_attributions if a.kind == "request"]
    assert [a.locator for a in req] == [t["locator"] for t in exp["task_attributions"]]
    for a, t in zip(req, exp["task_attributions"]):
        assert [r["ref"] for r in a.resolutions] == [t["resolution"]]
        assert len(a.tasks) == len(t["tasks"])
        for task, (label, starts) in zip(a.tasks, t["tasks"]):
            assert task.label == label
            assert task.text.startswith(starts), task.text
            assert " ".join(text[task.span[0]:task.span[1]].split()).startswith(starts)


@pytest.mark.parametrize("expected_name", ["002_A-HRC-38-40.json", "003_A-68-176.json"])
def test_holders_visits_requests(expected_name):
    exp, text, x = _load(expected_name)
    for h in exp["holders"]:
        match = [g for g in x.holders if g.name == h["name"] and g.locator == h["locator"]
                 and all(getattr(g, k) == v for k, v in h.items())]
        assert match, (h, [g.to_dict() for g in x.holders])
    got = [(v.country, v.start, v.end, v.report, v.locator) for v in x.visits]
    assert got == [(v["country"], v["start"], v["end"], v["report"], v["locator"]) for v in exp["visits"]]
    for v in x.visits:
        assert v.country in text[v.span[0]:v.span[1]]
    assert [(r.country, r.status) for r in x.requested_visits] == \
        [(r["country"], r["status"]) for r in exp["requested_visits"]]
    for r in x.requested_visits:
        assert text[r.span[0]:r.span[1]] == r.country


@pytest.mark.parametrize("expected_name", ["002_A-HRC-38-40.json", "003_A-68-176.json"])
def test_spans_point_into_the_original(expected_name):
    exp, text, x = _load(expected_name)
    for s in x.symbols:
        raw = "".join(text[s.span[0]:s.span[1]].split())
        assert raw == s.symbol or s.symbol.endswith("/" + raw), (raw, s.symbol)
    for c in x.citations:
        frag = " ".join(text[c.span[0]:c.span[1]].split())
        assert c.number in frag or (c.ibid and frag.startswith("Ibid.")), (frag, c.ref)
    json.dumps(x.to_dict())


def test_other_seeds_do_not_break():
    for name in ("000_eaad7793c35742fa.txt", "001_cd452d941311ef94.txt"):
        path = SEEDS / name
        if not path.exists():
            pytest.skip("seeds absent")
        x = extract(path.read_text(encoding="utf-8"), name)
        json.dumps(x.to_dict())
    x0 = extract((SEEDS / "000_eaad7793c35742fa.txt").read_text(encoding="utf-8"), "000")
    assert x0.document.symbol is None
    assert (x0.document.body, x0.document.session) == ("HRC", 56)
    assert [c.ref for c in x0.citations] == ["ECOSOC 1996/31"]
    x1 = extract((SEEDS / "001_cd452d941311ef94.txt").read_text(encoding="utf-8"), "001")
    assert x1.document.author == "Cecilia M. Bailliet"
