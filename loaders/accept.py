"""Writing the NEW facts of a reconciliation into the curated YAML, then rebuilding.

Only facts reported ``new`` are written, each with its source ``{doc: <the document's symbol or
sources.yaml key>, at: <locator>}``; conflicts are never written. The files' existing text is kept
byte for byte: records are appended as YAML text at the end of a file (lineage events are inserted
as text after the last line of their task's record). If the rebuild fails, every file is restored
exactly as it was. A new fact that cannot be written faithfully is marked ``not_written`` with the
reason.
"""
from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from .build import BuildError, build
from .config import Settings
from .curated.values import REF_RE
from .post_build import Step
from .reconcile_model import DocumentReport, Fact, Graph, _norm, name_match
from .yamlfile import DataError, Located, read_yaml

EXISTING = "the graph already holds a record of it; adding a field to an existing record is left to the curator"
NO_SOURCE = "the document has neither a symbol nor a sources.yaml key to cite"


@dataclass
class Write:
    file: str                        # relative to the data folder
    lines: list[str]                 # YAML text, one line per item, no newlines
    facts: list[Fact]
    record_at: int = 0               # index in `lines` of the record's first line
    task: str | None = None          # set for an event inserted into a task record
    line: int | None = None          # 1-based line of the record once written


@dataclass
class AcceptResult:
    writes: list[Write] = field(default_factory=list)
    not_written: list[Fact] = field(default_factory=list)
    build: object | None = None
    error: str | None = None
    problems: list = field(default_factory=list)
    restored: list[str] = field(default_factory=list)

    def to_dict(self) -> dict:
        return {
            "written": [{"file": w.file, "line": w.line, "text": "\n".join(w.lines),
                         "facts": [f"{f.kind}: {f.value}" for f in w.facts]} for w in self.writes],
            "not_written": [{"kind": f.kind, "value": f.value, "reason": f.not_written} for f in self.not_written],
            "build": getattr(self.build, "build_id", None), "error": self.error,
            "problems": [str(p) for p in self.problems], "restored": self.restored,
        }


# ---------------------------------------------------------------------------- YAML text

_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9 ./()_'-]*")
_RESERVED = re.compile(r"(?i)y|n|yes|no|true|false|null|on|off|~")


def scalar(value) -> str:
    if isinstance(value, bool) or value is None:
        return json.dumps(value)
    if isinstance(value, int):
        return str(value)
    text = str(value)
    if _PLAIN.fullmatch(text) and not _RESERVED.fullmatch(text) and not text.endswith(" "):
        return text
    return json.dumps(text, ensure_ascii=False)


def flow(mapping: dict) -> str:
    return "{" + ", ".join(f"{k}: {flow(v) if isinstance(v, dict) else scalar(v)}" for k, v in mapping.items()) + "}"


def record_lines(record: dict, indent: int = 0) -> list[str]:
    """A block mapping as '- key: value' lines (nested dicts in flow style, lists of dicts as blocks)."""
    pad = " " * indent
    out = []
    for i, (k, v) in enumerate(record.items()):
        lead = f"{pad}- " if i == 0 else f"{pad}  "
        if isinstance(v, dict):
            out.append(f"{lead}{k}: {flow(v)}")
        elif isinstance(v, list):
            out.append(f"{lead}{k}:")
            for item in v:
                out += record_lines(item, indent + 4) if isinstance(item, dict) else [f"{pad}    - {scalar(item)}"]
        else:
            out.append(f"{lead}{k}: {scalar(v)}")
    return out


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", _norm(text)).strip("-") or "x"


# ---------------------------------------------------------------------------- planning

class _Planner:
    def __init__(self, graph: Graph, data_dir: Path):
        self.g, self.data = graph, data_dir
        self.writes: list[Write] = []
        self.not_written: list[Fact] = []
        self.planned_refs: set[str] = set()
        self.done: dict = {}                     # dedup key -> Write
        self.keys: dict = {"Person": set(graph.keys("Person")), "CountryVisit": set(graph.keys("CountryVisit"))}

    def skip(self, fact: Fact, reason: str) -> None:
        fact.not_written = reason
        self.not_written.append(fact)

    def key(self, cls: str, base: str) -> str:
        key, n = base, 2
        while key in self.keys[cls]:
            key, n = f"{base}-{n}", n + 1
        self.keys[cls].add(key)
        return key

    def add(self, dedup, file: str, record: dict, facts: list[Fact], task: str | None = None,
            comment: str | None = None) -> Write:
        if dedup in self.done:
            self.done[dedup].facts += facts
            return self.done[dedup]
        lines = [comment] if comment else []
        w = Write(file, lines + record_lines(record, 4 if task else 0), facts, len(lines), task)
        self.writes.append(w)
        self.done[dedup] = w
        return w

    def resolvable(self, ref: str) -> bool:
        return self.g.resolution(ref) is not None or ref in self.planned_refs

    def author_key(self, mandate: str, name: str | None) -> str | None:
        if not name:
            return None
        return next((p["key"] for p in self.g.holders(mandate) if name_match(p["name"], name)), None)


def plan(reports: list[DocumentReport], graph: Graph, data_dir: Path) -> _Planner:
    """Decide, for every new fact, the YAML text that states it, or why it cannot be written."""
    p = _Planner(graph, Path(data_dir))
    for r in reports:                                # resolutions first: other records refer to them
        for f in r.facts:
            if f.status == "new" and f.kind == "resolution":
                if r.ref:
                    _plan_resolution(p, r, f)
                else:
                    p.skip(f, NO_SOURCE)
    for r in reports:
        new = [f for f in r.facts if f.status == "new" and f.kind != "resolution"]
        if not new:
            continue
        if not r.ref:
            for f in new:
                p.skip(f, NO_SOURCE)
            continue
        doc_facts = [f for f in new if f.kind in ("document", "document.body", "document.session",
                                                  "document.author", "pursuant_to")]
        if any(f.kind == "document" for f in doc_facts):
            _plan_document(p, r, doc_facts)
        else:
            for f in doc_facts:
                p.skip(f, EXISTING)
        holders = [f for f in new if f.kind.startswith("holder")]
        _plan_holders(p, r, holders)
        for f in new:
            if f.kind == "cited_symbol":
                p.skip(f, "a cited document's kind (report, addendum ...) is not known from the citation; add it by hand"
                       if f.data.get("valid") else f"not a well-formed symbol: {f.note}")
            elif f.kind == "task":
                _plan_event(p, r, f)
            elif f.kind in ("visit", "requested_visit"):
                _plan_visit(p, r, f)
    return p


def _mfile(r: DocumentReport, name: str) -> str:
    return f"mandates/{r.mandate}/{name}"


def _plan_resolution(p: _Planner, r: DocumentReport, f: Fact) -> None:
    d = f.data
    if d["body_from"] == "number":
        return p.skip(f, "the body is inferred from the number alone, not stated by the document")
    if not REF_RE.match(d["ref"]):              # "GA 2542 (XXIV)": the old numbering, no 'BODY N/N' ref of data/
        return p.skip(f, "data/ writes a resolution as 'BODY N/N'; one of the old numbering (session in Roman "
                         "numerals) is left to the curator")
    if d["body"] not in p.g.bodies():
        return p.skip(f, f"body '{d['body']}' is not in bodies.yaml")
    rec = {"ref": d["ref"], "kind": d["kind"], "body": d["body"], "source": {"doc": r.ref, "at": f.locator}}
    p.planned_refs.add(d["ref"])
    p.add(("resolution", d["ref"]), _mfile(r, "resolutions.yaml"), rec, [f])


def _plan_document(p: _Planner, r: DocumentReport, facts: list[Fact]) -> None:
    by = {f.kind: f for f in facts}
    rec: dict = {"symbol": r.symbol}
    sym = r.symbol or ""
    kinds = "addendum" if "/Add." in sym else ("thematic-report" if "document.author" in by and "pursuant_to" in by
                                                else "other")
    rec["kind"] = kinds
    written = [by["document"]]
    for kind, fld in (("document.body", "body"), ("document.session", "session")):
        if kind in by:
            if fld == "body" and by[kind].data["value"] not in p.g.bodies():
                p.skip(by[kind], f"body '{by[kind].data['value']}' is not in bodies.yaml")
                continue
            rec[fld] = by[kind].data["value"]
            written.append(by[kind])
    if "document.author" in by:
        key = p.author_key(r.mandate, by["document.author"].value)
        rec["author" if key else "author_name"] = key or by["document.author"].value
        written.append(by["document.author"])
    pursuant = [f for f in facts if f.kind == "pursuant_to"]
    for f in pursuant:
        if p.resolvable(f.data["ref"]):
            rec.setdefault("pursuant_to", {"value": f.data["ref"], "source": {"doc": r.ref, "at": f.locator}})
            written.append(f)
        else:
            p.skip(f, f"resolution {f.data['ref']} is not in the data and cannot be written")
    if kinds == "addendum":                  # the symbol itself names the main document
        rec["addendum_to"] = sym.split("/Add.")[0]
    named = by["document"].locator == "file name"   # the text prints no own symbol: the user's file name gave it
    rec["source"] = {"doc": r.ref, "at": "heading (symbol given by the file name)" if named else "heading"}
    p.add(("document", r.symbol), _mfile(r, "documents.yaml"), rec, written)


def _plan_holders(p: _Planner, r: DocumentReport, facts: list[Fact]) -> None:
    for f in facts:
        if f.kind == "holder" and f.data.get("other_post"):
            p.skip(f, "holds another post: not written as a holder of this mandate")
    facts = [f for f in facts if not f.data.get("other_post")]
    new_people = {f.data["name"] for f in facts if f.kind == "holder"}
    for f in facts:
        if f.kind != "holder" and f.data["name"] not in new_people:
            p.skip(f, EXISTING if f.data.get("holder") else "holder not in the graph and not written")
    for name in new_people:
        mine = [f for f in facts if f.data["name"] == name]
        d = {k: next((f.data[k] for f in mine if f.data.get(k)), None)
             for k in ("appointed", "appointed_by", "took_up_functions")}
        if not d["appointed"] and not d["took_up_functions"]:
            for f in mine:
                p.skip(f, "a new holder needs a term with a date (appointed or took up functions); none is given")
            continue
        loc = next(f.locator for f in mine if f.kind == "holder")
        term = {k: v for k, v in d.items() if v}
        if term.get("appointed_by") and term["appointed_by"] not in p.g.bodies():
            term.pop("appointed_by")
        term["source"] = {"doc": r.ref, "at": loc}
        key = p.key("Person", _slug(name.split()[-1]))
        rec = {"key": key, "name": name, "source": {"doc": r.ref, "at": loc}, "terms": [term]}
        p.add(("holder", name), _mfile(r, "holders.yaml"), rec, mine)


def _plan_event(p: _Planner, r: DocumentReport, f: Fact) -> None:
    d = f.data
    if not d.get("task"):
        return p.skip(f, "no task of the mandate matches; a new task needs a label in own words (data/README.md)")
    if not p.resolvable(d["ref"]):
        return p.skip(f, f"resolution {d['ref']} is not in the data and cannot be written")
    ev = {"kind": "added" if d["first"] else "reaffirmed", "by": d["ref"]}
    if d["paragraph"]:
        ev["paragraph"] = d["paragraph"]
    ev["source"] = {"doc": r.ref, "at": f.locator}
    p.add(("event", r.mandate, d["task"], ev["kind"], d["ref"], d["paragraph"]), _mfile(r, "tasks.yaml"), ev, [f],
          task=d["task"], comment=f"    # added by `mandate-lineage ingest` from {r.ref}")


def _plan_visit(p: _Planner, r: DocumentReport, f: Fact) -> None:
    d = f.data
    code = p.g.countries().get(_norm(d["country"]))
    if not code:
        return p.skip(f, f"no ISO 3166 code is known for '{d['country']}' (no visit to it in the graph); add it by hand")
    doc_author = next((x.value for x in r.facts if x.kind == "document.author"), None)
    holder = p.author_key(r.mandate, d.get("holder_name") or doc_author)
    if f.kind == "visit":
        year = (d.get("start") or "")[:4]
        key = p.key("CountryVisit", f"{_slug(d['country'])}-{year or _slug(r.ref)}")
    else:
        key = p.key("CountryVisit", f"{_slug(d['country'])}-request-{_slug(r.ref)}")
    rec: dict = {"key": key, "country": {"code": code, "name": d["country"]}}
    if holder:
        rec["holder"] = holder
    for k in ("start", "end"):
        if d.get(k):
            rec[k] = d[k]
    rec["status"] = d["status"]
    if d.get("report"):
        rec["report"] = d["report"]
    rec["source"] = {"doc": r.ref, "at": f.locator}
    p.add(("visit", r.mandate, d["country"], d.get("start"), d["status"]), _mfile(r, "visits.yaml"), rec, [f])


# ---------------------------------------------------------------------------- writing

def _task_end(path: Path, text_lines: list[str], task: str) -> tuple[int, bool]:
    """(index after the last line of the task's record, whether it has an events list)."""
    records = read_yaml(path, str(path)) or []
    recs = [x for x in records if isinstance(x, Located)]
    for i, rec in enumerate(recs):
        if rec.get("key") == task:
            end = recs[i + 1].line - 1 if i + 1 < len(recs) else len(text_lines)
            while end > rec.line and (not text_lines[end - 1].strip() or text_lines[end - 1].lstrip().startswith("#")):
                end -= 1
            return end, "events" in rec
    raise DataError(str(path), None, None, f"task '{task}' not found")


def apply(writes: list[Write], data_dir: Path) -> dict[Path, bytes | None]:
    """Write the planned text; return the original bytes of every file touched (None: did not exist)."""
    backups: dict[Path, bytes | None] = {}
    by_file: dict[str, list[Write]] = {}
    for w in writes:
        by_file.setdefault(w.file, []).append(w)
    for rel, ws in by_file.items():
        path = data_dir / rel
        backups[path] = path.read_bytes() if path.exists() else None
        text = backups[path].decode("utf-8") if backups[path] is not None else ""
        lines = text.split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        inserts = [w for w in ws if w.task]
        located = []
        for w in inserts:
            end, has_events = _task_end(path, lines, w.task)
            located.append((end, has_events, w))
        for task in {w.task for w in inserts}:          # one events: header per task without events
            group = [x for x in located if x[2].task == task]
            if not group[0][1]:
                group[0][2].lines.insert(0, "  events:")
                group[0][2].record_at += 1
        shift = 0
        for end, _, w in sorted(located, key=lambda x: x[0]):
            at = end + shift
            lines[at:at] = w.lines
            w.line = at + w.record_at + 1
            shift += len(w.lines)
        appends = [w for w in ws if not w.task]
        if appends:
            lines += ["", "# added by `mandate-lineage ingest`"] if lines else ["# added by `mandate-lineage ingest`"]
            for w in appends:
                w.line = len(lines) + w.record_at + 1
                lines += w.lines
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomically(path, ("\n".join(lines) + "\n").encode("utf-8"))
    return backups


def write_atomically(path: Path, data: bytes) -> None:
    """Replace `path` by `data` with one rename: a kill at any moment leaves the old file or the new one."""
    tmp = path.with_name(f".{path.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.replace(tmp, path)
    finally:
        tmp.unlink(missing_ok=True)


def restore(backups: dict[Path, bytes | None]) -> list[str]:
    for path, raw in backups.items():
        if raw is None:
            path.unlink(missing_ok=True)
        else:
            write_atomically(path, raw)
    return [str(p) for p in backups]


def accept(reports: list[DocumentReport], graph: Graph, settings: Settings, *, steps: tuple[Step, ...],
           progress=None) -> AcceptResult:
    """Write the new facts into settings.data_dir and rebuild (with the caller's post-build `steps`);
    on failure restore the files exactly."""
    data_dir = Path(settings.data_dir)
    p = plan(reports, graph, data_dir)
    result = AcceptResult(p.writes, p.not_written)
    if not p.writes:
        return result
    for w in p.writes:
        folder = (data_dir / w.file).parent
        if not folder.is_dir():
            result.error = f"{folder} does not exist: the data folder has no mandate '{folder.name}'"
            result.writes = []
            return result
    backups = {}
    try:
        backups = apply(p.writes, data_dir)
        for w in p.writes:
            for f in w.facts:
                f.written = {"file": w.file, "line": w.line}
        result.build = build(settings, progress=progress, steps=steps)
    except (BuildError, DataError, OSError) as exc:
        result.error = str(exc)
        result.problems = list(getattr(exc, "problems", []) or [])
        result.restored = restore(backups)
        for w in p.writes:
            for f in w.facts:
                f.written = None
    except BaseException:
        restore(backups)
        raise
    return result
