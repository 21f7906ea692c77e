"""Stages of a build that run side by side, each in a child process.

Processes rather than threads: pyoxigraph's query results may only be freed by the thread that made
them, and Python's cyclic collector frees garbage in whatever thread it happens to run in. Children
come from multiprocessing's fork server (started once, with the validation and store modules already
imported), not from a fork of the build process: RocksDB's background threads do not survive a fork,
and a child of a process that had opened a store waited for them forever.

A child dies with its parent (PR_SET_PDEATHSIG; the fork server ends with the build's process), and
the build stops its children on every exit path, Ctrl-C included.
"""
from __future__ import annotations

import ctypes
import multiprocessing
import os
import pickle
import resource
import signal
import threading
import time
import traceback
from typing import Callable

_PR_SET_PDEATHSIG = 1


PRELOAD = ["pyoxigraph", "rdflib", "mandate_lineage.loaders.build", "mandate_lineage.ontology.validate",
           "mandate_lineage.ontology.sparql_constraints"]
_extra_preload: list[str] = []  # the modules of the callers' post-build steps (start_workers)


def _context():
    ctx = multiprocessing.get_context("forkserver")
    ctx.set_forkserver_preload(PRELOAD + _extra_preload)
    return ctx


def start_workers(preload: list[str] | tuple = ()) -> None:
    """Start the fork server if it is not running (it imports PRELOAD, plus `preload`, the modules of
    the post-build steps a worker will run, once, then forks each worker).

    It starts with Ctrl-C ignored (an ignored signal stays ignored across exec, and Python then
    installs no KeyboardInterrupt handler), and so do the workers it forks: Ctrl-C in a terminal
    reaches the whole process group, and the build, not its helpers, handles it (it stops them).
    A Ctrl-C in the few milliseconds of the spawn itself is lost.
    """
    from multiprocessing import forkserver

    _extra_preload.extend(m for m in preload if m not in PRELOAD + _extra_preload)
    _context()
    if threading.current_thread() is not threading.main_thread():
        forkserver.ensure_running()
        return
    previous = signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        forkserver.ensure_running()
    finally:
        signal.signal(signal.SIGINT, previous)


class WorkerFailed(Exception):
    """A stage died without reporting (killed, or crashed in native code)."""


class Worker:
    """`func(*args)` in a worker process; `result()` waits for it and returns it (or raises its error).

    `func` and its arguments go to the fork server by pickling: a module-level function and small
    arguments (paths); large data travels through files.
    """

    def __init__(self, name: str, func: Callable, *args):
        start_workers()
        ctx = _context()
        self.name = name
        self._receive, send = ctx.Pipe(duplex=False)
        self._process = ctx.Process(target=_run, args=(send, func, args), name=f"build-{name}", daemon=True)
        self._process.start()
        send.close()
        self._outcome = None
        self.seconds: float | None = None
        self.peak_rss_mb: float | None = None

    def done(self) -> bool:
        return self._outcome is not None or self._receive.poll()

    def wait(self) -> None:
        """Until the child has reported (or died)."""
        if self._outcome is not None:
            return
        try:
            self._outcome = self._receive.recv()
        except EOFError:
            self._process.join()
            self._outcome = ("died", f"the {self.name} stage ended without a result (exit code {self._process.exitcode})")
        self._receive.close()
        self._process.join()
        kind, value, *stats = self._outcome
        if stats:
            self.seconds, self.peak_rss_mb = stats

    def result(self):
        self.wait()
        kind, value, *_ = self._outcome
        if kind == "ok":
            return value
        if kind == "error":
            raise value
        raise WorkerFailed(value)

    def error(self) -> BaseException | None:
        """The stage's error once it is done (None while it runs or when it succeeded)."""
        if not self.done():
            return None
        try:
            self.result()
        except BaseException as error:  # noqa: BLE001 - handed back to the caller
            return error
        return None

    def stop(self) -> None:
        """Kill the child (when the build is abandoned) and reap it."""
        if self._process.is_alive():
            self._process.kill()
        self._process.join()
        if not self._receive.closed:
            self._receive.close()


def _run(send, func: Callable, args: tuple) -> None:
    # The parent is the fork server, which ends when the build's process does: then so does this.
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):  # not Linux: the build still stops its workers on every exit path
        pass
    if os.getppid() == 1:  # the fork server ended before the line above took effect
        os._exit(1)
    for sig in (signal.SIGTERM, signal.SIGHUP):
        signal.signal(sig, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle: it stops its workers
    t = time.perf_counter()
    try:
        value = func(*args)
        outcome = ("ok", value)
    except BaseException as error:  # sent to the parent, which raises it
        try:
            pickle.dumps(error)
        except Exception:
            error = RuntimeError("".join(traceback.format_exception(error)))
        outcome = ("error", error)
    rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    try:
        send.send((*outcome, time.perf_counter() - t, round(rss, 1)))
        send.close()
    except OSError:  # the build is gone (killed or interrupted): nobody is waiting for this result
        os._exit(1)
