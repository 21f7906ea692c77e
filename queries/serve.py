"""`serve`: the current build as Linked Data pages and a read-only SPARQL 1.1 Protocol endpoint.

    from mandate_lineage.queries.serve import make_app, serve, serve_in_thread
    serve(settings, host="127.0.0.1", port=8000)    # follows home/current; blocks; Ctrl-C stops it
    serve(store, port=7878)                          # one pyoxigraph store, for good
    server, thread = serve_in_thread(store, port=0)  # tests: server.server_port, server.shutdown()

The web application lives in queries/web/ (Starlette, run by uvicorn): see web/app.py for the
addresses, web/sparql_endpoint.py for the protocol, web/query_pool.py for the limits on queries.
"""

from __future__ import annotations

import logging
import signal
import socket
import sys
import threading

import pyoxigraph as ox

from .web.protocol import negotiate, uses_service
from .web.sparql_endpoint import MAX_BODY
from .web.state import BuildState, Fixed, FollowCurrent, Limits

__all__ = ["make_app", "serve", "serve_in_thread", "make_server", "limits_from", "DEFAULT_PORT", "MAX_BODY",
           "negotiate", "uses_service"]

log = logging.getLogger(__name__)

DEFAULT_PORT = 8000


def limits_from(settings) -> Limits:
    return Limits(query_timeout=settings.query_timeout, max_queries=settings.max_queries, max_rows=settings.max_rows)


def _source(target, limits: Limits | None, base_iri: str | None):
    if isinstance(target, ox.Store):
        from ..loaders.config import DEFAULT_BASE_IRI

        return Fixed(BuildState(target, base_iri or DEFAULT_BASE_IRI, limits or Limits()))
    return FollowCurrent(target, limits or limits_from(target))


def make_app(target, *, allow_service: bool = False, limits: Limits | None = None, base_iri: str | None = None):
    """The ASGI application over a pyoxigraph store, or over the current build of ``Settings``."""
    from .web.app import create_app

    source = _source(target, limits, base_iri)
    app = create_app(source, allow_service=allow_service)
    app.state.source = source
    return app


class Server:
    """uvicorn on a socket bound here (so a busy port fails at once, and port 0 gets a free port)."""

    def __init__(self, app, host: str, port: int) -> None:
        import uvicorn

        self.app = app
        family = socket.AF_INET6 if ":" in host else socket.AF_INET
        # IPPROTO_TCP named explicitly: asyncio turns Nagle off (TCP_NODELAY) only on sockets whose
        # protocol says TCP; with proto 0 every keep-alive answer waited 40 ms for a delayed ACK.
        self.socket = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self.socket.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            self.socket.bind((host, port))
        except OSError:
            self.socket.close()
            raise
        self.server_port = self.socket.getsockname()[1]
        config = uvicorn.Config(app, log_level="warning", access_log=False, lifespan="off",
                                timeout_graceful_shutdown=3, server_header=False)
        self.server = uvicorn.Server(config)

    def serve_forever(self) -> None:
        self.server.run(sockets=[self.socket])

    def shutdown(self) -> None:
        self.server.should_exit = True
        if getattr(self, "thread", None) is not None:
            self.thread.join(10)

    def server_close(self) -> None:
        self.socket.close()
        self.app.state.source.close()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.server_close()


def make_server(target, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, allow_service: bool = False,
                limits: Limits | None = None, base_iri: str | None = None) -> Server:
    """A server for ``make_app(target)``, bound but not yet serving (``port=0``: a free port)."""
    return Server(make_app(target, allow_service=allow_service, limits=limits, base_iri=base_iri), host, port)


def serve(target, host: str = "127.0.0.1", port: int = DEFAULT_PORT, *, quiet: bool = False,
          allow_service: bool = False, limits: Limits | None = None) -> None:
    """Serve until interrupted (Ctrl-C): pages at http://host:port/, SPARQL at /sparql.
    ``target``: ``Settings`` (the current build, followed across build switches) or a store."""
    with make_server(target, host, port, allow_service=allow_service, limits=limits) as server:
        url = f"http://{host}:{server.server_port}/"
        log.info("serving at %s", url)
        if not quiet:
            print(f"Linked Data pages at {url}, read-only SPARQL endpoint at {url}sparql (Ctrl-C stops it)",
                  file=sys.stderr, flush=True)
        previous = _stop_on_sigterm()
        try:
            server.serve_forever()
        except KeyboardInterrupt:
            pass
        finally:
            if previous is not None:
                signal.signal(signal.SIGTERM, previous)


def _terminated(signum, _frame) -> None:
    raise SystemExit(128 + signum)


def _stop_on_sigterm():
    """SIGTERM ends the server through Python's exits, so its query workers and files are cleaned up.

    uvicorn stops gracefully on SIGTERM, then raises the signal again with the handler it found:
    with the default one the process died there, before closing the build (its copy stayed in /tmp).
    """
    if threading.current_thread() is not threading.main_thread():
        return None
    return signal.signal(signal.SIGTERM, _terminated)


def serve_in_thread(target, host: str = "127.0.0.1", port: int = 0, *, allow_service: bool = False,
                    limits: Limits | None = None, base_iri: str | None = None) -> tuple[Server, threading.Thread]:
    """Start serving in a daemon thread; stop with ``server.shutdown(); server.server_close()``."""
    server = make_server(target, host, port, allow_service=allow_service, limits=limits, base_iri=base_iri)
    thread = threading.Thread(target=server.serve_forever, name="mandate-lineage-serve", daemon=True)
    server.thread = thread
    thread.start()
    for _ in range(500):  # until uvicorn listens (the socket is bound already, so a client would queue anyway)
        if server.server.started:
            break
        threading.Event().wait(0.01)
    return server, thread
