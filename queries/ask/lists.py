"""Answers that list or count: successors, the creating body, reports (by resolution, holder, year,
body, theme), document authors, visits by status, what happened in a year, how many.

Each list answer starts with a summary (role "summary": the number and every item, with sources),
then one answer per item. No fact is written here: everything is read through Context.
"""
from __future__ import annotations

import re

from . import answers as A
from .facts import Context, Entity, earliest, latest, sort_key, span

DOC_CLASSES = ("ThematicReport", "MissionReport", "Addendum", "Report", "WorkingPaper", "Document")
STATUS_WORDS = {"requested": "Requested", "accepted": "Accepted", "declined": "Declined", "completed": "Completed"}
THEME_STOP = {"international", "solidarity", "human", "rights", "report", "reports", "the", "and", "of", "on", "in", "to", "a"}


def summary(mandate, what: str, items: list[dict], text: str, **fields) -> dict:
    sources = []
    for a in items:
        for s in a.get("sources", []):
            if s not in sources:
                sources.append(s)
    return A.base(mandate, "summary", kind="summary", what=what, count=len(items), text=text, sources=sources[:12], **fields)


def _item_list(items: list[dict], key="label") -> str:
    return "; ".join(a[key] for a in items)


# ------------------------------------------------------------------------------------ holders
def holder_succession(ctx: Context, holder: str, mandate: str, notes: list, before: bool) -> list[dict]:
    terms = A.terms_of(ctx, mandate)
    mine = [i for i, t in enumerate(terms) if holder in t.values("holder")]
    if not mine:
        return []
    i = mine[0] if before else mine[-1]
    j = i - 1 if before else i + 1
    name = ctx.lexicon.name(holder)
    if not 0 <= j < len(terms):
        notes.append(f"The graph records no holder {'before' if before else 'after'} {name} in mandate {mandate}.")
        return []
    other = A.term_answer(ctx, terms[j], mandate)
    rel = f"{other['holder']} preceded {name}" if before else f"{other['holder']} succeeded {name}"
    other["text"] = f"{rel}. " + other["text"]
    other["relation"] = "predecessor" if before else "successor"
    notes += A.disagreement_notes(ctx, terms[j].iri, f"the term of {other['holder']}")
    return [other, A.term_answer(ctx, terms[i], mandate, role="context")]


def holders(ctx: Context, mandate: str, notes: list, latest_first: bool = False) -> list[dict]:
    terms = A.terms_of(ctx, mandate)
    out = [A.term_answer(ctx, t, mandate) for t in (reversed(terms) if latest_first else terms)]
    return out


# ------------------------------------------------------------------------------------ the mandate
def mandate_creator(ctx: Context, mandate: str, notes: list) -> list[dict]:
    lex = ctx.lexicon
    ent = ctx.entity(ctx.mandate_iri(mandate))
    res = ent.first("established_by")
    stated = res is not None
    if res is None:  # no source names it: the earliest resolution the graph records for the mandate
        dated = [(sort_key(ctx.res_date(i)), i) for i, e in ctx.resolutions().items() if mandate in e.mandates() and ctx.res_date(i)]
        if not dated:
            return []
        res = min(dated)[1]
        notes.append(f"No source in the graph names the resolution that established mandate {mandate}; "
                     f"the earliest resolution recorded for it is shown.")
    f = A.res_fields(ctx, res)
    rent = ctx.resolution(res)
    body = A.tail(rent.first("body") or "") or (f["resolution"] or "").split(" ")[0]
    label = lex.get(rent.first("body"), "label") if rent.first("body") else None
    text = (f"The {label or body} ({body}) created the mandate by {A.res_phrase(f)}." if stated
            else f"The earliest resolution recorded for the mandate is {A.res_phrase(f)}, of the {label or body} ({body}).")
    sources = ent.sources("established_by") + rent.sources("adopted", "body")
    return [A.base(mandate, kind="creator", body=body, body_label=label, text=text, sources=sources, **f)]


def year_events(ctx: Context, mandate: str, start: str, end: str, when: str, notes: list) -> list[dict]:
    qs, qe = span(start)[0], span(end)[1]
    inside = lambda v: v is not None and qs <= v <= qe  # noqa: E731
    items = []
    for a in A.mandate_resolutions(ctx, mandate, notes):
        if a["date"] and any(inside(span(d)[0]) for d in (a.get("dates") or [a["date"]])):
            items.append(a)
    for t in A.terms_of(ctx, mandate):
        s, e = A.term_dates(t)
        a = A.term_answer(ctx, t, mandate)
        if inside(s) or (e is not None and qs <= e <= qe) or any(inside(span(v)[0]) for v in t.values("appointed")):
            items.append(a)
    for v in A.visits_of(ctx, mandate, start=start, end=end):
        items.append(A.visit_answer(ctx, v, mandate))
    for d in report_entities(ctx, mandate):
        when_d = d.first("date") or d.first("year")
        if when_d and span(str(when_d)) and qs <= span(str(when_d))[0] <= qe:
            items.append(report_answer(ctx, d, mandate))
    if not items:
        return []
    for a in items:
        a["role"] = "answer"
    text = f"{when[:1].upper() + when[1:]}: " + " ".join(a["text"] for a in items)
    first = items[0]
    return [summary(mandate, "events", items, text, resolution=first.get("resolution"), date=first.get("date"),
                    action=first.get("action"))] + items


# ------------------------------------------------------------------------------------ documents
def report_entities(ctx: Context, mandate: str | None) -> list[Entity]:
    seen, out = set(), []
    for cls in DOC_CLASSES:
        for iri, d in ctx.facts_of_class(cls).items():
            if iri in seen or (mandate and mandate not in d.mandates()):
                continue
            seen.add(iri)
            out.append(d)
    return sorted(out, key=lambda d: (sort_key(d.first("date") or d.first("year")), ctx.lexicon.name(d.iri) or ""))


def report_answer(ctx: Context, d: Entity, mandate, role: str = "answer") -> dict:
    lex = ctx.lexicon
    symbol = lex.get(d.iri, "symbol") or lex.name(d.iri)
    authors = [lex.name(a) for a in d.values("author")] + [A.tail(a) for a in d.values("author_body")]
    body = A.tail(d.first("body") or "") or None
    when = d.first("date") or d.first("year")
    theme = A.values_text(d, "theme")
    text = f"{symbol}" + (f" ({when})" if when else "") + (f", to the {body}" if body else "") + (f", by {' and '.join(authors)}" if authors else "")
    text += f": {theme}." if theme else "."
    return A.base(mandate, role, kind="report", symbol=symbol, document=symbol, date=str(when) if when else None, body=body,
                  authors=authors, theme=d.first("theme"), text=text, label=f"{symbol} ({when or 'undated'})" + (f": {theme}" if theme else ""),
                  sources=d.sources("theme", "year", "date", "author", "body") or d.sources())


def _theme_score(d: Entity, content: set) -> float:
    theme = " ".join(str(t) for t in d.values("theme")).lower()
    ws = re.findall(r"[a-z0-9]+", theme)
    bag = {w.rstrip("s") for w in ws if w not in THEME_STOP}
    bag |= {a[0] + b[0] for a, b in zip(ws, ws[1:]) if len(a) > 3 and len(b) > 3}  # initials: "AI"
    return sum(1 for w in content if w.rstrip("s") in bag)


def reports(ctx: Context, mandate: str, notes: list, holder=None, start=None, end=None, bodies=(), content=()) -> list[dict]:
    found = report_entities(ctx, mandate)
    found = [d for d in found if "MissionReport" not in {A.tail(t) for t in d.values("type")} or holder]
    filters = []
    if holder:
        found = [d for d in found if holder in d.values("author")]
        filters.append(f"by {ctx.lexicon.name(holder)}")
    if start:
        qs, qe = span(start)[0], span(end or start)[1]
        found = [d for d in found if (d.first("date") or d.first("year")) and qs <= span(str(d.first("date") or d.first("year")))[0] <= qe]
        filters.append(f"from {start[:4]}" + (f" to {end[:4]}" if end and end[:4] != start[:4] else ""))
    if bodies:
        found = [d for d in found if A.tail(d.first("body") or "") in bodies]
        filters.append("to the " + " or ".join(bodies))
    content = {w for w in content if w not in THEME_STOP}
    scores = {d.iri: _theme_score(d, content) for d in found} if content else {}
    if scores and max(scores.values()) > 0:
        best = max(scores.values())
        found = sorted((d for d in found if scores[d.iri] > 0), key=lambda d: -scores[d.iri] * (2 if scores[d.iri] == best else 1))
        filters.append("about " + " ".join(sorted(content)))
    items = [report_answer(ctx, d, mandate) for d in found]
    if not items:
        return []
    filt = (" " + ", ".join(filters)) if filters else ""
    text = f"{len(items)} report(s){filt}: " + _item_list(items) + "."
    return [summary(mandate, "reports", items, text, documents=[a["symbol"] for a in items], document=items[0]["symbol"],
                    symbol=items[0]["symbol"], date=items[0]["date"], theme=items[0]["theme"])] + items


def reports_pursuant(ctx: Context, res: str, mandate: str, notes: list) -> list[dict]:
    from ..sparql import run_named

    ref = ctx.lexicon.get(res, "ref") or ctx.lexicon.name(res)
    rows = run_named(ctx.store, "reports-pursuant-to", {"mandate": mandate, "resolution": ref})
    docs = list(dict.fromkeys(r["document"] for r in rows if r.get("document")))
    items = []
    for sym in docs:
        iri = next((e.item for e in ctx.lexicon.entries if e.kind == "document" and e.label == sym), None)
        ent = ctx.entity(iri) if iri else Entity(sym)
        a = report_answer(ctx, ent, mandate) if iri else A.base(mandate, kind="report", symbol=sym, text=f"{sym}.", label=sym)
        val = next((v for v in ent.facts.get("pursuant_to", []) if v.value == res), None)
        if val:
            a["sources"] = val.sources
        items.append(a)
    if not items:
        return []
    f = A.res_fields(ctx, res)
    text = f"{len(items)} document(s) presented pursuant to {A.res_phrase(f)}: " + _item_list(items) + "."
    return [summary(mandate, "reports", items, text, documents=[a["symbol"] for a in items], **f)] + items


def document_author(ctx: Context, doc: str, notes: list) -> list[dict]:
    info = A.document_answer(ctx, doc, notes)
    ent = ctx.entity(doc)
    symbol = ctx.lexicon.get(doc, "symbol") or ctx.lexicon.name(doc)
    authors = info[0].get("authors") or []
    if not authors:
        notes.append(f"The graph records no author of {symbol} as a field" + ("; its note is shown." if ent.values("note") else "."))
        return info
    first = A.base(info[0]["mandate"], kind="author", document=symbol, symbol=symbol, authors=authors, text=f"{symbol} was written by {' and '.join(authors)}.",
                   sources=ent.sources("author", "author_body", "author_name") or ent.sources(), date=info[0].get("date"))
    for a in info:
        a["role"] = "context"
    return [first] + info


# ------------------------------------------------------------------------------------ visits
def visit_status_wanted(cues: dict, text: str) -> str:
    if re.search(r"\b(accept\w*)\b", text) and not re.search(r"\b(not|never|nor|un) ?accept", text):
        return "accepted"
    if re.search(r"\b(declin\w*|refus\w*)\b", text):
        return "declined"
    if re.search(r"\b(never|not (been )?(carried|made|held|done|happen\w*)|did not take place|pending|outstanding|without going|request\w*)\b", text):
        return "not carried out"
    return "completed"


def visits_by_status(ctx: Context, mandate: str, wanted: str, notes: list, start=None, end=None, holder=None) -> list[dict]:
    visits = A.visits_of(ctx, mandate, holder=holder)
    status = lambda v: A.tail(v.first("status") or "")  # noqa: E731
    if wanted == "not carried out":
        done = {c for v in visits if status(v) == "Completed" for c in v.values("country")}
        chosen = [v for v in visits if status(v) != "Completed" and not set(v.values("country")) & done]
    else:
        chosen = [v for v in visits if status(v) == STATUS_WORDS[wanted]]
    if start:
        qs, qe = span(start)[0], span(end or start)[1]
        def in_range(v):
            when = earliest(v.values("start")) or earliest(v.values("requested"))
            return when is not None and qs <= when <= qe
        dated = [v for v in chosen if in_range(v)]
        if not dated and chosen and not any(earliest(v.values("start")) for v in chosen):
            notes.append("The graph records no date for these visits, so the year could not narrow them; all are shown.")
        else:
            chosen = dated
    chosen.sort(key=lambda v: ctx.lexicon.name(v.first("country")) or "")
    items = []
    for v in chosen:
        a = A.visit_answer(ctx, v, mandate, role="answer")
        a["label"] = f"{a['country']} ({a['status']})"
        items.append(a)
        notes += A.disagreement_notes(ctx, v.iri, f"the visit to {a['country']}")
    if not items:
        return []
    text = f"{len(items)} country visit(s) {wanted}: " + _item_list(items) + "."
    return [summary(mandate, "visits", items, text, status=wanted, countries=[a["country"] for a in items], country=items[0]["country"])] + items


def visit_list(ctx: Context, visits: list, mandate: str, notes: list, what: str) -> list[dict]:
    """Visit answers with a summary first (the completed ones; the others as context)."""
    answers = A.visit_answers(ctx, visits, mandate, notes)
    done = [a for a in answers if a["role"] == "answer"]
    if not answers:
        return []
    for a in answers:
        a["label"] = f"{a['country']} ({a['start'] or 'undated'}, {a['status']})"
    text = f"{len(done)} completed visit(s) {what}: " + (_item_list(done) if done else "none") + "."
    if len(done) < len(answers):
        text += f" Also recorded: {_item_list([a for a in answers if a['role'] != 'answer'])}."
    lead = done[0] if done else answers[0]
    return [summary(mandate, "visits", done or answers, text, countries=[a["country"] for a in done], country=lead["country"],
                    date=lead["date"], dates=[a["start"] for a in done if a.get("start")], holder=lead.get("holder"))] + answers


# ------------------------------------------------------------------------------------ how many
def count(ctx: Context, reading, mandate: str, notes: list) -> list[dict]:
    cue, text = reading.cues, " ".join(reading.tokens)
    d = reading.dates[0] if reading.dates else None
    holder = reading.holders[0] if reading.holders else None
    res = [x for x in reading.resolutions if not isinstance(x, list)]
    if res and (cue.get("tasks") or re.search(r"\btasks?\b", text)):
        kinds = [k for k, c in (("added", "add"), ("changed", "chang"), ("reaffirmed", "reaffirm"), ("superseded", "drop|supersed")) if re.search(rf"\b({c})", text)]
        items = [a for a in A.resolution_changes(ctx, res[0], mandate, notes) if a.get("task") and (not kinds or a.get("kind") in kinds)]
        what = f"tasks {'/'.join(kinds) or 'added, changed or reaffirmed'} by {ctx.lexicon.name(res[0])}"
        for a in items:
            a["label"] = a["task"] + (f" (para. {a['paragraph']})" if a.get("paragraph") else "")
    elif cue.get("renew") or re.search(r"\brenew", text):
        items = [a for a in A.mandate_resolutions(ctx, mandate, notes) if a.get("action") == "renewed"]
        what = "renewals"
        for a in items:
            a["label"] = f"{a['resolution']} ({a['date'] or 'undated'})"
    elif cue.get("visit") or (reading.countries and not cue.get("reports")):
        visits = A.visits_of(ctx, mandate, holder=holder, country=reading.countries[0] if reading.countries else None,
                             start=d and d["start"], end=d and d["end"])
        items = [a for a in A.visit_answers(ctx, visits, mandate, notes) if a["role"] == "answer"]
        what = "completed country visits" + (f" by {ctx.lexicon.name(holder)}" if holder else "")
        for a in items:
            a["label"] = f"{a['country']} ({a['start'] or 'undated'})"
    elif cue.get("reports") or re.search(r"\breports?\b", text):
        items = reports(ctx, mandate, notes, holder=holder, start=d and d["start"], end=d and d["end"], bodies=reading.bodies)[1:]
        what = "reports"
    elif cue.get("tasks"):
        today = d or {"start": __import__("datetime").date.today().isoformat(), "end": None}
        items = A.asof_data(ctx, mandate, today["start"], today["end"])["tasks"]
        what = "tasks in force" + (f" {d['text']}" if d else " today")
        for a in items:
            a["label"] = a["task"]
    elif cue.get("who") or re.search(r"\b(holders?|experts?)\b", text):
        items = holders(ctx, mandate, notes)
        what = "holders"
        for a in items:
            a["label"] = a["holder"]
    else:
        return []
    for a in items:
        a["role"] = "context"
    text_out = f"{len(items)} {what}: " + (_item_list(items) if items else "none") + "."
    lead = items[0] if items else {}
    return [summary(mandate, what, items, text_out, resolutions=[a.get("resolution") for a in items if a.get("resolution")],
                    countries=[a["country"] for a in items if a.get("country")], resolution=lead.get("resolution"))] + items


__all__ = ["holder_succession", "holders", "mandate_creator", "year_events", "reports", "reports_pursuant", "document_author",
           "visits_by_status", "visit_list", "count", "visit_status_wanted", "latest"]
