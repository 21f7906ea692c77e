"""Push a graph to a partner triple store with the SPARQL 1.1 Graph Store HTTP Protocol.

``push()`` sends the serialised graph with HTTP ``PUT <endpoint>?graph=<IRI>``, which replaces
the named graph as a whole (pushing the same data twice leaves the same triples).  Only the
standard library is used: ``urllib.request`` with HTTP Digest and Basic authentication
(Virtuoso's ``/sparql-graph-crud-auth`` wants Digest).

Transient failures (connection refused/reset, timeouts, HTTP 5xx, 408 and 429) are retried with
exponential backoff; other 4xx answers are not.  Failures raise :class:`PushError`, whose message
names the endpoint (without any user-info part) and what went wrong.  Credentials are never put
in messages, logs, reprs or exception arguments.

``count_triples()`` asks a SPARQL 1.1 Protocol endpoint how many triples a named graph holds,
with a fixed query in which the graph IRI is only inserted after validation.
"""

from __future__ import annotations

import http.client
import json
import logging
import re
import socket
import time
import urllib.error
import urllib.parse
import urllib.request
from dataclasses import dataclass, field

from ..loaders.redaction import redact

__all__ = [
    "PushError",
    "PushResult",
    "push",
    "count_triples",
    "sparql_update",
    "validate_iri",
    "redact_url",
    "ENV_USER",
    "ENV_PASSWORD",
]

log = logging.getLogger(__name__)

#: Environment variables the CLI reads the credentials from (this module never reads them).
ENV_USER = "MANDATE_LINEAGE_PUSH_USER"
ENV_PASSWORD = "MANDATE_LINEAGE_PUSH_PASSWORD"

_USER_AGENT = "mandate-lineage-push/0.1"
#: HTTP statuses worth another try.
_RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504}) | frozenset(range(505, 600))
#: the longest a single backoff pause (or a server's Retry-After) may make us wait.
_MAX_PAUSE = 30.0

# Indirection so tests can make the backoff instant.
_sleep = time.sleep


class PushError(RuntimeError):
    """The store could not be reached, or refused the data.

    Attributes: ``endpoint`` (redacted URL), ``graph_iri``, ``status`` (HTTP status or None when
    no answer came), ``attempts`` and ``transient`` (whether the last failure was of the kind
    that is retried).  ``args`` is only the message, which never contains credentials.
    """

    def __init__(
        self,
        message: str,
        *,
        endpoint: str,
        graph_iri: str | None = None,
        status: int | None = None,
        attempts: int = 1,
        transient: bool = False,
    ) -> None:
        super().__init__(message)
        self.endpoint = endpoint
        self.graph_iri = graph_iri
        self.status = status
        self.attempts = attempts
        self.transient = transient

    def __repr__(self) -> str:
        return f"PushError({self.args[0]!r})"


@dataclass(frozen=True)
class PushResult:
    """What a successful ``push()`` did.  Holds no credentials."""

    endpoint: str  # redacted: no user-info, as it appears in messages
    graph_iri: str
    status: int  # 200, 201 or 204
    attempts: int
    bytes_sent: int
    content_type: str
    elapsed: float = field(compare=False)

    @property
    def created(self) -> bool:
        """True when the store said the graph is new (201 Created)."""
        return self.status == 201


# --------------------------------------------------------------------------- validation

# An absolute IRI (RFC 3987 scheme + something), without the characters that SPARQL's IRIREF
# forbids: <>"{}|^`\ , space and controls.
_IRI_RE = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:[^\x00-\x20<>\"{}|^`\\]+$")


def validate_iri(iri: str) -> str:
    """Return ``iri`` if it is an absolute IRI safe to write as ``<iri>`` in SPARQL, else raise
    ValueError."""
    if not isinstance(iri, str) or not _IRI_RE.match(iri):
        raise ValueError(
            f"not an absolute IRI usable as a graph name: {iri!r} "
            "(needs a scheme, and no spaces, quotes, angle brackets, braces, |, ^, ` or \\)"
        )
    return iri


def redact_url(url: str) -> str:
    """``url`` without any ``user:password@`` part (for messages)."""
    return redact(url)


def _check_endpoint(endpoint: str) -> str:
    parts = urllib.parse.urlsplit(endpoint)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise ValueError(f"endpoint must be an http(s) URL: {redact_url(endpoint)!r}")
    if parts.username is not None or parts.password is not None:
        raise ValueError(
            f"endpoint {redact_url(endpoint)!r} must not carry credentials in the URL; "
            "pass user= and password= instead"
        )
    return endpoint


def _with_param(endpoint: str, name: str, value: str) -> str:
    sep = "&" if urllib.parse.urlsplit(endpoint).query else ("" if endpoint.endswith("?") else "?")
    return endpoint + sep + urllib.parse.urlencode({name: value})


# --------------------------------------------------------------------------- HTTP plumbing


def _opener(url: str, user: str | None, password: str | None) -> urllib.request.OpenerDirector:
    handlers: list[urllib.request.BaseHandler] = []
    if user is not None or password is not None:
        mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
        mgr.add_password(None, url, user or "", password or "")
        handlers += [urllib.request.HTTPDigestAuthHandler(mgr), urllib.request.HTTPBasicAuthHandler(mgr)]
    return urllib.request.build_opener(*handlers)


PREFLIGHT_BYTES = 64 * 1024  # a larger body is not sent before the store has said how to authenticate


def _preauthorize(req: urllib.request.Request, user: str | None, password: str | None, timeout: float) -> None:
    """Add the Authorization header the store will ask for, learnt from a HEAD without a body.

    urllib sends a body first and answers the store's 401 challenge afterwards; a store that replies
    401 and closes while a large body is still being sent (Virtuoso does) breaks the pipe before
    the challenge is read, and every retry does the same. Any failure here leaves the request as it
    was (the usual challenge and answer then apply).
    """
    head = urllib.request.Request(req.full_url, method="HEAD", headers={"User-Agent": _USER_AGENT})
    try:
        with urllib.request.build_opener().open(head, timeout=timeout):
            return  # no authentication asked for
    except urllib.error.HTTPError as err:
        challenge = err.headers.get("WWW-Authenticate", "") if err.code == 401 and err.headers else ""
        err.close()
    except (urllib.error.URLError, OSError, http.client.HTTPException):
        return
    scheme, _sp, rest = challenge.partition(" ")
    mgr = urllib.request.HTTPPasswordMgrWithDefaultRealm()
    mgr.add_password(None, req.full_url, user or "", password or "")
    if scheme.lower() == "digest":
        chal = urllib.request.parse_keqv_list(filter(None, urllib.request.parse_http_list(rest)))
        auth = urllib.request.HTTPDigestAuthHandler(mgr).get_authorization(req, chal)
        if auth:
            req.add_unredirected_header("Authorization", f"Digest {auth}")
    elif scheme.lower() == "basic":
        import base64

        token = base64.b64encode(f"{user or ''}:{password or ''}".encode()).decode("ascii")
        req.add_unredirected_header("Authorization", f"Basic {token}")


def _scrub(text: str, secrets: tuple[str | None, ...]) -> str:
    for s in secrets:
        if s and len(s) >= 3:
            text = text.replace(s, "***")
    return text


def _body_snippet(err: urllib.error.HTTPError, limit: int = 300) -> str:
    try:
        raw = err.read(4096) if err.fp is not None else b""
    except Exception:  # noqa: BLE001 - the body is only decoration for the message
        raw = b""
    text = raw.decode("utf-8", "replace")
    text = re.sub(r"<[^>]+>", " ", text)  # HTML error pages
    text = " ".join(text.split())
    return text[:limit] + ("…" if len(text) > limit else "")


def _retry_after(err: urllib.error.HTTPError) -> float | None:
    value = err.headers.get("Retry-After") if err.headers else None
    if value and value.strip().isdecimal():
        return min(float(value.strip()), _MAX_PAUSE)
    return None


def _describe_network_error(exc: BaseException) -> str:
    reason = exc.reason if isinstance(exc, urllib.error.URLError) else exc
    if isinstance(reason, ConnectionRefusedError):
        return "connection refused (is the store running?)"
    if isinstance(reason, ConnectionResetError):
        return "connection reset by the store"
    if isinstance(reason, (socket.timeout, TimeoutError)):
        return "timed out waiting for the store"
    if isinstance(reason, socket.gaierror):
        return f"cannot resolve the host ({reason.strerror or reason})"
    if isinstance(reason, http.client.RemoteDisconnected):
        return "the store closed the connection without answering"
    if isinstance(reason, OSError) and reason.strerror:
        return reason.strerror
    return f"{type(reason).__name__}: {reason}"


def _request(
    *,
    method: str,
    url: str,
    shown: str,
    data: bytes | None,
    headers: dict[str, str],
    user: str | None,
    password: str | None,
    retries: int,
    backoff: float,
    timeout: float,
    what: str,
    graph_iri: str | None,
) -> tuple[int, bytes, int]:
    """Do one HTTP exchange with retries; return (status, body, attempts)."""
    if retries < 0:
        raise ValueError("retries must be >= 0")
    opener = _opener(url, user, password)
    secrets = (password, user)
    attempts = 0
    while True:
        attempts += 1
        req = urllib.request.Request(url, data=data, method=method, headers=headers)
        pause: float | None = None
        try:
            if data is not None and len(data) > PREFLIGHT_BYTES and (user is not None or password is not None):
                _preauthorize(req, user, password, timeout)
            with opener.open(req, timeout=timeout) as resp:
                return resp.status, resp.read(), attempts
        except urllib.error.HTTPError as err:
            status = err.code
            detail = _scrub(_body_snippet(err), secrets)
            transient = status in _RETRY_STATUSES
            if status in (401, 403):
                hint = (
                    "authentication failed: check the user name and password"
                    if status == 401 and user is not None
                    else "the store wants credentials (none were given)"
                    if status == 401
                    else "the account is not allowed to do this (for Virtuoso: grant SPARQL_UPDATE)"
                )
                msg = f"{what} to {shown} refused with HTTP {status} {err.reason}: {hint}"
            else:
                msg = f"{what} to {shown} failed with HTTP {status} {err.reason}"
            if detail:
                msg += f" — store said: {detail}"
            if not transient or attempts > retries:
                if transient:
                    msg += f" (gave up after {attempts} attempts)"
                raise PushError(
                    msg, endpoint=shown, graph_iri=graph_iri, status=status,
                    attempts=attempts, transient=transient,
                ) from None
            pause = _retry_after(err)
            log.warning("%s; retrying", msg)
        except (urllib.error.URLError, OSError, http.client.HTTPException) as exc:
            # URLError wraps socket errors; bare OSErrors/HTTPExceptions can come from reading.
            desc = _scrub(_describe_network_error(exc), secrets)
            msg = f"{what} to {shown} failed: {desc}"
            if attempts > retries:
                raise PushError(
                    msg + f" (gave up after {attempts} attempt{'s' if attempts != 1 else ''})",
                    endpoint=shown, graph_iri=graph_iri, status=None,
                    attempts=attempts, transient=True,
                ) from None
            log.warning("%s; retrying", msg)
        if pause is None:
            pause = min(backoff * (2 ** (attempts - 1)), _MAX_PAUSE)
        _sleep(pause)


# --------------------------------------------------------------------------- public API


def push(
    data: bytes,
    content_type: str,
    endpoint: str,
    graph_iri: str,
    *,
    user: str | None = None,
    password: str | None = None,
    retries: int = 4,
    backoff: float = 0.5,
    timeout: float = 30,
    update_endpoint: str | None = None,
) -> PushResult:
    """Replace the named graph ``graph_iri`` at the Graph Store Protocol ``endpoint`` with
    ``data`` (serialised as ``content_type``, e.g. ``text/turtle``, ``application/n-triples``,
    ``application/rdf+xml``) by HTTP PUT ``endpoint?graph=graph_iri``.

    With ``update_endpoint`` (a SPARQL 1.1 Update endpoint of the same store) the body is PUT into
    a temporary graph (queries/push_update.py) and then swapped into ``graph_iri`` by one update
    request, so a push killed during its upload leaves the target as it was; the temporary graph
    is dropped if the swap fails. Without it the target is PUT directly.

    ``user``/``password`` are used for HTTP Digest or Basic authentication, whichever the store
    asks for.  ``retries`` is the number of extra attempts after the first on transient failures,
    with pauses of ``backoff``, 2×``backoff``, 4×``backoff``… seconds.  ``timeout`` is the socket
    timeout of one attempt.

    Raises PushError when the store is unreachable or refuses; ValueError for bad arguments.
    """
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise TypeError("data must be bytes (the serialised graph)")
    data = bytes(data)
    if not content_type or "/" not in content_type:
        raise ValueError(f"content_type must be a media type such as text/turtle, got {content_type!r}")
    _check_endpoint(endpoint)
    validate_iri(graph_iri)
    if update_endpoint is not None:
        from .push_update import swap, temp_graph_iri

        _check_endpoint(update_endpoint)
    upload_iri = temp_graph_iri(graph_iri) if update_endpoint else graph_iri
    url = _with_param(endpoint, "graph", upload_iri)
    shown = redact_url(endpoint)
    t0 = time.monotonic()
    status, _body, attempts = _request(
        method="PUT",
        url=url,
        shown=shown,
        data=data,
        headers={"Content-Type": content_type, "User-Agent": _USER_AGENT},
        user=user,
        password=password,
        retries=retries,
        backoff=backoff,
        timeout=timeout,
        what=f"PUT of graph <{upload_iri}>",
        graph_iri=graph_iri,
    )
    if status not in (200, 201, 204):
        raise PushError(
            f"PUT of graph <{upload_iri}> to {shown} got unexpected HTTP {status}",
            endpoint=shown, graph_iri=graph_iri, status=status, attempts=attempts,
        )
    if update_endpoint:
        swap(update_endpoint, upload_iri, graph_iri, user=user, password=password, timeout=timeout)
    result = PushResult(
        endpoint=shown,
        graph_iri=graph_iri,
        status=status,
        attempts=attempts,
        bytes_sent=len(data),
        content_type=content_type,
        elapsed=time.monotonic() - t0,
    )
    log.info("pushed %d bytes to <%s> at %s (HTTP %d)", len(data), graph_iri, shown, status)
    return result


def count_query(graph_iri: str) -> str:
    """The SPARQL query ``count_triples`` sends (the IRI validated first)."""
    validate_iri(graph_iri)
    return (
        "SELECT (COUNT(*) AS ?n) WHERE {\n"
        f"  VALUES ?g {{ <{graph_iri}> }}\n"
        "  GRAPH ?g { ?s ?p ?o }\n"
        "}"
    )


def count_triples(
    sparql_endpoint: str,
    graph_iri: str,
    *,
    user: str | None = None,
    password: str | None = None,
    retries: int = 2,
    backoff: float = 0.5,
    timeout: float = 30,
) -> int:
    """Number of triples in the named graph ``graph_iri``, asked of the SPARQL 1.1 Protocol
    endpoint ``sparql_endpoint`` (e.g. Virtuoso's ``/sparql``) with a fixed SELECT COUNT."""
    _check_endpoint(sparql_endpoint)
    query = count_query(graph_iri)
    url = _with_param(sparql_endpoint, "query", query)
    shown = redact_url(sparql_endpoint)
    _status, body, _attempts = _request(
        method="GET",
        url=url,
        shown=shown,
        data=None,
        headers={"Accept": "application/sparql-results+json", "User-Agent": _USER_AGENT},
        user=user,
        password=password,
        retries=retries,
        backoff=backoff,
        timeout=timeout,
        what=f"triple count of graph <{graph_iri}>",
        graph_iri=graph_iri,
    )
    try:
        doc = json.loads(body)
        bindings = doc["results"]["bindings"]
        return int(bindings[0]["n"]["value"]) if bindings else 0
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise PushError(
            f"triple count of graph <{graph_iri}> from {shown}: unreadable SPARQL JSON answer ({exc})",
            endpoint=shown, graph_iri=graph_iri,
        ) from None


def sparql_update(
    update_endpoint: str,
    update: str,
    *,
    user: str | None = None,
    password: str | None = None,
    retries: int = 2,
    backoff: float = 0.5,
    timeout: float = 30,
    graph_iri: str | None = None,
) -> int:
    """Send one SPARQL 1.1 Update request (``update``, built by queries/push_update.py from
    validated IRIs) to ``update_endpoint`` as an HTML form POST; return the HTTP status."""
    _check_endpoint(update_endpoint)
    shown = redact_url(update_endpoint)
    status, _body, _attempts = _request(
        method="POST",
        url=update_endpoint,
        shown=shown,
        data=urllib.parse.urlencode({"update": update}).encode("utf-8"),
        headers={"Content-Type": "application/x-www-form-urlencoded", "User-Agent": _USER_AGENT},
        user=user,
        password=password,
        retries=retries,
        backoff=backoff,
        timeout=timeout,
        what=f"SPARQL update ({update.split(' ', 1)[0]}) of graph <{graph_iri}>",
        graph_iri=graph_iri,
    )
    return status
