"""Credentials never appear in command lines, output, logs, error messages or exceptions.

Failing commands run with NEO4J_PASSWORD and MANDATE_LINEAGE_PUSH_PASSWORD set to unique
markers; stdout and stderr (and the exceptions of the library calls) must not contain them, in
plain text or base64 (HTTP Basic), nor the user:password@ part of a URI.
"""
from __future__ import annotations

import base64
import os
import socket
import subprocess
import sys
import threading
import uuid
from http.server import BaseHTTPRequestHandler, HTTPServer

import pytest

from .conftest import BASE, MINIMAL, copy_data

CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]
NEO4J_MARKER = f"neo4j-secret-{uuid.uuid4().hex}"
PUSH_MARKER = f"push-secret-{uuid.uuid4().hex}"
URI_MARKER = f"uri-secret-{uuid.uuid4().hex}"
PUSH_USER = "partner-user"


def forbidden() -> list[str]:
    found = [NEO4J_MARKER, PUSH_MARKER, URI_MARKER]
    for user, secret in (("neo4j", NEO4J_MARKER), (PUSH_USER, PUSH_MARKER), ("neo4j", URI_MARKER)):
        found.append(base64.b64encode(f"{user}:{secret}".encode()).decode())
    return found


def assert_clean(text: str, what: str) -> None:
    for marker in forbidden():
        assert marker not in text, f"{what}: a credential appears in the output:\n{text[-2000:]}"


def secret_env(**extra) -> dict:
    env = {**os.environ, "NEO4J_PASSWORD": NEO4J_MARKER, "MANDATE_LINEAGE_PUSH_USER": PUSH_USER,
           "MANDATE_LINEAGE_PUSH_PASSWORD": PUSH_MARKER, "COLUMNS": "200"}
    env.update(extra)
    return env


def run(args: list[str], env: dict | None = None, timeout: float = 180) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout, env=env or secret_env())


def cli_commands() -> set[str]:
    result = run(["--help"])
    return {line.split()[1] for line in result.stdout.splitlines() if line.startswith("│ ") and len(line.split()) > 1}


COMMANDS = cli_commands()


def needs(command: str):
    return pytest.mark.skipif(command not in COMMANDS, reason=f"the `{command}` command does not exist yet (`mandate-lineage --help`)")


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]  # closed again when the socket is: nothing listens there


@pytest.fixture(scope="module")
def home(tmp_path_factory):
    home = tmp_path_factory.mktemp("secrets-home")
    result = run(["build", "--data", str(MINIMAL), "--home", str(home), "--base-iri", BASE, "--no-mirror"], timeout=300)
    assert result.returncode == 0, result.stderr
    assert_clean(result.stdout + result.stderr, "build")
    return home


class EchoHandler(BaseHTTPRequestHandler):
    """A partner store that fails and echoes the request headers (Authorization included) back."""

    def _fail(self):
        length = int(self.headers.get("Content-Length") or 0)
        if length:
            self.rfile.read(length)
        body = ("server error; you sent:\n" + str(self.headers)).encode()
        self.send_response(500)
        self.send_header("Content-Type", "text/plain")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_PUT = do_POST = do_GET = do_DELETE = _fail

    def log_message(self, *args):
        pass


@pytest.fixture
def echo_store():
    server = HTTPServer(("127.0.0.1", 0), EchoHandler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/sparql-graph-crud-auth"
    server.shutdown()
    server.server_close()


# ---------------------------------------------------------------------------- Neo4j
@needs("mirror")
def test_mirror_to_a_closed_neo4j_port_does_not_leak_the_password(home):
    uri = f"bolt://127.0.0.1:{closed_port()}"
    result = run(["mirror", "--neo4j", "--neo4j-uri", uri, "--home", str(home)])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert_clean(result.stdout + result.stderr, "mirror --neo4j")


@needs("mirror")
def test_a_password_inside_the_neo4j_uri_is_not_echoed(home):
    uri = f"neo4j://neo4j:{URI_MARKER}@127.0.0.1:{closed_port()}"
    result = run(["mirror", "--neo4j", "--home", str(home)], env=secret_env(NEO4J_URI=uri))
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert_clean(result.stdout + result.stderr, "mirror --neo4j with credentials in NEO4J_URI")


@needs("cypher")
def test_cypher_on_a_closed_neo4j_port_does_not_leak_the_password(home):
    uri = f"bolt://127.0.0.1:{closed_port()}"
    result = run(["cypher", "MATCH (n) RETURN count(n) AS n", "--neo4j", "--neo4j-uri", uri, "--home", str(home)])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert_clean(result.stdout + result.stderr, "cypher --neo4j")


def test_settings_never_show_the_password():
    from mandate_lineage.loaders.config import load_settings

    settings = load_settings(neo4j_password=NEO4J_MARKER)
    assert_clean(repr(settings) + str(settings), "Settings repr")


def test_neo4j_library_errors_do_not_carry_the_password(home):
    from mandate_lineage.loaders.config import load_settings

    from mandate_lineage.queries.mirror import mirror_neo4j
    from mandate_lineage.loaders.build import current_build

    for uri in (f"bolt://127.0.0.1:{closed_port()}", f"neo4j://neo4j:{URI_MARKER}@127.0.0.1:{closed_port()}"):
        settings = load_settings(home=home, neo4j_uri=uri, neo4j_password=NEO4J_MARKER)
        with pytest.raises(Exception) as info:
            mirror_neo4j(settings, current_build(home))
        text = "".join(str(e) + repr(e) for e in _chain(info.value))
        assert_clean(text, f"the exception of mirror_neo4j ({type(info.value).__name__})")


def _chain(exc):
    while exc is not None:
        yield exc
        exc = exc.__cause__ or exc.__context__


# ---------------------------------------------------------------------------- push
@needs("push")
def test_push_to_a_closed_port_does_not_leak_the_password(home):
    endpoint = f"http://127.0.0.1:{closed_port()}/sparql-graph-crud-auth"
    result = run(["push", "--endpoint", endpoint, "--graph", "http://example.org/g", "--home", str(home), "--retries", "0", "--timeout", "2"])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert_clean(result.stdout + result.stderr, "push to a closed port")


@needs("push")
def test_push_to_a_store_that_echoes_headers_does_not_leak_the_password(home, echo_store):
    result = run(["push", "--endpoint", echo_store, "--graph", "http://example.org/g", "--home", str(home), "--retries", "0", "--timeout", "5"])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert_clean(result.stdout + result.stderr, "push to a store echoing the request")


@needs("push")
def test_push_with_credentials_in_the_endpoint_is_refused_without_echo(home):
    endpoint = f"http://{PUSH_USER}:{URI_MARKER}@127.0.0.1:{closed_port()}/sparql-graph-crud-auth"
    result = run(["push", "--endpoint", endpoint, "--graph", "http://example.org/g", "--home", str(home), "--retries", "0", "--timeout", "2"])
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert_clean(result.stdout + result.stderr, "push with user:password@ in the endpoint")


# ---------------------------------------------------------------------------- everything else
def test_failing_build_with_secrets_in_the_environment(home, tmp_path):
    data = copy_data(MINIMAL, tmp_path / "data")
    (data / "bodies.yaml").write_text("- key: HRC\n  label: [broken\n")
    result = run(["build", "--data", str(data), "--home", str(home)])
    assert result.returncode != 0 and "Traceback" not in result.stderr
    assert_clean(result.stdout + result.stderr, "failing build")
    result = run(["validate", "--data", str(data), "--json"])
    assert result.returncode != 0
    assert_clean(result.stdout + result.stderr, "validate")


def test_unexpected_errors_do_not_print_the_environment(home):
    """The last-resort handler of cli/main.py prints one line, not locals or the environment."""
    result = run(["stats", "--home", str(home / "no-such-home")])
    assert result.returncode != 0
    assert_clean(result.stdout + result.stderr, "stats on a missing home")
