"""Exports (queries/export.py): goldens, round trips through an independent parser, views, --mandate.

Goldens live in tests/golden/ and come from tests/data/minimal built into a temporary home. Each is
compared as a graph (rdflib.compare.isomorphic; per named graph for TriG/N-Quads) and byte for byte.
Regenerate them with

    MANDATE_LINEAGE_UPDATE_GOLDENS=1 .venv/bin/python -m pytest tests/test_export.py

Every RDF format of the registry is parsed back by Apache Jena's riot when it is installed (Debian's
libapache-jena-java: `apt-get install -y --no-install-recommends libapache-jena-java`), else by
pyoxigraph, and compared quad for quad (TriG, N-Quads) or triple for triple with the build's graph.nq.
In CI (CI=true) riot is required. Adding a format to FORMATS gives it these tests.
"""
from __future__ import annotations

import csv
import re
import io
import json
import os
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings
from mandate_lineage.queries import export as lib
from mandate_lineage.queries.export import FORMATS, list_views, load_dataset, render

from . import jena

HERE = Path(__file__).resolve().parent
MINIMAL = HERE / "data" / "minimal"
GOLDEN = HERE / "golden"
UPDATE = os.environ.get("MANDATE_LINEAGE_UPDATE_GOLDENS") == "1"
IN_CI = os.environ.get("CI", "").strip().lower() in ("true", "1", "yes")
RDF_FORMATS = [name for name, f in FORMATS.items() if f.rdf]
RDFLIB_FORMAT = {"turtle": "turtle", "trig": "trig", "jsonld": "json-ld", "nt": "nt", "nquads": "nquads"}
RIOT_SUFFIX = {"turtle": ".ttl", "trig": ".trig", "jsonld": ".jsonld", "nt": ".nt", "nquads": ".nq"}
WD = "http://www.wikidata.org/prop/"
ML = "https://w3id.org/mandate-lineage/"


def build_home(tmp: Path, data: Path):
    settings = load_settings(home=tmp / "home", data=data)
    result = build(settings, mirror=False)
    return settings, result.path


@pytest.fixture(scope="module")
def minimal(tmp_path_factory):
    return build_home(tmp_path_factory.mktemp("minimal"), MINIMAL)


# A second mandate with three holders (one with two terms) and a visit, added to a copy of minimal.
TOY_FILES = {
    "mandate.yaml": """key: toy-mandate
label: Independent Expert on a toy subject
kind: thematic
established_by: HRC 26/6
source: {doc: A/HRC/38/40, at: para. 99}
""",
    "holders.yaml": """- key: first-holder
  name: First Holder
  source: {doc: A/HRC/38/40, at: para. 90}
  terms:
    - {appointed: 2014, end: 2017, appointed_by: HRC, source: {doc: A/HRC/38/40, at: para. 91}}
- key: second-holder
  name: Second Holder
  source: {doc: A/HRC/38/40, at: para. 92}
  terms:
    - {appointed: "2017-06", took_up_functions: 2017-08-01, end: 2020-07-31, appointed_by: HRC, source: {doc: A/HRC/38/40, at: para. 93}}
    - {start: 2020-08-01, end: 2021, appointed_by: HRC, source: {doc: A/HRC/38/40, at: para. 94}}
- key: third-holder
  name: Third Holder
  source: {doc: A/HRC/38/40, at: para. 95}
  terms:
    - {took_up_functions: 2021-08-01, appointed_by: HRC, source: {doc: A/HRC/38/40, at: para. 96}}
""",
    "visits.yaml": """- key: norway-2018
  country: {code: "NO", name: Norway}
  holder: second-holder
  start: 2018-04-02
  end: 2018-04-06
  status: completed
  source: {doc: A/HRC/38/40, at: para. 97}
""",
}


@pytest.fixture(scope="module")
def two_mandates(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("two")
    data = tmp / "data"
    shutil.copytree(MINIMAL, data)
    folder = data / "mandates" / "toy-mandate"
    folder.mkdir()
    for name, text in TOY_FILES.items():
        (folder / name).write_text(text, encoding="utf-8")
    return build_home(tmp, data)


# --------------------------------------------------------------------------- independent parser
def _riot_command(tmp: Path) -> list[str] | None:
    """How to run Jena's riot: a launcher on PATH, else Debian's jars (with their resource fix)."""
    if shutil.which("riot"):
        return ["riot"]
    cp = jena.classpath(tmp, compiler=False)
    return None if cp is None else [shutil.which("java"), "-cp", cp, "riotcmd.riot"]


@pytest.fixture(scope="session")
def parser(tmp_path_factory):
    """A function (data, format name) -> set of quads as N-Quads term strings, and its name."""
    tmp = tmp_path_factory.mktemp("riot")
    command = _riot_command(tmp)
    if command is not None:
        probe = tmp / "probe.nt"
        probe.write_text('<http://a.example/s> <http://a.example/p> "x" .\n')
        ok = subprocess.run(command + ["--output=nq", str(probe)], capture_output=True, text=True, timeout=120)
        if ok.returncode != 0 or "<http://a.example/s>" not in ok.stdout:
            command = None
    if command is None:
        if IN_CI:
            pytest.fail("Apache Jena riot is required in CI (apt-get install -y --no-install-recommends libapache-jena-java)")

        def parse_oxigraph(data: bytes, fmt: str) -> set:
            rdf_format = {"turtle": ox.RdfFormat.TURTLE, "trig": ox.RdfFormat.TRIG, "jsonld": ox.RdfFormat.JSON_LD,
                          "nt": ox.RdfFormat.N_TRIPLES, "nquads": ox.RdfFormat.N_QUADS}[fmt]
            return quad_strings(ox.parse(data, format=rdf_format))

        parse_oxigraph.name = "pyoxigraph"
        return parse_oxigraph

    def parse_riot(data: bytes, fmt: str) -> set:
        path = tmp / f"in{RIOT_SUFFIX[fmt]}"
        path.write_bytes(data)
        syntax = ["--syntax=jsonld10"] if fmt == "jsonld" else []  # Debian ships no JSON-P provider for 1.1
        done = subprocess.run(command + syntax + ["--strict", "--output=nq", str(path)], capture_output=True, timeout=300)
        assert done.returncode == 0, f"riot failed on {fmt}: {done.stderr.decode()[-2000:]}"
        assert b"WARN" not in done.stderr and b"ERROR" not in done.stderr, done.stderr.decode()[-2000:]
        return quad_strings(ox.parse(done.stdout, format=ox.RdfFormat.N_QUADS))

    parse_riot.name = "riot"
    return parse_riot


def quad_strings(quads) -> set:
    out = set()
    for q in quads:
        g = "" if isinstance(q.graph_name, ox.DefaultGraph) else str(q.graph_name)
        out.add((str(q.subject), str(q.predicate), str(q.object), g))
    return out


def build_quads(build_dir: Path, plain: bool = False) -> set:
    """The build's quads: graph.nq (the source documents' graphs) and, unless plain, the standard terms' graph."""
    quads = quad_strings(ox.parse(path=str(build_dir / "graph.nq"), format=ox.RdfFormat.N_QUADS))
    if not plain:
        quads |= quad_strings(ox.parse(path=str(build_dir / "standard-terms.nq"), format=ox.RdfFormat.N_QUADS))
    return quads


def undated(data, build_dir: Path):
    """An export with the build's id, date and code commit, and the SHA-256 of the shapes files (which
    change with the shapes, not with the export), replaced by fixed words (for goldens)."""
    from mandate_lineage.queries.dataset import SHAPES_DIR, file_sha256

    if isinstance(data, dict):
        return {name: undated(content, build_dir) for name, content in data.items()}
    manifest = lib.read_manifest(build_dir)
    words = [(manifest["build_id"], "BUILD-ID"), (manifest["created"], "BUILD-DATE"),
             ((manifest.get("code") or {}).get("git_commit"), "GIT-COMMIT")]
    for path in sorted(SHAPES_DIR.glob("*.ttl")):
        digest = file_sha256(path)
        words.append((digest, f"SHAPES-SHA256-{path.stem}"))
    for value, word in words:
        if value:
            data = data.replace(value.encode(), word.encode())
    return data


def as_triples(quads: set) -> set:
    return {(s, p, o, "") for s, p, o, _ in quads}


# --------------------------------------------------------------------------- goldens
def golden_cases():
    cases = [(f"build{f.suffix or '.' + name}", name, None) for name, f in FORMATS.items()]
    cases += [(f"view-{view}.ttl", "turtle", view) for view in list_views()]
    return cases


def same_rdf(actual: bytes, expected: bytes, fmt: str) -> None:
    import rdflib
    from rdflib.compare import isomorphic

    kind = FORMATS[fmt].rdf
    if kind == "triples":
        a = rdflib.Graph().parse(data=actual, format=RDFLIB_FORMAT[fmt])
        e = rdflib.Graph().parse(data=expected, format=RDFLIB_FORMAT[fmt])
        assert isomorphic(a, e), f"{fmt}: not the same graph as the golden"
        return
    a = rdflib.Dataset().parse(data=actual, format=RDFLIB_FORMAT[fmt])
    e = rdflib.Dataset().parse(data=expected, format=RDFLIB_FORMAT[fmt])
    graphs_a = {g.identifier: g for g in a.graphs() if len(g)}
    graphs_e = {g.identifier: g for g in e.graphs() if len(g)}
    assert sorted(graphs_a) == sorted(graphs_e), f"{fmt}: not the same named graphs as the golden"
    for name in graphs_a:
        assert isomorphic(graphs_a[name], graphs_e[name]), f"{fmt}: graph {name} differs from the golden"


@pytest.mark.parametrize("golden, fmt, view", golden_cases(), ids=[c[0] for c in golden_cases()])
def test_golden(minimal, golden, fmt, view):
    settings, build_dir = minimal
    data = render(load_dataset(settings, view=view), fmt)
    if FORMATS[fmt].dated:
        data = undated(data, build_dir)
    path = GOLDEN / golden
    if FORMATS[fmt].directory:
        if UPDATE:
            shutil.rmtree(path, ignore_errors=True)
            lib.write_folder(path, data)
        assert path.is_dir(), f"missing golden {path}: run with MANDATE_LINEAGE_UPDATE_GOLDENS=1"
        assert sorted(p.name for p in path.iterdir()) == sorted(data)
        for name, content in data.items():
            assert (path / name).read_bytes() == content, f"{golden}/{name} differs from the golden"
        return
    if UPDATE:
        lib.write_atomic(path, data)
    assert path.exists(), f"missing golden {path}: run with MANDATE_LINEAGE_UPDATE_GOLDENS=1"
    expected = path.read_bytes()
    if FORMATS[fmt].rdf:
        same_rdf(data, expected, fmt)
    assert data == expected, f"{golden}: same graph but not the same bytes as the golden"


def test_no_stray_goldens():
    """Goldens of exports that no longer exist are removed (build.* and view-* are this module's)."""
    expected = {c[0] for c in golden_cases()}
    assert {p.name for p in GOLDEN.iterdir() if p.name.startswith(("build.", "view-"))} == expected


# --------------------------------------------------------------------------- round trips
@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_round_trip_build(minimal, parser, fmt):
    settings, build_dir = minimal
    parsed = parser(render(load_dataset(settings), fmt), fmt)
    expected = build_quads(build_dir)
    if FORMATS[fmt].rdf == "triples":
        expected = as_triples(expected)
    assert parsed == expected, f"{parser.name}: {len(parsed ^ expected)} quads differ"


@pytest.mark.parametrize("view", sorted(list_views()))
@pytest.mark.parametrize("fmt", RDF_FORMATS)
def test_round_trip_views(two_mandates, parser, fmt, view):
    settings, build_dir = two_mandates
    triples = lib.run_view(lib.open_store(build_dir), view)
    assert triples, f"view {view} is empty"
    expected = {(str(t.subject), str(t.predicate), str(t.object), "") for t in triples}
    assert parser(render(load_dataset(settings, view=view), fmt), fmt) == expected


def test_round_trip_full_build_with_mandate(two_mandates, parser):
    settings, build_dir = two_mandates
    for fmt in ("trig", "jsonld"):
        dataset = load_dataset(settings, mandate="toy-mandate")
        expected = quad_strings(dataset.quads)
        parsed = parser(render(dataset, fmt), fmt)
        assert parsed == (expected if fmt == "trig" else as_triples(expected))


def test_riot_is_used_in_ci(parser):
    if IN_CI:
        assert parser.name == "riot"


# --------------------------------------------------------------------------- determinism and shape
@pytest.mark.parametrize("fmt", list(FORMATS))
def test_deterministic_across_builds(minimal, tmp_path, fmt):
    settings, build_dir = minimal
    other, other_dir = build_home(tmp_path, MINIMAL)
    assert render(load_dataset(settings), fmt) == render(load_dataset(settings), fmt)
    mine, theirs = render(load_dataset(settings), fmt), render(load_dataset(other), fmt)
    if FORMATS[fmt].dated:  # the description names its build: the same but for the build's id and date
        mine, theirs = undated(mine, build_dir), undated(theirs, other_dir)
    assert mine == theirs


def test_nquads_export_is_graph_nq(minimal):
    """Plain, the N-Quads export is graph.nq; else graph.nq and the standard terms' graph, merged."""
    settings, build_dir = minimal
    assert render(load_dataset(settings, plain=True), "nquads") == (build_dir / "graph.nq").read_bytes()
    both = (build_dir / "graph.nq").read_text() + (build_dir / "standard-terms.nq").read_text()
    assert render(load_dataset(settings), "nquads").decode() == "".join(sorted(both.splitlines(keepends=True)))


def test_trig_keeps_one_graph_per_source(minimal):
    """One named graph per source document, and one for the standard terms."""
    settings, build_dir = minimal
    text = render(load_dataset(settings), "trig").decode()
    graphs = {q[3] for q in build_quads(build_dir)}
    assert text.count(" {\n") == len(graphs) >= 2
    for g in graphs:
        assert f"{g} {{\n" in text


def test_jsonld_uses_the_shipped_context(minimal):
    from mandate_lineage.queries.export_rdf import CONTEXT_PATH

    settings, _ = minimal
    doc = json.loads(render(load_dataset(settings), "jsonld"))
    assert doc["@context"] == json.loads(CONTEXT_PATH.read_text())["@context"]
    types = lambda n: n["@type"] if isinstance(n["@type"], list) else [n["@type"]]  # noqa: E731
    mandate = next(n for n in doc["@graph"] if "ml:Mandate" in types(n))
    assert sorted(types(mandate)) == ["ml:Mandate", "org:Post"]  # with the standard type the ontology maps it to
    assert mandate["key"] == "international-solidarity" and mandate["establishedBy"].startswith("https://")
    report = next(n for n in doc["@graph"] if n.get("symbol") == "A/HRC/38/40")
    assert report["session"] == "38"  # coerced to xsd:integer by the context


def test_context_covers_the_ontology():
    from mandate_lineage.queries.export_rdf import CONTEXT_PATH

    ctx = json.loads(CONTEXT_PATH.read_text())["@context"]
    onto = ox.parse(path=str(CONTEXT_PATH.parent / "mandate-lineage.ttl"), format=ox.RdfFormat.TURTLE)
    owl = "http://www.w3.org/2002/07/owl#"
    for q in onto:
        if str(q.predicate).endswith("#type>") and q.object.value in (owl + "ObjectProperty", owl + "DatatypeProperty"):
            local = q.subject.value.rsplit("#", 1)[1]
            term = ctx[local]
            term_id = term if isinstance(term, str) else term["@id"]
            assert term_id == f"ml:{local}"
            if q.object.value == owl + "ObjectProperty":
                assert term["@type"] == "@id", local
    pyproject = (HERE.parent / "pyproject.toml").read_text()
    assert '"*.jsonld"' in pyproject and '"*.rq"' in pyproject  # context and views are shipped


def test_graphml_for_gephi(minimal):
    import networkx as nx

    settings, build_dir = minimal
    graph = nx.read_graphml(io.BytesIO(render(load_dataset(settings), "graphml")))
    quads = build_quads(build_dir)
    subjects = {s[1:-1] for s, _, _, _ in quads}
    assert subjects <= set(graph.nodes)
    okafor = graph.nodes[ML + "person/okafor"]
    assert okafor["label"] == "Obiora Chinedu Okafor" and okafor["class"] == "Person"
    term = ML + "mandate/international-solidarity/term/okafor-1"
    assert graph.has_edge(term, ML + "person/okafor")
    assert {d["label"] for _, _, d in graph.out_edges(term, data=True)} >= {"ml:holder", "ml:mandate", "ml:citation"}
    assert graph.nodes[ML + "ontology#Renewed"]["class"] == "MandateAction"  # from the ontology


def read_neo4j(files: dict[str, bytes]):
    nodes, rels = {}, []
    for name, content in files.items():
        if name.endswith(".csv"):
            rows = list(csv.reader(io.StringIO(content.decode())))
            header = rows[0]
            if name.startswith("nodes_"):
                assert header[:2] == ["iri:ID", ":LABEL"], name
                for row in rows[1:]:
                    assert row[0] not in nodes, f"duplicate id {row[0]}"
                    nodes[row[0]] = dict(zip(header, row))
            else:
                assert header[:3] == [":START_ID", ":END_ID", ":TYPE"], name
                rels += [dict(zip(header, row)) for row in rows[1:]]
    return nodes, rels


def test_neo4j_csv_is_the_mirror_graph(two_mandates):
    settings, _ = two_mandates
    dataset = load_dataset(settings)
    files = render(dataset, "neo4j-csv")
    script = files["import.sh"].decode()
    delimiter = re.search(r"--array-delimiter='(.)'", script).group(1)
    nodes, rels = read_neo4j(files)
    assert rels and all(r[":START_ID"] in nodes and r[":END_ID"] in nodes and r[":TYPE"].isupper() for r in rels)
    for row in nodes.values():
        for column, value in row.items():
            kind = column.partition(":")[2]
            values = value.split(delimiter) if kind.endswith("[]") and value else ([value] if value else [])
            for v in values:
                if kind.startswith("long"):
                    int(v)
    # The same projection as `mirror --neo4j`: same nodes, labels and relationships, provenance on each.
    from mandate_lineage.queries.mirror import property_graph

    pg = property_graph(load_dataset(settings, plain=True).quads)  # the mirror's input: graph.nq, no standard terms
    assert len(nodes) == len(pg.nodes) and len(rels) == len(pg.relationships)
    assert {n["iri"]: delimiter.join(n["labels"]) for n in pg.nodes} == {k: v[":LABEL"] for k, v in nodes.items()}
    resolution = next(r for r in nodes.values() if r.get("symbol") == "A/HRC/RES/35/3")
    assert resolution["session:long"] == "35" and resolution["adoptedOn"] == "2017-06-22"
    assert resolution[":LABEL"].split(delimiter) == ["Resource", "Document", "Resolution"]
    holder = next(r for r in rels if r[":TYPE"] == "HOLDER")
    assert holder["sources:string[]"] and holder["citations:string[]"]
    term = nodes[ML + "mandate/toy-mandate/term/second-holder-1"]
    assert term["startDate"] == "2017-08-01" and term["startDatePrecision"] == "day"
    assert "neo4j-admin database import full" in script
    for name in files:
        if name.endswith(".csv"):
            assert f"={name}" in script


# --------------------------------------------------------------------------- views and --mandate
def statement(store_triples, holder_term: str) -> dict:
    stmt = f"<{ML}mandate/toy-mandate/term/{holder_term}/wikidata/P39>"
    out = {}
    for s, p, o, _ in store_triples:
        if s == stmt:
            out.setdefault(p, set()).add(o)
    return out


def test_wikidata_view_predecessors_and_successors(two_mandates):
    settings, _ = two_mandates
    triples = quad_strings(load_dataset(settings, view="wikidata-positions", mandate="toy-mandate").quads)
    person = lambda key: f"<{ML}person/{key}>"  # noqa: E731
    replaces, replaced_by = f"<{WD}qualifier/P1365>", f"<{WD}qualifier/P1366>"
    first, second_1 = statement(triples, "first-holder-1"), statement(triples, "second-holder-1")
    second_2, third = statement(triples, "second-holder-2"), statement(triples, "third-holder-1")
    assert replaces not in first and first[replaced_by] == {person("second-holder")}
    assert second_1[replaces] == {person("first-holder")} and replaced_by not in second_1  # next term is her own
    assert replaces not in second_2 and second_2[replaced_by] == {person("third-holder")}
    assert third[replaces] == {person("second-holder")} and replaced_by not in third
    assert first[f"<{WD}qualifier/P580>"] == {'"2014"^^<http://www.w3.org/2001/XMLSchema#gYear>'}
    assert second_1[f"<{WD}qualifier/P582>"] == {'"2020-07-31"^^<http://www.w3.org/2001/XMLSchema#date>'}
    assert f"<{WD}qualifier/P582>" not in third  # open term
    assert second_1[f"<{WD}statement/P39>"] == {f"<{ML}mandate/toy-mandate>"}
    (reference,) = second_1["<http://www.w3.org/ns/prov#wasDerivedFrom>"]
    ref = {p: o for s, p, o, _ in triples if s == reference}
    assert ref[f"<{WD}reference/P248>"] == f"<{ML}doc/A/HRC/38/40>" and ref[f"<{WD}reference/P958>"] == '"para. 93"'
    assert (person("first-holder"), f"<{WD}direct/P39>", f"<{ML}mandate/toy-mandate>", "") in triples
    assert not any("international-solidarity" in s for s, _, _, _ in triples)


def test_country_visits_view(two_mandates):
    settings, _ = two_mandates
    triples = quad_strings(load_dataset(settings, view="country-visits").quads)
    labels = {o for s, p, o, _ in triples if p == "<http://www.w3.org/2000/01/rdf-schema#label>"}
    assert labels == {'"Sweden (SE), accepted"', '"Norway (NO), completed"'}
    only = quad_strings(load_dataset(settings, view="country-visits", mandate="toy-mandate").quads)
    assert '"Sweden (SE), accepted"' not in {o for _, _, o, _ in only} and only < triples


def test_mandate_restriction(two_mandates):
    settings, build_dir = two_mandates
    everything = build_quads(build_dir)
    toy = quad_strings(load_dataset(settings, mandate="toy-mandate").quads)
    solidarity = quad_strings(load_dataset(settings, mandate="international-solidarity").quads)
    assert toy < everything and solidarity < everything
    mandate_of = f"<{ML}ontology#mandate>"
    assert {o for _, p, o, _ in toy if p == mandate_of} == {f"<{ML}mandate/toy-mandate>"}
    assert {o for _, p, o, _ in solidarity if p == mandate_of} == {f"<{ML}mandate/international-solidarity>"}
    subjects = {s for s, _, _, _ in toy}
    assert f"<{ML}person/second-holder>" in subjects and f"<{ML}person/okafor>" not in subjects
    for s, p, o, _ in toy:  # every citation of a kept resource is kept
        if p == f"<{ML}ontology#citation>":
            assert o in subjects


def test_unknown_things_fail_clearly(minimal):
    settings, _ = minimal
    with pytest.raises(LookupError, match="unknown mandate 'nope'"):
        load_dataset(settings, mandate="nope")
    with pytest.raises(lib.ExportError, match="unknown view 'nope'; one of: .*wikidata-positions"):
        load_dataset(settings, view="nope")
    with pytest.raises(lib.ExportError, match="unknown format"):
        render(load_dataset(settings), "rdfxml-please")
    with pytest.raises(lib.ExportError, match="--out DIR"):
        lib.export(settings, "neo4j-csv")


# --------------------------------------------------------------------------- the CLI command
@pytest.fixture(scope="module")
def cli():
    from typer.testing import CliRunner

    from mandate_lineage.cli.app import _register, app

    _register()
    runner = CliRunner()
    return lambda *args: runner.invoke(app, list(args))


def test_cli_export_stdout_and_out(minimal, cli, tmp_path):
    settings, _ = minimal
    home = str(settings.home)
    result = cli("export", "--home", home, "--format", "turtle")
    assert result.exit_code == 0, result.output
    assert result.stdout_bytes == (GOLDEN / "build.ttl").read_bytes()
    again = cli("export", "--home", home, "--format", "turtle")
    assert again.stdout_bytes == result.stdout_bytes  # exported twice: the same bytes
    out = tmp_path / "positions.jsonld"
    result = cli("export", "--home", home, "-f", "jsonld", "--view", "wikidata-positions",
                 "--mandate", "international-solidarity", "--out", str(out))
    assert result.exit_code == 0, result.output
    assert json.loads(out.read_text())["@graph"]
    result = cli("export", "--home", home, "-f", "neo4j-csv", "--out", str(tmp_path / "neo4j"))
    assert result.exit_code == 0 and (tmp_path / "neo4j" / "import.sh").exists()
    listing = json.loads(cli("export", "--list").stdout)
    assert set(listing["formats"]) == set(FORMATS) and listing["views"]["wikidata-positions"]["takes_mandate"]


@pytest.mark.parametrize("args, message", [
    (["--format", "neo4j-csv"], "--out DIR"),
    (["--format", "xml"], "unknown format 'xml'"),
    (["--view", "nope"], "unknown view 'nope'"),
    (["--mandate", "nope"], "unknown mandate 'nope'"),
])
def test_cli_export_errors(minimal, cli, args, message):
    settings, _ = minimal
    result = cli("export", "--home", str(settings.home), *args)
    assert result.exit_code == 1
    assert message in " ".join(result.output.split())


def test_cli_export_without_build(cli, tmp_path):
    result = cli("export", "--home", str(tmp_path / "empty"))
    assert result.exit_code == 1 and "run `mandate-lineage build` first" in " ".join(result.output.split())
