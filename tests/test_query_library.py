"""The query library: every Cypher file has a SPARQL twin, and the twins give the same answers on
the real data (the packaged data/ built into a temporary home), for every mandate and for every
value of their parameters the data holds (every task, resolution, holder, country ...)."""
from __future__ import annotations


import pytest

from mandate_lineage.loaders.store import open_store
from mandate_lineage.loaders.write_forms import cypher_write
from mandate_lineage.queries import cypher, sparql
from mandate_lineage.queries.falkor import graph_name, opened

from .conftest import mirrored_copy
from .falkor_procs import no_falkor_left, wait_none_left  # noqa: F401 - fixture

pytestmark = pytest.mark.usefixtures("no_falkor_left")
PAIRS = sorted(cypher.library())
ML = "PREFIX ml: <https://w3id.org/mandate-lineage/ontology#>\n"


@pytest.fixture(scope="module")
def engines(real_build, tmp_path_factory):
    """(open FalkorDB, graph name, pyoxigraph store, mandates) over this module's copy of the real build."""
    _settings, result = real_build
    mine, build_dir, _summary = mirrored_copy(real_build, tmp_path_factory, "library-home")
    store = open_store(build_dir)
    with opened(mine.home) as db:
        yield db, graph_name(result.build_id), store, result.mandates
    assert not wait_none_left(mine.home)


def values(store, query: str) -> list:
    return sorted({next(iter(row.values())) for row in sparql.select(store, ML + query)} - {None})


def parameter_sets(store, mandates: list[str], name: str) -> list[dict]:
    """Every parameter value the data holds for a library query, per mandate."""
    sets = []
    for mandate in mandates:
        m = {"mandate": mandate}
        scoped = f'?m ml:key "{mandate}" .'
        if name in ("task-lineage", "task-path-to-founding"):
            keys = values(store, f"SELECT ?k WHERE {{ {scoped} ?t a ml:Task ; ml:mandate ?m ; ml:key ?k }}")
            sets += [{**m, "task": k} for k in keys]
        elif name == "resolution-tasks":
            refs = values(store, f"SELECT ?ref WHERE {{ {scoped} ?e ml:task/ml:mandate ?m ; ml:resolution/ml:ref ?ref }}")
            sets += [{**m, "resolution": r} for r in refs]
        elif name == "reports-pursuant-to":
            refs = values(store, f"SELECT ?ref WHERE {{ {scoped} ?d ml:mandate ?m ; ml:pursuantTo/ml:ref ?ref }}")
            sets += [{**m, "resolution": r} for r in refs]
        elif name == "visits-by-holder":
            keys = values(store, f"SELECT ?k WHERE {{ {scoped} ?v ml:mandate ?m ; ml:holder/ml:key ?k }}")
            sets += [{**m, "holder": k} for k in keys]
        elif name == "visits-by-country":
            codes = values(store, f"SELECT ?c WHERE {{ {scoped} ?v ml:mandate ?m ; ml:country/ml:countryCode ?c }}")
            sets += [{**m, "country": c} for c in codes]
        elif name == "holder-on-date":
            sets += [{**m, "date": f"{year}-{md}"} for year in range(2004, 2027) for md in ("01-01", "06-30", "08-15")]
        else:
            sets.append(m)
    return sets


def normalise(rows: list[dict]) -> list[tuple]:
    """Rows as sorted tuples; '; '-joined lists (order not defined by GROUP_CONCAT) sorted inside."""
    def cell(value):
        if isinstance(value, str) and "; " in value:
            return "; ".join(sorted(value.split("; ")))
        return value
    return sorted((tuple((k, cell(v)) for k, v in sorted(row.items())) for row in rows), key=repr)


# --------------------------------------------------------------------------- the files
@pytest.mark.parametrize("name", PAIRS)
def test_each_query_has_a_documented_twin(name):
    text = cypher.load_named(name)
    twin = sparql.load_query(name)
    for body, sigil in ((text, "$"), (twin, "?")):
        about = cypher.description(body)
        assert about, f"{name}: the file must open with a comment (the question)"
        assert "Expected" in about, f"{name}: the opening comment gives the expected answer on the real data"
        declared = cypher.declared_parameters(body)
        assert "mandate" in declared, f"{name}: every library query takes the mandate key"
    assert cypher.declared_parameters(text) == cypher.declared_parameters(twin)
    assert cypher.parameters(text) == sorted(cypher.declared_parameters(text))
    assert cypher_write(text) is None


@pytest.mark.parametrize("name", PAIRS)
def test_each_query_runs_in_neo4j_browser_as_it_is(engines, name):
    """Its `:param` lines set every parameter it declares, and with those values it answers."""
    db, graph, *_ = engines
    text = cypher.load_named(name)
    example = cypher.browser_params(text)
    assert sorted(example) == sorted(cypher.declared_parameters(text)), f"{name}: one :param line per parameter"
    assert all(line.rstrip().endswith(";") for line in text.splitlines() if line.startswith(":")), name
    assert ":param" not in cypher.query_body(text)
    _, raw = cypher.run_on(db, graph, text, example)
    assert raw, f"{name}: the example parameters give no row"


def test_the_library_covers_the_issue():
    assert {"task-lineage", "resolution-tasks", "renewal-chain", "holder-on-date", "visits-by-holder",
            "visits-by-country", "reports-pursuant-to", "task-path-to-founding"} <= set(PAIRS)


# --------------------------------------------------------------------------- the twins agree
@pytest.mark.parametrize("name", PAIRS)
def test_twins_give_identical_answers_on_the_real_data(engines, name):
    db, graph, store, mandates = engines
    text, twin = cypher.load_named(name), sparql.load_query(name)
    answered = 0
    for params in parameter_sets(store, mandates, name):
        columns, raw = cypher.run_on(db, graph, text, params)
        c_rows = [dict(zip(columns, (cypher.plain(v) for v in row))) for row in raw]
        s_rows = sparql.select(store, twin, params)
        assert normalise(c_rows) == normalise(s_rows), f"{name} {params}"
        if s_rows:
            assert list(s_rows[0]) == columns, f"{name}: same columns in the same order"
        answered += bool(c_rows)
    assert answered, f"{name}: no parameter set gave any row: the comparison would prove nothing"


def test_cypher_rows_come_in_the_documented_order(engines):
    db, graph, *_ = engines
    columns, raw = cypher.run_on(db, graph, cypher.load_named("renewal-chain"), {"mandate": "international-solidarity"})
    adopted = [row[columns.index("adopted")] for row in raw]
    assert adopted == sorted(adopted) and raw[0][columns.index("action")] == "created"


def test_sdg_task_lineage_on_the_real_data(engines):
    db, graph, store, _ = engines
    params = {"mandate": "international-solidarity", "task": "sdg-forums"}
    columns, raw = cypher.run_on(db, graph, cypher.load_named("task-lineage"), params)
    rows = [dict(zip(columns, r)) for r in raw]
    assert [(r["kind"], r["resolution"], r["paragraph"]) for r in rows[:2]] == [("added", "HRC 26/6", "9"), ("reaffirmed", "HRC 35/3", "11")]
    path = sparql.select(store, sparql.load_query("task-path-to-founding"), params)
    assert path and all(p["path"].endswith("CHR 2005/55") for p in path)
