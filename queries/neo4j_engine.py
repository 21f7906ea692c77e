"""Neo4j, thin: the driver, sessions, the DDL dialect and the staging switch.

URI, user, password and database come from Settings (flags or NEO4J_URI / NEO4J_USER /
NEO4J_PASSWORD / NEO4J_DATABASE); ``neo4j+s://`` for Aura. Writes go through managed
transactions (``execute_write``, retried by the driver on transient errors); reads through
sessions opened with ``default_access_mode=READ_ACCESS`` and ``execute_read``.
"""
from __future__ import annotations

import logging
from contextlib import contextmanager

from ..loaders.redaction import redact
from . import mapping as M
from .mapping import STAGING_LABEL, STAGING_LABELS_PROP

DELETE_BATCH = 5000


class Neo4jError(RuntimeError):
    """Neo4j is not configured, not reachable, or refused the work."""


def _said(exc) -> str:
    """What the driver or the server said, on one line."""
    text = getattr(exc, "message", None) or str(exc) or type(exc).__name__
    return " ".join(str(text).split())


def _quiet_driver_log() -> None:
    """The driver logs a lost connection itself before raising; the error it raises is what we report
    (one line). Without a handler of its own, Python would print those records on stderr."""
    logger = logging.getLogger("neo4j")
    if not logger.handlers:
        logger.addHandler(logging.NullHandler())


@contextmanager
def connect(settings):
    if not settings.neo4j_uri:
        raise Neo4jError("no Neo4j URI: set NEO4J_URI (and NEO4J_USER, NEO4J_PASSWORD) or pass --neo4j-uri")
    import neo4j
    from neo4j.exceptions import AuthError, ServiceUnavailable

    _quiet_driver_log()
    auth = (settings.neo4j_user, settings.neo4j_password) if settings.neo4j_password else None
    where = redact(settings.neo4j_uri)
    problem = None
    try:
        # Notifications (unknown labels, deprecations) would reach stderr as log lines: the CLI prints results only.
        driver = neo4j.GraphDatabase.driver(settings.neo4j_uri, auth=auth, notifications_min_severity="OFF")
    except (neo4j.exceptions.ConfigurationError, ValueError) as exc:  # the message quotes the URI: redact it
        problem = redact(str(exc).replace(settings.neo4j_uri, where))
    if problem is not None:  # raised here, so that the original (with the URI) is not kept as __context__
        raise Neo4jError(f"cannot use the Neo4j URI {where}: {problem}")
    try:
        try:
            driver.verify_connectivity()
        except AuthError:
            raise Neo4jError(f"Neo4j at {where} refused user '{settings.neo4j_user}': wrong user or password "
                             "(NEO4J_USER, NEO4J_PASSWORD)") from None
        except (ServiceUnavailable, OSError, ValueError) as exc:
            raise Neo4jError(f"cannot reach Neo4j at {where}: {redact(_said(exc))}") from None
        yield driver
    finally:
        driver.close()


@contextmanager
def reported(settings, doing: str, after: str = ""):
    """Errors of the driver or the server while `doing` something, as one Neo4jError line."""
    from neo4j.exceptions import DriverError, Neo4jError as ServerError, ServiceUnavailable, SessionExpired

    where = redact(settings.neo4j_uri)
    try:
        yield
    except (ServiceUnavailable, SessionExpired, OSError) as exc:
        raise Neo4jError(f"lost the connection to Neo4j at {where} during {doing} ({redact(_said(exc))}){after}") from None
    except ServerError as exc:
        raise Neo4jError(f"Neo4j refused {doing}: {redact(_said(exc))}{after}") from None
    except DriverError as exc:
        raise Neo4jError(f"Neo4j driver error during {doing} ({redact(_said(exc))}){after}") from None


def _session(driver, settings, read: bool):
    import neo4j

    config = {"default_access_mode": neo4j.READ_ACCESS if read else neo4j.WRITE_ACCESS}
    if settings.neo4j_database:
        config["database"] = settings.neo4j_database
    return driver.session(**config)


def write_session(driver, settings):
    return _session(driver, settings, read=False)


def write(session, query: str, params: dict | None = None):
    """One managed write transaction (retried by the driver on transient failures)."""
    return session.execute_write(lambda tx: tx.run(query, params or {}).consume())


def ensure_schema(driver, settings) -> None:
    """Uniqueness constraints on iri (live and staged nodes) and the lookup indexes, first."""
    statements = [
        f"CREATE CONSTRAINT ml_resource_iri IF NOT EXISTS FOR (n:{M.COMMON_LABEL}) REQUIRE n.{M.KEY} IS UNIQUE",
        f"CREATE CONSTRAINT ml_staging_iri IF NOT EXISTS FOR (n:{STAGING_LABEL}) REQUIRE n.{M.KEY} IS UNIQUE",
    ]
    for label, prop in M.INDEXES:
        statements.append(
            f"CREATE INDEX ml_{label.lower()}_{prop.lower()} IF NOT EXISTS FOR (n:{M.check_identifier(label)}) ON (n.{M.check_identifier(prop)})"
        )
    with write_session(driver, settings) as session:
        for statement in statements:
            session.run(statement).consume()
        session.run("CALL db.awaitIndexes(300)").consume()


def clear_staging(driver, settings) -> None:
    """Remove what an interrupted mirror left under the staging label, in batches."""
    query = f"MATCH (n:{STAGING_LABEL}) WITH n LIMIT {DELETE_BATCH} DETACH DELETE n RETURN count(*) AS n"
    with write_session(driver, settings) as session:
        while session.execute_write(lambda tx: tx.run(query).single()["n"]):
            pass


def switch(driver, settings, build_id: str) -> None:
    """One transaction: drop the previous mirror, give the staged nodes their labels."""

    def work(tx):
        tx.run(f"MATCH (n:{M.COMMON_LABEL}) DETACH DELETE n").consume()
        for label in M.all_labels():
            tx.run(
                f"MATCH (n:{STAGING_LABEL}) WHERE $label IN n.{STAGING_LABELS_PROP} SET n:{M.check_identifier(label)}",
                {"label": label},
            ).consume()
        tx.run(f"MATCH (n:{STAGING_LABEL}) REMOVE n:{STAGING_LABEL}, n.{STAGING_LABELS_PROP}").consume()
        tx.run("MERGE (m:MLMirrorInfo {name: 'mandate-lineage'}) SET m.buildId = $build", {"build": build_id}).consume()

    with write_session(driver, settings) as session:
        session.execute_write(work)


def counts(driver, settings) -> dict:
    with _session(driver, settings, read=True) as session:
        nodes = session.execute_read(lambda tx: tx.run(f"MATCH (n:{M.COMMON_LABEL}) RETURN count(n) AS c").single()["c"])
        rels = session.execute_read(
            lambda tx: tx.run(f"MATCH (:{M.COMMON_LABEL})-[r]->(:{M.COMMON_LABEL}) RETURN count(r) AS c").single()["c"]
        )
    return {"nodes": nodes, "relationships": rels}


def read(settings, query: str, params: dict | None = None) -> tuple[list[str], list[list]]:
    """Run a query in a READ_ACCESS session; the column names and the rows."""
    with connect(settings) as driver, _session(driver, settings, read=True) as session:
        def work(tx):
            result = tx.run(query, params or {})
            return list(result.keys()), [list(record.values()) for record in result]

        with reported(settings, "the query"):
            return session.execute_read(work)
