"""What the answers read from the graph: the lexicon, facts with their sources, lineage events.

Everything comes from the current build through the parameterised queries in queries/ask-*.rq;
user input only ever reaches a query as a bound parameter. Kept free of rdflib, Typer and Rich:
the fast `ask` path imports it.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from ...loaders.builds import Build
from ...ontology.iris import ONTOLOGY_NS as ML
from ...loaders.home import home_mandate
from ...loaders.store import open_store, resolve_mandate
from ..sparql import run_named
from .dates import span  # noqa: F401 - the answers import it from here too

SKOS = "http://www.w3.org/2004/02/skos/core#"
FOAF = "http://xmlns.com/foaf/0.1/"
DCT = "http://purl.org/dc/terms/"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
DOC_CLASSES = ("Resolution", "Decision")

# Short names for the properties the answers use.
PROPS = {
    ML + "mandate": "mandate", ML + "holder": "holder", ML + "appointedOn": "appointed",
    ML + "tookUpFunctionsOn": "took_up_functions", ML + "startDate": "start", ML + "endDate": "end",
    ML + "appointedBy": "appointed_by", ML + "appointedPursuantTo": "pursuant_to", RDFS + "comment": "note",
    ML + "country": "country", ML + "visitStatus": "status", ML + "missionReport": "report",
    ML + "followsRequest": "request", ML + "key": "key", ML + "ref": "ref", ML + "symbol": "symbol",
    ML + "number": "number", ML + "body": "body", ML + "session": "session", ML + "adoptedOn": "adopted",
    DCT + "title": "title", ML + "mandateAction": "action", ML + "extendsBy": "period",
    ML + "extendsUntil": "until", ML + "year": "year", DCT + "issued": "date", DCT + "creator": "author",
    ML + "authorBody": "author_body", ML + "authorName": "author_name", ML + "deadline": "deadline",
    ML + "theme": "theme", ML + "pursuantTo": "pursuant_to", ML + "addendumTo": "addendum_to",
    ML + "establishedBy": "established_by", SKOS + "prefLabel": "label", SKOS + "altLabel": "aliases", FOAF + "name": "name",
    "http://www.w3.org/1999/02/22-rdf-syntax-ns#type": "type",
}


# ---------------------------------------------------------------------------------------- dates
def earliest(values) -> date | None:
    spans = [span(v) for v in values]
    spans = [s for s in spans if s]
    return min(s[0] for s in spans) if spans else None


def latest(values) -> date | None:
    spans = [span(v) for v in values]
    spans = [s for s in spans if s]
    return max(s[1] for s in spans) if spans else None


def sort_key(value) -> str:
    return str(value) if value else "9999"


# ---------------------------------------------------------------------------------------- facts
@dataclass
class Value:
    value: object
    sources: list = field(default_factory=list)  # [{"document", "locator"}]


@dataclass
class Entity:
    iri: str
    facts: dict = field(default_factory=dict)  # short name -> [Value]

    def values(self, name: str) -> list:
        return [v.value for v in self.facts.get(name, [])]

    def first(self, name: str):
        vals = self.values(name)
        return sorted(vals, key=str)[0] if vals else None

    def sources(self, *names: str) -> list:
        """Sources of the given facts (all facts when none are named), without repeats."""
        out = []
        for name, vals in self.facts.items():
            if names and name not in names:
                continue
            for v in vals:
                for s in v.sources:
                    if s not in out:
                        out.append(s)
        return out

    def mandates(self) -> set:
        return {str(v).rsplit("/", 1)[-1] for v in self.values("mandate")}


def pivot(rows) -> dict[str, Entity]:
    out: dict[str, Entity] = {}
    for row in rows:
        name = PROPS.get(row["p"])
        if name is None:
            continue
        ent = out.setdefault(row["s"], Entity(row["s"]))
        vals = ent.facts.setdefault(name, [])
        val = next((v for v in vals if v.value == row["o"]), None)
        if val is None:
            val = Value(row["o"])
            vals.append(val)
        src = {"document": row["src"], "locator": row["loc"]}
        if src not in val.sources:
            val.sources.append(src)
    for ent in out.values():
        for vals in ent.facts.values():
            for v in vals:
                v.sources.sort(key=lambda s: (str(s["document"]), str(s["locator"])))
    return out


@dataclass
class Event:
    iri: str
    kind: str  # added | reaffirmed | changed | superseded
    task: str
    res: str
    paragraph: str | None = None
    notes: list = field(default_factory=list)
    superseded_by: str | None = None
    sources: list = field(default_factory=list)
    mandate: str | None = None


# ---------------------------------------------------------------------------------------- lexicon
@dataclass
class Entry:
    kind: str
    item: str
    how: str
    label: str
    mandate: str | None


class Lexicon:
    """Every name a question may use, built from one query."""

    def __init__(self, rows):
        self.entries: list[Entry] = []
        self.mandates_of: dict[str, set] = {}
        seen = set()
        for r in rows:
            e = Entry(r["kind"], r["item"], r["how"], r["label"], r.get("mkey"))
            if e.mandate:
                self.mandates_of.setdefault(e.item, set()).add(e.mandate)
            else:
                self.mandates_of.setdefault(e.item, set())
            k = (e.kind, e.item, e.how, e.label)
            if k not in seen:
                seen.add(k)
                self.entries.append(e)
        self.entries.sort(key=lambda e: (e.kind, e.item, e.how, e.label))
        self.kind_of: dict[str, str] = {}
        self._names: dict[str, dict[str, list]] = {}
        for e in self.entries:
            self.kind_of.setdefault(e.item, e.kind)
            self._names.setdefault(e.item, {}).setdefault(e.how, []).append(e.label)

    def of_kind(self, kind: str) -> list[Entry]:
        return [e for e in self.entries if e.kind == kind]

    def get(self, item: str, how: str) -> str | None:
        vals = self._names.get(item, {}).get(how)
        return sorted(vals)[0] if vals else None

    def name(self, item: str | None) -> str | None:
        """The display name of an IRI: task key, holder name, country name, resolution ref, symbol."""
        if item is None:
            return None
        names = self._names.get(item)
        if not names:
            return str(item).rsplit("/", 1)[-1]
        for how in ("ref", "symbol", "label" if self.kind_of.get(item) in ("holder", "country") else "key", "key", "label"):
            if how in names:
                return sorted(names[how])[0]
        return str(item).rsplit("/", 1)[-1]

    def in_mandate(self, item: str, mandate: str | None) -> bool:
        owners = self.mandates_of.get(item, set())
        return mandate is None or not owners or mandate in owners


LEXICON_DIR = "ask-lexicon"
LEXICON_COLUMNS = ("kind", "item", "how", "label", "mkey")
ENGLISH_FILE = "_english.txt"
CATALOGUE_FILE = "_catalogue.json"  # queries/questions.toml parsed, with the text it was parsed from
ENGLISH_MIN_COUNT = 200  # words at least this frequent in pyspellchecker's English list count as English


def english_words(min_count: int = ENGLISH_MIN_COUNT) -> list[str]:
    """Common English words (from pyspellchecker's frequency list), for the build to store.

    `ask` corrects the spelling only of words that are neither English nor names of the graph, so
    a correctly spelled word is never read as another. Without pyspellchecker: an empty list.
    """
    try:
        import gzip
        from importlib.resources import files

        raw = (files("spellchecker") / "resources" / "en.json.gz").read_bytes()
    except (ImportError, FileNotFoundError, ModuleNotFoundError):
        return []
    counts = json.loads(gzip.decompress(raw))
    return sorted(w for w, n in counts.items() if n >= min_count and w.isascii() and w.isalpha())




def precompute_lexicon(store, build_dir: Path) -> int:
    """Write the lexicon query's rows into the build, one file per mandate (run by `build`).

    A build never changes, so its lexicon can be read from these files instead of querying the
    whole graph on every question; with --mandate only that mandate's file is read.
    """
    groups: dict[str, list] = {}
    rows = run_named(store, "ask-lexicon")
    for r in rows:
        groups.setdefault(r.get("mkey") or "_shared", []).append([r.get(c) for c in LEXICON_COLUMNS])
    folder = Path(build_dir) / LEXICON_DIR
    folder.mkdir(exist_ok=True)
    for key, items in groups.items():
        (folder / f"{key}.json").write_text(json.dumps(sorted(items, key=str), ensure_ascii=False), encoding="utf-8")
    (folder / ENGLISH_FILE).write_text("\n".join(english_words()) + "\n", encoding="utf-8")
    from .catalogue import cache_entry

    (folder / CATALOGUE_FILE).write_text(json.dumps(cache_entry(), ensure_ascii=False), encoding="utf-8")
    return len(rows)


def lexicon_rows(store, build_dir: Path, mandate: str | None) -> list[dict]:
    """The lexicon rows: from the build's precomputed files when present, else from the graph."""
    folder = Path(build_dir) / LEXICON_DIR
    if not folder.is_dir():
        return run_named(store, "ask-lexicon")
    names = ["_shared.json", f"{mandate}.json"] if mandate else sorted(p.name for p in folder.glob("*.json") if p.name != CATALOGUE_FILE)
    rows = []
    for name in names:
        path = folder / name
        if path.exists():
            rows += [dict(zip(LEXICON_COLUMNS, item)) for item in json.loads(path.read_text(encoding="utf-8"))]
    return rows


# ---------------------------------------------------------------------------------------- context
class Context:
    """An open build: store, mandates, lexicon, and caches of what the answers have read."""

    def __init__(self, settings, build_dir: Path | None = None):
        self.settings = settings
        build = Build(Path(build_dir)) if build_dir else Build.current(settings.home)
        self.build_dir = build.path
        manifest = build.manifest
        self.mandates: list[str] = build.mandates()
        self.base_iri = manifest.get("base_iri") or settings.base_iri
        self.all_mandates = (settings.mandate or "").lower() == "all"
        self.explicit_mandate = resolve_mandate(settings, self.mandates) if settings.mandate and not self.all_mandates else None
        home = manifest["home_mandate"] if "home_mandate" in manifest else home_mandate(manifest.get("data"), self.mandates)
        self.home = None if self.all_mandates or home not in self.mandates or len(self.mandates) < 2 else home
        self.store = open_store(self.build_dir)
        self.lexicon = Lexicon(lexicon_rows(self.store, self.build_dir, self.explicit_mandate))
        self._facts: dict = {}
        self._events: dict = {}
        self._disagreements = None
        self._titles = None
        self._dates = None

    def mandate_iri(self, key: str) -> str:
        return f"{self.base_iri}mandate/{key}"

    # -- facts -----------------------------------------------------------------------------
    def facts_of_class(self, cls: str) -> dict[str, Entity]:
        if cls not in self._facts:
            self._facts[cls] = pivot(run_named(self.store, "ask-facts", {"cls": f"<{ML}{cls}>"}))
        return self._facts[cls]

    def acting_resolutions(self, mandate: str) -> dict[str, Entity]:
        """The resolutions and decisions that created, renewed or extended the mandate."""
        key = ("acting", mandate)
        if key not in self._facts:
            self._facts[key] = pivot(run_named(self.store, "ask-action-facts", {"mandate": mandate}))
            for iri, ent in self._facts[key].items():
                self._facts.setdefault(("s", iri), ent)
        return self._facts[key]

    def entity(self, iri: str) -> Entity:
        key = ("s", iri)
        if key not in self._facts:
            ents = pivot(run_named(self.store, "ask-facts", {"s": f"<{iri}>"}))
            self._facts[key] = ents.get(iri, Entity(iri))
        return self._facts[key]

    def resolution(self, iri: str) -> Entity:
        for cls in DOC_CLASSES:
            cached = self._facts.get(cls)
            if cached and iri in cached:
                return cached[iri]
        return self.entity(iri)

    def resolutions(self) -> dict[str, Entity]:
        out = {}
        for cls in DOC_CLASSES:
            out.update(self.facts_of_class(cls))
        return out

    def in_mandate(self, ent: Entity, mandate: str | None) -> bool:
        return mandate is None or mandate in ent.mandates()

    # -- events ----------------------------------------------------------------------------
    def events(self, mandate: str, task: str | None = None, res: str | None = None) -> list[Event]:
        key = (mandate, task, res)
        if key in self._events:
            return self._events[key]
        params = {"mandate": mandate}
        if task:
            params["task"] = f"<{task}>"
        if res:
            params["res"] = f"<{res}>"
        found: dict[str, Event] = {}
        for r in run_named(self.store, "ask-events", params):
            ev = found.get(r["event"])
            if ev is None:
                ev = found[r["event"]] = Event(r["event"], r["kind"].lower(), r["task"], r["res"], r["para"], mandate=mandate)
            if r["note"] and r["note"] not in ev.notes:
                ev.notes.append(r["note"])
            if r["sup"]:
                ev.superseded_by = r["sup"]
            src = {"document": r["doc"], "locator": r["loc"]}
            if r["doc"] and src not in ev.sources:
                ev.sources.append(src)
        events = list(found.values())
        names = self.document_names({s["document"] for ev in events for s in ev.sources})
        for ev in events:
            for s in ev.sources:
                s["document"] = names.get(s["document"], s["document"])
        for ev in events:
            ev.sources.sort(key=lambda s: (str(s["document"]), str(s["locator"])))
        events.sort(key=lambda e: (sort_key(self.res_date(e.res)), e.res, _para_key(e.paragraph), e.kind, e.task))
        self._events[key] = events
        return events

    def document_names(self, docs: set) -> dict[str, str]:
        """Symbol (else source key) of each document IRI, read for just these documents."""
        names = {}
        for doc in sorted(docs):
            rows = run_named(self.store, "ask-doc-names", {"doc": f"<{doc}>"})
            for r in rows:
                names.setdefault(doc, r["sym"] or r["dkey"] or doc)
        return names

    def res_dates(self, iri: str) -> list[str]:
        if self._dates is None:
            self._dates = {}
            for r in run_named(self.store, "ask-res-dates"):
                self._dates.setdefault(r["res"], set()).add(str(r["date"]))
        return sorted(self._dates.get(iri, ()))

    def res_date(self, iri: str) -> str | None:
        dates = self.res_dates(iri)
        return dates[0] if dates else None

    # -- disagreements and titles --------------------------------------------------------------
    def disagreements(self, iri: str) -> list[dict]:
        if self._disagreements is None:
            found: dict = {}
            for r in run_named(self.store, "ask-disagreements"):
                k = (r["about"], r["prop"])
                d = found.setdefault(k, {"about": r["about"], "property": PROPS.get(r["prop"], r["prop"]), "comment": r["comment"], "sources": []})
                src = {"document": r["src"], "locator": r["loc"]}
                if r["src"] and src not in d["sources"]:
                    d["sources"].append(src)
            self._disagreements = {}
            for d in found.values():
                self._disagreements.setdefault(d["about"], []).append(d)
        return self._disagreements.get(iri, [])

    def title(self, key: str) -> str | None:
        if self._titles is None:
            self._titles = {r["key"]: r["title"] for r in run_named(self.store, "ask-titles")}
        return self._titles.get(key)


def _para_key(para: str | None):
    if not para:
        return (9999, "")
    m = re.match(r"(\d+)(.*)", para)
    return (int(m[1]), m[2].strip()) if m else (9999, para)
