"""Library behind `lineage`, `asof`, `diff` and `timeline`: names resolved against the lexicon,
data as plain dicts (the CLI prints them; pictures.py draws them)."""
from __future__ import annotations

import difflib
import re

from . import answers as A
from .diff import diff_data
from .facts import Context, earliest, latest, sort_key, span
from .reader import Reader

REPORT_CLASSES = ("ThematicReport", "MissionReport", "Addendum", "Report")


class NameError_(LookupError):
    """A name that matches nothing, or more than one thing."""


def _reader(ctx: Context) -> Reader:
    from . import reader_for

    return reader_for(ctx)


def mandates_for(ctx: Context, items: list | None = None) -> list[str]:
    """The mandates to answer for: --mandate, else those the named items belong to (the home one
    first among them), else the home mandate, else all."""
    if ctx.explicit_mandate:
        return [ctx.explicit_mandate]
    owners = set()
    for i in items or []:
        owners |= ctx.lexicon.mandates_of.get(i, set())
    if owners:
        if ctx.home in owners and len(owners) > 1:
            return [ctx.home]
        return [m for m in ctx.mandates if m in owners]
    return [ctx.home] if ctx.home else list(ctx.mandates)


def resolve_task(ctx: Context, text: str) -> list[str]:
    """Task IRIs named by a key, label or alias (typos tolerated)."""
    lex = ctx.lexicon
    exact = [e.item for e in lex.of_kind("task") if e.label.lower() == text.strip().lower() and e.how == "key"]
    if not exact:
        reading = _reader(ctx).read(text)
        named = {i for m in reading.mentions if m.kind == "task" for i in m.items}
        exact = [t for t in reading.tasks if t in named]
    if ctx.explicit_mandate:
        exact = [t for t in exact if ctx.explicit_mandate in lex.mandates_of.get(t, set())]
    if not exact:
        keys = sorted({e.label for e in lex.of_kind("task") if e.how in ("key", "alias")})
        close = difflib.get_close_matches(text.lower(), [k.lower() for k in keys], n=5, cutoff=0.5)
        raise NameError_(f"no task named '{text}'" + (f"; closest: {', '.join(close)}" if close else f"; tasks: {', '.join(k for k in keys if '-' in k)}"))
    return exact


def resolve_resolution(ctx: Context, text: str) -> str:
    r = _reader(ctx).read(text)
    res = [x for x in r.resolutions if not isinstance(x, list)]
    amb = [x for x in r.resolutions if isinstance(x, list)]
    if amb and not res:
        raise NameError_(f"'{text}' names several resolutions: {', '.join(ctx.lexicon.name(i) for i in amb[0])}")
    if not res:
        refs = sorted({e.label for e in ctx.lexicon.of_kind("resolution")})
        close = difflib.get_close_matches(text, refs, n=5, cutoff=0.4)
        raise NameError_(f"no resolution '{text}' in the graph" + (f"; closest: {', '.join(close)}" if close else ""))
    return res[0]


def parse_date(text: str) -> dict:
    from .reader import Reading, find_dates

    reading = Reading(question=text)
    find_dates(" " + text + " ", reading)
    if not reading.dates:
        raise NameError_(f"'{text}' is not a date (YYYY-MM-DD, '1 March YYYY', 'March YYYY' or YYYY)")
    return reading.dates[0]


def lineage(ctx: Context, task_text: str) -> list[dict]:
    """The library twin of `lineage`: per mandate, the task's events with their sources."""
    out = []
    tasks = resolve_task(ctx, task_text)
    for m in mandates_for(ctx, tasks):
        mine = [t for t in tasks if m in ctx.lexicon.mandates_of.get(t, set())]
        if len(mine) > 1:
            raise NameError_(f"'{task_text}' names several tasks of {m}: {', '.join(ctx.lexicon.name(t) for t in mine)}")
        for t in mine:
            notes: list = []
            events = A.task_lineage(ctx, t, m, notes)
            out.append({"mandate": m, "task": ctx.lexicon.name(t), "label": ctx.lexicon.get(t, "label"), "events": events, "notes": notes})
    return out


lineage_data = lineage  # the name the pages and pictures use


def asof(ctx: Context, date_text: str) -> list[dict]:
    d = parse_date(date_text)
    return [A.asof_data(ctx, m, d["start"], d["end"]) for m in mandates_for(ctx)]


def diff(ctx: Context, r1_text: str, r2_text: str) -> list[dict]:
    r1, r2 = resolve_resolution(ctx, r1_text), resolve_resolution(ctx, r2_text)
    items = [r for r in (r1, r2) if ctx.lexicon.mandates_of.get(r)]
    return [diff_data(ctx, m, r1, r2) for m in mandates_for(ctx, items[:1] if len(items) == 2 and ctx.lexicon.mandates_of[r1] == ctx.lexicon.mandates_of[r2] else [])]


def timeline_data(ctx: Context, mandate: str) -> dict:
    """Resolutions, holders' terms, visits and reports of one mandate, in date order."""
    lex = ctx.lexicon
    items = []
    for iri, ent in ctx.resolutions().items():
        if mandate not in ent.mandates() or not ent.values("adopted"):
            continue
        actions = [A.ACTION_WORDS.get(A.tail(a), A.tail(a)) for a in ent.values("action") if A.tail(a) != "NoAction"]
        f = A.res_fields(ctx, iri)
        text = f"{f['resolution']}" + (f" ({f['symbol']})" if f["symbol"] else "") + (f" {' / '.join(actions)} the mandate" if actions else " adopted")
        if actions and ent.values("period"):
            text += f" for {A.duration_text(ent.first('period'))}"
        if actions and ent.values("until"):
            text += f" until {ent.first('until')}"
        items.append({"date": ctx.res_date(iri), "kind": "resolution", "action": actions[0] if actions else None,
                      "resolution": f["resolution"], "symbol": f["symbol"], "period": ent.first("period"),
                      "until": ent.first("until"), "text": text, "sources": ent.sources("adopted", "action")})
    for t in A.terms_of(ctx, mandate):
        s, e = A.term_dates(t)
        name = lex.name(t.first("holder"))
        items.append({"date": s.isoformat() if s else None, "end": t.first("end"), "kind": "term", "holder": name,
                      "start_value": t.first("start"), "text": f"{name} takes up the mandate" + (f" (until {t.first('end')})" if t.values("end") else ""),
                      "sources": t.sources("start", "appointed", "took_up_functions", "end")})
    for v in A.visits_of(ctx, mandate):
        if not v.values("start"):
            continue
        country = lex.name(v.first("country"))
        reports = [lex.name(r) for r in v.values("report")]
        items.append({"date": v.first("start"), "end": v.first("end"), "kind": "visit", "country": country,
                      "status": A.tail(v.first("status") or "").lower(), "report": reports[0] if reports else None,
                      "text": f"visit to {country}" + (f" (report {reports[0]})" if reports else ""), "sources": v.sources("start", "end", "country")})
    seen = set()
    for cls in REPORT_CLASSES:
        for iri, d in ctx.facts_of_class(cls).items():
            if iri in seen or mandate not in d.mandates():
                continue
            seen.add(iri)
            when = d.first("date") or d.first("year")
            if not when:
                continue
            symbol = lex.get(iri, "symbol") or lex.name(iri)
            theme = d.first("theme")
            items.append({"date": str(when), "kind": "report", "symbol": symbol, "report_type": A.tail(d.first("type") or cls),
                          "text": f"report {symbol}" + (f": {theme}" if theme else ""), "sources": d.sources("date", "year")})
    order = {"resolution": 0, "term": 1, "visit": 2, "report": 3}
    items.sort(key=lambda i: (sort_key(i["date"]), order[i["kind"]], i["text"]))
    return {"mandate": mandate, "items": items}


def timeline(ctx: Context) -> list[dict]:
    return [timeline_data(ctx, m) for m in mandates_for(ctx)]


__all__ = ["NameError_", "lineage", "lineage_data", "asof", "diff", "timeline", "timeline_data", "parse_date", "resolve_task",
           "resolve_resolution", "earliest", "latest", "span", "re"]
