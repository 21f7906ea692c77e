"""`ask`: plain-English questions answered from the graph, each answer with its sources.

    ctx = open_context(settings)          # the current build's store and lexicon
    result = ask(ctx, "Which resolution added the task X?")
    result["answers"][0]["resolution"]    # the ref of the resolution that added the task

result = {"question", "interpretation", "status", "answers": [...], "notes": [...]} (plus
"candidates" for an ambiguous question and "suggestions" for one that could not be read).
Nothing here imports rdflib, Typer or Rich.
"""
from __future__ import annotations

from . import dispatch as D
from . import lists as L
from .catalogue import catalogue
from .facts import CATALOGUE_FILE, ENGLISH_FILE, LEXICON_DIR, Context
from .reader import MAX_QUESTION, Reader, Reading
from .suggest import closest_forms, closest_names

EXIT = {"answered": 0, "no_answer": 0, "ambiguous": 2, "not_understood": 2, "refused": 2}


def open_context(settings) -> Context:
    """The current build (raises FileNotFoundError without a build, LookupError for an unknown mandate)."""
    ctx = Context(settings)
    catalogue(ctx.build_dir / LEXICON_DIR / CATALOGUE_FILE)
    return ctx


def __getattr__(name: str):
    if name == "FORMS":
        return catalogue().forms()
    raise AttributeError(name)


def reader_for(ctx: Context) -> Reader:
    if getattr(ctx, "_reader", None) is None:
        ctx._reader = Reader(ctx.lexicon, ctx.build_dir / LEXICON_DIR / ENGLISH_FILE, home=ctx.home)
    return ctx._reader


def exit_code(result: dict) -> int:
    return EXIT.get(result.get("status"), 2)


def _describe(ctx: Context, reading: Reading) -> dict:
    lex = ctx.lexicon
    ents = {}
    for kind, attr in (("task", "tasks"), ("holder", "holders"), ("country", "countries"), ("document", "documents"),
                       ("body", "bodies"), ("mandate", "mandates")):
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
    slots = set(catalogue().kind(reading.kind).slots) if reading.kind else set()
    if reading.kind and "task" not in slots:
        matched = [m for m in matched if m["kind"] != "task"]
        ents.pop("task", None)
    longest: dict = {}
    for m in matched:  # one line per entity: the longest words that named it
        k = (m["kind"], str(m["entity"]))
        if k not in longest or len(m["words"]) > len(longest[k]["words"]):
            longest[k] = m
    matched = [m for m in matched if longest[(m["kind"], str(m["entity"]))] is m]
    out = {"kind": reading.kind, "form": catalogue().kind(reading.kind).form if reading.kind else None, "entities": ents,
           "matched": matched, "corrections": reading.corrections, "mandates": [], "restated": None}
    return out


def _kept(m, reading) -> bool:
    attr = {"task": "tasks", "holder": "holders", "country": "countries", "mandate": "mandates"}.get(m.kind)
    if attr is None:
        return True
    kept = getattr(reading, attr)
    return any(i in kept or str(i).rsplit("/", 1)[-1] in kept for i in m.items)


class _Blank(dict):
    def __missing__(self, key):
        return ""


def _restate(ctx: Context, reading: Reading) -> str:
    lex = ctx.lexicon
    name = lambda xs: ", ".join(lex.name(x) for x in xs)  # noqa: E731
    res = [r for r in reading.resolutions if not isinstance(r, list)]
    d = reading.dates[0] if reading.dates else None
    when = D._when(reading)
    filters = []
    if reading.holders and reading.kind in ("reports", "visits_by_status", "count"):
        filters.append(f"by {name(reading.holders[:1])}")
    if d and reading.kind in ("reports", "visits_by_status", "count"):
        filters.append(when)
    if reading.bodies and reading.kind in ("reports", "count"):
        filters.append("to the " + " or ".join(reading.bodies))
    fields = _Blank(
        task=name(reading.tasks[:1]), holder=name(reading.holders[:1]), country=name(reading.countries[:1]),
        document=name((reading.documents or res)[:1]), res1=name(res[:1]), res2=name(res[1:2]), when=when,
        when_opt=f" {when}" if d else "", body=", ".join(reading.bodies), filter=(" " + ", ".join(filters)) if filters else "",
        in_task=f" in the task {name(reading.tasks[:1])}" if reading.tasks and reading.cues.get("task_word") else "",
        direction="preceded" if D.BEFORE.search(" ".join(reading.tokens)) else "succeeded",
        status=L.visit_status_wanted(reading.cues, " ".join(reading.tokens)) if reading.kind == "visits_by_status" else "",
        what=_count_what(reading),
    )
    return catalogue().kind(reading.kind).restate.format_map(fields)


def _count_what(reading: Reading) -> str:
    c = reading.cues
    if reading.kind != "count":
        return ""
    for cue, what in (("renew", "renewals"), ("visit", "country visits"), ("reports", "reports"), ("tasks", "tasks in force"), ("who", "holders")):
        if c.get(cue):
            return what
    return "items"


def _scope(ctx: Context, reading: Reading, items: list) -> tuple[list, list, bool]:
    """The mandates to answer for, notes explaining the choice, and whether the home mandate was assumed."""
    notes = []
    owners = set()
    for i in items:
        owners |= ctx.lexicon.mandates_of.get(i, set())
    if ctx.explicit_mandate:
        chosen = [ctx.explicit_mandate]
    elif reading.mandates:
        chosen = [m for m in ctx.mandates if m in reading.mandates]
    elif ctx.all_mandates or not ctx.home:
        chosen = list(ctx.mandates)
    elif owners:
        return ([ctx.home] if ctx.home in owners else [m for m in ctx.mandates if m in owners]), notes, False
    else:
        return [ctx.home], notes, True
    if owners:
        kept = [m for m in chosen if m in owners]
        if not kept:
            names = ", ".join(ctx.lexicon.name(i) for i in items)
            notes.append(f"{names} belongs to {', '.join(sorted(owners))}, not to {', '.join(chosen)}.")
        chosen = kept
    return chosen, notes, False


def _items(reading: Reading, kind: str) -> list:
    attr = D.ITEMS.get(kind, "")
    if not attr:
        return []
    vals = getattr(reading, attr)
    return [v for v in (vals[:2] if attr == "resolutions" else vals[:1]) if not isinstance(v, list)]


def _answered(answers: list) -> int:
    heads = [a for a in answers if a.get("role") == "summary"]
    if heads:
        return sum(a.get("count", 0) for a in heads)
    return sum(1 for a in answers if a.get("role") == "answer")


def ask(ctx: Context, question) -> dict:
    reader = reader_for(ctx)
    if isinstance(question, (bytes, bytearray)):
        question = bytes(question).decode("utf-8", errors="replace")
    question = question if isinstance(question, str) else str(question)
    reading = reader.read(question.strip())
    result = {"question": question, "status": "answered", "interpretation": None, "answers": [], "notes": []}
    if reading.status == "refused":
        result.update(status="refused", message=f"The question is too long ({len(question)} characters); the limit is {MAX_QUESTION}.",
                      interpretation={"kind": None, "restated": None},
                      suggestions={"forms": closest_forms(question[:300]), "names": []})
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
    fn = getattr(D, catalogue().kind(kind).answer)
    answers = result["answers"]
    if D.ITEMS.get(kind, "") is None:
        mandates, home_assumed = None, False
        answers += fn(ctx, reading, None, notes)
    else:
        mandates, more, home_assumed = _scope(ctx, reading, _items(reading, kind))
        notes += more
        for m in mandates:
            answers += fn(ctx, reading, m, notes)
    interp["mandates"] = mandates if mandates is not None else sorted({a["mandate"] for a in answers if isinstance(a.get("mandate"), str)})
    forms = catalogue().forms()
    interp["did_you_mean"] = [{"kind": k, "form": forms[k][0], "example": forms[k][1]} for k in reading.alternatives]
    for slot, others in reading.also_matched.items():
        shown = [f"{ctx.lexicon.name(o)} ({ctx.lexicon.get(o, 'label')})" if ctx.lexicon.get(o, "label") else ctx.lexicon.name(o) for o in others[:4]]
        interp.setdefault("also_matched", {})[slot] = [ctx.lexicon.name(o) for o in others]
        notes.append(f"The words also match the {slot}(s) " + "; ".join(shown) + f"; this answer is for {ctx.lexicon.name(reading.tasks[0])}. Name another to ask about it.")
    if home_assumed:
        _other_mandates(ctx, reading, fn, result)
    result["notes"] = list(dict.fromkeys(notes))
    if not answers:
        result["status"] = "no_answer"
        result["message"] = "The graph has no answer to this question" + (f" for mandate {', '.join(interp['mandates'])}" if interp["mandates"] else "") + "."
    return result


def _other_mandates(ctx: Context, reading: Reading, fn, result: dict) -> None:
    """The closing line of an answer given for the home mandate: how many answers the others have."""
    counts = {}
    for m in ctx.mandates:
        if m != ctx.home:
            try:
                counts[m] = _answered(fn(ctx, reading, m, []))
            except (LookupError, IndexError, TypeError, ValueError):
                counts[m] = 0
    result["other_mandates"] = counts
    total = sum(counts.values())
    if total:
        per = ", ".join(f"{m}: {n}" for m, n in counts.items() if n)
        result["notes"].append(f"Answered for the home mandate {ctx.home}. The other mandates have {total} answer(s) to this question ({per}): "
                               "see them with --mandate all or by naming the mandate in the question.")
    else:
        result["notes"].append(f"Answered for the home mandate {ctx.home}; the other mandates have no answer to this question.")

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
