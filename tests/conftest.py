"""Shared fixtures: small real data folders built into temporary homes."""
from __future__ import annotations

import os
import shutil
import signal
from pathlib import Path

import pytest
from hypothesis import settings as hypothesis_settings

from mandate_lineage.queries.build import build
from mandate_lineage.loaders.config import load_settings

pytest_plugins = ["tests.web", "tests.export_helpers"]  # the web tests (serve, Chromium); the export tests' builds and parser

# The property tests explore new random inputs on a developer's machine (how test_fuzz found the superscript
# digit that int() refuses); in CI they replay one fixed set, so a run never fails on inputs no earlier run saw.
hypothesis_settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
if os.environ.get("CI") == "true":
    hypothesis_settings.load_profile("ci")

# A test run started in the background of a script (`cmd &` without job control, as a CI runner or a loop may do)
# inherits SIGINT ignored, and so does every program the tests start: their Ctrl-C trials would then interrupt
# nothing and pass without testing anything (a whole-suite loop caught one failing this way). The tests stand for a
# user at a terminal, where Ctrl-C is never ignored: give it back its default meaning for the programs they start.
if signal.getsignal(signal.SIGINT) is signal.SIG_IGN:
    signal.signal(signal.SIGINT, signal.default_int_handler)

TESTS = Path(__file__).resolve().parent
REPO = TESTS.parent
MINIMAL = TESTS / "data" / "minimal"
REAL_DATA = REPO / "data"
SHARED = REPO.parent / "shared"
BASE = "https://w3id.org/mandate-lineage/"
IS = "international-solidarity"  # the mandate of the shipped data the ask tests question


def copy_data(src: Path, dest: Path) -> Path:
    shutil.copytree(src, dest, ignore=shutil.ignore_patterns("__init__.py", "__pycache__", "*.md"))
    return dest


@pytest.fixture
def minimal_copy(tmp_path) -> Path:
    """A writable copy of the minimal data folder."""
    return copy_data(MINIMAL, tmp_path / "data")


@pytest.fixture(scope="module")
def minimal_build(tmp_path_factory):
    """The minimal data built (without the Cypher mirror) into its own home."""
    home = tmp_path_factory.mktemp("home")
    settings = load_settings(home=home, data=MINIMAL, base_iri=BASE)
    result = build(settings, mirror=False)
    return settings, result


@pytest.fixture(scope="session")
def real_build(tmp_path_factory):
    """The curated data shipped in data/ built (without the mirror) into its own home."""
    home = tmp_path_factory.mktemp("real-home")
    settings = load_settings(home=home, data=REAL_DATA, base_iri=BASE)
    result = build(settings, mirror=False)
    return settings, result


def mirrored_copy(real_build, tmp_path_factory, name: str, **settings):
    """A module's own home with a copy of the real build (builds/ and `current`), mirrored into its own
    embedded FalkorDB: (settings, build directory, the mirror's summary). `settings`: load_settings's."""
    from mandate_lineage.queries.mirror import mirror_build

    built, result = real_build
    home = tmp_path_factory.mktemp(name)
    shutil.copytree(built.home / "builds", home / "builds", symlinks=True)
    (home / "current").symlink_to((built.home / "current").readlink())
    mine = load_settings(home=home, base_iri=BASE, **settings)
    build_dir = home / "builds" / result.build_id
    return mine, build_dir, mirror_build(mine, build_dir)


@pytest.fixture(scope="session")
def real_home(real_build) -> Path:
    """The home of that build (what the `ask` tests and the pictures read)."""
    settings, _result = real_build
    return settings.home


@pytest.fixture(scope="module")
def ctx(real_home):
    """An `ask` context on the real build, for the international-solidarity mandate."""
    from mandate_lineage.queries.ask import open_context

    return open_context(load_settings(home=real_home, mandate=IS))


@pytest.fixture(scope="module")
def ctx_all(real_home):
    """An `ask` context on the real build, all mandates."""
    from mandate_lineage.queries.ask import open_context

    return open_context(load_settings(home=real_home))


@pytest.fixture(scope="module")
def ctx_every(real_home):
    """An `ask` context on the real build answering for every mandate (`--mandate all`)."""
    from mandate_lineage.queries.ask import open_context

    return open_context(load_settings(home=real_home, mandate="all"))
