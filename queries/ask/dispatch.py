"""The answer function behind each kind of question (the `answer` field of queries/questions.toml).

Each takes (ctx, reading, mandate, notes) and returns answers, best first; `ITEMS` says which
entities of the reading decide the mandate (an entity of one mandate is answered in that one).
"""
from __future__ import annotations

import re

from . import answers as A
from . import lists as L
from .diff import diff_answers
from .reader import QUESTION_WORDS, STOP, words

BEFORE = re.compile(r"\b(preced\w*|predecessor\w*|before|came before|prior|did \w+( \w+)?( \w+)? replace)\b")
LATEST = re.compile(r"\b(last|latest|current|most recent|newest)\b")


def _date(reading):
    return reading.dates[0] if reading.dates else None


def _when(reading) -> str:
    d = _date(reading)
    if not d:
        return ""
    if d["precision"] == "day":
        return f"on {d['start']}"
    if d["precision"] == "range":
        return f"from {d['start']} to {d['end']}" if d["text"] != "now" else "now"
    return f"in {d['text']}"


def _res(reading) -> list:
    return [r for r in reading.resolutions if not isinstance(r, list)]


def _tasks_in(ctx, reading, m) -> list:
    return [t for t in reading.tasks if m in ctx.lexicon.mandates_of.get(t, set())][:1]


def content_words(reading) -> set:
    """Words of the question that are neither question words nor names (the theme of a report)."""
    named = {w for m in reading.mentions if m.kind in ("holder", "body", "mandate", "country") for w in words(m.text)}
    return {w for w in reading.tokens if w not in QUESTION_WORDS and w not in STOP and w not in named and len(w) > 1 and not w.isdigit()}


def task_origin(ctx, reading, m, notes):
    """Which resolution added the task (or, when the question asks so, reaffirmed, changed or dropped it)."""
    out = [a for t in _tasks_in(ctx, reading, m) for a in A.task_origin(ctx, t, m, notes)]
    c = reading.cues
    wanted = "reaffirmed" if c.get("reaffirmed") else "changed" if c.get("changed") else "superseded" if c.get("dropped") else None
    hits = [a for a in out if a.get("kind") == wanted]
    if wanted and hits:
        for a in out:
            a["role"] = "answer" if a in hits else "context"
        out = hits + [a for a in out if a not in hits]
    elif wanted and out:
        notes.append(f"The graph records no '{wanted}' event for this task; its lineage is shown instead.")
    return out


def task_lineage(ctx, reading, m, notes):
    out = []
    for t in _tasks_in(ctx, reading, m):
        events = A.task_lineage(ctx, t, m, notes)
        steps = [a for a in events if a["role"] == "answer"]
        if not steps:
            continue
        text = f"The task '{A.task_name(ctx, t)}': " + " ".join(f"{i}. {a['text']}" for i, a in enumerate(steps, 1))
        replaced = [a for a in events if a["role"] == "context"]
        if replaced:
            text += " It replaced: " + " ".join(a["text"] for a in replaced)
        head = L.summary(m, "lineage", steps, text, task=A.task_name(ctx, t), resolutions=[a["resolution"] for a in steps],
                         resolution=steps[0]["resolution"], paragraph=steps[0]["paragraph"], date=steps[0]["date"])
        out += [head] + events
    return out


def resolution_changes(ctx, reading, m, notes):
    tasks = _tasks_in(ctx, reading, m) if reading.cues.get("task_word") else []
    try:
        return A.resolution_changes(ctx, _res(reading)[0], m, notes, task=tasks[0] if tasks else None)
    except LookupError as exc:
        notes.append(str(exc).capitalize() + ".")
        return []


def diff(ctx, reading, m, notes):
    res = _res(reading)
    try:
        return diff_answers(ctx, m, res[0], res[1], notes)
    except LookupError as exc:
        notes.append(str(exc).capitalize() + ".")
        return []


def mandate_resolutions(ctx, reading, m, notes):
    found = A.mandate_resolutions(ctx, m, notes)
    d = _date(reading)
    if d:
        found = [a for a in found if a["date"] and d["start"][:len(a["date"])] <= a["date"] <= d["end"]]
    if LATEST.search(" ".join(reading.tokens)):
        found = found[::-1]
    if len(found) < 2:
        return found
    for a in found:
        a["label"] = f"{a['resolution']} ({a['date'] or 'undated'}, {a['action']})"
    what = "resolution(s) that created, renewed or extended the mandate"
    text = f"{len(found)} {what}" + (f" {_when(reading)}" if d else "") + ": " + "; ".join(a["label"] for a in found) + "."
    first = found[0]
    return [L.summary(m, "resolutions", found, text, resolutions=[a["resolution"] for a in found], resolution=first["resolution"],
                      date=first["date"], action=first["action"], period=first.get("period"))] + found


def mandate_creator(ctx, reading, m, notes):
    return L.mandate_creator(ctx, m, notes)


def tasks_asof(ctx, reading, m, notes):
    d = _date(reading)
    data = A.asof_data(ctx, m, d["start"], d["end"])
    notes += data["notes"]
    tasks = data["tasks"]
    if not tasks:
        return []
    text = f"{len(tasks)} task(s) in force {_when(reading)}: " + ", ".join(a["task"] for a in tasks) + "."
    return [L.summary(m, "tasks", tasks, text, tasks=[a["task"] for a in tasks])] + tasks


def holder_on_date(ctx, reading, m, notes):
    d = _date(reading)
    return A.holder_on_date(ctx, m, d["start"], d["end"], notes)


def holder_term(ctx, reading, m, notes):
    return A.holder_term(ctx, reading.holders[0], m, notes)


def holder_succession(ctx, reading, m, notes):
    before = bool(BEFORE.search(" ".join(reading.tokens)))
    return L.holder_succession(ctx, reading.holders[0], m, notes, before=before)


def holders(ctx, reading, m, notes):
    return L.holders(ctx, m, notes, latest_first=bool(LATEST.search(" ".join(reading.tokens))))


def holder_visits(ctx, reading, m, notes):
    d = _date(reading)
    visits = A.visits_of(ctx, m, holder=reading.holders[0], start=d and d["start"], end=d and d["end"])
    return L.visit_list(ctx, visits, m, notes, f"by {ctx.lexicon.name(reading.holders[0])}" + (f" {_when(reading)}" if d else ""))


def visits_in_year(ctx, reading, m, notes):
    d = _date(reading)
    return L.visit_list(ctx, A.visits_of(ctx, m, start=d["start"], end=d["end"]), m, notes, _when(reading))


def country_visit(ctx, reading, m, notes):
    out = [a for c in reading.countries[:1] for a in A.visit_answers(ctx, A.visits_of(ctx, m, country=c), m, notes)]
    if len(out) < 2:
        return out
    return L.visit_list(ctx, A.visits_of(ctx, m, country=reading.countries[0]), m, notes, f"to {ctx.lexicon.name(reading.countries[0])}")


def visits_by_status(ctx, reading, m, notes):
    d = _date(reading)
    wanted = L.visit_status_wanted(reading.cues, " ".join(reading.tokens))
    return L.visits_by_status(ctx, m, wanted, notes, start=d and d["start"], end=d and d["end"],
                              holder=reading.holders[0] if reading.holders else None)


def document_info(ctx, reading, m, notes):
    docs = reading.documents or _res(reading)
    return [a for doc in docs[:2] for a in A.document_answer(ctx, doc, notes)]


def document_pursuant(ctx, reading, m, notes):
    docs = [d for d in reading.documents if not ctx.lexicon.get(d, "ref")]
    return [a for doc in docs[:2] for a in A.document_pursuant(ctx, doc, notes)]


def document_author(ctx, reading, m, notes):
    docs = [d for d in reading.documents if not ctx.lexicon.get(d, "ref")]
    return [a for doc in docs[:2] for a in L.document_author(ctx, doc, notes)]


def reports_pursuant(ctx, reading, m, notes):
    return L.reports_pursuant(ctx, _res(reading)[0], m, notes)


def reports(ctx, reading, m, notes):
    d = _date(reading)
    return L.reports(ctx, m, notes, holder=reading.holders[0] if reading.holders else None, start=d and d["start"],
                     end=d and d["end"], bodies=reading.bodies, content=content_words(reading))


def year_events(ctx, reading, m, notes):
    d = _date(reading)
    return L.year_events(ctx, m, d["start"], d["end"], _when(reading), notes)


def count(ctx, reading, m, notes):
    return L.count(ctx, reading, m, notes)


# Which entities of the reading decide the mandate, per kind (None: documents carry their own).
ITEMS = {
    "task_origin": "tasks", "task_lineage": "tasks", "holder_term": "holders", "holder_succession": "holders",
    "holder_visits": "holders", "country_visit": "countries", "diff": "resolutions", "resolution_changes": "resolutions",
    "reports_pursuant": "resolutions", "reports": "holders", "visits_by_status": "holders", "count": "holders",
    "document_info": None, "document_pursuant": None, "document_author": None,
}
