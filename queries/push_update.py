"""The swap of a push: SPARQL 1.1 Update requests sent to a store's update endpoint.

A Graph Store Protocol PUT is not atomic at every store: Virtuoso clears the named graph and then
loads the body, so a client killed during the upload leaves the graph empty. ``push()`` therefore
loads the body into a temporary graph first (``temp_graph_iri``: one fixed IRI per target, so a
push killed after its upload leaves at most one, which the next push's PUT replaces) and then
replaces the target with one update request (``swap_update``, a SPARQL 1.1 MOVE).

Graph IRIs go into the update text only after ``validate_iri``; nothing else of the user's input
is put into it.
"""

from __future__ import annotations

import logging

from .push import PushError, sparql_update, validate_iri

log = logging.getLogger(__name__.rsplit('.', 1)[0] + '.push')

TEMP_SUFFIX = "ml-push-upload"


def temp_graph_iri(graph_iri: str) -> str:
    """The temporary graph a push to ``graph_iri`` uploads into (the same for every push to it).

    ``<target>#ml-push-upload``, or ``<target>-ml-push-upload`` when the target has a fragment."""
    validate_iri(graph_iri)
    sep = "-" if "#" in graph_iri else "#"
    return validate_iri(f"{graph_iri}{sep}{TEMP_SUFFIX}")


def swap_update(temp_iri: str, graph_iri: str) -> str:
    """The SPARQL Update request that replaces ``graph_iri`` with ``temp_iri`` and removes ``temp_iri``.

    Without SILENT: if the temporary graph is missing (a swap repeated after a lost answer) the store
    refuses instead of emptying the target. Measured on Virtuoso 7.2 (README, issue 21): the MOVE is
    one request that the store finishes after its client is gone, but a reader polling during the
    1-2 s it runs may see the target in part; a DROP + INSERT + DROP request did worse (the target
    seen empty)."""
    tmp, dst = validate_iri(temp_iri), validate_iri(graph_iri)
    return f"MOVE GRAPH <{tmp}> TO GRAPH <{dst}>"


def drop_update(graph_iri: str) -> str:
    """The update that removes ``graph_iri`` if it exists (a leftover temporary graph)."""
    return f"DROP SILENT GRAPH <{validate_iri(graph_iri)}>"


def swap(update_endpoint: str, upload_iri: str, graph_iri: str, *, user: str | None, password: str | None,
         timeout: float) -> None:
    """Replace ``graph_iri`` with the uploaded ``upload_iri`` by one update request; on failure, drop
    the temporary graph and raise a PushError that says the target may need another push.

    Not retried: Virtuoso's MOVE is not one transaction (README), so after an error or a lost
    answer the target may already hold part of the upload, and a second MOVE would drop that part."""
    log.debug("swap of <%s> into <%s> starts", upload_iri, graph_iri)
    try:
        sparql_update(update_endpoint, swap_update(upload_iri, graph_iri), user=user, password=password,
                      retries=0, timeout=max(timeout, 300), graph_iri=graph_iri)
    except PushError as exc:
        try:
            sparql_update(update_endpoint, drop_update(upload_iri), user=user, password=password,
                          retries=1, timeout=timeout, graph_iri=upload_iri)
        except PushError as drop_exc:
            log.warning("could not drop the temporary graph <%s>: %s", upload_iri, drop_exc)
        raise PushError(f"{exc} (the upload was complete; push again to be sure the graph is whole)",
                        endpoint=exc.endpoint, graph_iri=graph_iri, status=exc.status,
                        attempts=exc.attempts, transient=exc.transient) from None
    log.debug("swap of <%s> into <%s> done", upload_iri, graph_iri)
