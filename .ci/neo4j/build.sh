#!/usr/bin/env bash
# Build the launcher of the tests' private Neo4j Community server (pom.xml pins Neo4j 5.26.30, LTS).
#
#   bash .ci/neo4j/build.sh            # compile (skipped when up to date); prints the java classpath file
#   bash .ci/neo4j/build.sh --install  # first apt-get install a JDK 17 and Maven when missing (CI)
#
# The artifacts come from Maven Central into the Maven repository named by ML_MAVEN_REPO
# (default: ~/.cache/mandate-lineage/maven), so a second run downloads nothing.
# tests/neo4j_server.py runs this, then starts mandatelineage.TestServer with that classpath.
set -euo pipefail
cd "$(dirname "$0")"
MAVEN_REPO="${ML_MAVEN_REPO:-${XDG_CACHE_HOME:-$HOME/.cache}/mandate-lineage/maven}"
CLASSPATH_FILE="$PWD/target/classpath.txt"
MAIN_CLASS=target/classes/mandatelineage/TestServer.class

if [ "${1:-}" = "--install" ] && { ! command -v java >/dev/null 2>&1 || ! command -v mvn >/dev/null 2>&1 || ! command -v javac >/dev/null 2>&1; }; then
    export DEBIAN_FRONTEND=noninteractive
    apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven >/dev/null 2>&1 \
        || { apt-get update >/dev/null 2>&1 && apt-get install -y --no-install-recommends openjdk-17-jdk-headless maven >/dev/null; }
fi
for tool in java javac mvn; do
    command -v "$tool" >/dev/null 2>&1 || { echo "neo4j/build.sh: '$tool' is not installed (a JDK 17+ and Maven are needed; apt-get install openjdk-17-jdk-headless maven)" >&2; exit 3; }
done

up_to_date() {
    [ -f "$CLASSPATH_FILE" ] && [ -f "$MAIN_CLASS" ] && [ "$CLASSPATH_FILE" -nt pom.xml ] \
        && [ "$MAIN_CLASS" -nt src/main/java/mandatelineage/TestServer.java ] || return 1
    local jar
    for jar in $(tr ':' ' ' < "$CLASSPATH_FILE"); do [ -f "$jar" ] || return 1; done
}

if ! up_to_date; then
    mkdir -p "$MAVEN_REPO"
    if ! mvn -B -q -Dmaven.repo.local="$MAVEN_REPO" compile >target.log 2>&1; then
        echo "neo4j/build.sh: mvn compile failed (Maven repository $MAVEN_REPO); its last lines:" >&2
        tail -n 20 target.log >&2
        exit 1
    fi
    rm -f target.log
fi
echo "$CLASSPATH_FILE"
