"""The catalogue of question kinds (queries/questions.toml): cue words, slots, rules, wording.

Read once per process with the standard library's TOML reader (the fast path imports no YAML), or
from the parsed copy the build stores next to the lexicon when it was made from the same text
(after an edit of the TOML file, until the next build, it is parsed again).
A kind applies when one of its rules holds; the rule with the lowest priority number wins and
the other kinds that matched are offered as "Did you mean".
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

PATH = Path(__file__).resolve().parent.parent / "questions.toml"
SLOT_ATOMS = {"task", "holder", "country", "doc", "res", "res2", "date", "body", "mandate_word", "bare"}


class CatalogueError(ValueError):
    """A catalogue entry that cannot be used (unknown cue, bad rule)."""


@dataclass
class Kind:
    name: str
    form: str
    query: str
    answer: str
    restate: str
    rules: list  # [(priority, [(negated, atom)])]
    examples: list
    slots: dict = field(default_factory=dict)
    wording: str | None = None
    cypher: str | None = None


@dataclass
class Catalogue:
    cues: dict  # name -> compiled pattern
    kinds: list

    def kind(self, name: str) -> Kind:
        return next(k for k in self.kinds if k.name == name)

    def forms(self) -> dict:
        """kind -> (form, first example): what `ask --forms` prints."""
        return {k.name: (k.form, k.examples[0]) for k in self.kinds}

    def cue_hits(self, text: str) -> dict:
        return {name: bool(p.search(text)) for name, p in self.cues.items()}

    def matches(self, atoms: dict) -> list[tuple[int, str]]:
        """(priority, kind) of every kind with a rule that holds, best first, one entry per kind."""
        best: dict = {}
        for k in self.kinds:
            for prio, terms in k.rules:
                if all(bool(atoms.get(atom)) != neg for neg, atom in terms):
                    best[k.name] = min(prio, best.get(k.name, prio))
        return sorted((p, n) for n, p in best.items())


def _rule(kind: str, text: str, cues: dict) -> tuple[int, list]:
    prio, _, expr = text.strip().partition(" ")
    terms = []
    for raw in expr.split("&"):
        raw = raw.strip()
        neg = raw.startswith("!")
        atom = raw.lstrip("!")
        if atom not in SLOT_ATOMS and atom not in cues:
            raise CatalogueError(f"{PATH.name}: kind '{kind}': rule '{text}' names '{atom}', neither a slot nor a cue")
        terms.append((neg, atom))
    return int(prio), terms


def parse(data: bytes) -> dict:
    import tomllib

    return tomllib.loads(data.decode("utf-8"))


def cache_entry(path: Path = PATH) -> dict:
    """The parsed catalogue with the text it was parsed from (the build stores it: JSON reads faster than TOML)."""
    data = path.read_bytes()
    return {"source": data.decode("utf-8"), "catalogue": parse(data)}


def load(path: Path = PATH, cache: Path | None = None) -> Catalogue:
    """The catalogue; from `cache` (written by the build) when it was made from the same text."""
    data = path.read_bytes()
    raw = None
    if cache is not None and cache.is_file():
        try:
            stored = json.loads(cache.read_text(encoding="utf-8"))
            if stored.get("source") == data.decode("utf-8"):
                raw = stored["catalogue"]
        except (OSError, ValueError, KeyError):
            raw = None
    if raw is None:
        raw = parse(data)
    cues = {name: re.compile(p) for name, p in raw["cues"].items()}
    kinds = []
    for entry in raw["kind"]:
        kinds.append(Kind(name=entry["name"], form=entry["form"], query=entry["query"], answer=entry["answer"],
                          restate=entry["restate"], examples=list(entry["examples"]), slots=dict(entry.get("slots", {})),
                          wording=entry.get("wording"), cypher=entry.get("cypher"), rules=[_rule(entry["name"], r, cues) for r in entry["rules"]]))
    return Catalogue(cues, kinds)


_CATALOGUE: Catalogue | None = None


def catalogue(cache: Path | None = None) -> Catalogue:
    """The catalogue, read once per process (from the build's cache when given and current)."""
    global _CATALOGUE
    if _CATALOGUE is None:
        _CATALOGUE = load(cache=cache)
    return _CATALOGUE
