"""Which keyed record of the graph (a sources.yaml key, no UN symbol) a document without symbol is.

Two rules, the first that gives one record wins:
1. the document's own address: the URL of its ``%%% source:`` line equals a record's ``url`` (exactly;
   else the same host, path and query, with scheme, ``www.``, case, a trailing slash and the order of
   query parameters ignored and OHCHR's mirror hosts taken for www.ohchr.org). An address given later
   in that line ("layout of https://...") is not the document's own.
2. the record's title as one of the document's title lines: among the lines of its first 2,000
   characters (one line, or two consecutive lines), a line that holds every word of the title (its
   trailing parenthesis, e.g. "(OHCHR mandate page)", left out) and at most a few words besides, none
   when the title is only a mandate's name; the longest such title wins, two records of that title
   give none. Title words scattered over a paragraph (an interview that mentions in passing the
   Advisory Committee) do not match.
"""
from __future__ import annotations

import re
from urllib.parse import parse_qsl, unquote, urlsplit

from .reconcile_model import _norm

# Hosts whose pages are stored copies of www.ohchr.org's (data/mandates/foreign-debt/sources.yaml says so);
# previous.ohchr.org and newsarchive.ohchr.org are OHCHR's own other sites, not copies (previous.ohchr.org's
# foreign-debt index page is another version than www's, a record of its own): not taken as mirrors.
MIRRORS = {"web.test.ohchr.un-icc.cloud": "ohchr.org", "web.dev.ohchr.un-icc.cloud": "ohchr.org"}
TITLE_REGION = 2000     # the title region: the lines in the text's first characters (header lines left out)
EXTRA_WORDS = 3         # words a title line may hold besides the title's ("Press release", a date)
MIN_TITLE_WORDS = 5     # shorter titles are too common to tell a document by

_SOURCE_URL = re.compile(r"^%%%\s*source:\s*(https?://\S+)", re.I | re.M)


def own_address(text: str) -> str | None:
    """The URL a document gives as its own source (its first ``%%% source:`` line), if any."""
    m = _SOURCE_URL.search(text[:3000])
    return m.group(1).rstrip("),;") if m else None


def _exact(url: str) -> str:
    return unquote(url.strip()).rstrip("/.")


def _loose(url: str) -> str:
    parts = urlsplit(unquote(url.strip()))
    host = parts.netloc.lower().removeprefix("www.")
    host = MIRRORS.get(host, host)
    query = "&".join(f"{k}={v}" for k, v in sorted(parse_qsl(parts.query.lower())))
    return f"{host}{parts.path.lower().rstrip('/.')}?{query}"


def by_address(records: list[dict], url: str) -> dict | None:
    """The one record with this address (exact first, then loose), or None."""
    for form in (_exact, _loose):
        hits = {r["key"]: r for r in records if r.get("url") and form(r["url"]) == form(url)}
        if len(hits) == 1:
            return next(iter(hits.values()))
        if hits:
            return None          # two records share the address in this form: no guess
    return None


def title_lines(text: str) -> list[set[str]]:
    """The word sets of the document's title region: its non-empty lines in its first characters (its
    ``%%%`` header lines left out), each line alone and with the next (a headline over two lines:
    "Call for Inputs" / "Independent Expert ... Report to the 56th session ...")."""
    lines, size = [], 0
    for ln in text.splitlines():
        if ln.strip() and not ln.startswith("%%%"):
            size += len(ln)
            if size > TITLE_REGION:
                break
            lines.append(set(_norm(ln).split()))
    return lines + [a | b for a, b in zip(lines, lines[1:])]


def _title_words(title: str) -> set[str]:
    return set(_norm(re.sub(r"\s*\([^()]*\)\s*$", "", title)).split())


def by_title(records: list[dict], text: str, generic: set[str] = frozenset()) -> dict | None:
    """The record whose title is one of the document's title lines (the longest title wins).

    A title made only of ``generic`` words (a mandate's name: the mandate's own page) must be a line on
    its own: "Report of the Independent Expert on ..." or "Issued by: the Independent Expert ..." is
    another document that names the post."""
    lines = title_lines(text)
    found: dict[int, dict] = {}
    for r in records:
        tw = _title_words(r["title"])
        extra = 0 if tw <= generic else EXTRA_WORDS
        if len(tw) >= MIN_TITLE_WORDS and any(tw <= ln and len(ln - tw) <= extra for ln in lines):
            found.setdefault(len(tw), {})[r["key"]] = r
    if not found:
        return None
    best = found[max(found)]
    return next(iter(best.values())) if len(best) == 1 else None     # records of one title: no guess


def keyed_match(records: list[dict], text: str, mandate_labels=()) -> dict | None:
    """The keyed record a document without symbol is, by its own address, else by a title line
    (``mandate_labels``: the mandates' names, whose words alone tell no document)."""
    url = own_address(text)
    found = by_address(records, url) if url else None
    generic = {w for label in mandate_labels for w in _norm(label).split()}
    return found or by_title(records, text, generic)
