"""Is a file a UN document text `ingest` can read? One clear reason when it is not.

``read_document_text(path, limit) -> str`` or ``DocumentError`` with a one-line message: missing,
a directory, too large (checked before reading), empty, a PDF or other binary file, not UTF-8,
not English, not a UN document (no UN body, post or document symbol in it).
"""
from __future__ import annotations

import re
from pathlib import Path

from .doc_kinds import looks_like_un_text
from .symbols import find_symbols

__all__ = ["DocumentError", "read_document_text", "english_share"]

_ENGLISH = set("the of and to in on a is for by with that as its at be this are from has have was were "
               "which it or an not all their his her".split())


class DocumentError(Exception):
    """The file is not a document text ingest can read."""


def english_share(text: str) -> float:
    """Share of the words that are common English function words (about 0.3-0.5 in English prose)."""
    words = re.findall(r"[^\W\d_]+", text[:200_000].lower())
    if not words:
        return 0.0
    return sum(w in _ENGLISH for w in words) / len(words)


def read_document_text(path: Path, limit: int) -> str:
    if not path.exists():
        raise DocumentError(f"{path}: no such file")
    if path.is_dir():
        raise DocumentError(f"{path}: is a directory, not a document text file")
    size = path.stat().st_size
    if size > limit:
        raise DocumentError(f"{path}: {size / 1048576:.1f} MB is more than the {limit / 1048576:.0f} MB a document "
                            "text may have (MANDATE_LINEAGE_MAX_DOCUMENT_MB); split it or raise the limit")
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise DocumentError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if not raw.strip():
        raise DocumentError(f"{path}: the file is empty")
    if raw.lstrip().startswith(b"%PDF"):
        raise DocumentError(f"{path}: is a PDF file, not text; convert it to plain text first (e.g. pdftotext)")
    head = raw[:65536]
    if b"\x00" in head or sum(b < 9 or 13 < b < 32 for b in head) > len(head) // 100:
        raise DocumentError(f"{path}: is a binary file, not a UTF-8 text")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise DocumentError(f"{path}: not valid UTF-8 (byte 0x{raw[exc.start]:02x} at offset {exc.start}); "
                            "convert it to UTF-8 text first") from None
    if english_share(text) < 0.08:
        raise DocumentError(f"{path}: does not read as English text (the extractors read English UN texts); "
                            "give the English version of the document")
    if not looks_like_un_text(text) and not any(s.symbol for s in find_symbols(text[:20000])):
        raise DocumentError(f"{path}: does not look like a UN document (it names no UN body, post or document symbol)")
    return text
