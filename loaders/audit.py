"""audit: check each curated fact against the source texts a user has.

Texts are recognised by their file name (a UN symbol with "/" written "_" or "-", or a source key),
else by the symbol their text shows as ``ingest`` reads it, else (no symbol) by the title of a keyed
document record. Each text is cut into located pieces by ``loaders.segments`` (the segmentation
``ingest`` uses). For every fact whose source is among the texts, the cited locator ("para. 7 (b)",
"fn. 3", "preamble para. 2", "summary", "note by the Secretariat", "heading") is found and the value
looked for there. Statuses:

- confirmed: the value is stated at the locator;
- value not at locator: the locator exists but does not state the value (``where`` lists the
  locators that do, if any);
- locator not found: the text has no piece the locator names;
- not checkable: the locator names no numbered place (a web page's "lead", "table row 2013"), the
  text is empty, or (persons) the place speaks of "the Independent Expert" / "she" without a name;
- source text not available: no source among the texts states the value, and the fact has other
  sources that are not among them (or a named text could not be read).

A user may mark a text as an excerpt or a paraphrase with a header line ``%%% excerpt`` or
``%%% paraphrase`` (``ingest`` skips ``%%%`` lines): a value such a text does not state, or a locator it
lacks, is then "not checkable" (detail "excerpt: ..."), not a failure, since the full document may state
it. A value it states is still confirmed; an unmarked (complete) text that contradicts the data still fails.

A fact with several sources (a record's list) is confirmed when any one of them states the value at
its locator.

Lineage events are also checked for their kind against the wording (``kind_check``).
"""
from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from pathlib import Path

from .audit_facts import Fact, facts_of, keyed_titles, source_keys
from .audit_match import event_wording, names_collectively, names_office, states
from .documents import extract
from .segments import segment

STATUSES = ("confirmed", "value not at locator", "locator not found", "not checkable",
            "source text not available")


class AuditError(Exception):
    """A problem with the audit's input (the texts folder), said in one line."""


@dataclass
class Checked:
    fact: Fact
    status: str
    where: list[str] = field(default_factory=list)    # locators that state the value (when not at the cited one)
    kind_check: str | None = None                      # event kinds: supported / not supported / cannot decide
    detail: str = ""

    def to_dict(self) -> dict:
        d = asdict(self.fact)
        d.update(status=self.status, where=self.where, kind_check=self.kind_check, detail=self.detail)
        return d


@dataclass
class Text:
    doc: str            # symbol or source key
    path: Path
    how: str            # "file name", "symbol in text", "title"
    seg: object | None  # segments.Segmented, or None when unreadable
    problem: str = ""
    raw: str = ""       # the text as read (the heading check also looks at its page-header symbol lines)
    partial: str = ""   # "excerpt" / "paraphrase" when a "%%% excerpt" header line says so, else ""


@dataclass
class AuditReport:
    texts: list[Text]
    checked: list[Checked]
    not_in_texts: int                                  # facts whose sources are not among the texts
    unrecognised: list[str] = field(default_factory=list)

    def counts(self) -> dict[str, int]:
        out = {s: 0 for s in STATUSES}
        for c in self.checked:
            out[c.status] += 1
        kinds = [c.kind_check.split(":")[0] for c in self.checked if c.kind_check]
        for k in ("supported", "not supported", "cannot decide"):
            out[f"event kind {k}"] = kinds.count(k)
        out["not checkable (excerpt)"] = sum(1 for c in self.checked if c.status == "not checkable"
                                             and c.detail.startswith("excerpt:"))
        out["facts"] = len(self.checked)
        out["facts citing other sources"] = self.not_in_texts
        return out

    @property
    def ok(self) -> bool:
        """True when nothing checkable failed: every fact confirmed or explicitly not checkable."""
        return all(c.status in ("confirmed", "not checkable") for c in self.checked)

    def to_dict(self) -> dict:
        return {"texts": [{"doc": t.doc, "file": str(t.path), "recognised_by": t.how, "problem": t.problem,
                           "marked": t.partial}
                          for t in self.texts],
                "unrecognised": self.unrecognised, "counts": self.counts(),
                "facts": [c.to_dict() for c in self.checked]}


# ------------------------------------------------------------------------- reading the texts

def _name_candidates(stem: str) -> list[str]:
    out = [stem]
    for sep in ("_", "-"):
        if sep in stem:
            out.append(stem.replace(sep, "/"))
    out.append(re.sub(r"[_-](?=[A-Z0-9])", "/", stem))
    return out


def _title_key(text: str, titles: dict[str, str]) -> str | None:
    head = " ".join(text[:3000].lower().split())
    for key, title in titles.items():
        words = [w for w in re.findall(r"[a-z0-9]+", title.lower()) if len(w) > 3]
        if words and all(w in head for w in words):
            return key
    return None


_PARTIAL = re.compile(r"^%%%\s*(excerpt|paraphrase|abridged)\b", re.I | re.M)


def partial_mark(text: str) -> str:
    """"excerpt" / "paraphrase" / "abridged" when a "%%%" header line marks the text so, else ""."""
    m = _PARTIAL.search(text)
    return m.group(1).lower() if m else ""


def read_texts(folder: Path, data_dir: Path, cited: set[str]) -> tuple[list[Text], list[str]]:
    """The recognised texts of a folder, and the names of the files not recognised."""
    if not folder.is_dir():
        raise AuditError(f"{folder}: not a folder of source texts")
    keys, titles = source_keys(data_dir), keyed_titles(data_dir)
    texts, unrecognised = [], []
    for path in sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith(".")
                       and p.suffix.lower() in ("", ".txt", ".text")):
        try:
            text = path.read_bytes().decode("utf-8")
        except (OSError, UnicodeDecodeError) as exc:
            doc = next((c for c in _name_candidates(path.stem) if c in keys or c in cited), None)
            if doc:
                texts.append(Text(doc, path, "file name", None, f"cannot be read as UTF-8 text ({exc})"))
            else:
                unrecognised.append(path.name)
            continue
        doc = next((c for c in _name_candidates(path.stem) if c in keys or c in cited), None)
        how = "file name"
        if doc is None and text.strip():
            doc, how = extract(text, path.name).document.symbol, "symbol in text"
        if doc is None and text.strip():
            doc, how = _title_key(text, titles), "title"
        if doc is None:
            unrecognised.append(path.name)
            continue
        texts.append(Text(doc, path, how, segment(text) if text.strip() else None,
                          "" if text.strip() else "the file is empty", text, partial_mark(text)))
    return texts, unrecognised


# ------------------------------------------------------------------------- locators

_PAREN = re.compile(r"\((?![a-z]\))[^()]*\)")
_LIST = r"\d{1,3}(?:\s*\([a-z]\))?(?:\s*-\s*\(?[a-z]?\)?\d{0,3})?(?:\s*(?:,|and)\s*\d{1,3}(?:\s*\([a-z]\))?(?:\s*-\s*\d{1,3})?)*"


def _expand(numbers: str, prefix: str) -> list[str]:
    out = []
    for part in re.split(r"\s*(?:,|and)\s*", numbers.strip()):
        m = re.fullmatch(r"(\d{1,3})\s*-\s*(\d{1,3})", part)
        if m:
            out += [f"{prefix}{n}" for n in range(int(m.group(1)), int(m.group(2)) + 1)]
            continue
        m = re.fullmatch(r"(\d{1,3})(?:\s*\(([a-z])\))?(?:\s*-\s*\(?[a-z]\)?)?", part)
        if m:
            out.append(f"{prefix}{m.group(1)}" + (f" ({m.group(2)})" if m.group(2) else ""))
    return out


def locators(at: str) -> list[str]:
    """The canonical locators an 'at' of the data names: "paras. 1, 4 (f)" -> ["para. 1", "para. 4 (f)"]."""
    s = _PAREN.sub(" ", at)
    s = re.sub(r"'[^']*'", " ", s)
    out: list[str] = []
    for m in re.finditer(rf"\b(?:fn|footnotes?|notes?)\.?\s*({_LIST})", s, re.I):
        out += _expand(m.group(1), "fn. ")
    for m in re.finditer(rf"\bpreamb\w*\s+paras?\.?\s*({_LIST})", s, re.I):
        out += _expand(m.group(1), "preamble para. ")
    for m in re.finditer(rf"(?<!preamble )\b(?<!preambular )(?:operative\s+)?paras?\.?\s*({_LIST})", s, re.I):
        if not re.search(r"preamb\w*\s+$", s[:m.start()], re.I):
            out += _expand(m.group(1), "para. ")
    if re.search(r"\bsummary\b", s, re.I):
        out.append("summary")
    if re.search(r"\bnote by the secretar", s, re.I):
        out.append("note by the Secretariat")
    if re.search(r"\b(?:heading|cover page|title|header|date of issue)\b", s, re.I):
        out.append("heading")
    return list(dict.fromkeys(out))


# ------------------------------------------------------------------------- checking

_RANK = {"confirmed": 0, "value not at locator": 1, "locator not found": 2, "not checkable": 3,
         "source text not available": 4}


def _pieces(seg, loc: str, raw: str = ""):
    """The located piece, with the lead-in of its paragraph when it is a lettered item; for the
    heading, the original text up to its end (segmentation sets a lone symbol line apart as a page
    header, but on a cover page that line is the document's own symbol)."""
    piece = seg.find(loc)
    if piece is None:
        return None
    if piece.kind == "heading" and raw:
        return " ".join(raw[:piece.span[1]].split())
    if piece.kind == "item":
        parent = seg.find(f"para. {piece.number}")
        if parent is not None:
            lead = parent.text.split("(a)", 1)[0]
            return piece.text + " " + lead
    return piece.text


_BACK = re.compile(r"\bIbid\b|\b(?:the same|that|this) resolution\b", re.I)


def _previous(seg, loc: str):
    """The piece before a paragraph or footnote ("fn. 3" -> "fn. 2"), for "Ibid." and "the same resolution"."""
    m = re.fullmatch(r"(fn\. |para\. )(\d+)(?: \([a-z]\))?", loc)
    if not m or int(m.group(2)) < 2:
        return None
    prev = f"{m.group(1)}{int(m.group(2)) - 1}"
    piece = seg.find(prev)
    return (prev, piece.text) if piece is not None else None


_KINDS = {"para. ": "paragraph", "preamble para. ": "preamble", "fn. ": "footnote"}


def _beyond_end(seg, wanted: list[str]) -> str | None:
    """The text's last paragraph / footnote when every wanted locator is numbered beyond it (the text
    stops before the cited place), else None."""
    last = []
    for loc in wanted:
        m = re.fullmatch(r"(fn\. |preamble para\. |para\. )(\d+)(?: \([a-z]\))?", loc)
        if not m:
            return None
        kind = _KINDS[m.group(1)]
        nums = [x.number for x in seg.segments() if x.kind == kind and x.number is not None]
        if not nums or int(m.group(2)) <= max(nums):
            return None
        last.append(f"{m.group(1)}{max(nums)}")
    return ", ".join(dict.fromkeys(last)) or None


def _check_one(fact: Fact, at: str, text: Text) -> Checked:
    """One source's verdict; a text marked as an excerpt turns a failure into "not checkable"."""
    out = _check_full(fact, at, text)
    if text.partial and out.status in ("value not at locator", "locator not found"):
        return Checked(fact, "not checkable", where=out.where,
                       detail=f"excerpt: {text.path.name} is marked '%%% {text.partial}' ({out.status}: {out.detail})")
    return out


def _check_full(fact: Fact, at: str, text: Text) -> Checked:
    if text.seg is None:
        status = "not checkable" if text.problem == "the file is empty" else "source text not available"
        return Checked(fact, status, detail=f"{text.path.name}: {text.problem}")
    wanted = locators(at)
    if not wanted:
        return Checked(fact, "not checkable", detail=f"{text.doc} '{at}' names no numbered place")
    found = [(loc, _pieces(text.seg, loc, text.raw)) for loc in wanted]
    present = [(loc, t) for loc, t in found if t is not None]
    if not present:
        if not any(x.kind == "paragraph" for x in text.seg.segments()):
            return Checked(fact, "not checkable", detail=f"{text.doc} has no numbered paragraphs; "
                           f"'{at}' counts its unnumbered ones")
        beyond = _beyond_end(text.seg, wanted)
        if beyond:
            return Checked(fact, "not checkable", detail=f"{text.doc}: the text ends at {beyond}, before "
                           f"{', '.join(wanted)} (an excerpt or a shortened copy: the cited place is not in it)")
        return Checked(fact, "locator not found", detail=f"{text.doc} has no {', '.join(wanted)}")
    hit = [t for _, t in present if states(t, fact.kind, fact.value)]
    back = ""
    if not hit and fact.kind in ("ref", "event", "res-symbol"):
        for loc, t in present:                      # "Ibid., para. 8", "In the same resolution, ..."
            prev = _previous(text.seg, loc) if _BACK.search(t) else None
            if prev is not None and states(prev[1], fact.kind, fact.value):
                hit, back = [t], f" (refers back to {prev[0]}, which names it)"
                break
    if hit:
        kind_check = None
        if fact.kind == "event":
            kind_check = event_wording(" ".join(hit), fact.extra.get("event", ""), fact.value, bool(back))
        return Checked(fact, "confirmed", kind_check=kind_check,
                       detail=f"{text.doc} {', '.join(l for l, _ in present)}{back}")
    if fact.kind == "person" and any(names_office(t) for _, t in present):
        return Checked(fact, "not checkable",
                       detail=f"{text.doc} {', '.join(l for l, _ in present)} speaks of the office holder without a name")
    if fact.kind in ("symbol", "addendum", "res-symbol") and _own_symbol_states(text, fact):
        return Checked(fact, "confirmed", detail=f"{text.doc} heading: the document's own symbol")
    said = next((w for _, t in present if (w := names_collectively(t))), None) \
        if fact.kind == "ref" and fact.field in ("reaffirms", "recalls") else None
    if said:
        return Checked(fact, "not checkable", detail=(
            f"{text.doc} {', '.join(l for l, _ in present)} names the earlier resolutions collectively ('{said}'), "
            "not by number: the text neither states nor contradicts this one"))
    where = [s.locator for s in text.seg.segments() if states(s.text, fact.kind, fact.value)]
    missing = [loc for loc, t in found if t is None]
    detail = f"not stated at {text.doc} {', '.join(loc for loc, _ in present)}" + (
        f" ({', '.join(missing)} not found)" if missing else "")
    return Checked(fact, "value not at locator", where=where[:8], detail=detail)


def _own_symbol_states(text: Text, fact: Fact) -> bool:
    """The value is the text's own symbol (or, for an addendum's parent, its symbol less "/Add.n"), printed
    in its heading: a report's symbol, the parent of an addendum, a resolution's symbol."""
    head = text.seg.find("heading") if text.seg is not None else None
    if head is None or not states(_pieces(text.seg, "heading", text.raw) or "", fact.kind, fact.value):
        return False
    own = text.doc
    return own == fact.value or (fact.kind == "addendum" and re.fullmatch(re.escape(fact.value) + r"/Add\.\d+", own) is not None)


def _check(fact: Fact, by_doc: dict[str, Text]) -> Checked:
    """A fact is confirmed when any of its sources states it at its locator; a failure counts only
    when every source was available (else the value may be in a source the user does not have)."""
    results = [_check_one(fact, at, by_doc[doc]) for doc, at in fact.sources if doc in by_doc]
    best = min(results, key=lambda c: _RANK[c.status])
    if best.status == "confirmed":
        return best
    absent = sorted(fact.docs - set(by_doc))
    if absent:
        return Checked(fact, "source text not available", where=best.where,
                       detail=f"{best.status}: {best.detail}; other sources not among the texts: {', '.join(absent)}")
    return best


def audit(texts_dir: Path, data_dir: Path) -> AuditReport:
    """Check every fact with a source among the texts of texts_dir (see the module docstring)."""
    facts = facts_of(data_dir)
    texts, unrecognised = read_texts(texts_dir, data_dir, {d for f in facts for d in f.docs})
    by_doc: dict[str, Text] = {}
    for t in texts:
        by_doc.setdefault(t.doc, t)
    checked = [_check(f, by_doc) for f in facts if f.docs & set(by_doc)]
    return AuditReport(texts, checked, len(facts) - len(checked), unrecognised)
