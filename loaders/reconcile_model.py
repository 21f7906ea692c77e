"""What reconciliation works on: the graph's side (read through named queries), the facts and
reports it produces, and the text matching they share (loaders/reconcile.py, reconcile_facts.py)."""
from __future__ import annotations

import re
import unicodedata
from dataclasses import asdict, dataclass, field
from functools import lru_cache

from ..ontology.iris import ONTOLOGY_NS as ML
from .sparql import run_named

DCT = "http://purl.org/dc/terms/"
STATUSES = ("confirmed", "new", "conflicting")


class ReconcileError(Exception):
    """The document cannot be reconciled (e.g. its mandate cannot be told)."""


@dataclass
class Fact:
    kind: str
    status: str
    value: str
    graph_value: str | None = None
    locator: str | None = None
    span: tuple | None = None
    sources: list = field(default_factory=list)      # the graph's sources: "A/HRC/38/40 at fn. 3"
    note: str | None = None
    match: str | None = None                          # the graph resource compared with
    data: dict = field(default_factory=dict)          # structured value (used by --accept)
    written: dict | None = None                       # set by accept: {"file", "line"}
    not_written: str | None = None                    # set by accept: why a new fact was not written

    def to_dict(self) -> dict:
        out = asdict(self)
        out["span"] = list(self.span) if self.span else None
        return out


@dataclass
class DocumentReport:
    name: str
    symbol: str | None
    key: str | None
    mandate: str | None
    facts: list = field(default_factory=list)

    @property
    def ref(self) -> str | None:
        """How curated data cites this document: its symbol, or its sources.yaml key."""
        return self.symbol or self.key

    def to_dict(self) -> dict:
        return {"name": self.name, "symbol": self.symbol, "key": self.key, "mandate": self.mandate,
                "facts": [f.to_dict() for f in self.facts]}


def summary(reports: list[DocumentReport]) -> dict:
    out = {s: 0 for s in STATUSES}
    by_kind: dict = {}
    for r in reports:
        for f in r.facts:
            out[f.status] += 1
            by_kind.setdefault(f.kind, {s: 0 for s in STATUSES})[f.status] += 1
    return {"documents": len(reports), **out, "by_kind": by_kind}


# ---------------------------------------------------------------------------- the graph

class Graph:
    """Memoised, parameterised look-ups in one build's store."""

    def __init__(self, store, base: str):
        self.store, self.base = store, base
        self._cache: dict = {}

    def q(self, name: str, **params) -> list[dict]:
        key = (name, tuple(sorted(params.items())))
        if key not in self._cache:
            self._cache[key] = run_named(self.store, name, params or None)
        return self._cache[key]

    def mandates(self) -> dict[str, str]:
        return {r["key"]: r["label"] or r["key"] for r in self.q("reconcile-mandates")}

    def document(self, symbol: str) -> dict | None:
        rows = self.q("reconcile-document", symbol=symbol)
        if not rows:
            return None
        typed = [r for r in rows if r["cls"]]
        return {"iri": rows[0]["doc"], "record": bool(typed),
                "mandates": sorted({r["mkey"] for r in rows if r["mkey"]})}

    def keyed_documents(self) -> list[dict]:
        return self.q("reconcile-keyed-documents", base=self.base)

    def resolution(self, ref: str) -> dict | None:
        rows = self.q("reconcile-resolution", ref=ref)
        return {"iri": rows[0]["res"], "kind": rows[0]["cls"].rsplit("#", 1)[-1].lower()} if rows else None

    def values(self, s: str, prop: str) -> list[dict]:
        """[{value, key, name, sources: [...]}] for one property of one resource."""
        by: dict = {}
        for r in self.q("reconcile-values", s=f"<{s}>", prop=f"<{prop}>"):
            v = by.setdefault(r["o"], {"value": r["o"], "key": r["okey"], "name": r["oname"], "sources": []})
            src = _src(r["src"], r["loc"])
            if src and src not in v["sources"]:
                v["sources"].append(src)
        return list(by.values())

    def sources(self, s: str) -> list[str]:
        return [x for x in (_src(r["src"], r["loc"]) for r in self.q("reconcile-sources", s=f"<{s}>")) if x]

    def disagreements(self, s: str) -> dict[str, str]:
        return {r["prop"]: r["comment"] or "" for r in self.q("reconcile-disagreements", s=f"<{s}>")}

    def tasks(self, mandate: str) -> list[dict]:
        tasks: dict = {}
        for r in self.q("reconcile-tasks", mandate=mandate):
            t = tasks.setdefault(r["task"], {"iri": r["task"], "key": r["key"], "label": r["label"] or "",
                                             "aliases": []})
            if r["alias"] and r["alias"] not in t["aliases"]:
                t["aliases"].append(r["alias"])
        for t in tasks.values():
            t["cited"] = [(r["src"], r["loc"]) for r in self.q("reconcile-sources", s=f"<{t['iri']}>")]
            t["events"] = []
        for r in self.q("reconcile-events", mandate=mandate):
            t = tasks.get(r["task"])
            if t is None:
                continue
            ev = next((e for e in t["events"] if e["iri"] == r["event"]), None)
            if ev is None:
                ev = {"iri": r["event"], "kind": r["kind"], "ref": r["ref"], "para": r["para"], "cited": []}
                t["events"].append(ev)
            if r["src"]:
                ev["cited"].append((r["src"], r["loc"]))
        return sorted(tasks.values(), key=lambda t: t["key"])

    def holders(self, mandate: str) -> list[dict]:
        people: dict = {}
        for r in self.q("reconcile-holders", mandate=mandate):
            p = people.setdefault(r["person"], {"iri": r["person"], "key": r["key"], "name": r["name"] or r["key"],
                                                "terms": []})
            if r["term"] not in p["terms"]:
                p["terms"].append(r["term"])
        return list(people.values())

    def visits(self, mandate: str) -> list[dict]:
        out = []
        for r in self.q("reconcile-visits", mandate=mandate):
            v = dict(r, iri=r["visit"])
            for name, prop in (("start", "startDate"), ("end", "endDate"), ("report", "missionReport")):
                vals = self.values(v["iri"], ML + prop)
                v[name] = [x["key"] if name == "report" else x["value"] for x in vals]
            out.append(v)
        return out

    def countries(self) -> dict[str, str]:
        """Normalised country name -> ISO code, for the countries the graph knows."""
        out = {}
        for m in self.mandates():
            for v in self.visits(m):
                if v["country"] and v["code"]:
                    out[_norm(v["country"])] = v["code"]
        return out

    def bodies(self) -> set[str]:
        return {r["key"] for r in self.q("reconcile-bodies")}

    def keys(self, cls: str) -> set[str]:
        return {r["key"] for r in self.q("reconcile-keys", cls=f"<{ML}{cls}>")}


def _src(doc, loc) -> str | None:
    if not doc:
        return None
    return f"{doc} at {loc}" if loc else doc


# ---------------------------------------------------------------------------- matching helpers

def _norm(text: str) -> str:
    text = re.sub("[\u2018\u2019\u02bc]", "'", text or "")     # a curly apostrophe as the straight one ("M\u2019jid")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    text = re.sub(r"[^a-z0-9]+", " ", text.lower()).strip()
    return re.sub(r"^the ", "", text)


_STOP = set("a an and the of to in on for with by as at from its their his her this that these those all "
            "other any such be is are or into within through towards toward among view aim way ways "
            "including relevant respective".split())


def _stem(w: str) -> str:
    for suf in ("ations", "ation", "ings", "ing", "ies", "ied", "ions", "ion", "ally", "ly", "ed", "es", "s", "al"):
        if len(w) > len(suf) + 3 and w.endswith(suf):
            return w[: -len(suf)]
    return w


def words(text: str) -> set[str]:
    return {_stem(w) for w in _norm(text).split() if w not in _STOP and len(w) > 1}


def name_match(a: str, b: str) -> bool:
    """Same person: same surname and compatible given names (initials and titles ignored)."""
    def toks(n):
        n = re.sub(r"\b(?:Mr|Ms|Mrs|Dr|Prof)\.?\s+", "", n or "")
        return [t for t in _norm(n).split() if len(t) > 1]
    ta, tb = toks(a), toks(b)
    if not ta or not tb:
        return False
    if ta[-1] != tb[-1]:     # a surname misspelt by one letter ("Dadan" for "Dandan") with the same given name
        return len(ta) > 1 and len(tb) > 1 and ta[0] == tb[0] and min(len(ta[-1]), len(tb[-1])) >= 5 \
            and one_edit_apart(ta[-1], tb[-1])
    return set(ta) <= set(tb) or set(tb) <= set(ta) or ta[0] == tb[0]


def spelt_otherwise(a: str, b: str) -> bool:
    """Whether two names that name_match calls the same person differ in their surname's spelling."""
    sa, sb = _norm(a).split(), _norm(b).split()
    return bool(sa and sb) and sa[-1] != sb[-1]


def one_edit_apart(a: str, b: str) -> bool:
    """One letter inserted, dropped or changed."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((k for k, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def dates_compatible(a: str | None, b: str | None) -> bool:
    if not a or not b:
        return False
    a, b = str(a), str(b)
    return a.startswith(b) or b.startswith(a)


_LOC_RE = re.compile(r"\b(paras?\.|fns?\.|footnotes?)\s*((?:\d{1,3}(?:\s*\([a-z]{1,4}\))?(?:\s*(?:,|and|-|–|to)\s*)?)+)",
                     re.I)


@lru_cache(maxsize=4096)
def locator_parts(loc: str | None) -> frozenset:
    """'para. 7 (b) and fn. 3' -> {('para', '7 (b)'), ('fn', '3')}; ranges are expanded."""
    out = set()
    for m in _LOC_RE.finditer(loc or ""):
        kind = "fn" if m.group(1).lower().startswith("f") else "para"
        items = re.findall(r"(\d{1,3})(?:\s*\(([a-z]{1,4})\))?|(-|–|to)", m.group(2))
        prev = None
        pending_range = False
        for num, letter, dash in items:
            if dash:
                pending_range = True
                continue
            if pending_range and prev is not None and int(num) - prev < 100:
                out.update((kind, str(i)) for i in range(prev + 1, int(num)))
            pending_range = False
            out.add((kind, f"{num} ({letter})" if letter else num))
            prev = int(num)
    return frozenset(out)


def _fact_sources(values: list[dict]) -> list[str]:
    return [s for v in values for s in v["sources"]]
