"""SPARQL over the build for the query layer: the runner is loaders/sparql.py (loaders use it too)."""
from __future__ import annotations

from ..loaders.sparql import QUERIES_DIR, QueryError, bind, load_query, plain, run_named, select, to_term

__all__ = ["QUERIES_DIR", "QueryError", "bind", "load_query", "plain", "run_named", "select", "to_term"]
