"""Counts per class of the current build, for all mandates or one."""
from __future__ import annotations

from .build import current_build, read_manifest
from .config import Settings
from .sparql import select
from .store import open_store, resolve_mandate
from ..ontology.iris import ONTOLOGY_NS as ML
from ..ontology.standard_terms import is_standard, prefixed


def stats(settings: Settings) -> dict:
    build_dir = current_build(settings.home)
    if build_dir is None:
        raise FileNotFoundError(f"no build in {settings.home}: run `mandate-lineage build` first")
    manifest = read_manifest(build_dir)
    result = {
        "build_id": manifest["build_id"],
        "mandates": manifest["mandates"],
        "mandate": None,
        "triples": manifest["triples"],
        "graphs": manifest["graphs"],
        "class_counts": manifest["class_counts"],
        "standard_class_counts": manifest.get("standard_class_counts", {}),
        "standard_terms": manifest.get("standard_terms", {}).get("quads"),
    }
    if settings.mandate:
        key = resolve_mandate(settings, manifest["mandates"])
        store = open_store(build_dir)
        query = f"""
            SELECT ?cls (COUNT(DISTINCT ?s) AS ?n) WHERE {{
                ?s <{ML}mandate> ?m . ?m <{ML}key> ?key . ?s a ?cls .
            }} GROUP BY ?cls ORDER BY ?cls"""
        counts, standard = {}, {}
        for row in select(store, query, {"key": key}):
            if is_standard(row["cls"]):
                standard[prefixed(row["cls"])] = row["n"]
            else:
                counts[row["cls"].rsplit("#", 1)[-1]] = row["n"]
        result.update(mandate=key, class_counts=counts, standard_class_counts=dict(sorted(standard.items())))
    return result
