"""The fact builders of loaders.reconcile: one function per kind of fact (documents, citations,
tasks, holders, visits). Each appends Fact objects to the report; nothing here writes."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .documents import Extraction
from .reconcile_model import (DCT, ML, DocumentReport, Fact, Graph, _fact_sources, _norm, dates_compatible,
                        locator_parts, name_match, spelt_otherwise, words)

TASK_THRESHOLD = 0.3


@dataclass
class Ctx:
    graph: Graph
    ext: Extraction
    report: DocumentReport
    doc: dict | None        # {"iri", "record", "mandates"} of the graph's record of this document
    mandate: str

    def add(self, fact: Fact) -> Fact:
        self.report.facts.append(fact)
        return fact


# ---------------------------------------------------------------------------- the document

def _compare(ctx: Ctx, kind: str, value, prop: str, locator, span, same, show=None, data=None) -> Fact:
    """A property of the document's own record: confirmed / conflicting / new."""
    vals = ctx.graph.values(ctx.doc["iri"], prop) if ctx.doc and ctx.doc["record"] else []
    shown = [show(v) if show else str(v["value"]) for v in vals]
    fact = Fact(kind, "new", str(value), ", ".join(shown) or None, locator, span, _fact_sources(vals),
                match=ctx.doc["iri"] if ctx.doc else None, data=data or {"value": value})
    if any(same(v) for v in vals):
        fact.status = "confirmed"
        fact.sources = [s for v in vals if same(v) for s in v["sources"]]
    elif vals:
        fact.status = "conflicting"
    return fact


def document_facts(ctx: Ctx) -> None:
    info, g = ctx.ext.document, ctx.graph
    loc = info.locator or "heading"           # "file name" when the text prints no own symbol
    if info.symbol:
        f = ctx.add(Fact("document", "new", info.symbol, locator=loc, span=info.symbol_span,
                         data={"symbol": info.symbol}))
        if ctx.doc and ctx.doc["record"]:
            f.status, f.graph_value, f.match = "confirmed", info.symbol, ctx.doc["iri"]
            f.sources = g.sources(ctx.doc["iri"])
        elif ctx.doc:
            f.note = "the graph cites this document as a source but holds no record of it"
    elif ctx.report.key:
        ctx.add(Fact("document", "confirmed", ctx.report.key, ctx.report.key, loc, None,
                     g.sources(ctx.doc["iri"]), "no symbol in the text; matched by title", ctx.doc["iri"],
                     data={"key": ctx.report.key}))
    if info.body:
        ctx.add(_compare(ctx, "document.body", info.body, ML + "body", loc, info.symbol_span,
                         lambda v: v["key"] == info.body, lambda v: v["key"] or v["value"]))
    if info.session is not None:
        ctx.add(_compare(ctx, "document.session", info.session, ML + "session", loc, info.symbol_span,
                         lambda v: str(v["value"]) == str(info.session)))
    if info.author:
        f = _compare(ctx, "document.author", info.author, DCT + "creator", "heading", info.author_span,
                     lambda v: name_match(v["name"] or "", info.author), lambda v: v["name"] or v["key"])
        if f.status == "new" and ctx.doc and ctx.doc["record"]:
            f2 = _compare(ctx, "document.author", info.author, ML + "authorName", "heading", info.author_span,
                          lambda v: name_match(str(v["value"]), info.author))
            f = f2 if f2.status != "new" else f
        ctx.add(f)
    for c in ctx.ext.pursuant_to:
        ctx.add(_compare(ctx, "pursuant_to", c.ref, ML + "pursuantTo", c.locator, c.span,
                         lambda v, r=c.ref: v["key"] == r, lambda v: v["key"] or v["value"],
                         data={"ref": c.ref, "kind": c.kind, "body_from": c.body_from}))


# ---------------------------------------------------------------------------- citations

def citation_facts(ctx: Ctx) -> None:
    g = ctx.graph
    seen: dict = {}
    for s in ctx.ext.symbols:
        if s.symbol in seen:
            seen[s.symbol].data["locators"].append(s.locator)
            continue
        f = Fact("cited_symbol", "new", s.symbol, locator=s.locator, span=s.span,
                 data={"symbol": s.symbol, "valid": s.valid, "locators": [s.locator]})
        if not s.valid:
            f.note = f"not a well-formed symbol ({s.error or 'malformed'})"
        d = g.document(s.symbol) if s.valid else None
        if d and d["record"]:
            f.status, f.graph_value, f.match, f.sources = "confirmed", s.symbol, d["iri"], g.sources(d["iri"])
        elif d:
            f.note = "the graph cites it as a source but holds no record of it"
        seen[s.symbol] = ctx.add(f)
    seen = {}
    for c in ctx.ext.citations:
        if c.ref in seen:
            seen[c.ref].data["locators"].append(c.locator)
            continue
        f = Fact("resolution", "new", c.ref, locator=c.locator, span=c.span,
                 data={"ref": c.ref, "kind": c.kind, "body": c.body, "body_from": c.body_from,
                       "locators": [c.locator]})
        if c.body_from in ("number", "ibid"):
            f.note = "body inferred from the number" if c.body_from == "number" else "resolved from 'Ibid.'"
        r = g.resolution(c.ref)
        if r:
            f.status, f.graph_value, f.match, f.sources = "confirmed", c.ref, r["iri"], g.sources(r["iri"])
            if r["kind"] != c.kind:
                f.note = f"the graph records it as a {r['kind']}, the document calls it a {c.kind}"
        seen[c.ref] = ctx.add(f)
    dated: set = set()
    for c in ctx.ext.citations:
        if c.date and (c.ref, c.date) not in dated:
            dated.add((c.ref, c.date))
            ctx.add(_resolution_value(ctx, "resolution.adopted", c.ref, c.date, "adoptedOn", c.locator, c.span,
                                      lambda v, d=c.date: dates_compatible(str(v["value"]), d)))


def _resolution_value(ctx: Ctx, kind: str, ref: str, value: str, prop: str, locator, span, same) -> Fact:
    """One stated property of a resolution (its date, what it did): confirmed / conflicting / new."""
    g = ctx.graph
    f = Fact(kind, "new", f"{ref}: {value}", locator=locator, span=span, data={"ref": ref, "value": value})
    r = g.resolution(ref)
    if not r:
        f.note = "resolution not in the graph"
        return f
    vals = g.values(r["iri"], ML + prop)
    f.match = r["iri"]
    f.graph_value = ", ".join(str(v["key"] or v["value"]).rsplit("#", 1)[-1] for v in vals) or None
    ok = [v for v in vals if same(v)]
    if ok:
        f.status, f.sources = "confirmed", _fact_sources(ok)
    elif vals:
        f.status, f.sources = "conflicting", _fact_sources(vals)
        f.note = "the document and the graph disagree: both are listed (document here, graph sources)"
    return f


_ACTION_IRIS = {"created": "Created", "renewed": "Renewed", "extended": "Extended"}


def decision_facts(ctx: Ctx) -> None:
    """What a resolution or decision text does to the mandate, and its own adoption date."""
    info = ctx.ext.document
    if info.ref and info.adopted:
        ctx.add(_resolution_value(ctx, "resolution.adopted", info.ref, info.adopted, "adoptedOn", "heading",
                                  info.span, lambda v: dates_compatible(str(v["value"]), info.adopted)))
    for m in ctx.ext.decisions:
        local = _ACTION_IRIS.get(m.action)
        value = m.action + (f" {m.period}" if m.period else "") + (f" until {m.until}" if m.until else "")
        if local is None:       # renamed / postponed: the graph has no property for them
            ctx.add(Fact("mandate_action", "new", f"{m.ref}: {value}", locator=m.locator, span=m.span,
                         note="the graph records no such action", data={"ref": m.ref, "value": value}))
            continue
        f = _resolution_value(ctx, "mandate_action", m.ref, value, "mandateAction", m.locator, m.span,
                              lambda v, a=local: str(v["value"]).endswith("#" + a)
                              or (a in ("Extended", "Renewed") and str(v["value"]).endswith(("#Extended", "#Renewed"))))
        ctx.add(f)


# ---------------------------------------------------------------------------- tasks

def task_score(ctx: Ctx, task: dict, text: str, item_loc: str, fn: int | None, refs=()) -> float:
    ew = words(text)
    lw = words(task["label"])
    score = len(ew & lw) / max(1, min(len(ew), len(lw))) if ew and lw else 0.0
    flat = f" {_norm(text)} "
    hits = sum(1 for a in task["aliases"] if len(_norm(a)) > 3 and f" {_norm(a)} " in flat)
    score += min(0.3, 0.1 * hits)
    ref = ctx.report.ref
    item = locator_parts(item_loc)
    # A lettered item ("para. 7 (b)") names one task: a graph task recorded from that place is the same
    # task. A plain paragraph may list several tasks: its locator only breaks ties.
    lettered = "(" in (item_loc or "")
    want = item | ({("fn", str(fn))} if fn else set())
    if ref and item and any(src == ref and item & locator_parts(loc) for src, loc in task["cited"]):
        score += 1.0 if lettered else 0.15
    elif ref and want and any(src == ref and want & locator_parts(loc)
                              for e in task["events"] for src, loc in e["cited"]):
        score += 0.5 if (lettered or fn) else 0.15
    if refs and any(e["ref"] in refs for e in task["events"]):
        score += 0.1
    return score


def _para_same(a: str | None, b: str | None) -> bool:
    return _norm(a or "") == _norm(b or "")


def task_facts(ctx: Ctx) -> None:
    tasks = ctx.graph.tasks(ctx.mandate)
    for att in ctx.ext.task_attributions:
        for item in att.tasks:
            refs = {r["ref"] for r in att.resolutions}
            ranked = sorted(((task_score(ctx, t, item.text, item.locator, att.fn, refs), t["key"], t)
                             for t in tasks),
                            key=lambda x: (-x[0], x[1]))
            best = ranked[0] if ranked and ranked[0][0] >= TASK_THRESHOLD else None
            for i, res in enumerate(att.resolutions):
                for para in res["paragraphs"] or [None]:
                    ctx.add(_task_fact(ctx, att, item, res, para, i, best, ranked))


def _task_fact(ctx, att, item, res, para, index, best, ranked) -> Fact:
    ref = res["ref"]
    shown = f"({item.label}) " if item.label else ""
    value = f"{shown}{item.text[:80]}{'...' if len(item.text) > 80 else ''} <- {ref}" + (f" para. {para}" if para else "")
    loc = item.locator + (f", fn. {att.fn}" if att.fn else "")
    data = {"task_text": item.text, "letter": item.label, "ref": ref, "paragraph": para, "first": index == 0,
            "task": best[2]["key"] if best else None, "score": round(best[0], 2) if best else None}
    f = Fact("task", "new", value, locator=loc, span=item.span, data=data)
    if best is None:
        top = f"{ranked[0][1]} ({ranked[0][0]:.2f})" if ranked else "none"
        f.note = f"no task of the mandate matches (closest: {top})"
        return f
    task = best[2]
    f.match = task["iri"]
    evs = [e for e in task["events"] if e["ref"] == ref]
    same = [e for e in evs if not para or not e["para"] or _para_same(e["para"], para)]

    def show(e):
        return f"{task['key']}: {e['kind']} by {e['ref']}" + (f" para. {e['para']}" if e["para"] else "")
    if same:
        exact = [e for e in same if _para_same(e["para"], para)] or same
        f.status, f.graph_value = "confirmed", "; ".join(show(e) for e in exact)
        f.sources = [f"{s} at {l}" for e in exact for s, l in e["cited"]]
        if para and not exact[0]["para"]:
            f.note = "the graph gives no paragraph for this event"
    elif evs and any(_para_same(e["para"], q) for e in evs for q in res["paragraphs"]):
        f.graph_value = "; ".join(show(e) for e in evs)     # another paragraph the document also cites
        f.note = "the graph records another paragraph of this resolution, which the document also cites"
    elif evs:
        f.status, f.graph_value = "conflicting", "; ".join(show(e) for e in evs)
        f.sources = [f"{s} at {l}" for e in evs for s, l in e["cited"]]
    else:
        f.graph_value = f"{task['key']}: " + (", ".join(sorted({e["ref"] for e in task["events"]})) or "no events")
        f.note = f"task matched: {task['key']} (score {best[0]:.2f}); no event of {ref} for it"
    return f


# ---------------------------------------------------------------------------- holders

def _person(ctx: Ctx, name: str) -> dict | None:
    return next((p for p in ctx.graph.holders(ctx.mandate) if name_match(p["name"], name)), None)


def _other_post(ctx: Ctx, h) -> str | None:
    """The post a name is tied to, when it is clearly another mandate's ("Special Rapporteur on X")."""
    from .mandate_detect import detect_mandate
    post = getattr(h, "post", None)
    if not post or not re.search(r"\b(?:Special Rapporteur|Independent Expert|Working Group)\s+(?:on|of|for)\b", post):
        return None
    found = detect_mandate(post, ctx.graph.mandates())
    return None if found == ctx.mandate else post


def holder_facts(ctx: Ctx) -> None:
    g = ctx.graph
    seen = set()
    for h in ctx.ext.holders:
        if not h.name:
            continue
        p = _person(ctx, h.name)
        base = {"name": h.name, "holder": p["key"] if p else None, "appointed": h.appointed,
                "appointed_by": h.appointed_by, "took_up_functions": h.took_up_functions}
        other = _other_post(ctx, h)
        if other and not p:                 # "Irene Khan (Bangladesh) as Special Rapporteur on freedom of ..."
            ctx.add(Fact("holder", "new", h.name, locator=h.locator, span=h.span, data=dict(base, other_post=other),
                         note=f"holds another post ({other[:80]}); not a holder of this mandate"))
            continue
        if h.name not in seen:
            seen.add(h.name)
            f = ctx.add(Fact("holder", "new", h.name, locator=h.locator, span=h.span, data=base))
            if p:
                f.status, f.graph_value, f.match, f.sources = "confirmed", p["name"], p["iri"], g.sources(p["iri"])
                if spelt_otherwise(h.name, p["name"]):
                    f.note = f"the text spells the name {h.name!r}; the graph has {p['name']!r}"
        for fld, prop in (("appointed", "appointedOn"), ("took_up_functions", "tookUpFunctionsOn"),
                          ("appointed_by", "appointedBy")):
            val = getattr(h, fld)
            if not val:
                continue
            f = ctx.add(Fact(f"holder.{fld}", "new", f"{h.name}: {val}", locator=h.locator, span=h.span,
                             data=dict(base, field=fld, value=val)))
            if not p:
                f.note = "holder not in the graph"
                continue
            vals, dis = [], {}
            for t in p["terms"]:
                vals += g.values(t, ML + prop)
                dis.update(g.disagreements(t))
            shown = [str(v["key"] or v["value"]) for v in vals]
            f.match = p["iri"]
            f.graph_value = ", ".join(dict.fromkeys(shown)) or None
            if fld == "appointed_by":
                ok = [v for v in vals if v["key"] == val]
            else:
                ok = [v for v in vals if dates_compatible(v["value"], val)]
            if ok:
                f.status, f.sources = "confirmed", _fact_sources(ok)
                if ML + prop in dis:
                    f.note = f"the graph records a disagreement: {dis[ML + prop]}"
                elif fld != "appointed_by" and any(len(str(v["value"])) != len(val) for v in ok):
                    f.note = "compatible dates of different precision"
            elif vals:
                f.status, f.sources = "conflicting", _fact_sources(vals)


# ---------------------------------------------------------------------------- visits

def _country_same(a: str, b: str) -> bool:
    na, nb = _norm(a), _norm(b)
    strip = lambda s: _norm(s.split("(")[0])  # noqa: E731
    return na == nb or strip(a) == strip(b)


def visit_facts(ctx: Ctx) -> None:
    visits = ctx.graph.visits(ctx.mandate)
    for v in ctx.ext.visits:
        dates = f"{v.start}..{v.end}" if v.start else ""
        value = " ".join(x for x in (v.country, dates, f"report {v.report}" if v.report else "") if x)
        f = ctx.add(Fact("visit", "new", value, locator=v.locator, span=v.span,
                         data={"country": v.country, "start": v.start, "end": v.end, "status": v.status,
                               "report": v.report, "holder_name": v.holder}))
        who = next((h for h in ctx.ext.holders if v.holder and h.name == v.holder), None)
        other = _other_post(ctx, who) if who and not _person(ctx, who.name) else None
        if other:                           # "Mr. Puras (Special Rapporteur on health) ... his visits to Algeria"
            f.data["other_post"] = other
            f.note = f"a visit of {v.holder}, who holds another post ({other[:80]}); not this mandate's visit"
            continue
        cands = [x for x in visits if x["country"] and _country_same(x["country"], v.country)
                 and x["status"] == "completed"]
        if not cands:
            continue

        def fits(x):
            d = not v.start or not x["start"] or any(dates_compatible(s, v.start) for s in x["start"])
            e = not v.end or not x["end"] or any(dates_compatible(s, v.end) for s in x["end"])
            r = not v.report or not x["report"] or v.report in x["report"]
            return d and e and r
        good = [x for x in cands if fits(x)]
        if v.report and not v.start:
            good = [x for x in good if v.report in x["report"]] or (good if len(cands) == 1 else [])
        pick = good or cands
        x = pick[0]
        f.match = x["iri"]
        f.graph_value = " ".join(y for y in (x["country"], f"{'/'.join(x['start'])}..{'/'.join(x['end'])}"
                                             if x["start"] else "", f"report {', '.join(x['report'])}"
                                             if x["report"] else "") if y)
        f.sources = ctx.graph.sources(x["iri"])
        if good:
            f.status = "confirmed"
            if v.report and not x["report"]:
                f.note = "the graph gives no mission report for this visit"
        else:
            f.status = "conflicting"
            f.note = "dates or mission report differ"
    for r in ctx.ext.requested_visits:
        f = ctx.add(Fact("requested_visit", "new", f"{r.country} ({r.status})", locator=r.locator, span=r.span,
                         data={"country": r.country, "status": r.status}))
        cands = [x for x in visits if x["country"] and _country_same(x["country"], r.country)
                 and x["status"] != "completed"]
        if cands:
            same = [x for x in cands if x["status"] == r.status]
            x = (same or cands)[0]
            f.match, f.graph_value = x["iri"], f"{x['country']} ({x['status']})"
            f.sources = ctx.graph.sources(x["iri"])
            f.status = "confirmed" if same else "conflicting"
