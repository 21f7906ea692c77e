"""Apache Jena from Debian's libapache-jena-java, for tests: ARQ over query files (tests/jena/RunQueries.java).

The jars live in /usr/share/java; Debian's jena-core relocates the bundled Xerces classes to xerces.*
but leaves their message bundles under org/apache/jena/ext/xerces/, and Jena dies at start-up without
them: they are copied to a folder put first on the class path (riot in tests/export_helpers.py uses it too).
"""
from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

JARS = Path("/usr/share/java")
RUNNER = Path(__file__).resolve().parent / "jena" / "RunQueries.java"
NAMES = ["jena-cmds", "jena-arq", "jena-core", "jena-base", "jena-iri", "slf4j-api", "slf4j-simple", "guava",
         "commons-csv", "commons-io", "commons-lang3", "commons-codec", "commons-compress", "dexx.collection",
         "commons-cli", "jsonld-java", "gson", "httpclient", "httpclient-cache", "httpcore", "jackson-core",
         "jackson-databind", "jackson-annotations", "thrift", "protobuf", "titanium-json-ld", "jakarta.json-api",
         "jena-tdb2", "jena-tdb", "jena-dboe-base", "jena-dboe-index", "jena-dboe-storage", "jena-dboe-trans-data",
         "jena-dboe-transaction"]


def classpath(tmp: Path, compiler: bool = True) -> str | None:
    """Jena's class path (with the resource fix), or None when Jena, java (or, when `compiler`, javac) is missing."""
    if not shutil.which("java") or (compiler and not shutil.which("javac")) or not (JARS / "jena-cmds.jar").exists():
        return None
    fix = tmp / "jena-resources"
    with zipfile.ZipFile(JARS / "jena-core.jar") as jar:
        if "xerces/impl/xpath/regex/message.properties" not in jar.namelist():
            for name in jar.namelist():
                if name.startswith("org/apache/jena/ext/xerces/") and name.endswith(".properties"):
                    target = fix / name[len("org/apache/jena/ext/"):]
                    target.parent.mkdir(parents=True, exist_ok=True)
                    target.write_bytes(jar.read(name))
    return ":".join([str(fix)] + [str(JARS / f"{n}.jar") for n in NAMES if (JARS / f"{n}.jar").exists()])


def run_queries(cp: str, data: Path, mode: str, jobs: list[tuple[Path, Path]], timeout: float = 900) -> None:
    """Run each (query file, output file) with ARQ over `data` ("as-loaded" or "union"), in one JVM."""
    args = [str(x) for job in jobs for x in job]
    done = subprocess.run(["java", "-cp", cp, str(RUNNER), str(data), mode, *args],
                          capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"ARQ failed ({done.returncode}): {done.stderr[-3000:]}")


def tdb2(cp: str, command: str, *args: str, timeout: float = 600) -> str:
    """Run a Jena TDB2 command (tdb2.tdbloader, tdb2.tdbquery) and return its standard output."""
    done = subprocess.run(["java", "-cp", cp, f"tdb2.{command}", *args], capture_output=True, text=True, timeout=timeout)
    if done.returncode != 0:
        raise RuntimeError(f"tdb2.{command} failed ({done.returncode}): {done.stderr[-3000:]}")
    return done.stdout
