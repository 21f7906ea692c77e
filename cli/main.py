"""Console entry point `mandate-lineage`.

`ask` is what people run most, so it is dispatched before Typer and Rich are imported
(they cost more than the answer itself); everything else goes through the Typer app.

Whatever happens, the user sees a message, not a traceback: Ctrl-C exits 130 with "interrupted",
a closed pipe exits quietly, and an unexpected error prints one line naming it (set
MANDATE_LINEAGE_DEBUG=1 to see the traceback). Commands report their own expected errors.
"""
from __future__ import annotations

import os
import signal
import sys

from ..loaders.redaction import redact

FAST_COMMANDS = {"ask": "mandate_lineage.cli.fast_ask:main"}
DEBUG_ENV = "MANDATE_LINEAGE_DEBUG"


def _dispatch(args: list[str]) -> int:
    if args and args[0] in FAST_COMMANDS:
        module, func = FAST_COMMANDS[args[0]].split(":")
        import importlib

        return getattr(importlib.import_module(module), func)(args[1:])
    from .app import run

    return run(args)


def _error(message: str) -> None:
    try:
        sys.stderr.write(f"error: {redact(message)}\n")
        sys.stderr.flush()
    except (OSError, ValueError):
        pass


def _quiet_unraisable(unraisable) -> None:
    """Errors Python can only ignore (in __del__, at shutdown): libraries cleaning up after Ctrl-C.

    They change nothing the user can act on; their tracebacks would hide the real message.
    """


def _finish() -> None:
    """The work is done (or abandoned): let the cleanup that follows run without another Ctrl-C."""
    try:
        signal.signal(signal.SIGINT, signal.SIG_IGN)
    except (ValueError, OSError):  # not the main thread
        pass


def _exit_now(code: int) -> None:
    """Exit with `code` after the cleanup atexit would do, without the interpreter's own teardown."""
    import atexit

    try:
        atexit._run_exitfuncs()  # noqa: SLF001 - close the embedded engine's server, flush logs
    finally:
        for stream in (sys.stdout, sys.stderr):
            try:
                stream.flush()
            except (OSError, ValueError):
                pass
        os._exit(code)


def main(argv: list[str] | None = None) -> int:
    console = argv is None  # run as the `mandate-lineage` program, not called from Python
    try:
        return _main(argv, console)
    except KeyboardInterrupt:  # a Ctrl-C in the instant after the work ended, before _finish could ignore it
        if console:
            _finish()
        _error("interrupted")
        if console:
            _exit_now(130)
        return 130


def _main(argv: list[str] | None, console: bool) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    if console and os.environ.get(DEBUG_ENV) != "1":
        sys.unraisablehook = _quiet_unraisable
    try:
        code = _dispatch(args)
        if code == 130:
            if not getattr(sys.modules.get("mandate_lineage.cli.common"), "REPORTED", False):
                _error("interrupted")  # Ctrl-C outside a command's own handling: Typer exits 130 silently
            if console:  # after a Ctrl-C the interpreter's teardown may still end by SIGINT: exit here
                _finish()
                _exit_now(130)
        return code
    except KeyboardInterrupt:
        _error("interrupted")
        if console:  # a half-finished import can make Python end by SIGINT instead: exit here, cleanly
            _finish()
            _exit_now(130)
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
    finally:
        if console:
            _finish()


if __name__ == "__main__":
    sys.exit(main())
