"""ingest: read UN document texts, extract their facts, reconcile them with the current build and,
when asked, write the new ones into the curated data and rebuild (the library twin of the command)."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from . import accept as accept_lib
from .config import Settings, max_document_bytes
from .doc_checks import read_document_text
from .documents import extract
from .post_build import Step
from .reconcile import DocumentReport, Graph, ReconcileError, reconcile, summary
from .store import current_dir, open_store


@dataclass
class IngestResult:
    reports: list[DocumentReport]
    accepted: object | None = None  # accept.AcceptResult with --accept

    def to_dict(self) -> dict:
        payload = {"documents": [r.to_dict() for r in self.reports], "summary": summary(self.reports)}
        if self.accepted is not None:
            payload["accept"] = self.accepted.to_dict()
        return payload


def ingest(settings: Settings, paths: list[Path], *, accept: bool = False, steps: tuple[Step, ...] | None = None,
           progress: Callable[[str], None] | None = None) -> IngestResult:
    """Every document is read and checked before anything is reconciled; nothing is written unless
    `accept`. Raises DocumentError (a file that is not a readable UN text), FileNotFoundError (no
    build), ReconcileError (naming the file) or BuildError (the rebuild after --accept). With `accept`,
    `steps` are the rebuild's post-build steps (`queries.build.post_build_steps`), required."""
    if accept and steps is None:
        raise ValueError("ingest with accept needs the rebuild's post-build steps")
    texts = [(Path(p), read_document_text(Path(p), max_document_bytes())) for p in paths]
    graph = Graph(open_store(current_dir(settings)), settings.base_iri)
    reports = []
    for path, text in texts:
        try:
            reports.append(reconcile(graph, extract(text, path.name), text, settings.mandate))
        except ReconcileError as exc:
            raise ReconcileError(f"{path}: {exc}") from None
    result = IngestResult(reports)
    if accept:
        result.accepted = accept_lib.accept(reports, graph, settings, steps=steps, progress=progress or (lambda m: None))
    return result
