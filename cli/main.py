"""Console entry point `mandate-lineage`.

`ask` is what people run most, so it is dispatched before Typer and Rich are imported
(they cost more than the answer itself); everything else goes through the Typer app.
"""
from __future__ import annotations

import sys

FAST_COMMANDS = {"ask": "mandate_lineage.cli.fast_ask:main"}


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if args and args[0] in FAST_COMMANDS:
        module, func = FAST_COMMANDS[args[0]].split(":")
        try:
            import importlib

            handler = getattr(importlib.import_module(module), func)
        except ImportError:
            handler = None
        if handler is not None:
            return handler(args[1:])
    from .app import run

    return run(args)


if __name__ == "__main__":
    sys.exit(main())
