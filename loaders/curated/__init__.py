"""Source: the curated YAML files under data/ -> RDF quads, one named graph per source document.

Every record must cite a source ({doc, at}); a field may carry its own source(s). The loader
records where each subject and (subject, predicate) came from, so that validation can name the
file, line and field behind any violation. One module per record kind, each with a table of its
fields (fields.py) from which both its triples and its unknown-field check come.
"""
from __future__ import annotations

from pathlib import Path

from ..yamlfile import DataError
from .context import LoadContext, Source
from .mandate import MandateReader
from .result import LoadResult, Origin, union_lines
from .sources import emit_sources, read_bodies, read_sources
from .values import (
    MANDATE_ACTIONS, REF_RE, VISIT_STATUSES, date_literal, int_literal, iri_value, text_literal, year_literal,
)

__all__ = [
    "LoadContext", "LoadResult", "Origin", "Source", "load_curated", "union_lines",
    "MANDATE_ACTIONS", "REF_RE", "VISIT_STATUSES",
    "date_literal", "int_literal", "iri_value", "text_literal", "year_literal",
]


def load_curated(data_dir: Path, base_iri: str) -> LoadResult:
    """Read a data folder into quads, with origins and the problems found."""
    data_dir = Path(data_dir)
    ctx = LoadContext(base_iri, data_dir)
    if not data_dir.is_dir():
        ctx.out.problems.append(DataError(str(data_dir), None, None, "data folder does not exist"))
        return ctx.out
    mandates = data_dir / "mandates"
    mandate_dirs = sorted(p for p in mandates.glob("*") if p.is_dir()) if mandates.is_dir() else []
    for path in [data_dir / "sources.yaml"] + [d / "sources.yaml" for d in mandate_dirs]:
        if path.exists():
            read_sources(ctx, path)
    emit_sources(ctx)
    if (data_dir / "bodies.yaml").exists():
        read_bodies(ctx, data_dir / "bodies.yaml")
    else:
        ctx.out.problems.append(DataError("bodies.yaml", None, None, "missing: the data folder needs bodies.yaml"))
    if not mandate_dirs:
        ctx.out.problems.append(DataError("mandates/", None, None, "no mandate folders found under mandates/"))
    for folder in mandate_dirs:
        MandateReader(ctx, folder).read()
    return ctx.out
