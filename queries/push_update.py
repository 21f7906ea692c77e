"""The atomic swap of a push: SPARQL 1.1 Update requests sent to a store's update endpoint.

A Graph Store Protocol PUT is not atomic at every store: Virtuoso clears the named graph and then
loads the body, so a client killed during the upload leaves the graph empty. ``push()`` therefore
loads the body into a temporary graph first (``temp_graph_iri``: one fixed IRI per target, so a
push killed after its upload leaves at most one, which the next push's PUT replaces) and then
replaces the target in one update request (``swap_update``).

Graph IRIs go into the update text only after ``validate_iri``; nothing else of the user's input
is put into it.
"""

from __future__ import annotations

TEMP_SUFFIX = "ml-push-upload"


def temp_graph_iri(graph_iri: str) -> str:
    """The temporary graph a push to ``graph_iri`` uploads into (the same for every push to it).

    ``<target>#ml-push-upload``, or ``<target>-ml-push-upload`` when the target has a fragment."""
    from .push import validate_iri

    validate_iri(graph_iri)
    sep = "-" if "#" in graph_iri else "#"
    return validate_iri(f"{graph_iri}{sep}{TEMP_SUFFIX}")


def swap_update(temp_iri: str, graph_iri: str) -> str:
    """One SPARQL Update request that replaces ``graph_iri`` with ``temp_iri`` and drops ``temp_iri``.

    MOVE would say the same, but Virtuoso runs a MOVE as separate steps that a reader can see
    between (the target empty: see the README); these operations, in one request, it runs as one
    transaction."""
    from .push import validate_iri

    tmp, dst = validate_iri(temp_iri), validate_iri(graph_iri)
    return (
        f"DROP SILENT GRAPH <{dst}> ;\n"
        f"INSERT {{ GRAPH <{dst}> {{ ?s ?p ?o }} }} WHERE {{ GRAPH <{tmp}> {{ ?s ?p ?o }} }} ;\n"
        f"DROP SILENT GRAPH <{tmp}>"
    )


def drop_update(graph_iri: str) -> str:
    """The update that removes ``graph_iri`` if it exists (a leftover temporary graph)."""
    from .push import validate_iri

    return f"DROP SILENT GRAPH <{validate_iri(graph_iri)}>"
