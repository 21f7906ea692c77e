"""The sections a page shows above the plain facts, per kind of resource.

A section is {"title", "columns", "rows"}; a row is a list of cells {"text", "href"?, "sources"?}.
"""
from __future__ import annotations

from datetime import date

from ...ontology.iris import ONTOLOGY_NS as ML
from . import words
from .graph_view import DG, GraphView, N

N_TASK = N(ML + "task")
N_SUP = N(ML + "supersededBy")

P = f"PREFIX ml: <{ML}>\nPREFIX dct: <http://purl.org/dc/terms/>\n"

ACTING = P + """SELECT ?r ?action (MIN(?d) AS ?date) WHERE {
  ?r ml:mandate ?m ; ml:mandateAction ?action . FILTER(?action != ml:NoAction)
  OPTIONAL { ?r ml:adoptedOn ?d }
} GROUP BY ?r ?action ORDER BY ?date ?r"""
TERMS = P + """SELECT ?t ?holder ?start ?end WHERE {
  ?t a ml:Term ; ml:mandate ?m ; ml:holder ?holder .
  OPTIONAL { ?t ml:startDate ?start } OPTIONAL { ?t ml:endDate ?end }
} ORDER BY ?start ?t"""
VISITS = P + """SELECT ?v ?country ?start ?end ?status WHERE {
  ?v a ml:CountryVisit ; ml:mandate ?m .
  OPTIONAL { ?v ml:country ?country } OPTIONAL { ?v ml:startDate ?start }
  OPTIONAL { ?v ml:endDate ?end } OPTIONAL { ?v ml:visitStatus ?status }
} ORDER BY ?start ?v"""
REPORTS = P + """SELECT ?d (MIN(?when) AS ?date) (SAMPLE(?th) AS ?theme) WHERE {
  ?d ml:mandate ?m ; a ?cls .
  FILTER(?cls IN (ml:ThematicReport, ml:MissionReport, ml:Addendum, ml:Report))
  OPTIONAL { { ?d dct:issued ?when } UNION { ?d ml:year ?when } }
  OPTIONAL { ?d ml:theme ?th }
} GROUP BY ?d ORDER BY ?date ?d"""
EVENTS_OF_TASK = P + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + """
SELECT ?task ?e ?cls ?r ?para ?num ?note ?sup WHERE {
  ?e ml:task ?task ; a ?cls .
  FILTER(?cls IN (ml:TaskAdded, ml:TaskReaffirmed, ml:TaskChanged, ml:TaskSuperseded))
  OPTIONAL { ?e ml:resolution ?r } OPTIONAL { ?e ml:paragraph ?para . ?para ml:number ?num }
  OPTIONAL { ?e rdfs:comment ?note } OPTIONAL { ?e ml:supersededBy ?sup }
}"""
EVENTS_OF_RESOLUTION = P + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n" + """
SELECT ?task ?e ?cls ?r ?para ?num ?note ?sup WHERE {
  ?e ml:resolution ?r ; ml:task ?task ; a ?cls .
  FILTER(?cls IN (ml:TaskAdded, ml:TaskReaffirmed, ml:TaskChanged, ml:TaskSuperseded))
  OPTIONAL { ?e ml:paragraph ?para . ?para ml:number ?num }
  OPTIONAL { ?e rdfs:comment ?note } OPTIONAL { ?e ml:supersededBy ?sup }
}"""
MANDATE_TASKS = P + "SELECT DISTINCT ?task WHERE { ?e ml:task ?task ; ml:mandate ?m }"
PURSUANT = P + """SELECT ?d (MIN(?when) AS ?date) WHERE {
  { ?d ml:pursuantTo ?r } UNION { ?d ml:appointedPursuantTo ?r }
  OPTIONAL { { ?d dct:issued ?when } UNION { ?d ml:startDate ?when } UNION { ?d ml:year ?when } }
} GROUP BY ?d ORDER BY ?date ?d"""
HOLDER_TERMS = P + """SELECT ?t ?m ?start ?end WHERE {
  ?t a ml:Term ; ml:holder ?p ; ml:mandate ?m .
  OPTIONAL { ?t ml:startDate ?start } OPTIONAL { ?t ml:endDate ?end }
} ORDER BY ?start"""
HOLDER_VISITS = P + """SELECT ?v ?country ?start ?end ?status WHERE {
  ?v a ml:CountryVisit ; ml:holder ?p .
  OPTIONAL { ?v ml:country ?country } OPTIONAL { ?v ml:startDate ?start } OPTIONAL { ?v ml:endDate ?end }
  OPTIONAL { ?v ml:visitStatus ?status }
} ORDER BY ?start ?v"""
KIND_WORDS = {"TaskAdded": "added", "TaskReaffirmed": "reaffirmed", "TaskChanged": "changed",
              "TaskSuperseded": "superseded"}


def _v(row, name):
    t = row.get(name)
    return t.value if t is not None else None


def _date(view: GraphView, iri: str | None) -> str | None:
    if not iri:
        return None
    dates = sorted(o.value for o in view.objects(iri, ML + "adoptedOn"))
    return dates[0] if dates else None


def _link(view: GraphView, iri: str | None) -> dict:
    return view.term_iri(iri) if iri else {"text": ""}


def _period(start, end) -> dict:
    if not start and not end:
        return {"text": "dates not known", "date": True}
    text = words.date_words(start) if start else "?"
    return {"text": text + (f" to {words.date_words(end)}" if end else " onwards"), "date": True}


def _when(value) -> dict:
    return {"text": words.date_words(value) if value else "date not known", "date": True}


def task_events(view: GraphView, task: str, related: bool = False) -> list[dict]:
    """The lineage events of a task; with ``related``, also those of the tasks it replaced or that
    replaced it (found by quad lookups first: one small query per task stays fast at 1M triples)."""
    tasks = [task]
    if related:
        for q in view.store.quads_for_pattern(None, N_TASK, N(task), DG):
            for sup in view.objects(q.subject.value, ML + "supersededBy"):
                tasks.append(sup.value)
        for q in view.store.quads_for_pattern(None, N_SUP, N(task), DG):
            tasks += [t.value for t in view.objects(q.subject.value, ML + "task")]
    rows = []
    for t in dict.fromkeys(tasks):
        rows += view.select(EVENTS_OF_TASK, task=t)
    return events(view, rows)


def events(view: GraphView, rows: list[dict]) -> list[dict]:
    """Lineage events as dicts, in date order (undated last), each with its sources."""
    out = []
    for row in rows:
        e = _v(row, "e")
        r = _v(row, "r")
        out.append({"event": e, "task": _v(row, "task"), "kind": KIND_WORDS.get(words.local_name(_v(row, "cls")), "?"),
                    "resolution": r, "date": _date(view, r), "paragraph": _v(row, "para"), "number": _v(row, "num"),
                    "note": _v(row, "note"), "superseded_by": _v(row, "sup"), "sources": view.citations(e)})
    uniq = {e["event"]: e for e in out}
    return sorted(uniq.values(), key=lambda e: (e["date"] or "9999", e["kind"] != "superseded", e["event"]))


def event_rows(view: GraphView, evs: list[dict], with_task: bool, with_resolution: bool = True) -> list[list[dict]]:
    rows = []
    for e in evs:
        what = e["kind"]
        if e["superseded_by"]:
            what += f" by {view.name(e['superseded_by'])}"
        row = [_when(e["date"]),
               {"text": f"para. {e['number']}", "href": view.href(e["paragraph"])} if e["paragraph"] else {"text": "-"},
               {"text": what, "href": view.href(e["event"]), "note": e["note"], "label": view.name(e["event"])}]
        if with_resolution:
            row.insert(1, _link(view, e["resolution"]))
        if with_task:
            row.insert(1, _link(view, e["task"]))
        row.append({"text": "", "sources": e["sources"]})
        rows.append(row)
    return rows


def mandate_sections(view: GraphView, iri: str, today: date | None = None) -> list[dict]:
    today_iso = (today or date.today()).isoformat()
    acting = [[_when(_v(r, "date")), _link(view, _v(r, "r")),
               {"text": words.class_words(_v(r, "action")).lower()},
               {"text": "", "sources": view.fact_sources(_v(r, "r")).get((ML + "mandateAction", f"<{_v(r, 'action')}>"), [])}]
              for r in view.select(ACTING, m=iri)]
    terms = [[_link(view, _v(r, "holder")), {**_period(_v(r, "start"), _v(r, "end")), "href": view.href(_v(r, "t"))},
              {"text": "", "sources": view.citations(_v(r, "t"))}] for r in view.select(TERMS, m=iri)]
    visits = [[_link(view, _v(r, "country")), {**_period(_v(r, "start"), _v(r, "end")), "href": view.href(_v(r, "v"))},
               {"text": words.class_words(_v(r, "status")).lower() if _v(r, "status") else ""},
               {"text": "", "sources": view.citations(_v(r, "v"))}] for r in view.select(VISITS, m=iri)]
    reports = [[_when(_v(r, "date")), _link(view, _v(r, "d")),
                {"text": _v(r, "theme") or ""}] for r in view.select(REPORTS, m=iri)]
    in_force = []
    for row in view.select(MANDATE_TASKS, m=iri):
        t = _v(row, "task")
        evs = task_events(view, t)
        added = [e for e in evs if e["kind"] == "added" and e["date"] and e["date"] <= today_iso]
        gone = [e for e in evs if e["kind"] == "superseded" and e["date"] and e["date"] <= today_iso]
        if added and not gone:
            last = [e for e in evs if e["date"] and e["date"] <= today_iso][-1]
            in_force.append([_link(view, t), {"text": view.value(t, "http://www.w3.org/2004/02/skos/core#prefLabel") or ""},
                             {"text": f"{last['kind']} by {view.name(last['resolution'])}"
                              + (f" on {words.date_words(last['date'])}" if last["date"] else ""), "href": view.href(last["event"])},
                             {"text": "", "sources": last["sources"]}])
    in_force.sort(key=lambda r: r[0]["text"])
    return [
        {"title": "Resolutions that created and renewed the mandate", "columns": ["Adopted", "Resolution", "Action", "Sources"], "rows": acting},
        {"title": f"Tasks in force today ({words.date_words(today_iso)})", "columns": ["Task", "What the expert is asked to do", "Last step", "Sources"], "rows": in_force},
        {"title": "Holders", "columns": ["Holder", "Term", "Sources"], "rows": terms},
        {"title": "Country visits", "columns": ["Country", "Dates", "Status", "Sources"], "rows": visits},
        {"title": "Reports", "columns": ["Date", "Document", "Theme"], "rows": reports},
    ]


def task_sections(view: GraphView, iri: str) -> list[dict]:
    evs = task_events(view, iri, related=True)
    mine = [e for e in evs if e["task"] == iri]
    other = [e for e in evs if e["task"] != iri]
    out = [{"title": "Lineage: each resolution paragraph that added, reaffirmed, changed or superseded the task",
            "columns": ["Date", "Resolution", "Paragraph", "What it did", "Sources"], "rows": event_rows(view, mine, False)}]
    if other:
        out.append({"title": "Steps of the tasks it replaced or that replaced it",
                    "columns": ["Date", "Task", "Resolution", "Paragraph", "What it did", "Sources"],
                    "rows": event_rows(view, other, True)})
    return out


def resolution_sections(view: GraphView, iri: str) -> list[dict]:
    evs = events(view, view.select(EVENTS_OF_RESOLUTION, r=iri))
    docs = [[_when(_v(r, "date")), _link(view, _v(r, "d")),
             {"text": ", ".join(words.class_words(k) for k in view.kinds(_v(r, "d")))}] for r in view.select(PURSUANT, r=iri)]
    return [
        {"title": "What it did to the mandate's tasks", "columns": ["Date", "Task", "Paragraph", "What it did", "Sources"],
         "rows": event_rows(view, evs, True, with_resolution=False)},
        {"title": "Documents and appointments pursuant to it", "columns": ["Date", "Document or term", "Kind"], "rows": docs},
    ]


def holder_sections(view: GraphView, iri: str) -> list[dict]:
    terms = [[_link(view, _v(r, "m")), {**_period(_v(r, "start"), _v(r, "end")), "href": view.href(_v(r, "t"))},
              {"text": "", "sources": view.citations(_v(r, "t"))}] for r in view.select(HOLDER_TERMS, p=iri)]
    visits = [[_link(view, _v(r, "country")), {**_period(_v(r, "start"), _v(r, "end")), "href": view.href(_v(r, "v"))},
               {"text": words.class_words(_v(r, "status")).lower() if _v(r, "status") else ""},
               {"text": "", "sources": view.citations(_v(r, "v"))}] for r in view.select(HOLDER_VISITS, p=iri)]
    return [{"title": "Terms", "columns": ["Mandate", "Term", "Sources"], "rows": terms},
            {"title": "Country visits", "columns": ["Country", "Dates", "Status", "Sources"], "rows": visits}]


def sections_for(view: GraphView, iri: str, kinds: list[str]) -> tuple[str, list[dict]]:
    """(the page's kind word, its sections)."""
    names = {words.local_name(k) for k in kinds}
    if "Mandate" in names:
        return "mandate", mandate_sections(view, iri)
    if "Task" in names:
        return "task", task_sections(view, iri)
    if names & {"Resolution", "Decision"}:
        return "resolution", resolution_sections(view, iri)
    if "Person" in names:
        return "holder", holder_sections(view, iri)
    return "resource", []
