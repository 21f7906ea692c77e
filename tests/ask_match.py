"""Does an `ask` result hold the expected facts? (the `expect` keys of tests/questions/HELDOUT-FORMAT.md)

The first answer must contain every expected fact; `tasks_exclude` must appear in no answer.
A fact is looked for in the answer's fields and text (its JSON), so "26/6" is found in "HRC 26/6".
"""
from __future__ import annotations

import json
import re
from datetime import date

BODY_LABELS = {"CHR": "Commission on Human Rights", "HRC": "Human Rights Council", "GA": "General Assembly",
               "HRCAC": "Advisory Committee", "SubCom": "Sub-Commission"}


def _hay(answer: dict) -> str:
    return json.dumps(answer, ensure_ascii=False, default=str)


def _ref_in(ref: str, hay: str) -> bool:
    num = str(ref).split()[-1]
    return re.search(rf"(?<![\d/]){re.escape(num)}(?![\d/])", hay) is not None


def _date_in(value, hay: str) -> bool:
    v = str(value)
    if v in hay:
        return True
    try:
        d = date.fromisoformat(v)
    except ValueError:
        return False
    return f"{d.day} {d:%B} {d.year}" in hay


def _has(hay: str, text) -> bool:
    return str(text).lower() in hay.lower()


def check(result: dict, expect: dict, mandate: str | None = None) -> list[str]:
    """The expected facts the result misses (empty: right)."""
    answers = result.get("answers") or []
    if not answers:
        return [f"no answer (status {result.get('status')})"]
    first = answers[0]
    hay = _hay(first)
    missing = []
    if mandate and first.get("mandate") not in (mandate, None) and mandate not in (first.get("mandate") or []):
        missing.append(f"mandate {first.get('mandate')} != {mandate}")
    for key, want in expect.items():
        ok = True
        if key in ("resolution",):
            ok = _ref_in(want, hay)
        elif key == "resolutions":
            ok = all(_ref_in(w, hay) for w in want)
        elif key == "paragraph":
            ok = first.get("paragraph") == str(want) or f"para. {want}" in hay
        elif key in ("date",):
            ok = _date_in(want, hay)
        elif key == "dates":
            ok = all(_date_in(w, hay) for w in want)
        elif key in ("document", "person", "country", "status", "mandate_action", "event", "until"):
            ok = _has(hay, want)
        elif key in ("documents", "countries"):
            ok = all(_has(hay, w) for w in want)
        elif key == "body":
            ok = re.search(rf"\b{re.escape(want)}\b", hay) is not None or _has(hay, BODY_LABELS.get(want, want))
        elif key == "period":
            m = re.fullmatch(r"P(\d+)Y", str(want))
            ok = _has(hay, want) or (m is not None and _has(hay, f"{m[1]} year"))
        elif key == "theme":
            ok = _has(hay, want)
        elif key in ("task",):
            ok = _has(hay, want)
        elif key == "tasks_include":
            ok = all(_has(_hay({"a": answers}), w) for w in want)
        elif key == "tasks_exclude":
            ok = not any(f"'{w}'" in _hay({"a": answers}) or any(a.get("task") == w for a in answers) for w in want)
        elif key in ("added", "dropped", "changed"):
            got = first.get(key) or []
            ok = all(w in got for w in ([want] if isinstance(want, str) else want))
        elif key == "count":
            ok = first.get("count") == want or re.search(rf"(?<!\d){want}(?!\d)", first.get("text", "")) is not None
        elif key == "source":
            docs = {s["document"] for s in first.get("sources", [])}
            ok = want["doc"] in docs
        if not ok:
            missing.append(f"{key}={want}")
    return missing
