"""`ask`: plain-English questions answered from the graph, each answer with its sources.

    ctx = open_context(settings)          # the current build's store and lexicon
    result = ask(ctx, "Which resolution added the task X?")
    result["answers"][0]["resolution"]    # the ref of the resolution that added the task

result = {"question", "interpretation", "status", "answers": [...], "notes": [...]} (plus
"candidates" for an ambiguous question and "suggestions" for one that could not be read).
Nothing here imports rdflib, Typer or Rich.
"""
from __future__ import annotations

from . import answers as A
from .facts import Context
from .reader import FORMS, MAX_QUESTION, Reader, Reading, closest_forms, closest_names

EXIT = {"answered": 0, "no_answer": 0, "ambiguous": 2, "not_understood": 2, "refused": 2}


def open_context(settings) -> Context:
    """The current build (raises FileNotFoundError without a build, LookupError for an unknown mandate)."""
    return Context(settings)


def reader_for(ctx: Context) -> Reader:
    if getattr(ctx, "_reader", None) is None:
        ctx._reader = Reader(ctx.lexicon)
    return ctx._reader


def exit_code(result: dict) -> int:
    return EXIT.get(result.get("status"), 2)


def _describe(ctx: Context, reading: Reading) -> dict:
    lex = ctx.lexicon
    ents = {}
    for kind, attr in (("task", "tasks"), ("holder", "holders"), ("country", "countries"), ("document", "documents")):
        vals = getattr(reading, attr)
        if vals:
            ents[kind] = [lex.name(v) for v in vals]
    res = [lex.name(r) if not isinstance(r, list) else [lex.name(x) for x in r] for r in reading.resolutions]
    if res:
        ents["resolution"] = res
    if reading.dates:
        ents["date"] = [{k: d[k] for k in ("text", "start", "end", "precision")} for d in reading.dates]
    matched = [{"kind": m.kind, "words": m.text, "entity": lex.name(m.items[0]) if len(m.items) == 1 else [lex.name(i) for i in m.items], "how": m.how}
               for m in reading.mentions if _kept(m, reading)]
    seen, unique = set(), []
    for m in matched:
        k = (m["kind"], m["words"], str(m["entity"]))
        if k not in seen:
            seen.add(k)
            unique.append(m)
    matched = unique
    out = {"kind": reading.kind, "form": FORMS[reading.kind][0] if reading.kind else None, "entities": ents,
           "matched": matched, "corrections": reading.corrections, "mandates": [], "restated": None}
    return out


def _kept(m, reading) -> bool:
    attr = {"task": "tasks", "holder": "holders", "country": "countries", "mandate": "mandates"}.get(m.kind)
    if attr is None:
        return True
    kept = getattr(reading, attr)
    return any(i in kept or str(i).rsplit("/", 1)[-1] in kept for i in m.items)


def _restate(ctx: Context, reading: Reading) -> str:
    lex = ctx.lexicon
    k = reading.kind
    name = lambda xs: ", ".join(lex.name(x) for x in xs)  # noqa: E731
    d = reading.dates[0] if reading.dates else None
    when = (f"on {d['start']}" if d and d["precision"] == "day" else f"in {d['text']}" if d else "")
    res = [r for r in reading.resolutions if not isinstance(r, list)]
    return {
        "task_origin": f"which resolution first gave the task {name(reading.tasks)}, and what later changed it",
        "task_lineage": f"how the task {name(reading.tasks)} changed over time",
        "resolution_changes": f"what {name(res[:1])} added or changed" + (f" in the task {name(reading.tasks)}" if reading.tasks else ""),
        "diff": f"what changed between {name(res[:1])} and {name(res[1:2])}",
        "mandate_resolutions": "which resolutions created, renewed or extended the mandate, and when",
        "tasks_asof": f"which tasks were in force {when}",
        "holder_on_date": f"who held the mandate {when}",
        "holder_term": f"when {name(reading.holders)} was appointed and until when they served",
        "holder_visits": f"which countries {name(reading.holders)} visited" + (f" {when}" if d else ""),
        "visits_in_year": f"which country visits took place {when}",
        "country_visit": f"when {name(reading.countries)} was visited and which report covers it",
        "document_info": f"what {name(reading.documents or res[:1])} is",
        "document_pursuant": f"which resolution {name(reading.documents)} was presented pursuant to",
    }.get(k, "")


def _scope(ctx: Context, reading: Reading, items: list) -> tuple[list, list]:
    """The mandates to answer for, and the notes explaining the choice."""
    notes = []
    if ctx.explicit_mandate:
        chosen = [ctx.explicit_mandate]
    elif reading.mandates:
        chosen = [m for m in ctx.mandates if m in reading.mandates]
    else:
        chosen = list(ctx.mandates)
    if items:
        owners = set()
        for i in items:
            owners |= ctx.lexicon.mandates_of.get(i, set())
        if owners:
            kept = [m for m in chosen if m in owners]
            if not kept:
                names = ", ".join(ctx.lexicon.name(i) for i in items)
                notes.append(f"{names} belongs to {', '.join(sorted(owners))}, not to {', '.join(chosen)}.")
            chosen = kept
    return chosen, notes


def ask(ctx: Context, question: str) -> dict:
    reader = reader_for(ctx)
    question = question if isinstance(question, str) else str(question)
    reading = reader.read(question.strip())
    result = {"question": question, "status": "answered", "interpretation": None, "answers": [], "notes": []}
    if reading.status == "refused":
        result.update(status="refused", message=f"The question is too long ({len(question)} characters); the limit is {MAX_QUESTION}.",
                      interpretation={"kind": None, "restated": None})
        return result
    interp = _describe(ctx, reading)
    result["interpretation"] = interp
    notes = result["notes"]
    notes += reading.notes
    if not question.strip():
        reading.status = "not_understood"
    if reading.status == "not_understood":
        return _not_understood(ctx, reader, reading, result)
    if reading.status == "ambiguous":
        return _ambiguous(ctx, reading, result, [ctx.lexicon.name(c) for c in reading.candidates], "resolution")
    interp["restated"] = _restate(ctx, reading)
    kind = reading.kind
    answers = result["answers"]
    if kind in ("task_origin", "task_lineage"):
        mandates, more = _scope(ctx, reading, reading.tasks)
        notes += more
        per = {m: [t for t in reading.tasks if m in ctx.lexicon.mandates_of.get(t, set())] for m in mandates}
        clash = [t for m in mandates for t in per[m] if len(per[m]) > 1]
        if clash:
            return _ambiguous(ctx, reading, result, clash, "task")
        fn = A.task_origin if kind == "task_origin" else A.task_lineage
        for m in mandates:
            for t in per[m]:
                answers += fn(ctx, t, m, notes)
    elif kind in ("resolution_changes", "diff"):
        res = reading.resolutions
        mandates, more = _scope(ctx, reading, [])
        for m in mandates:
            try:
                if kind == "diff":
                    answers += A.diff_answers(ctx, m, res[0], res[1], notes)
                else:
                    tasks = [t for t in reading.tasks if m in ctx.lexicon.mandates_of.get(t, set())]
                    answers += A.resolution_changes(ctx, res[0], m, notes, task=tasks[0] if len(tasks) == 1 else None)
            except LookupError as exc:
                notes.append(str(exc).capitalize() + ".")
                break
    elif kind in ("holder_term", "holder_visits"):
        if len(reading.holders) > 1:
            return _ambiguous(ctx, reading, result, reading.holders, "holder")
        mandates, more = _scope(ctx, reading, reading.holders)
        notes += more
        d = reading.dates[0] if reading.dates else None
        for m in mandates:
            if kind == "holder_term":
                answers += A.holder_term(ctx, reading.holders[0], m, notes)
            else:
                visits = A.visits_of(ctx, m, holder=reading.holders[0], start=d and d["start"], end=d and d["end"])
                answers += A.visit_answers(ctx, visits, m, notes)
    elif kind == "country_visit":
        mandates, more = _scope(ctx, reading, reading.countries)
        notes += more
        for m in mandates:
            for c in reading.countries:
                answers += A.visit_answers(ctx, A.visits_of(ctx, m, country=c), m, notes)
    elif kind in ("visits_in_year", "holder_on_date", "tasks_asof", "mandate_resolutions"):
        mandates, more = _scope(ctx, reading, [])
        d = reading.dates[0] if reading.dates else None
        for m in mandates:
            if kind == "visits_in_year":
                answers += A.visit_answers(ctx, A.visits_of(ctx, m, start=d["start"], end=d["end"]), m, notes)
            elif kind == "holder_on_date":
                answers += A.holder_on_date(ctx, m, d["start"], d["end"], notes)
            elif kind == "tasks_asof":
                data = A.asof_data(ctx, m, d["start"], d["end"])
                answers += data["tasks"]
                notes += data["notes"]
            else:
                answers += A.mandate_resolutions(ctx, m, notes)
    elif kind == "document_info":
        mandates = None
        for doc in (reading.documents or [r for r in reading.resolutions if not isinstance(r, list)])[:2]:
            answers += A.document_answer(ctx, doc, notes)
    elif kind == "document_pursuant":
        mandates = None
        for doc in reading.documents[:2]:
            answers += A.document_pursuant(ctx, doc, notes)
    interp["mandates"] = mandates if mandates is not None else sorted({a["mandate"] for a in answers if isinstance(a.get("mandate"), str)})
    result["notes"] = list(dict.fromkeys(notes))
    if not answers:
        result["status"] = "no_answer"
        result["message"] = "The graph has no answer to this question" + (f" for mandate {', '.join(interp['mandates'])}" if interp["mandates"] else "") + "."
    return result


def _ambiguous(ctx: Context, reading: Reading, result: dict, candidates: list, what: str) -> dict:
    lex = ctx.lexicon
    cands = []
    for c in dict.fromkeys(candidates):
        item = c if c in lex.kind_of else None
        entry = {"kind": what, "name": lex.name(item) if item else c}
        if item and lex.get(item, "label") and lex.get(item, "label") != entry["name"]:
            entry["label"] = lex.get(item, "label")
        if item:
            entry["mandates"] = sorted(lex.mandates_of.get(item, set()))
        cands.append(entry)
    result.update(status="ambiguous", candidates=cands,
                  message=f"The question names more than one {what}; ask again with one of the candidates.")
    return result


def _not_understood(ctx: Context, reader: Reader, reading: Reading, result: dict) -> dict:
    missing = reading.missing
    kind = {"task": "task", "document": "document", "resolution": "resolution"}.get(missing) if missing else None
    result.update(status="not_understood",
                  message="I could not read this question" + (f": it seems to lack a {missing}" if missing else "") + ".",
                  suggestions={"forms": closest_forms(reading.question), "names": closest_names(reader, reading, kind=kind)})
    if reading.unknown_symbols:
        result["notes"].append("Not in the graph: " + ", ".join(reading.unknown_symbols) + ".")
    return result


__all__ = ["ask", "open_context", "exit_code", "FORMS", "Context", "Reader", "MAX_QUESTION"]
