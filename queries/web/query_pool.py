"""SPARQL queries from the web run in worker processes, so that a runaway query can be stopped.

pyoxigraph cannot interrupt a query once it runs (a cross join over the whole graph runs for
hours inside one call), so each query goes to a worker process that has the build open; the
server waits for the answer without blocking, and kills the worker (then starts a fresh one) when

* the query runs longer than the time limit (``query_timeout``, default 30 s): 503;
* the client disconnects: no answer is sent, the core is freed at once.

At most ``max_queries`` queries run at a time (one per worker); a query that finds every worker
busy for a second is refused with 503 and ``Retry-After``. A result over ``max_rows`` rows (or
triples; or over ``max_rows`` x 4 KiB, a bound no real row reaches) is refused with 403 and the reason, never cut short silently.

Workers come from multiprocessing's fork server (loaders/workers.py starts it with Ctrl-C
ignored) and die with the server (PR_SET_PDEATHSIG).
"""
from __future__ import annotations

import asyncio
import ctypes
import io
import logging
import os
import signal
import threading
import time
from collections.abc import Awaitable, Callable
from pathlib import Path

from .protocol import HTTPError

log = logging.getLogger(__name__)

_PR_SET_PDEATHSIG = 1
WAIT_FOR_WORKER = 1.0  # seconds a query may wait for a free worker before it is refused


class TooLarge(Exception):
    pass


class _CappedWriter(io.RawIOBase):
    """A byte buffer that refuses to grow beyond ``cap`` bytes (stops a huge result early)."""

    def __init__(self, cap: int) -> None:
        self.cap, self.parts, self.size = cap, [], 0

    def writable(self) -> bool:
        return True

    def write(self, data) -> int:
        self.size += len(data)
        if self.size > self.cap:
            raise TooLarge()
        self.parts.append(bytes(data))
        return len(data)

    def value(self) -> bytes:
        return b"".join(self.parts)


# --------------------------------------------------------------------------- in the worker


def _open(source: dict):
    import pyoxigraph as ox

    if "build_dir" in source:
        from ...loaders.store import open_store

        return open_store(Path(source["build_dir"]))
    store = ox.Store()
    store.bulk_load(path=source["nquads"], format=ox.RdfFormat.N_QUADS)
    return store


BYTES_PER_ROW = 4096  # the byte cap only guards memory: the row count is the limit people meet


def _execute(store, job: dict, max_rows: int) -> tuple:
    """Run one query; ("ok", bytes, media type) or ("error", status, message)."""
    import pyoxigraph as ox

    from ...loaders.write_forms import sparql_update
    from .protocol import choose_graph_format, choose_results_format

    kwargs: dict = {}
    if job.get("default_graph") is not None:
        kwargs["default_graph"] = [ox.NamedNode(g) for g in job["default_graph"]]
    if job.get("named_graphs") is not None:
        kwargs["named_graphs"] = [ox.NamedNode(g) for g in job["named_graphs"]]
    if job.get("union"):
        kwargs["use_default_graph_as_union"] = True
    try:
        result = store.query(job["query"], **kwargs)
    except SyntaxError as exc:
        if sparql_update(job["query"]):
            return ("error", 403, "SPARQL Update is not allowed: this endpoint is read-only")
        return ("error", 400, f"malformed query: {exc}")
    try:
        graph = isinstance(result, ox.QueryTriples)
        if graph:
            fmt, media = choose_graph_format(job["params"], job["accept"])
        else:
            fmt, media = choose_results_format(job["params"], job["accept"])
    except HTTPError as err:
        return ("error", err.status, err.message)
    out = _CappedWriter(max_rows * BYTES_PER_ROW)
    try:
        result.serialize(out, format=fmt)
    except (TooLarge, OSError, ValueError) as exc:
        if out.size > out.cap:
            return ("error", 403, f"refused: the result is larger than {out.cap // 1024} KiB; add a LIMIT")
        return ("error", 500, f"query evaluation failed: {exc}")
    data = out.value()
    if not isinstance(result, ox.QueryBoolean):
        if fmt == ox.QueryResultsFormat.CSV:  # lossy: pyoxigraph does not read it back
            import csv

            n = sum(1 for _ in csv.reader(io.StringIO(data.decode("utf-8")))) - 1
        else:
            n = sum(1 for _ in (ox.parse(data, fmt) if graph else ox.parse_query_results(data, fmt)))
        if n > max_rows:
            what = "triples" if graph else "rows"
            return ("error", 403, f"refused: the result has {n} {what}, over the limit of {max_rows}; add a LIMIT")
    return ("ok", data, media)


def _worker_main(conn, source: dict, max_rows: int) -> None:
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        pass
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    try:
        store = _open(source)
    except Exception as exc:  # noqa: BLE001 - reported to the server as one line
        conn.send(("failed", f"{type(exc).__name__}: {exc}"))
        return
    conn.send(("ready", os.getpid()))
    while True:
        try:
            job = conn.recv()
        except (EOFError, OSError):
            return
        try:
            answer = _execute(store, job, max_rows)
        except Exception as exc:  # noqa: BLE001 - one line back, never a traceback to the client
            answer = ("error", 500, f"query evaluation failed: {type(exc).__name__}: {exc}")
        conn.send(answer)


# --------------------------------------------------------------------------- in the server


class _Worker:
    def __init__(self, ctx, source: dict, max_rows: int) -> None:
        self.conn, child = ctx.Pipe()
        self.proc = ctx.Process(target=_worker_main, args=(child, source, max_rows), daemon=True,
                                name="sparql-worker")
        self.proc.start()
        child.close()
        self.ready = False

    def wait_ready(self, timeout: float = 120.0) -> None:
        if self.ready:
            return
        if not self.conn.poll(timeout):
            self.kill()
            raise RuntimeError("a SPARQL worker did not start in time")
        status, detail = self.conn.recv()
        if status != "ready":
            self.kill()
            raise RuntimeError(f"a SPARQL worker could not open the build: {detail}")
        self.ready = True

    def kill(self) -> None:
        if self.proc.is_alive():
            try:
                os.kill(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        self.proc.join(5)
        self.conn.close()


class QueryPool:
    """Up to ``size`` worker processes over one build; ``await run(job, disconnected)``."""

    def __init__(self, source: dict, *, size: int = 4, timeout: float = 30.0, max_rows: int = 100_000) -> None:
        import multiprocessing

        from ...loaders.workers import start_workers

        start_workers()
        self._ctx = multiprocessing.get_context("forkserver")
        self.source, self.size, self.timeout, self.max_rows = source, size, timeout, max_rows
        self._idle: list[_Worker] = []
        self._count = 0  # workers alive or being started
        self._lock = threading.Lock()
        self._closed = False
        self._slots: asyncio.Semaphore | None = None
        self.stopped_pids: list[int] = []  # workers killed (a query over its time, or its client gone)
        self.stats = {"answered": 0, "timed_out": 0, "disconnected": 0, "refused_busy": 0}
        self._spare = threading.Thread(target=self._prestart, daemon=True, name="sparql-worker-start")
        self._spare.start()

    def _prestart(self) -> None:
        try:
            w = self._new_worker()
            w.wait_ready()
        except Exception as exc:  # noqa: BLE001 - a later query reports it
            log.warning("could not start a SPARQL worker: %s", exc)
            with self._lock:
                self._count -= 1
            return
        self._give_back(w)

    def _new_worker(self) -> _Worker:
        with self._lock:
            self._count += 1
        return _Worker(self._ctx, self.source, self.max_rows)

    def _take(self) -> _Worker:
        """An idle worker, or a new one (the caller holds a slot, so there are never too many)."""
        with self._lock:
            if self._idle:
                return self._idle.pop()
        w = self._new_worker()
        try:
            w.wait_ready()
        except Exception:
            with self._lock:
                self._count -= 1
            raise
        return w

    def _give_back(self, w: _Worker) -> None:
        with self._lock:
            if not self._closed:
                self._idle.append(w)
                return
            self._count -= 1
        w.kill()

    def _discard(self, w: _Worker) -> None:
        with self._lock:
            self._count -= 1
        self.stopped_pids.append(w.proc.pid)
        threading.Thread(target=w.kill, daemon=True).start()

    async def run(self, job: dict, disconnected: Callable[[], Awaitable[bool]]) -> tuple[bytes, str] | None:
        """The answer (bytes, media type); None when the client went away; raises HTTPError."""
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.size)
        try:
            await asyncio.wait_for(self._slots.acquire(), WAIT_FOR_WORKER)
        except TimeoutError:
            self.stats["refused_busy"] += 1
            raise HTTPError(503, f"refused: {self.size} queries are already running (the limit); try again shortly",
                            [("Retry-After", "1")]) from None
        try:
            return await self._run_in_worker(job, disconnected)
        finally:
            self._slots.release()

    async def _run_in_worker(self, job: dict, disconnected) -> tuple[bytes, str] | None:
        loop = asyncio.get_running_loop()
        try:
            worker = await loop.run_in_executor(None, self._take)
        except RuntimeError as exc:
            raise HTTPError(503, str(exc)) from None
        started = time.monotonic()
        readable = asyncio.Event()
        fd = worker.conn.fileno()
        loop.add_reader(fd, readable.set)
        settled = False  # the worker went back to the pool or was discarded
        try:
            worker.conn.send(job)
            while not readable.is_set():
                try:
                    await asyncio.wait_for(readable.wait(), 0.2)
                except TimeoutError:
                    pass
                if readable.is_set():
                    break
                if await disconnected():
                    settled = True
                    loop.remove_reader(fd)
                    self._discard(worker)
                    self.stats["disconnected"] += 1
                    log.info("query stopped: the client disconnected after %.1f s", time.monotonic() - started)
                    return None
                if time.monotonic() - started > self.timeout:
                    settled = True
                    loop.remove_reader(fd)
                    self._discard(worker)
                    self.stats["timed_out"] += 1
                    raise HTTPError(503, f"query stopped: it ran longer than the time limit of {self.timeout:g} s "
                                    "(MANDATE_LINEAGE_QUERY_TIMEOUT)")
            loop.remove_reader(fd)
            try:
                answer = await loop.run_in_executor(None, worker.conn.recv)
            except (EOFError, OSError):
                settled = True
                self._discard(worker)
                raise HTTPError(500, "query evaluation failed: the query worker died") from None
            settled = True
            self._give_back(worker)
            self.stats["answered"] += 1
        finally:
            try:
                loop.remove_reader(fd)
            except (ValueError, OSError):
                pass
            if not settled:  # cancelled mid-query (shutdown): the worker's state is unknown
                self._discard(worker)
        if answer[0] == "ok":
            return answer[1], answer[2]
        raise HTTPError(answer[1], answer[2])

    def close(self) -> None:
        """Stop every worker (running queries are abandoned)."""
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
            self._count -= len(idle)
        for w in idle:
            w.kill()
