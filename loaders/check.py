"""Validation in one place: a data folder without building (loader problems, then shape
violations), the shapes over a build's union, and the base-IRI check."""
from __future__ import annotations

from pathlib import Path

from ..ontology.problems import Problem
from .builds import BuildError
from .config import BASE_IRI_RE, Settings
from .curated import load_curated


def check_data(settings: Settings) -> list[Problem]:
    """Every problem found in the data folder, the loader's then the shapes' (none: it conforms)."""
    loaded = load_curated(settings.data_dir, settings.base_iri)
    # Shapes still run on what did load, so one report shows every problem at once.
    violations = validate_quads(loaded) if loaded.quads else []
    return list(loaded.problems) + list(violations)


def check_base_iri(base_iri: str) -> None:
    """Minted IRIs start with the base: refuse one that would make them invalid."""
    if not BASE_IRI_RE.match(base_iri or ""):
        raise BuildError(
            f"base IRI '{base_iri}' is not an absolute http(s) IRI ending in / or # "
            "(set it with --base-iri or MANDATE_LINEAGE_BASE_IRI)"
        )


def validate_quads(loaded) -> list[Problem]:
    """Every shape violation of the loaded quads (all named graphs together, with the ontology), located."""
    from ..ontology.validate import locate

    return locate(validation_results(loaded.union_ntriples), loaded.subjects, loaded.fields)


def validation_results(union: str | Path) -> list[dict]:
    """The shape results and chain cycles of the union of the graphs (N-Triples text, or a file of it).

    The triples go into an in-memory pyoxigraph store with the ontology; no rdflib graph is built
    unless the shapes use a feature the fast engine does not compile (then plain pyshacl runs them).
    The build runs this in a worker process on union.nt; `locate` then adds file, line and field.
    """
    import pyoxigraph as ox

    from ..ontology.validate import ONTOLOGY_FILE, graph_cycles_store, run_shacl, run_shapes_on_store

    source = {"path": str(union)} if isinstance(union, Path) else {"input": union}
    store = ox.Store()
    store.bulk_load(**source, format=ox.RdfFormat.N_TRIPLES)
    store.bulk_load(path=str(ONTOLOGY_FILE), format=ox.RdfFormat.TURTLE)

    def fallback(core):
        from rdflib import Graph

        graph = Graph().parse(source=str(union), format="nt") if "path" in source else Graph().parse(data=union, format="nt")
        return run_shacl(graph, core)

    return run_shapes_on_store(store, fallback=fallback) + graph_cycles_store(store)
