"""Key facts of the graph checked against the seed texts (skipped when ../shared/seeds is absent)."""
from __future__ import annotations

import re

import pytest

from mandate_lineage.loaders.store import open_store
from mandate_lineage.queries.sparql import select

from .conftest import SHARED

SEEDS = SHARED / "seeds"
pytestmark = pytest.mark.skipif(not SEEDS.is_dir(), reason="../shared/seeds is not present")

ML = "https://w3id.org/mandate-lineage/ontology#"
PAIR = re.compile(r"(\d{4}/\d+|\d+/\d+), para\. (\d+(?: \([a-z]\))?)")


def seed_footnotes(numbers) -> dict[int, set[tuple[str, str]]]:
    """Footnotes 2-10 of A/HRC/38/40 para. 7, read straight from the seed text."""
    text = (SEEDS / "002_eddaeeb45808282f.txt").read_text()
    found: dict[int, set[tuple[str, str]]] = {}
    previous = None
    for n in numbers:
        match = re.search(rf"^\s*{n}\s+((?:Commission|Human Rights Council|Ibid).*)$", text, re.M)
        assert match, f"footnote {n} not found in the seed"
        line = match.group(1)
        pairs = set()
        if line.startswith("Ibid"):
            pairs.add((previous, re.search(r"para\. (\d+)", line).group(1)))
        for number, para in PAIR.findall(line):
            pairs.add((number, para))
        previous = sorted(pairs)[-1][0] if not line.startswith("Ibid") else previous
        if line.startswith("Commission"):
            previous = PAIR.findall(line)[0][0]
        found[n] = pairs
    return found


def graph_footnotes(store, numbers) -> dict[int, set[tuple[str, str]]]:
    rows = select(store, f"""
        SELECT ?locator ?number ?para WHERE {{
            ?event <{ML}citation> ?c ; <{ML}resolution> ?r ; <{ML}paragraph> ?p .
            ?c <{ML}document> ?doc ; <{ML}locator> ?locator .
            ?doc <{ML}symbol> ?symbol .
            ?r <{ML}number> ?number . ?p <{ML}number> ?para .
        }}""", {"symbol": "A/HRC/38/40"})
    found = {n: set() for n in numbers}
    for row in rows:
        for n in numbers:
            if re.search(rf"\bfn\. {n}\b", row["locator"]):
                found[n].add((row["number"], row["para"]))
    return found


def test_para_7_footnotes_map_each_task_to_the_paragraphs_the_graph_holds(real_build):
    settings, build = real_build
    numbers = range(2, 11)
    expected = seed_footnotes(numbers)
    held = graph_footnotes(open_store(build.path), numbers)
    for n in numbers:
        assert held[n] == expected[n], f"fn. {n}: the seed cites {sorted(expected[n])}, the graph holds {sorted(held[n])}"


def test_brazil_visit_dates_and_report_match_a_68_150(real_build):
    _settings, build = real_build
    text = (SEEDS / "003_0f3b1c3b85050b1c.txt").read_text()
    assert "Brazil" in text and "25 to 29 June 2012" in text
    rows = select(open_store(build.path), f"""
        SELECT ?start ?end ?report WHERE {{
            ?v <{ML}country> ?c ; <{ML}startDate> ?start ; <{ML}endDate> ?end ; <{ML}missionReport> ?r .
            ?c <{ML}countryCode> ?code . ?r <{ML}symbol> ?report .
        }}""", {"code": "BR"})
    assert {(r["start"], r["end"], r["report"]) for r in rows} == {("2012-06-25", "2012-06-29", "A/HRC/23/45/Add.1")}


def test_renewal_chain_of_a_hrc_38_40_para_6(real_build):
    _settings, build = real_build
    text = (SEEDS / "002_eddaeeb45808282f.txt").read_text()
    para6 = text[text.index("6. The mandate of the Independent Expert"): text.index("1 Human Rights Council resolution 35/3")]
    cited = set(re.findall(r"resolution (\d{4}/\d+|\d+/\d+)", para6))
    rows = select(open_store(build.path), f"""
        SELECT ?number WHERE {{
            ?r <{ML}mandateAction> ?action ; <{ML}number> ?number ; <{ML}mandate> ?m .
            ?m <{ML}key> ?key .
            FILTER(?action IN (<{ML}Created>, <{ML}Renewed>))
        }}""", {"key": "international-solidarity"})
    assert cited <= {r["number"] for r in rows}
