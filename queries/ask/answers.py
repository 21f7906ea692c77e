"""Answer functions, one per kind of question. Each reads the graph through Context (parameterised
queries) and returns answers as dicts, best first: what, which resolution or document, paragraph,
date, and the sources (document + locator) that state it. No fact is written here.
"""
from __future__ import annotations

import re

from .dates import duration_parts
from .facts import ML, Context, Entity, Event, earliest, latest, sort_key, span

KIND_WORDS = {"added": "Added", "reaffirmed": "Reaffirmed", "changed": "Changed", "superseded": "Dropped (superseded)"}
ACTION_WORDS = {"Created": "created", "Renewed": "renewed", "Extended": "extended", "NoAction": "did not change"}


# ------------------------------------------------------------------------------------ helpers
def tail(iri) -> str:
    return str(iri).rsplit("#", 1)[-1].rsplit("/", 1)[-1]


def duration_text(value: str | None) -> str | None:
    if not value:
        return None
    groups = duration_parts(value)
    if groups is None:
        return str(value)
    parts = [f"{n} {unit}{'s' if int(n) != 1 else ''}" for n, unit in zip(groups, ("year", "month", "day")) if n]
    return " ".join(parts) or str(value)


def values_text(ent: Entity, name: str, show=lambda v: str(v)) -> str | None:
    """One value, or every value with its source where sources disagree."""
    vals = ent.facts.get(name, [])
    if not vals:
        return None
    if len(vals) == 1:
        return show(vals[0].value)
    shown = []
    for v in sorted(vals, key=lambda v: str(v.value)):
        where = "; ".join(f"{s['document']} {s['locator']}" for s in v.sources)
        shown.append(f"{show(v.value)} (per {where})")
    return " or ".join(shown)


def fact_values(ent: Entity, name: str, show=lambda v: str(v)) -> list:
    return [{"value": show(v.value), "sources": v.sources} for v in sorted(ent.facts.get(name, []), key=lambda v: str(v.value))]


def disagreement_notes(ctx: Context, iri: str, what: str) -> list[str]:
    notes = []
    for d in ctx.disagreements(iri):
        srcs = "; ".join(f"{s['document']} {s['locator']}" for s in d["sources"])
        notes.append(f"{what[:1].upper() + what[1:]}: {d['comment'] or 'sources disagree on ' + d['property']} ({srcs}); every value is shown with its source.")
    return notes


def base(mandate, role="answer", **fields) -> dict:
    out = {"mandate": mandate, "role": role, "text": "", "resolution": None, "symbol": None, "paragraph": None, "date": None, "sources": []}
    out.update(fields)
    return out


def res_fields(ctx: Context, res_iri: str | None) -> dict:
    if not res_iri:
        return {"resolution": None, "symbol": None, "date": None}
    lex = ctx.lexicon
    dates = ctx.res_dates(res_iri)
    return {"resolution": lex.get(res_iri, "ref") or lex.name(res_iri), "symbol": lex.get(res_iri, "symbol"),
            "date": dates[0] if dates else None, **({"dates": dates} if len(dates) > 1 else {})}


def res_phrase(f: dict, paragraph: str | None = None) -> str:
    out = f["resolution"] or "an unnamed resolution"
    if f.get("symbol"):
        out += f" ({f['symbol']})"
    if paragraph:
        out += f", para. {paragraph}"
    dates = f.get("dates") or ([f["date"]] if f.get("date") else [])
    out += f", adopted {' or '.join(dates)}" if dates else ", adoption date not recorded"
    return out


def task_name(ctx: Context, task: str | None) -> str:
    return ctx.lexicon.get(task, "key") or tail(task)


# ------------------------------------------------------------------------------------ tasks
def event_answer(ctx: Context, ev: Event, role: str = "answer") -> dict:
    f = res_fields(ctx, ev.res)
    key = task_name(ctx, ev.task)
    label = ctx.lexicon.get(ev.task, "label")
    verb = {"added": "added", "reaffirmed": "reaffirmed", "changed": "changed", "superseded": "dropped (superseded)"}[ev.kind]
    text = f"{res_phrase(f, ev.paragraph)}, {verb} the task '{key}'"
    if label:
        text += f" ({label})"
    if ev.superseded_by:
        text += f"; it was replaced by '{task_name(ctx, ev.superseded_by)}'"
    text += "."
    if ev.notes:
        text += " Note: " + " ".join(ev.notes)
    out = base(ev.mandate, role, kind=ev.kind, task=key, task_label=label, text=text, paragraph=ev.paragraph,
               sources=ev.sources, **f)
    if ev.superseded_by:
        out["superseded_by"] = task_name(ctx, ev.superseded_by)
    if ev.notes:
        out["note"] = " ".join(ev.notes)
    return out


def origin_notes(ctx: Context, task: str, added: list[Event]) -> list[str]:
    notes = []
    if len({e.res for e in added}) > 1:
        parts = []
        for e in added:
            f = res_fields(ctx, e.res)
            where = "; ".join(f"{s['document']} {s['locator']}" for s in e.sources)
            parts.append(f"{where} names {f['resolution']}" + (f" para. {e.paragraph}" if e.paragraph else ""))
        notes.append(f"Sources disagree on which resolution first gave the task '{task_name(ctx, task)}': " + "; ".join(parts) + ". Both are shown.")
    for e in added:
        notes += disagreement_notes(ctx, e.res, f"{res_fields(ctx, e.res)['resolution']}")
    return notes


def task_origin(ctx: Context, task: str, mandate: str, notes: list) -> list[dict]:
    events = ctx.events(mandate, task=task)
    added = [e for e in events if e.kind == "added"]
    answers = [event_answer(ctx, e) for e in added]
    if len({e.res for e in added}) > 1:
        for a in answers:
            a["disputed"] = True
    notes += origin_notes(ctx, task, added)
    for e in events:
        if e.kind != "added":
            answers.append(event_answer(ctx, e, role="later"))
    if not added:
        notes.append(f"The graph records no 'added' event for the task '{task_name(ctx, task)}'.")
    return answers


def task_lineage(ctx: Context, task: str, mandate: str, notes: list) -> list[dict]:
    events = ctx.events(mandate, task=task)
    added = [e for e in events if e.kind == "added"]
    notes += origin_notes(ctx, task, added)
    answers = [event_answer(ctx, e) for e in events]
    # Where the task came from when it replaced another one.
    for other in ctx.events(mandate):
        if other.kind == "superseded" and other.superseded_by == task:
            answers.append(event_answer(ctx, other, role="context"))
    return answers


def resolution_changes(ctx: Context, res: str, mandate: str, notes: list, task: str | None = None) -> list[dict]:
    events = [e for e in ctx.events(mandate, res=res) if task is None or e.task == task]
    order = {"added": 0, "changed": 1, "superseded": 2, "reaffirmed": 3}
    events.sort(key=lambda e: (order[e.kind], _para(e.paragraph), task_name(ctx, e.task)))
    answers = [event_answer(ctx, e) for e in events]
    ent = ctx.resolution(res)
    if task is None and (ent.values("action") and mandate in ent.mandates()):
        answers.append(action_answer(ctx, res, mandate, role="answer" if not answers else "context"))
    notes += disagreement_notes(ctx, res, res_fields(ctx, res)["resolution"])
    return answers


def action_answer(ctx: Context, res: str, mandate: str, role: str = "answer") -> dict:
    ent = ctx.resolution(res)
    f = res_fields(ctx, res)
    actions = [ACTION_WORDS.get(tail(a), tail(a).lower()) for a in ent.values("action")]
    text = f"{res_phrase(f)}, {' / '.join(actions)} the mandate"
    period = values_text(ent, "period", duration_text)
    until = values_text(ent, "until")
    if period:
        text += f" for {period}"
    if until:
        text += f" until {until}"
    text += "."
    return base(mandate, role, kind="mandate_action", action=actions[0] if len(actions) == 1 else actions, text=text,
                period=ent.first("period"), until=ent.first("until"),
                sources=ent.sources("action", "adopted", "period", "until", "ref"), **f)


def mandate_resolutions(ctx: Context, mandate: str, notes: list) -> list[dict]:
    found = []
    for iri, ent in ctx.acting_resolutions(mandate).items():
        if mandate in ent.mandates() and any(tail(a) != "NoAction" for a in ent.values("action")):
            found.append((sort_key(ctx.res_date(iri)), ent.first("ref") or "", iri))
    answers = []
    for _, _, iri in sorted(found):
        answers.append(action_answer(ctx, iri, mandate))
        notes += disagreement_notes(ctx, iri, res_fields(ctx, iri)["resolution"])
    return answers


def asof_data(ctx: Context, mandate: str, start: str, end: str | None = None) -> dict:
    """Tasks in force at some time in [start, end]: added on or before end, not superseded before start."""
    qs, qe = span(start)[0], span(end or start)[1]
    events = ctx.events(mandate)
    by_task: dict[str, list] = {}
    for ev in events:
        by_task.setdefault(ev.task, []).append(ev)
    tasks, undated, notes = [], [], []
    for task, evs in sorted(by_task.items(), key=lambda kv: task_name(ctx, kv[0])):
        added = [e for e in evs if e.kind == "added"]
        dated = [(earliest(ctx.res_dates(e.res)), e) for e in added if ctx.res_dates(e.res)]
        if not dated:
            undated.append(task_name(ctx, task))
            continue
        since, first = min(dated, key=lambda de: (de[0], de[1].res))
        gone = [earliest(ctx.res_dates(e.res)) for e in evs if e.kind == "superseded" and ctx.res_dates(e.res)]
        until = min(gone) if gone else None
        if since > qe or (until is not None and until <= qs):
            continue
        ans = event_answer(ctx, first)
        ans["kind"] = "in_force"
        changes = [e for e in evs if e.kind == "changed" and ctx.res_dates(e.res) and earliest(ctx.res_dates(e.res)) <= qe]
        text = f"'{ans['task']}' ({ans['task_label']}): in force since {res_phrase(res_fields(ctx, first.res), first.paragraph)}"
        if len({e.res for e in added}) > 1:
            text += " (sources disagree on its origin: " + ", ".join(sorted({res_fields(ctx, e.res)["resolution"] for e in added})) + ")"
            ans["disputed"] = True
        if changes:
            last = changes[-1]
            text += f"; last changed by {res_fields(ctx, last.res)['resolution']}" + (f" para. {last.paragraph}" if last.paragraph else "")
            ans["last_changed_by"] = res_fields(ctx, last.res)["resolution"]
        if until is not None:
            text += f"; superseded from {until.isoformat()}"
        ans["text"] = text + "."
        ans["in_force_from"] = since.isoformat()
        tasks.append(ans)
    if undated:
        notes.append("Not placed in time (no adoption date for the resolution that added them): " + ", ".join(undated) + ".")
    return {"mandate": mandate, "start": qs.isoformat(), "end": qe.isoformat(), "tasks": tasks, "notes": notes}


# ------------------------------------------------------------------------------------ holders
def term_dates(ent: Entity) -> tuple:
    start = earliest(ent.values("start") or ent.values("took_up_functions") or ent.values("appointed"))
    end = latest(ent.values("end"))
    return start, end


def term_answer(ctx: Context, ent: Entity, mandate: str, role: str = "answer") -> dict:
    lex = ctx.lexicon
    holder = ent.first("holder")
    name = lex.name(holder)
    parts = []
    appointed = values_text(ent, "appointed")
    if appointed:
        parts.append(f"appointed {appointed}" + (f" by {tail(ent.first('appointed_by'))}" if ent.values("appointed_by") else ""))
    pursuant = ent.first("pursuant_to")
    if pursuant:
        parts.append(f"pursuant to {lex.name(pursuant)}")
    took = values_text(ent, "took_up_functions")
    if took:
        parts.append(f"took up functions on {took}")
    start = values_text(ent, "start")
    if start and not took and not appointed:
        parts.append(f"started {start}")
    end = values_text(ent, "end")
    parts.append(f"served until {end}" if end else "no end of term recorded (in office as far as the sources say)")
    text = f"{name}: " + ", ".join(parts) + "."
    f = res_fields(ctx, pursuant) if pursuant else {"resolution": None, "symbol": None}
    s, e = term_dates(ent)
    return base(mandate, role, kind="term", holder=name, text=text, resolution=f["resolution"], symbol=f["symbol"],
                date=s.isoformat() if s else None, start=ent.first("start"), end=ent.first("end"),
                appointed=fact_values(ent, "appointed"), took_up_functions=fact_values(ent, "took_up_functions"),
                ended=fact_values(ent, "end"), sources=ent.sources())


def terms_of(ctx: Context, mandate: str, holder: str | None = None) -> list[Entity]:
    terms = [t for t in ctx.facts_of_class("Term").values() if mandate in t.mandates() and (holder is None or holder in t.values("holder"))]
    return sorted(terms, key=lambda t: (term_dates(t)[0] or span("9999")[0], t.iri))


def holder_term(ctx: Context, holder: str, mandate: str, notes: list) -> list[dict]:
    answers = []
    for t in terms_of(ctx, mandate, holder):
        answers.append(term_answer(ctx, t, mandate))
        notes += disagreement_notes(ctx, t.iri, f"the term of {ctx.lexicon.name(holder)}")
    return answers


def holder_on_date(ctx: Context, mandate: str, start: str, end: str, notes: list) -> list[dict]:
    qs, qe = span(start)[0], span(end)[1]
    answers = []
    for t in terms_of(ctx, mandate):
        s, e = term_dates(t)
        if s is None or s > qe or (e is not None and e < qs):
            continue
        a = term_answer(ctx, t, mandate)
        if e is not None and len(str(t.first("end"))) < 10 and span(t.first("end"))[0] <= qe and qs <= span(t.first("end"))[1]:
            a["text"] += " (the end of this term is known only to the " + ("year" if len(str(t.first("end"))) == 4 else "month") + ")"
        answers.append(a)
        notes += disagreement_notes(ctx, t.iri, f"the term of {a['holder']}")
    return answers


# ------------------------------------------------------------------------------------ visits
def visit_answer(ctx: Context, ent: Entity, mandate: str, role: str = "answer") -> dict:
    lex = ctx.lexicon
    country = lex.name(ent.first("country"))
    holder = lex.name(ent.first("holder")) if ent.values("holder") else None
    status = re.sub(r"(?<!^)(?=[A-Z])", " ", tail(ent.first("status") or "")).lower() or "status unknown"
    start, end = values_text(ent, "start"), values_text(ent, "end")
    when = f"from {start} to {end}" if start and end and start != end else (f"in {start}" if start else "dates not recorded")
    text = f"{country}: visit {when}" + (f" by {holder}" if holder else "") + f" ({status})"
    reports = [lex.name(r) for r in ent.values("report")]
    if reports:
        text += f"; mission report {' / '.join(reports)}"
    elif status == "completed":
        text += "; no mission report recorded"
    text += "."
    notes = ent.values("note")
    if notes:
        text += " Note: " + " ".join(str(n) for n in notes)
    return base(mandate, role, kind="visit", country=country, holder=holder, status=status, start=ent.first("start"),
                end=ent.first("end"), report=reports[0] if reports else None, text=text, symbol=reports[0] if reports else None,
                date=ent.first("start"), ends=fact_values(ent, "end"), sources=ent.sources())


def visits_of(ctx: Context, mandate: str, holder=None, country=None, start=None, end=None) -> list[Entity]:
    out = []
    for v in ctx.facts_of_class("CountryVisit").values():
        if mandate not in v.mandates():
            continue
        if holder and holder not in v.values("holder"):
            continue
        if country and country not in v.values("country"):
            continue
        if start:
            vs = earliest(v.values("start"))
            ve = latest(v.values("end") or v.values("start"))
            if vs is None or vs > span(end or start)[1] or ve < span(start)[0]:
                continue
        out.append(v)
    done = lambda v: 0 if tail(v.first("status") or "") == "Completed" else 1  # noqa: E731
    return sorted(out, key=lambda v: (done(v), sort_key(v.first("start")), ctx.lexicon.name(v.first("country")) or ""))


def visit_answers(ctx: Context, visits: list[Entity], mandate: str, notes: list) -> list[dict]:
    answers = []
    for v in visits:
        role = "answer" if tail(v.first("status") or "") == "Completed" else "context"
        answers.append(visit_answer(ctx, v, mandate, role))
        notes += disagreement_notes(ctx, v.iri, f"the visit to {answers[-1]['country']}")
    return answers


# ------------------------------------------------------------------------------------ documents
def document_answer(ctx: Context, doc: str, notes: list) -> list[dict]:
    lex = ctx.lexicon
    ent = ctx.entity(doc)
    symbol = lex.get(doc, "symbol") or lex.name(doc)
    mandates = sorted(ent.mandates()) or sorted(lex.mandates_of.get(doc, set()))
    mandate = mandates[0] if len(mandates) == 1 else (mandates or None)
    if lex.get(doc, "ref"):
        f = res_fields(ctx, doc)
        kinds = [tail(t).lower() for t in ent.values("type")] or ["resolution"]
        text = f"{symbol} is {f['resolution']}, a {kinds[0]} of the {tail(ent.first('body') or '') or 'body not recorded'}"
        if ent.values("session"):
            text += f", session {ent.first('session')}"
        text += f", adopted {' or '.join(ctx.res_dates(doc))}" if ctx.res_dates(doc) else ", adoption date not recorded"
        if ent.values("title"):
            text += f", titled \"{ent.first('title')}\""
        if ent.values("action"):
            actions = [ACTION_WORDS.get(tail(a), tail(a)) for a in ent.values("action")]
            text += f"; it {' / '.join(actions)} the mandate" + (f" for {values_text(ent, 'period', duration_text)}" if ent.values("period") else "")
        notes += disagreement_notes(ctx, doc, f["resolution"])
        return [base(mandate, kind="resolution", text=text + ".", title=ent.first("title"), sources=ent.sources(), **f)]
    if not ent.facts:
        return [base(mandate, kind="document", symbol=symbol, text=f"{symbol} is cited as a source in the graph; the graph records nothing else about it.")]
    kind = next((re.sub(r"(?<!^)(?=[A-Z])", " ", tail(t)).lower() for t in ent.values("type") if tail(t) != "Document"), "document")
    text = f"{symbol} is a {kind}"
    body = ent.first("body")
    if body:
        text += f" addressed to the {tail(body)}"
    if ent.values("session"):
        text += f", session {ent.first('session')}"
    if ent.values("year") or ent.values("date"):
        text += f", {values_text(ent, 'date') or values_text(ent, 'year')}"
    authors = [lex.name(a) for a in ent.values("author")] + [tail(a) for a in ent.values("author_body")] + [str(a) for a in ent.values("author_name")]
    text += f", by {' and '.join(authors)}" if authors else ", author not recorded"
    if ent.values("title"):
        text += f"; title: \"{ent.first('title')}\""
    if ent.values("theme"):
        text += f"; theme: {values_text(ent, 'theme')}"
    pursuant = [lex.name(p) for p in ent.values("pursuant_to")]
    if pursuant:
        text += f"; presented pursuant to {' and '.join(pursuant)}"
    if ent.values("addendum_to"):
        text += f"; addendum to {lex.name(ent.first('addendum_to'))}"
    if ent.values("note"):
        text += ". Note: " + " ".join(str(n) for n in ent.values("note"))
    notes += disagreement_notes(ctx, doc, symbol)
    return [base(mandate, kind="document", symbol=symbol, text=text + ".", document_type=kind, body=tail(body) if body else None,
                 session=ent.first("session"), year=ent.first("year"), date=ent.first("date") or ent.first("year"),
                 authors=authors, theme=ent.first("theme"), title=ent.first("title"),
                 pursuant_to=pursuant, sources=ent.sources())]


def document_pursuant(ctx: Context, doc: str, notes: list) -> list[dict]:
    lex = ctx.lexicon
    ent = ctx.entity(doc)
    symbol = lex.get(doc, "symbol") or lex.name(doc)
    mandates = sorted(ent.mandates())
    mandate = mandates[0] if len(mandates) == 1 else (mandates or None)
    answers = []
    for val in sorted(ent.facts.get("pursuant_to", []), key=lambda v: str(v.value)):
        f = res_fields(ctx, val.value)
        answers.append(base(mandate, kind="pursuant_to", document=symbol, sources=val.sources,
                            text=f"{symbol} was presented pursuant to {res_phrase(f)}.", **f))
    if not answers:
        notes.append(f"The graph records no resolution that {symbol} was presented pursuant to.")
        answers = document_answer(ctx, doc, notes)
        for a in answers:
            a["role"] = "context"
    return answers


def _para(p):
    m = re.match(r"(\d+)", p or "")
    return (int(m[1]) if m else 9999, p or "")


__all__ = [name for name in dir() if not name.startswith("_")] + ["ML"]
