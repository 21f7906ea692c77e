"""Post-build steps for tests/test_post_build.py (module-level: they travel to the store worker)."""
from __future__ import annotations

from pathlib import Path


def mark_store(store, build_dir: Path) -> None:
    (Path(build_dir) / "probe-store-step").write_text(str(len(store)))


def note_removed(home: Path, build_id: str) -> None:
    with open(Path(home) / "probe-removed", "a") as out:
        out.write(build_id + "\n")
