"""`mandate-lineage ask "QUESTION"`: the fast path (argparse only; no Typer, Rich, rdflib or pyshacl).

It opens the prebuilt store of the current build, reads the question against a lexicon built
from the graph, and prints the answers (text, or JSON with --json). Exit codes: 0 answered,
2 a question it could not read (or an ambiguous or over-long one), 1 no build / bad mandate.
"""
from __future__ import annotations

import argparse
import sys

USAGE_EPILOG = """examples:
  mandate-lineage ask "Which resolution added the SDG task?"
  mandate-lineage ask "Who held the mandate in 2015?" --json
  mandate-lineage ask "When was Brazil visited and which report covers it?"
"""


def parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(
        prog="mandate-lineage ask",
        description="Answer a question in plain English from the current build, with the source of each answer.",
        epilog=USAGE_EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    p.add_argument("question", nargs="*", help="the question (quote it)")
    p.add_argument("--json", action="store_true", help="print the answer as JSON")
    p.add_argument("--mandate", help="mandate key (default: MANDATE_LINEAGE_MANDATE; may be omitted when there is one)")
    p.add_argument("--home", help="build directory (default: MANDATE_LINEAGE_HOME or the per-user data directory)")
    p.add_argument("--forms", action="store_true", help="list the question forms ask understands")
    return p


def _error(message: str, code: int, as_json: bool, question: str | None = None) -> int:
    if as_json:
        import json

        sys.stdout.write(json.dumps({"question": question, "status": "error", "interpretation": None, "answers": [], "message": message}, ensure_ascii=False) + "\n")
    sys.stderr.write(f"error: {message}\n")
    return code


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    from ..queries.ask.reader import MAX_QUESTION

    if args.forms:
        from ..queries.ask.catalogue import catalogue

        for kind in catalogue().kinds:
            sys.stdout.write(f"{kind.form}\n    e.g. {' / '.join(kind.examples[:3])}\n")
        return 0
    # Bytes that are not UTF-8 arrive as surrogates: make them replacement characters, never a crash.
    question = " ".join(args.question).encode("utf-8", "surrogateescape").decode("utf-8", "replace").strip()
    if not question:
        if not args.json:
            from ..queries.ask.catalogue import catalogue

            sys.stdout.write("Questions I can answer, for example:\n" + "".join(f"  - {k.examples[0]}\n" for k in catalogue().kinds[:8]))
        return _error('no question given: mandate-lineage ask "Which resolution added the SDG task?" (see --forms)', 2, args.json, question)
    from ..loaders.config import load_settings
    from ..queries.ask import ask, exit_code, open_context
    from ..queries.ask.render import render, to_json

    settings = load_settings(home=args.home, mandate=args.mandate)
    try:
        ctx = open_context(settings)
    except (FileNotFoundError, LookupError, OSError) as exc:
        return _error(str(exc).strip("'\""), 1, args.json, question)
    try:
        result = ask(ctx, question)
    except Exception as exc:  # noqa: BLE001 - a question must never end in a traceback
        return _error(f"could not answer ({type(exc).__name__}: {exc})", 1, args.json, question)
    out = to_json(result) if args.json else render(result, multi_mandate=len(ctx.mandates) > 1)
    if result.get("status") == "refused":
        sys.stderr.write(f"error: the question is {len(question)} characters long; the limit is {MAX_QUESTION}\n")
    try:
        sys.stdout.write(out)
        sys.stdout.flush()
    except BrokenPipeError:
        pass
    return exit_code(result)


if __name__ == "__main__":
    sys.exit(main())
