"""The home mandate: the one `ask` answers for when a question names no mandate.

Declared in the data folder (`home.yaml`, one line `home_mandate: KEY`); read without a YAML parser
because the fast `ask` path may read it (for builds made before the manifest recorded it).
"""
from __future__ import annotations

import re
from pathlib import Path

HOME_FILE = "home.yaml"


def home_mandate(data_dir: Path | None, mandates: list[str]) -> str | None:
    """The home mandate declared in the data folder (`home.yaml`: `home_mandate: KEY`), if it is built."""
    if data_dir is None:
        return None
    path = Path(data_dir) / HOME_FILE
    if not path.is_file():
        return None
    m = re.search(r"(?m)^home_mandate:\s*['\"]?([\w.-]+)", path.read_text(encoding="utf-8"))
    return m[1] if m and m[1] in mandates else None
