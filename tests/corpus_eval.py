"""Scoring extractions of the test corpus (tests/documents/corpus/) against the expected YAML:
canonical string keys per item type, precision and recall, and the printed tables."""
from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import yaml

from mandate_lineage.loaders.documents import Extraction, extract
from mandate_lineage.loaders.mandate_detect import detect_mandate
from mandate_lineage.loaders.people import find_holders
from mandate_lineage.loaders.visit_reader import read_visits

HERE = Path(__file__).resolve().parent
CORPUS = HERE / "documents" / "corpus"
DATA = HERE.parent / "data"
ITEMS = ("symbols", "citations", "decisions", "pursuant_to", "holders", "visits", "tasks")


def mandate_labels(data: Path = DATA) -> dict[str, str]:
    out = {}
    for f in sorted((data / "mandates").glob("*/mandate.yaml")):
        m = yaml.safe_load(f.read_text(encoding="utf-8"))
        out[m["key"]] = m.get("label") or ""
    return out


def fixtures(part: str) -> list[Path]:
    return sorted((CORPUS / part).glob("*.txt"))


def text_keys(text: str, name: str = "t") -> dict[str, list[str]]:
    """The keys of one small text's extraction (the text-form tests' invented sentences)."""
    return keys(extract(text, name))


def holder_names(text: str, blocks=()) -> list[str]:
    """The holders' names find_holders reads in one small text."""
    return [h.name for h in find_holders(text, list(blocks))]


def visit_keys(text: str, paragraph_blocks: bool = True) -> list[tuple]:
    """(country, start, end, status) of the visits read_visits reads in one small text, each paragraph a block as the
    document reader gives (or, paragraph_blocks false, the text as one stream)."""
    blocks = [m.end() for m in re.finditer(r"\n\s*\n", text)] if paragraph_blocks else []
    return [(v.country, v.start, v.end, v.status) for v in read_visits(text, blocks)]


def keys(x: Extraction) -> dict[str, list[str]]:
    """The extraction as the canonical keys the expected files use (see the corpus README)."""
    d = x.document
    syms = {s.symbol for s in x.symbols if s.valid}
    if d.symbol:
        syms.add(d.symbol)
    cits = set()
    for c in x.citations:
        if d.ref and c.ref == d.ref:
            continue
        k = ("decision " if c.kind == "decision" else "") + c.ref
        cits.add(k + (f" @{c.date}" if c.date else ""))
    cits = {k for k in cits if "@" in k or not any(o.startswith(k + " @") for o in cits)}
    decs = [f"{m.action} {m.ref}" + (f" {m.period}" if m.period else "") + (f" until {m.until}" if m.until else "")
            for m in x.decisions]
    holders = {}
    for h in x.holders:
        if not h.name:
            continue
        g = holders.setdefault(h.name, [None, None])
        g[0] = g[0] or h.appointed
        g[1] = g[1] or h.took_up_functions
    hs = [n + (f" appointed {a}" if a else "") + (f" took-up {t}" if t else "") for n, (a, t) in holders.items()]
    vs = sorted({f"{v.country} {v.start or ''}..{v.end or ''} {v.status}" for v in x.visits}
                | {f"{r.country} .. accepted" for r in x.requested_visits if r.status == "accepted"})
    tasks = []
    for a in x.task_attributions:
        if a.kind != "operative":
            continue
        for t in a.tasks:
            words = " ".join(re.findall(r"[a-z0-9']+", t.text.lower())[:3])
            tasks.append(f"{a.resolutions[0]['ref']} {'(' + t.label + ')' if t.label else '-'} {words}")
    return {"symbols": sorted(syms), "citations": sorted(cits), "decisions": decs,
            "pursuant_to": sorted({("decision " if c.kind == "decision" else "") + c.ref for c in x.pursuant_to}), "holders": hs, "visits": vs, "tasks": tasks}


def pr(expected, got) -> tuple[int, int, int]:
    e, g = Counter(expected), Counter(got)
    return sum((e & g).values()), sum(g.values()), sum(e.values())


def evaluate(part: str, labels: dict[str, str] | None = None):
    """Per fixture: (name, expected, extraction keys, header facts ok?)."""
    labels = labels or mandate_labels()
    rows = []
    for path in fixtures(part):
        text = path.read_text(encoding="utf-8")
        exp = yaml.safe_load(path.with_suffix(".yaml").read_text(encoding="utf-8"))
        x = extract(text, path.name)
        got = keys(x)
        got["kind"] = x.document.kind
        got["mandate"] = detect_mandate(text, labels)
        got["symbol"] = x.document.symbol
        got["adopted"] = x.document.adopted
        rows.append((path.name, exp, got))
    return rows


def table(rows) -> tuple[dict, dict, dict]:
    """Sums (tp, extracted, expected) per item type, per document kind, and header accuracy."""
    per_item = {k: [0, 0, 0] for k in ITEMS}
    per_kind: dict[str, list[int]] = {}
    header = Counter()
    for _, exp, got in rows:
        kk = per_kind.setdefault(exp["kind"], [0, 0, 0])
        for item in ITEMS:
            tp, ng, ne = pr([str(v) for v in exp.get(item) or []], got[item])
            for acc in (per_item[item], kk):
                acc[0] += tp
                acc[1] += ng
                acc[2] += ne
        for f in ("kind", "mandate", "symbol", "adopted"):
            header[f] += int(str(exp.get(f)) == str(got[f]))
        header["n"] += 1
    return per_item, per_kind, header


def ratio(tp, ng, ne) -> tuple[float, float]:
    return (tp / ng if ng else (1.0 if not ne else 0.0)), (tp / ne if ne else 1.0)


def render(title: str, rows) -> str:
    per_item, per_kind, header = table(rows)
    lines = [f"== {title}: {header['n']} documents",
             f"{'item type':<14}{'precision':>10}{'recall':>8}{'found':>7}{'extracted':>10}{'expected':>9}"]
    for name, (tp, ng, ne) in list(per_item.items()) + [("ALL", [sum(v[i] for v in per_item.values()) for i in range(3)])]:
        p, r = ratio(tp, ng, ne)
        lines.append(f"{name:<14}{p:>10.3f}{r:>8.3f}{tp:>7}{ng:>10}{ne:>9}")
    lines.append(f"{'document kind':<14}{'precision':>10}{'recall':>8}{'found':>7}{'extracted':>10}{'expected':>9}")
    for name, (tp, ng, ne) in sorted(per_kind.items()):
        p, r = ratio(tp, ng, ne)
        lines.append(f"{name:<14}{p:>10.3f}{r:>8.3f}{tp:>7}{ng:>10}{ne:>9}")
    lines.append("document fields right: " + ", ".join(f"{f} {header[f]}/{header['n']}"
                                                      for f in ("kind", "mandate", "symbol", "adopted")))
    for kind, h in sorted(header_by_kind(rows).items()):
        lines.append(f"  {kind:<14}" + ", ".join(f"{f} {h[f]}/{h['n']}" for f in ("kind", "mandate", "symbol", "adopted")))
    return "\n".join(lines)


def header_by_kind(rows) -> dict[str, Counter]:
    """Document fields right (kind, mandate, symbol, adoption date), per expected document kind."""
    out: dict[str, Counter] = {}
    for _, exp, got in rows:
        h = out.setdefault(exp["kind"], Counter())
        for f in ("kind", "mandate", "symbol", "adopted"):
            h[f] += int(str(exp.get(f)) == str(got[f]))
        h["n"] += 1
    return out


def misses(rows) -> list[str]:
    out = []
    for name, exp, got in rows:
        for item in ITEMS:
            e, g = Counter(str(v) for v in exp.get(item) or []), Counter(got[item])
            out += [f"{name} {item} missing: {k}" for k in e - g] + [f"{name} {item} extra: {k}" for k in g - e]
        for f in ("kind", "mandate", "symbol", "adopted"):
            if str(exp.get(f)) != str(got[f]):
                out.append(f"{name} {f}: expected {exp.get(f)}, got {got[f]}")
    return out
