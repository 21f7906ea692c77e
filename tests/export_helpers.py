"""What the export tests share: the builds they export (session fixtures: `minimal`, the goldens'
build, and `two_mandates`), the independent parser (`parser`: Jena's riot, pyoxigraph without it)
and quad helpers. Registered as a plugin by tests/conftest.py; the tests are test_export*.py.
"""
from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pyoxigraph as ox
import pytest

from mandate_lineage.loaders.config import load_settings
from mandate_lineage.queries import export as lib
from mandate_lineage.queries.build import build
from mandate_lineage.queries.export import FORMATS

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


@pytest.fixture(scope="session")
def minimal(tmp_path_factory):
    """tests/data/minimal built into its own home (the goldens' build): (settings, build directory)."""
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


@pytest.fixture(scope="session")
def two_mandates(tmp_path_factory):
    """minimal plus a second mandate (TOY_FILES): (settings, build directory)."""
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
