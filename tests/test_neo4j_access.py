"""Read-only access and failures on a real Neo4j (tests/neo4j_server.py): the server itself refuses
every write form in the read session; a wrong password, a closed port and a server that dies in
the middle each give one line and a non-zero exit without the password; kill -9 of `mirror --neo4j`
at a dozen moments leaves the old or the new mirror whole, never a mix."""
from __future__ import annotations

import importlib.util
import os
import signal
import socket
import subprocess
import sys
import time
from collections import Counter

import pytest

from mandate_lineage.loaders.config import load_settings
from mandate_lineage.queries import cypher, neo4j_engine
from mandate_lineage.queries.mirror import STAGING_LABEL, load_property_graph, mirror_neo4j

from .conftest import BASE, REPO

pytest_plugins = ["tests.neo4j_server"]
pytestmark = pytest.mark.neo4j

WRITES = {
    "CREATE": "CREATE (n:Task {key: 'x'}) RETURN n",
    "MERGE": "MERGE (n:Task {key: 'not-a-task'}) RETURN n",
    "SET": "MATCH (n:Task) SET n.key = 'x' RETURN count(n)",
    "DELETE": "MATCH (n:Citation) DELETE n",
    "DETACH DELETE": "MATCH (n) DETACH DELETE n",
    "REMOVE": "MATCH (n:Task) REMOVE n.key RETURN count(n)",
    "REMOVE label": "MATCH (n:Task) REMOVE n:Task RETURN count(n)",
    "FOREACH": "MATCH (n:Task) FOREACH (x IN [1] | SET n.k = x)",
    "LOAD CSV": "LOAD CSV FROM 'file:///etc/hostname' AS row CREATE (:Intruder {v: row[0]})",
    "CALL write procedure": "CALL db.createLabel('Intruder')",
    "CALL vector write": "MATCH (n:Task) WITH n LIMIT 1 CALL db.create.setNodeVectorProperty(n, 'v', [1.0, 2.0])",
    "CALL subquery": "CALL { CREATE (:Intruder) } RETURN 1",
    "CREATE INDEX": "CREATE INDEX intruder IF NOT EXISTS FOR (n:Task) ON (n.label)",
    "DROP INDEX": "DROP INDEX ml_task_key",
    "CREATE CONSTRAINT": "CREATE CONSTRAINT intruder FOR (n:Task) REQUIRE n.label IS UNIQUE",
    "DROP CONSTRAINT": "DROP CONSTRAINT ml_resource_iri",
    "CALL schema procedure": "CALL db.index.vector.createNodeIndex('v', 'Task', 'v', 2, 'cosine')",
    "ALTER USER": "ALTER USER neo4j SET PASSWORD 'changed-password'",
}
STATE = [
    "MATCH (n:Resource) UNWIND labels(n) AS label RETURN 'label ' + label AS k, count(*) AS n",
    "MATCH (:Resource)-[r]->(:Resource) RETURN 'type ' + type(r) AS k, count(*) AS n",
    "SHOW INDEXES YIELD name RETURN 'index ' + name AS k, 1 AS n",
    "SHOW CONSTRAINTS YIELD name RETURN 'constraint ' + name AS k, 1 AS n",
]


def settings_for(server, home, **overrides):
    values = dict(home=home, base_iri=BASE, neo4j_uri=server.uri, neo4j_user=server.user,
                  neo4j_password=server.password, neo4j_database="neo4j")
    return load_settings(**{**values, **overrides})


def state(settings) -> dict:
    found = {}
    for query in STATE:
        found.update({row["k"]: row["n"] for row in cypher.run(settings, query, neo4j=True)[1]})
    return found


def cli(args: list[str], env: dict, timeout: float = 300) -> subprocess.CompletedProcess:
    """The real program, as an analyst runs it."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "MANDATE_LINEAGE_"))}
    return subprocess.run([sys.executable, "-m", "mandate_lineage.cli.main", *args], env={**clean, **env},
                          capture_output=True, text=True, timeout=timeout, stdin=subprocess.DEVNULL)


def one_clear_line(proc: subprocess.CompletedProcess, *secrets: str) -> str:
    """The process failed with exactly one line on stderr, nothing on stdout, and no secret anywhere."""
    lines = proc.stderr.strip().splitlines()
    assert proc.returncode == 1, (proc.returncode, proc.stdout, proc.stderr)
    assert len(lines) == 1 and lines[0].startswith("error: ") and not proc.stdout.strip(), proc.stderr
    for secret in secrets:
        assert secret not in proc.stdout + proc.stderr
    return lines[0]


# --------------------------------------------------------------------------- a mirror to protect
@pytest.fixture(scope="module")
def mirrored(real_build, neo4j_server, tmp_path_factory):
    built, result = real_build
    settings = settings_for(neo4j_server, built.home)
    mirror_neo4j(settings, result.path)
    return settings


@pytest.mark.parametrize("form", sorted(WRITES))
def test_the_server_refuses_every_write_form_in_the_read_session(mirrored, form):
    before = state(mirrored)
    with pytest.raises(cypher.CypherError, match="refused"):  # the pre-check
        cypher.run(mirrored, WRITES[form], neo4j=True)
    with pytest.raises(neo4j_engine.Neo4jError, match="Writing in read access mode not allowed"):  # the server
        neo4j_engine.read(mirrored, WRITES[form])
    assert state(mirrored) == before


def test_the_cli_refuses_writes_on_neo4j(mirrored, neo4j_server, tmp_path):
    before = state(mirrored)
    proc = cli(["cypher", "--neo4j", "--home", str(tmp_path), WRITES["DETACH DELETE"]], neo4j_server.env())
    assert "refused: 'DETACH DELETE'" in one_clear_line(proc, neo4j_server.password)
    assert state(mirrored) == before


# --------------------------------------------------------------------------- failures
def test_a_wrong_password_gives_one_line(mirrored, neo4j_server, tmp_path):
    wrong = "wrong-" + os.urandom(6).hex()
    proc = cli(["cypher", "--neo4j", "--home", str(tmp_path), "MATCH (n) RETURN count(n)"],
               {**neo4j_server.env(), "NEO4J_PASSWORD": wrong})
    line = one_clear_line(proc, wrong, neo4j_server.password)
    assert "refused user 'neo4j': wrong user or password" in line and neo4j_server.uri in line


def test_a_closed_port_gives_one_line(neo4j_server, tmp_path):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    uri = f"bolt://127.0.0.1:{port}"
    proc = cli(["mirror", "--neo4j", "--home", str(tmp_path)], {**neo4j_server.env(), "NEO4J_URI": uri})
    assert "no build" in one_clear_line(proc, neo4j_server.password)  # the home is empty: said before connecting
    home = synthetic_home(tmp_path / "home", {"a": 50})
    proc = cli(["mirror", "--neo4j", "--home", str(home)], {**neo4j_server.env(), "NEO4J_URI": uri})
    assert f"cannot reach Neo4j at {uri}" in one_clear_line(proc, neo4j_server.password)
    proc = cli(["cypher", "--neo4j", "--home", str(home), "MATCH (n) RETURN n"], {**neo4j_server.env(), "NEO4J_URI": uri})
    assert f"cannot reach Neo4j at {uri}" in one_clear_line(proc, neo4j_server.password)


def test_a_server_dying_in_the_middle_gives_one_line(tmp_path):
    from .neo4j_server import Neo4jUnavailable, give_up, running  # the plugin: imported once pytest has it

    home = synthetic_home(tmp_path / "home", {"big": 2500})
    try:
        manager = running(tmp_path / "doomed")
        server = manager.__enter__()
    except Neo4jUnavailable as exc:
        give_up(str(exc))
    try:
        watcher = settings_for(server, home)
        mirror = start_cli(["mirror", "--neo4j", "--home", str(home)], server.env())
        wait_for(lambda: staged(watcher) > 0, mirror)
        os.killpg(server.pid, signal.SIGKILL)
        out, err = mirror.communicate(timeout=300)
        line = one_clear_line(subprocess.CompletedProcess(mirror.args, mirror.returncode, out, err), server.password)
        assert "lost the connection to Neo4j" in line and "during the mirror" in line
        proc = cli(["cypher", "--neo4j", "--home", str(home), "MATCH (n) RETURN count(n)"], server.env())
        assert f"cannot reach Neo4j at {server.uri}" in one_clear_line(proc, server.password)
    finally:
        manager.__exit__(None, None, None)


# --------------------------------------------------------------------------- kill -9 of the mirror
def test_kill_9_of_the_mirror_leaves_the_old_or_the_new_graph_whole(neo4j_server, tmp_path):
    """Two synthetic builds mirrored in turn; each run is killed at another moment: by time (a
    fraction of a full run), and at marks of progress (what an interrupted run staged is cleared,
    then staging starts, half and all the nodes are staged, relationships are staged, the switch)."""
    home = synthetic_home(tmp_path / "home", {"a": 500, "b": 700})
    settings = settings_for(neo4j_server, home)
    expected = {name: graph_state(home / "builds" / name) for name in ("a", "b")}
    env = neo4j_server.env()
    point(home, "a")
    assert cli(["mirror", "--neo4j", "--home", str(home)], env).returncode == 0  # the server's first: slower
    point(home, "b")
    t0 = time.monotonic()
    assert cli(["mirror", "--neo4j", "--home", str(home)], env).returncode == 0
    full = time.monotonic() - t0  # a warm run: what the timed moments are fractions of
    assert visible(settings) == ("b", expected["b"])
    nodes = {name: expected[name]["label Resource"] for name in expected}
    marks = [("staging cleared", lambda t, n: True),
             ("staging started", lambda t, n: n > 0),
             ("half the nodes staged", lambda t, n: n >= nodes[t] // 2),
             ("all nodes staged", lambda t, n: n >= nodes[t]),
             ("relationships staged", lambda t, n: n >= nodes[t] and staged_relationships(settings) > 0),
             ("switched", lambda t, n: mirror_info(settings) == t)]
    moments = [(f"{f:.0%} of a full run", f) for f in (0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)] + marks
    seen, current, killed = Counter(), "b", []
    for label, moment in moments:
        target = "a" if current == "b" else "b"
        point(home, target)
        proc = start_cli(["mirror", "--neo4j", "--home", str(home)], env)
        if callable(moment):
            wait_for(after_clearing(settings, lambda n: moment(target, n)), proc)
        else:
            time.sleep(full * moment)
        if proc.poll() is None:
            proc.kill()
            killed.append(label)
        proc.wait(60)
        settled(settings)
        name, found = visible(settings)
        assert name in (current, target), f"{label}: the mirror info names {name}"
        assert found == expected[name], f"{label}: the graph is not build {name}'s, whole"
        seen["new" if name == target else "old"] += 1
        current = name
    print(f"killed at {len(killed)} moments: {killed}; the graph left: {dict(seen)}")
    assert len(killed) >= 10 and seen["old"] and seen["new"], (killed, seen)
    assert cli(["mirror", "--neo4j", "--home", str(home)], env).returncode == 0
    assert staged(settings) == 0, "a complete mirror clears what the killed ones staged"


# --------------------------------------------------------------------------- helpers
def synthetic_home(home, builds: dict[str, int]):
    """A home with one build per entry (N synthetic tasks, from bench/bench_mirror.py), `current` on the first."""
    spec = importlib.util.spec_from_file_location("bench_mirror", REPO / "bench" / "bench_mirror.py")
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    for name, tasks in builds.items():
        folder = home / "builds" / name
        folder.mkdir(parents=True)
        (folder / "graph.nq").write_text(bench.synthetic_nquads(tasks, resolutions=40 + tasks // 50))
    point(home, next(iter(builds)))
    return home


def point(home, name: str) -> None:
    link = home / "current.new"
    link.unlink(missing_ok=True)
    link.symlink_to(f"builds/{name}")
    link.replace(home / "current")


def graph_state(build_dir) -> dict:
    pg = load_property_graph(build_dir)
    found = Counter(f"label {label}" for n in pg.nodes for label in n["labels"])
    found.update(f"type {r['type']}" for r in pg.relationships)
    return dict(found)


def visible(settings) -> tuple[str | None, dict]:
    """The build named by the mirror info, and what readers see (labelled nodes, their relationships)."""
    found = {}
    for query in STATE[:2]:
        found.update({row["k"]: row["n"] for row in cypher.run(settings, query, neo4j=True)[1]})
    return mirror_info(settings), found


def settled(settings, timeout: float = 120) -> None:
    """Until the server runs no transaction but this one: a COMMIT the killed mirror sent may still be
    being applied, and Neo4j (read committed) lets a query that runs meanwhile see part of it."""
    query = "SHOW TRANSACTIONS YIELD currentQuery WHERE NOT currentQuery STARTS WITH 'SHOW TRANSACTIONS' RETURN count(*) AS n"
    end = time.monotonic() + timeout
    while cypher.run(settings, query, neo4j=True)[1][0]["n"]:
        assert time.monotonic() < end, "the killed mirror's transaction never ended"
        time.sleep(0.05)


def mirror_info(settings) -> str | None:
    rows = cypher.run(settings, "MATCH (m:MLMirrorInfo) RETURN m.buildId AS b", neo4j=True)[1]
    return rows[0]["b"] if rows else None


def staged(settings) -> int:
    return cypher.run(settings, f"MATCH (n:{STAGING_LABEL}) RETURN count(n) AS n", neo4j=True)[1][0]["n"]


def staged_relationships(settings) -> int:
    query = f"MATCH (:{STAGING_LABEL})-[r]->() RETURN count(r) AS n"
    return cypher.run(settings, query, neo4j=True)[1][0]["n"]


def after_clearing(settings, test):
    """A condition on the staged node count that holds only once this run has cleared what an
    interrupted run left staged (the count went to zero)."""
    cleared = False

    def condition() -> bool:
        nonlocal cleared
        n = staged(settings)
        cleared = cleared or n == 0
        return cleared and test(n)
    return condition


def start_cli(args: list[str], env: dict) -> subprocess.Popen:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("NEO4J_", "MANDATE_LINEAGE_"))}
    return subprocess.Popen([sys.executable, "-m", "mandate_lineage.cli.main", *args], env={**clean, **env},
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, stdin=subprocess.DEVNULL)


def wait_for(condition, proc: subprocess.Popen, timeout: float = 300) -> None:
    """Until `condition()` holds, or the process has ended (then the kill that follows is not counted)."""
    end = time.monotonic() + timeout
    while not condition() and proc.poll() is None:
        assert time.monotonic() < end, "the moment never came"
        time.sleep(0.02)
