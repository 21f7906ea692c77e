"""Any mandate, not just one: a third mandate from a data folder alone, kept apart from the others."""
from __future__ import annotations

import re
import shutil
import subprocess
import sys

import pytest

from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.loaders.graphstats import stats
from mandate_lineage.loaders.store import open_store
from mandate_lineage.queries.sparql import select

from .conftest import BASE, MINIMAL, REPO, TESTS, copy_data

THIRD = TESTS / "data" / "third-mandate" / "international-order"
ML = "https://w3id.org/mandate-lineage/ontology#"


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    root = tmp_path_factory.mktemp("three")
    data = copy_data(MINIMAL, root / "data")
    shutil.copytree(THIRD, data / "mandates" / "international-order")
    settings = load_settings(home=root / "home", data=data, base_iri=BASE)
    return settings, build(settings, mirror=False)


def test_a_new_mandate_is_only_a_data_folder(three):
    settings, result = three
    assert result.mandates == ["international-order", "international-solidarity"]
    per_mandate = stats(settings.with_overrides(mandate="international-order"))
    assert per_mandate["class_counts"] == {"Resolution": 3, "Term": 1}


def test_terms_may_overlap_across_mandates(three):
    _settings, result = three
    rows = select(open_store(result.path), f"""
        SELECT ?key ?start WHERE {{ ?t a <{ML}Term> ; <{ML}startDate> ?start ; <{ML}mandate>/<{ML}key> ?key .
                                    FILTER NOT EXISTS {{ ?t <{ML}endDate> ?e }} }}""")
    assert {r["key"] for r in rows} == {"international-order", "international-solidarity"}  # both open: they overlap


def test_renewal_chain_of_the_third_mandate_holds_only_its_own_resolutions(three):
    _settings, result = three
    rows = select(open_store(result.path), f"""
        SELECT ?ref WHERE {{ ?r <{ML}mandate> ?m ; <{ML}ref> ?ref . ?m <{ML}key> ?key }} ORDER BY ?ref""",
                  {"key": "international-order"})
    assert [r["ref"] for r in rows] == ["HRC 18/6", "HRC 27/9", "HRC 36/4"]


def test_stats_cli_per_mandate_and_unknown_mandate(three):
    settings, _result = three
    cli = [sys.executable, "-m", "mandate_lineage.cli.main", "stats", "--home", str(settings.home)]
    ok = subprocess.run(cli + ["--mandate", "international-order", "--json"], capture_output=True, text=True)
    assert ok.returncode == 0 and '"mandate": "international-order"' in ok.stdout
    bad = subprocess.run(cli + ["--mandate", "nope"], capture_output=True, text=True)
    assert bad.returncode == 1 and "unknown mandate 'nope'" in bad.stderr and "Traceback" not in bad.stderr


def test_no_code_names_a_particular_mandate():
    pattern = re.compile(r"international[-_ ]solidarity|foreign[-_ ]debt", re.IGNORECASE)
    offenders = []
    for folder in ("cli", "loaders", "ontology", "queries"):
        for path in (REPO / folder).rglob("*"):
            if path.suffix not in {".py", ".rq", ".cypher", ".ttl", ".jsonld"}:
                continue
            # Comments may name the test fixture's mandate when they state a query's expected answer, and
            # so may a .cypher file's `:param` lines (the example parameters, for Neo4j Browser).
            code = [ln for ln in path.read_text(errors="ignore").splitlines()
                    if not ln.strip().startswith(("#", "//", ":param "))]
            if any(pattern.search(ln) for ln in code):
                offenders.append(str(path.relative_to(REPO)))
    assert not offenders, f"code that names a mandate (it must come from data): {offenders}"
