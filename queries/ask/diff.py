"""`diff`: the tasks in force right after one resolution compared with those right after another.

A task is in force right after resolution R when an event on or before R's adoption added it and
no such event superseded it. Each task falls in one group: added, dropped, changed (a change, or
a new origin the sources give, between the two; with the wording before and after and their
sources), unchanged. Only the mandate the resolutions belong to is compared.
"""
from __future__ import annotations

from . import answers as A
from .facts import Context, earliest


def _state(ctx: Context, events: list, res: str, when) -> dict:
    """task -> the events up to and including `res` (in date order)."""
    out: dict = {}
    for ev in events:
        d = earliest(ctx.res_dates(ev.res))
        if d is None or d > when or (d == when and ev.res != res and _same_day_after(ctx, ev.res, res)):
            continue
        out.setdefault(ev.task, []).append(ev)
    return out


def _same_day_after(ctx: Context, other: str, res: str) -> bool:
    """Two resolutions of the same day: the one with the higher number counts as later."""
    return (ctx.lexicon.name(other) or "") > (ctx.lexicon.name(res) or "")


def _in_force(evs: list) -> bool:
    return any(e.kind == "added" for e in evs) and not any(e.kind == "superseded" for e in evs)


def _wording(evs: list):
    """The latest event that set the task's wording (added or changed)."""
    defining = [e for e in evs if e.kind in ("added", "changed")]
    return defining[-1] if defining else None


def diff_data(ctx: Context, mandate: str, r1: str, r2: str) -> dict:
    d1, d2 = earliest(ctx.res_dates(r1)), earliest(ctx.res_dates(r2))
    notes = []
    if d1 is None or d2 is None:
        missing = [A.res_fields(ctx, r)["resolution"] for r, d in ((r1, d1), (r2, d2)) if d is None]
        raise LookupError(f"the graph records no adoption date for {', '.join(missing)}: cannot order the two resolutions")
    if (d1, ctx.lexicon.name(r1) or "") > (d2, ctx.lexicon.name(r2) or ""):
        r1, r2, d1, d2 = r2, r1, d2, d1
        notes.append("The two resolutions were given in reverse order; they are compared oldest first.")
    events = ctx.events(mandate)
    before, after = _state(ctx, events, r1, d1), _state(ctx, events, r2, d2)
    groups = {"added": [], "changed": [], "dropped": [], "unchanged": [], "reaffirmed": []}
    for task in sorted(set(before) | set(after), key=lambda t: A.task_name(ctx, t)):
        b_evs, a_evs = before.get(task, []), after.get(task, [])
        was, now = _in_force(b_evs), _in_force(a_evs)
        between = [e for e in a_evs if e not in b_evs]
        if now and not was:
            ev = next((e for e in between if e.kind == "added"), _wording(a_evs))
            groups["added"].append(A.event_answer(ctx, ev))
        elif was and not now:
            ev = next((e for e in between if e.kind == "superseded"), between[-1] if between else b_evs[-1])
            groups["dropped"].append(A.event_answer(ctx, ev))
        elif was and now:
            moved = [e for e in between if e.kind in ("changed", "added")]
            if moved:
                ans = A.event_answer(ctx, moved[-1])
                old = _wording(b_evs)
                ans["before"] = A.event_answer(ctx, old, role="context") if old else None
                ans["after"] = [A.event_answer(ctx, e, role="context") for e in moved]
                ans["text"] += " Before: " + (ans["before"]["text"] if old else "no wording recorded.")
                if moved[-1].kind == "added":
                    ans["text"] += " (The sources disagree on the task's origin: this is the origin another source gives.)"
                groups["changed"].append(ans)
            else:
                ans = A.event_answer(ctx, _wording(a_evs) or a_evs[-1], role="context")
                ans["kind"] = "unchanged"
                groups["unchanged"].append(ans)
            for e in between:
                if e.kind == "reaffirmed":
                    groups["reaffirmed"].append(A.event_answer(ctx, e, role="context"))
    order = lambda a: (a["date"] or "", A._para(a["paragraph"]), str(a["sources"][:1]), a["task"])  # noqa: E731
    for g in groups.values():
        g.sort(key=order)
    undated = sorted({A.res_fields(ctx, e.res)["resolution"] for e in events if not ctx.res_dates(e.res)})
    if undated:
        notes.append("Not placed in time (no adoption date recorded): events of " + ", ".join(undated) + ".")
    return {"mandate": mandate, "from": A.res_fields(ctx, r1), "to": A.res_fields(ctx, r2), **groups, "notes": notes}


def diff_answers(ctx: Context, mandate: str, r1: str, r2: str, notes: list) -> list[dict]:
    data = diff_data(ctx, mandate, r1, r2)
    notes += data["notes"]
    f, t = data["from"], data["to"]
    names = lambda g: ", ".join(a["task"] + (f" ({a['resolution']}" + (f" para. {a['paragraph']}" if a["paragraph"] else "") + ")" if g != "unchanged" else "")
                                for a in data[g]) or "none"  # noqa: E731
    text = (f"Tasks in force right after {A.res_phrase(f)} compared with right after {A.res_phrase(t)}: "
            f"added: {names('added')}; dropped: {names('dropped')}; changed: {names('changed')}; "
            f"unchanged: {len(data['unchanged'])} task(s)" + (f" ({names('unchanged')})" if data["unchanged"] else "") + ".")
    sources = []
    for g in ("added", "dropped", "changed"):
        for a in data[g]:
            sources += [s for s in a["sources"] if s not in sources]
    head = A.base(mandate, "summary", kind="diff", text=text, resolution=t["resolution"], symbol=t["symbol"], date=t["date"],
                  from_resolution=f["resolution"], to_resolution=t["resolution"],
                  added=[a["task"] for a in data["added"]], dropped=[a["task"] for a in data["dropped"]],
                  changed=[a["task"] for a in data["changed"]], unchanged=[a["task"] for a in data["unchanged"]], sources=sources[:12])
    for g in ("added", "dropped", "changed"):
        for a in data[g]:
            a["group"] = g
    return [head] + data["added"] + data["dropped"] + data["changed"] + data["reaffirmed"]
