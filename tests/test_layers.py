"""Imports point one way: cli -> queries -> loaders -> ontology (read from the source with ast, so
that a lazy import inside a function counts as much as one at the top of a module)."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

from .conftest import REPO

# each layer and the layers it may import (data/ is packaged data, importable from anywhere)
LAYERS = ["ontology", "loaders", "queries", "cli"]
ALLOWED = {layer: set(LAYERS[: i + 1]) | {"data"} for i, layer in enumerate(LAYERS)}


def package_of(path: Path) -> list[str]:
    """The package a source file belongs to: loaders/curated/x.py -> mandate_lineage.loaders.curated."""
    return ["mandate_lineage", *path.relative_to(REPO).parts[:-1]]


def imported_layers(source: str, package: list[str]) -> list[tuple[int, str]]:
    """(line, layer) of every import of mandate_lineage.<layer> in a module's source, relative ones resolved."""
    tree = ast.parse(source)
    found = []
    for node in ast.walk(tree):
        names = []
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package[: len(package) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
                names = [module] if node.module else [f"{module}.{a.name}" for a in node.names]
            else:
                names = [node.module or ""]
        for name in names:
            parts = name.split(".")
            if parts[0] == "mandate_lineage" and len(parts) > 1:
                found.append((node.lineno, parts[1]))
    return found


def sources(layer: str) -> list[Path]:
    return sorted((REPO / layer).rglob("*.py"))


@pytest.mark.parametrize("layer", LAYERS)
def test_imports_point_one_way(layer):
    files = sources(layer)
    assert files, f"no Python files under {layer}/"
    wrong = [f"{path.relative_to(REPO)}:{line} imports mandate_lineage.{target}"
             for path in files
             for line, target in imported_layers(path.read_text(encoding="utf-8"), package_of(path)) if target not in ALLOWED[layer]]
    assert not wrong, f"{layer}/ may import only {sorted(ALLOWED[layer])}:\n" + "\n".join(wrong)


def test_the_checker_sees_relative_and_lazy_imports():
    """The checker itself: imports inside a function, relative ones two levels up, absolute ones."""
    source = "from . import fields\ndef f():\n    from ...queries import mirror\n    import mandate_lineage.cli.main\n"
    package = package_of(REPO / "loaders" / "curated" / "probe.py")
    assert sorted(imported_layers(source, package)) == [(1, "loaders"), (3, "queries"), (4, "cli")]


def test_the_ontology_namespace_is_written_once():
    """ontology/iris.py defines ONTOLOGY_NS; every other module imports it."""
    literal = "w3id.org/mandate-lineage/ontology#"
    places = [str(p.relative_to(REPO)) for layer in LAYERS for p in sources(layer) if literal in p.read_text(encoding="utf-8")]
    assert places == ["ontology/iris.py"], places
