"""Killed and interrupted builds (and mirrors) never leave a broken or mixed graph.

A home holds the build of one synthetic data set (the shipped data, its mandates copied several
times so that a build takes a couple of seconds); each trial starts a build of the other data set
and kills it (SIGKILL to the process, as a crash would) or interrupts it (SIGINT to its process
group, as Ctrl-C in a terminal does) at a seeded random moment, spread over the stages of the
build. After each trial the current build is complete and consistent: graph.nq matches the
manifest's checksum, which is one of the two known good ones; the pyoxigraph store opens
read-only with as many quads; and its Cypher mirror (when the mirror exists) has the node count
of that data. Leftovers never block the next build, and no redis-server of ours survives.
"""
from __future__ import annotations

import hashlib
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from mandate_lineage.loaders.build import current_build, read_manifest

from .conftest import BASE, REAL_DATA, copy_data
from .falkor_procs import wait_none_left

pytestmark = pytest.mark.slow

SEED = 20240608
KILL_TRIALS = 20
INTERRUPT_TRIALS = 6
MIRROR_TRIALS = 8
CLI = [sys.executable, "-m", "mandate_lineage.cli.main"]
STAGES = ("loading", "validating", "writing", "mirroring", "is current")


def synthetic(dest: Path, copies: int) -> Path:
    """The shipped data with each mandate folder copied `copies - 1` more times (new keys)."""
    data = copy_data(REAL_DATA, dest)
    for folder in sorted((data / "mandates").iterdir()):
        for i in range(1, copies):
            new = folder.parent / f"{folder.name}-copy{i}"
            shutil.copytree(folder, new)
            (new / "sources.yaml").unlink(missing_ok=True)  # source keys are global: the original defines them
            mandate = new / "mandate.yaml"
            mandate.write_text(mandate.read_text().replace(f"key: {folder.name}", f"key: {new.name}", 1))
    return data


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


TRIAL_MARK = "MANDATE_LINEAGE_CRASH_TRIAL"  # in the environment of the trials' processes (inherited by their workers)


def start(args: list[str]) -> subprocess.Popen:
    # A session of its own: SIGINT can go to the whole group (the engine's server too), as Ctrl-C does.
    env = {**os.environ, TRIAL_MARK: str(os.getpid())}
    return subprocess.Popen(CLI + args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True,
                            env=env)


def run(args: list[str], timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(CLI + args, capture_output=True, text=True, timeout=timeout)


def our_servers(root: Path) -> list[int]:
    """Live redis-server processes working in a folder under `root` (ours, not other tests')."""
    import psutil

    found = []
    for proc in psutil.process_iter(["name", "cmdline"]):
        try:
            if "redis-server" not in (proc.info["name"] or "") + " ".join(proc.info["cmdline"] or []):
                continue
            if proc.status() == psutil.STATUS_ZOMBIE:
                continue
            if Path(proc.cwd()).resolve().is_relative_to(root.resolve()):
                found.append(proc.pid)
        except (psutil.NoSuchProcess, psutil.AccessDenied, FileNotFoundError):
            continue
    return found


def orphan_workers(wait: float = 10.0) -> list[int]:
    """Build worker processes (multiprocessing's fork server and its children) that no live build owns.

    Only the workers of this test's trials count (marked in their environment): the test process's
    own (in-process builds of other tests) and those of other test runs on a shared machine do not.
    A killed build's fork server and workers must go by themselves, within `wait` s.
    """
    import psutil

    ours = {p.pid for p in psutil.Process().children(recursive=True)}
    deadline = time.monotonic() + wait
    while True:
        found = []
        for proc in psutil.process_iter(["cmdline"]):
            try:
                if "multiprocessing.forkserver" in " ".join(proc.info["cmdline"] or []) and proc.pid not in ours \
                        and proc.status() != psutil.STATUS_ZOMBIE and proc.parent() is not None \
                        and proc.environ().get(TRIAL_MARK) == str(os.getpid()) \
                        and proc.parent().pid not in ours | {os.getpid()}:
                    found.append(proc.pid)
            except (psutil.NoSuchProcess, psutil.AccessDenied):
                continue
        if not found or time.monotonic() > deadline:
            return found
        time.sleep(0.2)


def mirror_nodes(home: Path, build_id: str) -> int | None:
    """Nodes in the FalkorDB graph of one build (None: the graph does not exist)."""
    from mandate_lineage.queries.falkor import graph_name, opened

    with opened(home) as db:
        name = graph_name(build_id)
        if not db.has_graph(name):
            return None
        return db.ro_query(name, "MATCH (n) RETURN count(n)").result_set[0][0]


@pytest.fixture(scope="module")
def crash_home(tmp_path_factory):
    root = tmp_path_factory.mktemp("crash")
    data = {"A": synthetic(root / "data-a", 8), "B": synthetic(root / "data-b", 9)}
    home = root / "home"
    known, seconds = {}, {}
    for name in ("B", "A"):  # A ends up current
        t0 = time.perf_counter()
        result = run(["build", "--data", str(data[name]), "--home", str(home), "--base-iri", BASE, "--json"])
        seconds[name] = time.perf_counter() - t0
        assert result.returncode == 0, result.stderr
        out = json.loads(result.stdout)
        known[out["checksum_sha256"]] = {"name": name, "quads": out["quads"], "nodes": (out.get("mirror") or {}).get("nodes")}
    assert len(known) == 2, "the two data sets must give different graphs"
    yield root, home, data, known, seconds
    leftover = our_servers(root)
    for pid in leftover:
        os.kill(pid, signal.SIGKILL)
    assert not leftover, f"redis-server processes left behind: {leftover}"


def check_consistent(home: Path, known: dict) -> str:
    """The current build is one of the known good ones, complete in every form; its name (A or B)."""
    import pyoxigraph

    build_dir = current_build(home)
    assert build_dir is not None and build_dir.is_dir(), "no current build"
    manifest = read_manifest(build_dir)
    checksum = sha256(build_dir / "graph.nq")
    assert checksum == manifest["checksum_sha256"], "graph.nq does not match its manifest"
    assert checksum in known, "the current graph is neither the old nor the new one"
    expected = known[checksum]
    store = pyoxigraph.Store.read_only(str(build_dir / "store"))
    try:
        assert len(store) == manifest["store_quads"] == manifest["quads"] + manifest["triples"], "the query store is incomplete"
        assert manifest["quads"] == expected["quads"], "the build holds another graph"
    finally:
        del store
    if expected["nodes"] is not None:
        assert mirror_nodes(home, build_dir.name) == expected["nodes"], "the Cypher mirror of the current build is incomplete"
    return expected["name"]


def stage_of(stderr: str) -> str:
    reached = [s for s in STAGES if s in stderr]
    return reached[-1] if reached else "starting"


def moments(rng: random.Random, count: int, span: float, floor: float) -> list[float]:
    """`count` kill times spread over [floor, span]: one seeded random time in each slice."""
    width = (span - floor) / count
    times = [floor + width * (i + rng.random()) for i in range(count)]
    rng.shuffle(times)
    return times


def test_sigkill_during_build_leaves_old_or_new(crash_home):
    root, home, data, known, seconds = crash_home
    rng = random.Random(SEED)
    outcomes = []
    for delay in moments(rng, KILL_TRIALS, span=1.15 * max(seconds.values()), floor=0.05):
        before = check_consistent(home, known)
        target = "B" if before == "A" else "A"
        proc = start(["build", "--data", str(data[target]), "--home", str(home), "--base-iri", BASE])
        time.sleep(delay)
        proc.send_signal(signal.SIGKILL)
        _out, err = proc.communicate(timeout=60)
        after = check_consistent(home, known)
        assert after in (before, target)
        assert not orphan_workers(), f"build workers outlived a build killed after {delay:.2f} s"
        outcomes.append((round(delay, 2), stage_of(err), "new" if after == target else "old"))
    print("\nSIGKILL trials (delay s, stage reached, current after):", outcomes)
    assert len({stage for _d, stage, _o in outcomes}) >= 3, f"the kills did not hit several stages: {outcomes}"


def test_ctrl_c_during_build_is_clean(crash_home):
    root, home, data, known, seconds = crash_home
    rng = random.Random(SEED + 1)
    outcomes = []
    # From 0.15 s: the first milliseconds are the Python interpreter starting, before any of our code.
    for delay in moments(rng, INTERRUPT_TRIALS, span=1.1 * max(seconds.values()), floor=0.15):
        before = check_consistent(home, known)
        target = "B" if before == "A" else "A"
        proc = start(["build", "--data", str(data[target]), "--home", str(home), "--base-iri", BASE])
        time.sleep(delay)
        os.killpg(proc.pid, signal.SIGINT)
        out, err = proc.communicate(timeout=60)
        assert "Traceback" not in out + err, err[-3000:]
        if proc.returncode != 0:
            assert proc.returncode == 130, f"exit {proc.returncode}: {err[-2000:]}"
            assert "interrupted" in err
        after = check_consistent(home, known)
        assert after in (before, target)
        assert not orphan_workers(), f"build workers outlived a build interrupted after {delay:.2f} s"
        outcomes.append((round(delay, 2), stage_of(err), proc.returncode, "new" if after == target else "old"))
    print("\nSIGINT trials (delay s, stage, exit, current after):", outcomes)
    # Most trials land before the build ends; if none was interrupted, Ctrl-C reached nothing (see conftest).
    assert any(code == 130 for _d, _stage, code, _after in outcomes), f"no trial was interrupted: {outcomes}"


def test_sigkill_and_ctrl_c_during_mirror(crash_home):
    root, home, data, known, seconds = crash_home
    t0 = time.perf_counter()
    assert run(["mirror", "--home", str(home)]).returncode == 0
    span = 1.2 * (time.perf_counter() - t0)
    rng = random.Random(SEED + 2)
    outcomes = []
    for i, delay in enumerate(moments(rng, MIRROR_TRIALS, span=span, floor=0.15)):
        check_consistent(home, known)
        proc = start(["mirror", "--home", str(home)])
        time.sleep(delay)
        if i % 2:
            os.killpg(proc.pid, signal.SIGINT)
        else:
            proc.send_signal(signal.SIGKILL)
        out, err = proc.communicate(timeout=60)
        context = f"trial {i} ({'SIGINT' if i % 2 else 'SIGKILL'} after {delay:.2f} s, exit {proc.returncode}):\n{err[-2000:]}"
        if i % 2:
            assert "Traceback" not in out + err, context
            assert proc.returncode in (0, 130), context
        try:
            check_consistent(home, known)
        except AssertionError as exc:
            raise AssertionError(f"{exc}\nafter {context}") from None
        outcomes.append((round(delay, 2), "SIGINT" if i % 2 else "SIGKILL", proc.returncode))
    print("\nmirror trials (delay s, signal, exit):", outcomes)


def test_leftovers_do_not_block_the_next_build(crash_home):
    root, home, data, known, _seconds = crash_home
    builds = home / "builds"
    # What a killed build can leave: a temporary build folder, the temporary symlink, the lock file.
    dead = 2**22 + 12345  # above the default pid_max: no live process has it
    (builds / f".tmp-20000101T000000000000Z-deadbeef-{dead}").mkdir()
    (builds / f".tmp-20000101T000000000000Z-deadbeef-{dead}" / "graph.nq").write_text("half a graph")
    os.symlink("builds/nowhere", home / f".current-{dead}")
    (home / "build.lock").touch()
    before = check_consistent(home, known)
    target = "B" if before == "A" else "A"
    result = run(["build", "--data", str(data[target]), "--home", str(home), "--base-iri", BASE])
    assert result.returncode == 0, result.stderr
    assert check_consistent(home, known) == target
    assert not list(builds.glob(".tmp-*")), "a leftover temporary build was not removed"
    assert not list(home.glob(".current-*")), "a leftover temporary symlink was not removed"
    assert len([p for p in builds.iterdir()]) <= 2, "builds that never became current were not pruned"


# --------------------------------------------------------------------------- ingest and export
INGEST_TRIALS = 6
EXPORT_TRIALS = 4


def _killed_at(rng: random.Random, args: list[str], span: float, i: int) -> tuple[subprocess.Popen, float, str]:
    """Start a command, then SIGKILL it (even trials) or Ctrl-C its group (odd ones) at a seeded moment."""
    proc = start(args)
    delay = 0.15 + rng.random() * span
    time.sleep(delay)
    how = "SIGINT" if i % 2 else "SIGKILL"
    try:
        os.killpg(proc.pid, signal.SIGINT) if i % 2 else proc.send_signal(signal.SIGKILL)
    except ProcessLookupError:
        pass
    proc.communicate(timeout=120)
    return proc, delay, how


def test_sigkill_and_ctrl_c_during_ingest_accept(tmp_path):
    """A killed `ingest --accept` leaves every data file whole (the old text or the new), and the next build works."""
    import yaml

    from .conftest import MINIMAL
    from .test_ingest_cli import NEW

    data = copy_data(MINIMAL, tmp_path / "data")
    original = {p: p.read_bytes() for p in data.rglob("*.yaml")}
    home = tmp_path / "home"
    assert run(["build", "--data", str(data), "--home", str(home), "--base-iri", BASE]).returncode == 0
    doc = tmp_path / "new.txt"
    doc.write_text(NEW, encoding="utf-8")
    args = ["ingest", str(doc), "--home", str(home), "--data", str(data), "--accept"]
    t0 = time.perf_counter()
    assert run(args).returncode == 0
    span = 1.1 * (time.perf_counter() - t0)
    rng = random.Random(SEED + 3)
    outcomes = []
    for i in range(INGEST_TRIALS):
        for path, raw in original.items():  # back to the data before the facts were accepted
            path.write_bytes(raw)
        proc, delay, how = _killed_at(rng, args, span, i)
        for path in data.rglob("*.yaml"):
            try:
                yaml.safe_load(path.read_text(encoding="utf-8"))
            except yaml.YAMLError as exc:
                raise AssertionError(f"{path} torn by a {how} after {delay:.2f} s: {exc}") from None
        changed = sorted(str(p.relative_to(data)) for p, raw in original.items() if p.read_bytes() != raw)
        result = run(["build", "--data", str(data), "--home", str(home), "--base-iri", BASE])
        assert result.returncode == 0, f"after a {how} at {delay:.2f} s: {result.stderr[-2000:]}"
        outcomes.append((round(delay, 2), how, proc.returncode, len(changed)))
    print("\ningest --accept trials (delay s, signal, exit, data files changed):", outcomes)
    assert wait_none_left(tmp_path) == [], "a redis-server outlived the trials"


def test_sigkill_and_ctrl_c_during_export(crash_home):
    """A killed export never leaves a half file under the asked name, and the next export works."""
    root, home, _data, _known, _seconds = crash_home
    out = root / "export.ttl"
    args = ["export", "--format", "turtle", "--home", str(home), "--out", str(out)]
    t0 = time.perf_counter()
    assert run(args).returncode == 0
    whole = out.read_bytes()
    span = 1.1 * (time.perf_counter() - t0)
    rng = random.Random(SEED + 4)
    for i in range(EXPORT_TRIALS):
        out.unlink(missing_ok=True)  # a trial killed before writing leaves none
        _proc, delay, how = _killed_at(rng, args, span, i)
        assert not out.exists() or out.read_bytes() == whole, f"a half export after a {how} at {delay:.2f} s"
    assert run(args).returncode == 0 and out.read_bytes() == whole
