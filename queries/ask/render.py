"""The one renderer of `ask` and of the commands behind it (`lineage`, `asof`, `diff`, `timeline`):
plain text (`render`, `render_command`) or JSON (`to_json`). No Rich: the fast path prints with it;
the CLI passes `heading` to style a command's headings on its console."""
from __future__ import annotations

import json
import textwrap

ROLE_HEADINGS = {"later": "Later:", "context": "Also:", "answer": "Details:"}


def sources_text(sources: list) -> str:
    if not sources:
        return "no source recorded"
    return "; ".join(f"{s['document']}, {s['locator']}" for s in sources)


def wrap(text: str, indent: str, width: int = 100) -> str:
    rest = " " * len(indent) + "  "
    return "\n".join(textwrap.wrap(text, width=width, initial_indent=indent, subsequent_indent=rest, break_on_hyphens=False)) or indent


def render(result: dict, multi_mandate: bool = False) -> str:
    lines = [f"Q: {_short(result.get('question', ''))}"]
    interp = result.get("interpretation") or {}
    status = result.get("status")
    if interp.get("restated"):
        bits = [f"{m['words']!r} -> {m['entity']}" for m in interp.get("matched", []) if m["kind"] != "document"]
        fixed = [f"{c['from']!r} -> {c['to']!r}" for c in interp.get("corrections", [])]
        extra = "; ".join(x for x in ("matched " + ", ".join(bits) if bits else "", "read " + ", ".join(fixed) if fixed else "") if x)
        lines.append(wrap(f"Understood: {interp['restated']}" + (f" ({extra})" if extra else ""), ""))
        if multi_mandate and interp.get("mandates"):
            lines.append(f"Mandate(s): {', '.join(interp['mandates'])}")
    if result.get("message"):
        lines.append(wrap(result["message"], ""))
    if status in ("not_understood", "refused"):
        ents = interp.get("entities") or {}
        if ents:
            lines.append("What I understood: " + "; ".join(f"{k}: {_flat(v)}" for k, v in ents.items()))
        sug = result.get("suggestions") or {}
        if sug.get("forms"):
            lines.append("Questions I can answer that look closest:")
            lines += [f"  - {f['form']}   e.g. \"{f['example']}\"" for f in sug["forms"]]
        if sug.get("names"):
            lines.append("Closest names in the graph:")
            lines += [f"  - {n['name']} ({n['kind']}" + (f": {n['entity']}" if n["entity"] != n["name"] else "") + ")" for n in sug["names"]]
    if status == "ambiguous":
        lines.append("Candidates:")
        for c in result.get("candidates", []):
            line = f"{c['name']}" + (f": {c['label']}" if c.get("label") else "") + (f" [{', '.join(c['mandates'])}]" if c.get("mandates") else "")
            lines.append(wrap(line, "  - "))
    role = result["answers"][0].get("role", "answer") if result.get("answers") else "answer"
    for i, a in enumerate(result.get("answers", []), 1):
        if a.get("role", "answer") != role:
            role = a.get("role", "answer")
            lines.append(ROLE_HEADINGS.get(role, ""))
        prefix = f"{i}. " + (f"[{_flat(a['mandate'])}] " if multi_mandate and a.get("mandate") else "")
        lines.append(wrap(prefix + a["text"], ""))
        lines.append(wrap("Source: " + sources_text(a.get("sources", [])), "   "))
    if interp.get("did_you_mean") and status in ("answered", "no_answer"):
        lines.append("Did you mean:")
        lines += [f"  - {d['form']}   e.g. \"{d['example']}\"" for d in interp["did_you_mean"]]
    if result.get("notes"):
        lines.append("Notes:")
        lines += [wrap(n, "  - ") for n in result["notes"]]
    return "\n".join(lines) + "\n"


def to_json(result) -> str:
    return json.dumps(result, indent=2, ensure_ascii=False, default=str) + "\n"


def plain_heading(bold: str, rest: str = "") -> str:
    return bold + rest


def render_lineage(data: list[dict], heading=plain_heading) -> str:
    lines = []
    for entry in data:
        lines.append(heading(entry["task"], f" ({entry['mandate']}): {entry['label'] or ''}"))
        for ev in entry["events"]:
            lines.append(wrap(f"{ev['date'] or '????'}  {ev['kind']:<11} {ev['text']}", "  "))
            lines.append(wrap("source: " + sources_text(ev["sources"]), "      "))
        lines += [wrap("note: " + note, "  ") for note in entry["notes"]]
    return _text(lines)


def render_asof(data: list[dict], heading=plain_heading) -> str:
    lines = []
    for entry in data:
        when = entry["start"] if entry["start"] == entry["end"] else f"{entry['start']} .. {entry['end']}"
        lines.append(heading(entry["mandate"], f": {len(entry['tasks'])} task(s) in force on {when}"))
        for t in entry["tasks"]:
            lines.append(wrap(f"- {t['text']}", "  "))
            lines.append(wrap("source: " + sources_text(t["sources"]), "      "))
        lines += [wrap("note: " + note, "  ") for note in entry["notes"]]
    return _text(lines)


def _cited(ev: dict) -> str:
    return f"{ev['resolution']}" + (f" para. {ev['paragraph']}" if ev["paragraph"] else "") + f" ({ev['date']}) - source: {sources_text(ev['sources'])}"


def render_diff(data: list[dict], heading=plain_heading) -> str:
    lines = []
    for entry in data:
        lines.append(heading(entry["mandate"], f": from {entry['from']['resolution']} ({entry['from']['date']}) "
                                               f"to {entry['to']['resolution']} ({entry['to']['date']})"))
        for group in ("added", "dropped", "changed", "unchanged"):
            for ev in entry[group]:
                lines.append(wrap(f"{group:<10} {ev['task']}: " + _cited(ev), "  "))
                if group == "changed" and ev.get("before"):
                    lines.append(wrap(f"{'':<10} before: " + _cited(ev["before"]), "  "))
        if not any(entry[g] for g in ("added", "changed", "dropped")):
            lines.append("  no task was added, changed or dropped in between")
        lines += [wrap("note: " + note, "  ") for note in entry["notes"]]
    return _text(lines)


def render_timeline(data: list[dict], heading=plain_heading) -> str:
    lines = []
    for entry in data:
        lines.append(heading(entry["mandate"]))
        for item in entry["items"]:
            lines.append(wrap(f"{item['date'] or '????':<10}  {item['kind']:<10} {item['text']}  [{sources_text(item['sources'][:2])}]", "  "))
    return _text(lines)


COMMANDS = {"lineage": render_lineage, "asof": render_asof, "diff": render_diff, "timeline": render_timeline}


def render_command(kind: str, data: list[dict], heading=plain_heading) -> str:
    """The text of `lineage`, `asof`, `diff` or `timeline`; `heading(bold, rest)` renders a heading line."""
    return COMMANDS[kind](data, heading)


def _text(lines: list[str]) -> str:
    return "".join(line + "\n" for line in lines)


def _flat(v) -> str:
    if isinstance(v, list):
        return ", ".join(_flat(x) for x in v)
    if isinstance(v, dict):
        return v.get("text") or v.get("start") or str(v)
    return str(v)


def _short(text: str, limit: int = 300) -> str:
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} characters)"
