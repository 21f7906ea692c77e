"""Drawings: a mandate's timeline and a task's lineage, as SVG or PNG (matplotlib, Agg backend).

The input is the data of queries/ask/commands.py (timeline_data, lineage_data), so a picture shows
exactly what the text commands print. SVG output is deterministic (fixed hash salt, no date).
"""
from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from .ask.dates import duration_parts, span
from .ask.facts import latest

DPI = 100
WIDTH_IN = 14
ROW_HEIGHT_IN = 4.2
LINEAGE_HEIGHT_IN = 3.2
KIND_COLOURS = {"added": "#2e7d32", "reaffirmed": "#1565c0", "changed": "#ef6c00", "superseded": "#c62828"}
ACTION_COLOURS = {"created": "#6a1b9a", "renewed": "#8e24aa", "extended": "#ba68c8"}
ROWS = ["Mandate periods", "Holders", "Visits", "Reports"]


class PictureError(ValueError):
    """The output cannot be written (unknown format, nothing to draw)."""


def _pyplot():
    import matplotlib

    matplotlib.use("Agg", force=True)
    import matplotlib.pyplot as plt

    plt.rcParams["svg.hashsalt"] = "mandate-lineage"
    plt.rcParams["svg.fonttype"] = "path"
    plt.rcParams["font.size"] = 8
    return plt


def _format(out: Path) -> str:
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("svg", "png"):
        raise PictureError(f"cannot draw to '{out.name}': use a .svg or .png file name")
    return fmt


def _save(fig, out: Path) -> Path:
    import io

    from .export import write_atomic

    fmt = _format(out)
    meta = {"Date": None} if fmt == "svg" else {"Software": None}
    drawn = io.BytesIO()
    fig.savefig(drawn, format=fmt, dpi=DPI, metadata=meta)
    write_atomic(out, drawn.getvalue())  # a killed command leaves the old drawing or the new, never half of one
    import matplotlib.pyplot as plt

    plt.close(fig)
    return out


def _d(value, end: bool = False) -> date | None:
    s = span(value)
    if not s:
        return None
    return s[1] if end else s[0]


def _mid(value) -> date | None:
    s = span(value)
    return s[0] + (s[1] - s[0]) / 2 if s else None


def _years(iso: str | None) -> float:
    """An ISO duration (P3Y, P18M) in years, for a period bar when no later resolution ends it."""
    groups = duration_parts(iso)
    if groups is None:
        return 0.0
    y, mo, d = (int(x) if x else 0 for x in groups)
    return y + mo / 12 + d / 365.25


def draw_timeline(timelines: list[dict], out: str | Path, today: date | None = None) -> Path:
    """One panel per mandate: mandate periods with the resolutions that opened them, holders' terms,
    country visits and reports on one time axis."""
    out = Path(out)
    _format(out)
    if not timelines or not any(t["items"] for t in timelines):
        raise PictureError("nothing to draw: the timeline is empty")
    plt = _pyplot()
    import matplotlib.dates as mdates

    today = today or date.today()
    fig, axes = plt.subplots(len(timelines), 1, figsize=(WIDTH_IN, ROW_HEIGHT_IN * len(timelines)), squeeze=False)
    for ax, tl in zip(axes[:, 0], timelines):
        items = tl["items"]
        y = {name: len(ROWS) - i for i, name in enumerate(ROWS)}
        opened = [i for i in items if i["kind"] == "resolution" and i.get("action") and _d(i["date"])]
        for n, res in enumerate(opened):
            start = _d(res["date"])
            if n + 1 < len(opened):
                end = _d(opened[n + 1]["date"])
            elif res.get("until"):
                end = _d(res["until"], end=True)
            else:
                end = start + timedelta(days=round(365.25 * (_years(res.get("period")) or 1)))
            colour = ACTION_COLOURS.get(res["action"], "#9e9e9e")
            ax.broken_barh([(mdates.date2num(start), max((end - start).days, 20))], (y["Mandate periods"] - 0.3, 0.6),
                           facecolors=colour, edgecolors="white", alpha=0.85)
            ax.annotate(f"{res['resolution']}\n{res['action']}", (mdates.date2num(start), y["Mandate periods"] + 0.32),
                        fontsize=6, rotation=0, va="bottom", ha="left")
        terms = [i for i in items if i["kind"] == "term" and _d(i["date"])]
        for n, t in enumerate(terms):
            start = _d(t["date"])
            end = _d(t.get("end"), end=True) if t.get("end") else today
            end = end if end and end > start else start + timedelta(days=30)
            ax.broken_barh([(mdates.date2num(start), (end - start).days)], (y["Holders"] - 0.25 + (n % 2) * 0.1, 0.4),
                           facecolors="#00897b" if n % 2 else "#26a69a", edgecolors="white")
            ax.annotate(t["holder"], (mdates.date2num(start), y["Holders"] + 0.3), fontsize=7, va="bottom")
        visits = [i for i in items if i["kind"] == "visit" and _mid(i["date"])]
        for n, v in enumerate(visits):
            x = mdates.date2num(_mid(v["date"]))
            ax.plot([x], [y["Visits"]], marker="o", color="#f9a825", markersize=6, markeredgecolor="#795548")
            ax.annotate(v["country"], (x, y["Visits"] + (0.18 if n % 2 == 0 else -0.38)), fontsize=6, ha="center")
        reports = [i for i in items if i["kind"] == "report" and _mid(i["date"])]
        for r in reports:
            x = mdates.date2num(_mid(r["date"]))
            ax.plot([x], [y["Reports"]], marker="|", color="#455a64", markersize=14)
        if reports:
            ax.annotate(f"{len(reports)} reports", (mdates.date2num(_mid(reports[-1]["date"])), y["Reports"] + 0.25), fontsize=6)
        ax.set_yticks([y[r] for r in ROWS], ROWS)
        ax.set_ylim(0.4, len(ROWS) + 0.9)
        ax.xaxis.set_major_locator(mdates.YearLocator(2))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.grid(axis="x", color="#e0e0e0", linewidth=0.5)
        ax.set_title(f"Timeline of the mandate '{tl['mandate']}'", fontsize=10, loc="left")
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    fig.tight_layout()
    return _save(fig, out)


def draw_lineage(lineages: list[dict], out: str | Path) -> Path:
    """A task's lineage: each step (resolution, paragraph, kind) on a time axis, linked in order."""
    out = Path(out)
    _format(out)
    if not lineages or not any(entry["events"] for entry in lineages):
        raise PictureError("nothing to draw: the task has no lineage events")
    plt = _pyplot()
    import matplotlib.dates as mdates
    from matplotlib.lines import Line2D

    fig, axes = plt.subplots(len(lineages), 1, figsize=(WIDTH_IN * 0.85, LINEAGE_HEIGHT_IN * len(lineages)), squeeze=False)
    for ax, entry in zip(axes[:, 0], lineages):
        # In time order; on the same day the replaced task's step comes first, so the arrow runs old -> new.
        steps = sorted((e for e in entry["events"] if _d(e.get("date"))),
                       key=lambda e: (_d(e["date"]), e["task"] == entry["task"]))
        undated = [e for e in entry["events"] if not _d(e.get("date"))]
        xs, prev = [], None
        for e in steps:
            x = mdates.date2num(_d(e["date"]))
            row = 1.0 if e["task"] == entry["task"] else 0.0
            colour = KIND_COLOURS.get(e["kind"], "#616161")
            ax.scatter([x], [row], s=140, color=colour, zorder=3, edgecolors="black", linewidths=0.5)
            if prev is not None:
                ax.annotate("", xy=(x, row), xytext=prev, arrowprops={"arrowstyle": "->", "color": "#9e9e9e"})
            prev = (x, row)
            label = f"{e['resolution']}" + (f"\npara. {e['paragraph']}" if e.get("paragraph") else "") + f"\n{e['kind']}"
            ax.annotate(label, (x, row), xytext=(0, 14 if row else -34), textcoords="offset points",
                        ha="center", fontsize=7)
            xs.append(x)
        if xs:
            pad = max(200.0, (max(xs) - min(xs)) * 0.08)
            ax.set_xlim(min(xs) - pad, max(xs) + pad)
        ax.set_ylim(-0.8, 1.8)
        replaced = sorted({e["task"] for e in steps if e["task"] != entry["task"]})
        ax.set_yticks([1.0, 0.0], [entry["task"], "replaced: " + ", ".join(replaced) if replaced else ""])
        ax.xaxis.set_major_locator(mdates.YearLocator(2))
        ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
        ax.grid(axis="x", color="#eeeeee", linewidth=0.5)
        title = f"Lineage of the task '{entry['task']}' ({entry['mandate']})"
        if undated:
            title += f" - {len(undated)} step(s) without an adoption date not shown"
        ax.set_title(title, fontsize=10, loc="left")
        handles = [Line2D([0], [0], marker="o", color="w", markerfacecolor=c, markersize=8, label=k) for k, c in KIND_COLOURS.items()]
        ax.legend(handles=handles, loc="upper left", fontsize=7, frameon=False, ncol=4)
        for side in ("top", "right"):
            ax.spines[side].set_visible(False)
    fig.tight_layout()
    return _save(fig, out)


def png_size(path: str | Path) -> tuple[int, int]:
    """Width and height of a PNG, read from its IHDR header."""
    data = Path(path).read_bytes()[:24]
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise PictureError(f"{path} is not a PNG file")
    return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")


def expected_png_size(kind: str, panels: int = 1) -> tuple[int, int]:
    if kind == "timeline":
        return int(WIDTH_IN * DPI), int(round(ROW_HEIGHT_IN * panels * DPI))
    return int(round(WIDTH_IN * 0.85 * DPI)), int(round(LINEAGE_HEIGHT_IN * panels * DPI))


__all__ = ["draw_timeline", "draw_lineage", "png_size", "expected_png_size", "PictureError", "latest"]
