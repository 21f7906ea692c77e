"""Validate a data folder without building: loader problems, then shape violations."""
from __future__ import annotations

from .build import validate_quads
from .config import Settings
from .curated import load_curated


def check_data(settings: Settings) -> list:
    """Every problem found in the data folder (an empty list means it conforms)."""
    loaded = load_curated(settings.data_dir, settings.base_iri)
    # Shapes still run on what did load, so one report shows every problem at once.
    violations = validate_quads(loaded) if loaded.quads else []
    return list(loaded.problems) + list(violations)
