"""build, validate, stats."""
from __future__ import annotations

from collections import defaultdict

from rich.table import Table

from ..loaders import build as build_lib
from ..queries.build import build as build_with_steps
from ..loaders.graphstats import stats as stats_lib
from ..loaders.check import check_data
from ..ontology.problems import Problem
from .common import BaseIriOpt, DataOpt, HomeOpt, JsonOpt, MandateOpt, app, err, fail, out, print_json, settings_from


@app.command()
def build(home: HomeOpt = None, data: DataOpt = None, base_iri: BaseIriOpt = None, no_mirror: bool = False, json: JsonOpt = False) -> None:
    """Load the curated data, validate it, and make it the current build (then mirror it for Cypher)."""
    settings = settings_from(home, data, base_iri)
    say = (lambda m: None) if json else (lambda m: err.print(f"[dim]- {m}[/dim]"))
    before = build_lib.current_build(settings.home) if settings.home.is_dir() else None
    try:
        result = build_with_steps(settings, progress=say, mirror=not no_mirror)
    except build_lib.BuildError as exc:
        if exc.problems:
            print_problems(exc.problems, as_json=json)
        fail(f"{exc} — the previous build (if any) is still current in {settings.home}")
    except KeyboardInterrupt:
        now = build_lib.current_build(settings.home)
        if now is not None and now != before:  # Ctrl-C after the switch: the new build is complete
            fail(f"interrupted after the new build became current ({now.name})", code=130)
        fail("interrupted — the previous build (if any) is still current", code=130)
    except (OSError, RuntimeError) as exc:  # disk full, permissions, the mirror's engine failing
        detail = getattr(exc, "strerror", None) or str(exc)
        fail(f"the build failed ({type(exc).__name__}: {detail}) — the previous build (if any) is still current in {settings.home}")
    if json:
        print_json({
            "build_id": result.build_id, "path": str(result.path), "triples": result.triples, "quads": result.quads,
            "graphs": result.graphs, "checksum_sha256": result.checksum, "class_counts": result.class_counts,
            "standard_class_counts": result.standard_class_counts, "standard_terms": result.standard_quads,
            "mandates": result.mandates, "mirror": result.mirrored, "timings_s": {k: round(v, 3) for k, v in result.timings.items()},
        })
        return
    table = Table(title=f"Build {result.build_id}: {result.triples} triples in {result.graphs} named graphs")
    table.add_column("class")
    table.add_column("count", justify="right")
    for name, count in result.class_counts.items():
        table.add_row(name, str(count))
    out.print(table)
    _print_standard(result.standard_class_counts, result.standard_quads)
    if result.mirrored:
        out.print(f"Cypher mirror: {result.mirrored.get('nodes')} nodes, {result.mirrored.get('relationships')} relationships ({result.mirrored.get('engine')})")
    out.print(f"Built in {result.timings['total']:.2f} s; current build: {result.path}")


@app.command()
def validate(data: DataOpt = None, base_iri: BaseIriOpt = None, json: JsonOpt = False) -> None:
    """Check the curated data against the shapes without building; report grouped by file and entity."""
    settings = settings_from(data=data, base_iri=base_iri)
    problems = check_data(settings)
    if json:
        print_json({"conforms": not problems, "data": str(settings.data_dir), "problems": [p.to_dict() for p in problems]})
    elif not problems:
        out.print(f"[green]conforms[/green]: {settings.data_dir}")
    else:
        print_problems(problems)
    if problems:
        raise SystemExit(1)


@app.command()
def stats(home: HomeOpt = None, mandate: MandateOpt = None, json: JsonOpt = False) -> None:
    """Counts per class in the current build (per mandate with --mandate)."""
    settings = settings_from(home=home, mandate=mandate)
    try:
        result = stats_lib(settings)
    except (FileNotFoundError, LookupError) as exc:
        fail(str(exc))
    if json:
        print_json(result)
        return
    title = f"Build {result['build_id']}" + (f", mandate {result['mandate']}" if result.get("mandate") else ", all mandates")
    table = Table(title=title)
    table.add_column("class")
    table.add_column("count", justify="right")
    for name, count in result["class_counts"].items():
        table.add_row(name, str(count))
    out.print(table)
    _print_standard(result.get("standard_class_counts", {}), result.get("standard_terms"))
    out.print(f"{result['triples']} triples, {result['graphs']} named graphs, mandates: {', '.join(result['mandates'])}")


def _print_standard(counts: dict, triples: int | None) -> None:
    """One line: the standard types the build carries (materialized from the ontology's mappings)."""
    if not counts:
        return
    types = ", ".join(f"{name} {n}" for name, n in counts.items())
    lead = f"Standard terms ({triples} triples in their own graph): " if triples is not None else "Standard types: "
    out.print(lead + types, highlight=False)


def print_problems(problems: list[Problem], as_json: bool = False) -> None:
    """The one rendering of problems (the loader's and the shapes'): --json, or a human report grouped
    by file, then by entity (focus node)."""
    if as_json:
        print_json({"problems": [p.to_dict() for p in problems]})
        return
    by_file = defaultdict(list)
    for p in problems:
        by_file[p.file or "(graph)"].append(p)
    for file in sorted(by_file):
        err.print(f"[bold]{file}[/bold]")
        by_entity = defaultdict(list)
        for p in by_file[file]:
            by_entity[p.focus or ""].append(p)
        for focus in sorted(by_entity):
            if focus:
                err.print(f"  [cyan]{focus}[/cyan]")
            for p in by_entity[focus]:
                line = f"line {p.line}" if p.line else "line ?"
                field = f" field '{p.field}'" if p.field else ""
                err.print(f"    {line}{field}: {p.message}", highlight=False, markup=False)
    err.print(f"{len(problems)} problem(s)")
