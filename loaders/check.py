"""Validate a data folder without building: loader problems, then shape violations."""
from __future__ import annotations

from .build import validate_quads
from .config import Settings
from .curated import load_curated


def check_data(settings: Settings) -> list:
    """Every problem found in the data folder (an empty list means it conforms)."""
    loaded = load_curated(settings.data_dir, settings.base_iri)
    if loaded.problems:
        return list(loaded.problems)
    return validate_quads(loaded)
