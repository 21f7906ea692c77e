"""The checkable facts of the curated data: each value a record states, with each source that states it.

A fact is one value of one field of one record (a date, a resolution ref, a symbol, a person, a country,
a vote, a term length, a paragraph number) with the sources cited for it: the field's own source, else
all the record's sources (any one of which may be the one that states it). Free-text fields (labels, titles, themes, notes) are
project sentences, not facts to look up, and are left out.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import yaml


@dataclass
class Fact:
    """One value of one record as one source states it."""

    record: str                 # "resolution HRC 35/3", "visit brazil-2012", "task views-and-summits"
    field: str                  # "adopted", "events[2].by", "terms[0].appointed"
    value: str                  # the value as written in the data (dates ISO, partial dates partial)
    kind: str                   # date | ref | symbol | person | country | vote | duration | paragraph | event
    sources: list[tuple[str, str]]   # (symbol or source key, locator): the field's own source, else the record's
    file: str = ""
    extra: dict = field(default_factory=dict)   # event kind, the resolution an event names ...

    @property
    def docs(self) -> set[str]:
        return {d for d, _ in self.sources}


def _claims(raw) -> list[tuple[object, dict | None]]:
    if isinstance(raw, dict) and "value" in raw:
        return [(raw["value"], raw.get("source"))]
    if isinstance(raw, list) and raw and all(isinstance(i, dict) and "value" in i for i in raw):
        return [(i["value"], i.get("source")) for i in raw]
    return [(raw, None)]


def _sources(rec: dict) -> list[dict]:
    if isinstance(rec.get("sources"), list):
        return [s for s in rec["sources"] if isinstance(s, dict)]
    return [rec["source"]] if isinstance(rec.get("source"), dict) else []


def _text(value) -> str:
    return value.isoformat() if isinstance(value, date) else str(value).strip()


class _Collector:
    def __init__(self, file: str, holders: dict[str, str]):
        self.file, self.holders, self.facts = file, holders, []

    def add(self, record: str, rec: dict, fld: str, kind: str, raw=None, name: str | None = None,
            srcs: list[dict] | None = None, extra: dict | None = None) -> None:
        raw = rec.get(fld) if raw is None else raw
        if raw is None:
            return
        for value, own in _claims(raw):
            for item in value if isinstance(value, list) else [value]:
                shown = _text(item)
                if kind == "person":
                    shown = self.holders.get(shown, shown)
                cited = [own] if isinstance(own, dict) else (srcs if srcs is not None else _sources(rec))
                pairs = [(str(c["doc"]).strip(), str(c["at"]).strip()) for c in cited if c.get("doc") and c.get("at")]
                if pairs:
                    self.facts.append(Fact(record, name or fld, shown, kind, pairs, self.file, dict(extra or {})))


def _read(path: Path):
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return None


def _holders(folder: Path) -> dict[str, str]:
    out = {}
    for rec in _read(folder / "holders.yaml") or []:
        if isinstance(rec, dict) and rec.get("key"):
            out[str(rec["key"])] = str(rec.get("name", rec["key"]))
    return out


def facts_of(data_dir: Path) -> list[Fact]:
    """Every checkable fact of every mandate folder under data_dir."""
    facts: list[Fact] = []
    for folder in sorted(p for p in (data_dir / "mandates").glob("*") if p.is_dir()):
        holders = _holders(folder)
        for name, reader in _READERS.items():
            path = folder / f"{name}.yaml"
            recs = _read(path)
            if recs is None:
                continue
            col = _Collector(str(path.relative_to(data_dir)), holders)
            for rec in recs if isinstance(recs, list) else [recs]:
                if isinstance(rec, dict):
                    reader(col, rec)
            facts.extend(col.facts)
    return facts


def _mandate(col: _Collector, rec: dict) -> None:
    col.add(f"mandate {rec.get('key')}", rec, "established_by", "ref")


def _resolution(col: _Collector, rec: dict) -> None:
    who = f"resolution {rec.get('ref')}"
    col.add(who, rec, "adopted", "date")
    col.add(who, rec, "symbol", "res-symbol", extra={"ref": str(rec.get("ref", ""))})
    col.add(who, rec, "vote", "vote")
    period = rec.get("period")
    if not (isinstance(period, dict) and "until" in period):
        col.add(who, rec, "period", "duration")
    for fld in ("recalls", "reaffirms"):
        col.add(who, rec, fld, "ref")


def _document(col: _Collector, rec: dict) -> None:
    who = f"document {rec.get('symbol') or rec.get('key')}"
    col.add(who, rec, "date", "date")
    col.add(who, rec, "author", "person")
    col.add(who, rec, "pursuant_to", "ref")
    col.add(who, rec, "addendum_to", "addendum")


def _holder(col: _Collector, rec: dict) -> None:
    who = f"holder {rec.get('key')}"
    for i, term in enumerate(rec.get("terms") or []):
        if not isinstance(term, dict):
            continue
        srcs = _sources(term) or _sources(rec)
        for fld in ("appointed", "took_up_functions", "start", "end"):
            col.add(who, term, fld, "date", name=f"terms[{i}].{fld}", srcs=srcs)
        col.add(who, term, "pursuant_to", "ref", name=f"terms[{i}].pursuant_to", srcs=srcs)


def _visit(col: _Collector, rec: dict) -> None:
    who = f"visit {rec.get('key')}"
    country = rec.get("country")
    if isinstance(country, dict) and country.get("name"):
        col.add(who, rec, "country", "country", raw=country["name"])
    col.add(who, rec, "holder", "person")
    col.add(who, rec, "start", "date")
    col.add(who, rec, "end", "date")
    col.add(who, rec, "report", "symbol")


def _task(col: _Collector, rec: dict) -> None:
    who = f"task {rec.get('key')}"
    for i, ev in enumerate(rec.get("events") or []):
        if not isinstance(ev, dict) or not ev.get("by"):
            continue
        srcs = _sources(ev)
        extra = {"event": str(ev.get("kind", "")), "by": str(ev["by"])}
        col.add(who, ev, "by", "event", name=f"events[{i}].{ev.get('kind')}", srcs=srcs, extra=extra)
        if ev.get("paragraph") is not None:
            col.add(who, ev, "paragraph", "paragraph", name=f"events[{i}].paragraph", srcs=srcs, extra=extra)


_READERS = {"mandate": _mandate, "resolutions": _resolution, "documents": _document,
            "holders": _holder, "visits": _visit, "tasks": _task}


def keyed_titles(data_dir: Path) -> dict[str, str]:
    """Source keys of documents without symbol, with their titles (to recognise a text without symbol)."""
    out = {}
    for path in sorted((data_dir / "mandates").glob("*/documents.yaml")):
        for rec in _read(path) or []:
            if isinstance(rec, dict) and rec.get("key") and rec.get("title"):
                out[str(rec["key"])] = str(rec["title"])
    return out


def source_keys(data_dir: Path) -> set[str]:
    keys = set()
    for path in [data_dir / "sources.yaml", *sorted((data_dir / "mandates").glob("*/sources.yaml"))]:
        for rec in _read(path) or []:
            if isinstance(rec, dict) and rec.get("key"):
                keys.add(str(rec["key"]))
    return keys
