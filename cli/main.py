"""Console entry point `mandate-lineage`.

`ask` is what people run most, so it is dispatched before Typer and Rich are imported
(they cost more than the answer itself); everything else goes through the Typer app.

Whatever happens, the user sees a message, not a traceback: Ctrl-C exits 130 with "interrupted",
a closed pipe exits quietly, and an unexpected error prints one line naming it (set
MANDATE_LINEAGE_DEBUG=1 to see the traceback). Commands report their own expected errors.
"""
from __future__ import annotations

import os
import sys

FAST_COMMANDS = {"ask": "mandate_lineage.cli.fast_ask:main"}
DEBUG_ENV = "MANDATE_LINEAGE_DEBUG"


def _dispatch(args: list[str]) -> int:
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


def _error(message: str) -> None:
    try:
        sys.stderr.write(f"error: {message}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def main(argv: list[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    try:
        return _dispatch(args)
    except KeyboardInterrupt:
        _error("interrupted")
        return 130
    except BrokenPipeError:
        # The reader went away (`... | head`): stop quietly, without a second error on flush.
        try:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
        except (OSError, ValueError):
            pass
        return 1
    except SystemExit:
        raise
    except Exception as exc:  # noqa: BLE001 - the last net: a message instead of a traceback
        if os.environ.get(DEBUG_ENV) == "1":
            raise
        text = " ".join(str(exc).split()) or "no details"
        if len(text) > 500:
            text = text[:500] + " ..."
        _error(f"unexpected {type(exc).__name__}: {text} (set {DEBUG_ENV}=1 to see where it happened)")
        return 1


if __name__ == "__main__":
    sys.exit(main())
