"""Settings in one place: every value comes from an argument or an environment variable.

Kept free of heavy imports: the fast `ask` path reads it.
"""
from __future__ import annotations

import os
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

DEFAULT_BASE_IRI = "https://w3id.org/mandate-lineage/"
BASE_IRI_RE = re.compile(r"^https?://[^\s<>\"{}|\\^`]+[/#]$")  # minted IRIs start with it: absolute, ending in / or #

ENV = {
    "base_iri": "MANDATE_LINEAGE_BASE_IRI",
    "home": "MANDATE_LINEAGE_HOME",
    "data": "MANDATE_LINEAGE_DATA",
    "mandate": "MANDATE_LINEAGE_MANDATE",
    "neo4j_uri": "NEO4J_URI",
    "neo4j_user": "NEO4J_USER",
    "neo4j_password": "NEO4J_PASSWORD",
    "neo4j_database": "NEO4J_DATABASE",
    "query_timeout": "MANDATE_LINEAGE_QUERY_TIMEOUT",
    "max_queries": "MANDATE_LINEAGE_MAX_QUERIES",
    "max_rows": "MANDATE_LINEAGE_MAX_ROWS",
    "sparql_endpoint": "MANDATE_LINEAGE_SPARQL_ENDPOINT",
    "push_update_endpoint": "MANDATE_LINEAGE_PUSH_UPDATE_ENDPOINT",
}
DEFAULT_SPARQL_ENDPOINT = "http://127.0.0.1:8000/sparql"  # where `serve` answers by default
# `serve`'s SPARQL endpoint: seconds a query may run, queries at once, rows (or triples) in a result
NUMBERS = {"query_timeout": float, "max_queries": int, "max_rows": int}


def packaged_data_dir() -> Path:
    """The curated data that ships inside the package (the repo's data/ in a checkout)."""
    # loaders/ and data/ are siblings both in the repository and in the installed package.
    return Path(__file__).resolve().parent.parent / "data"


def default_home() -> Path:
    xdg = os.environ.get("XDG_DATA_HOME")
    root = Path(xdg) if xdg else Path.home() / ".local" / "share"
    return root / "mandate-lineage"


@dataclass(frozen=True)
class Settings:
    base_iri: str = DEFAULT_BASE_IRI
    home: Path = field(default_factory=default_home)
    data: Path | None = None
    mandate: str | None = None
    neo4j_uri: str | None = None
    neo4j_user: str = "neo4j"
    neo4j_password: str | None = field(default=None, repr=False)
    neo4j_database: str | None = None
    query_timeout: float = 30.0
    max_queries: int = 4
    max_rows: int = 100_000
    sparql_endpoint: str = DEFAULT_SPARQL_ENDPOINT  # the public endpoint named in the dataset description
    push_update_endpoint: str | None = None  # `push`: SPARQL Update endpoint of the partner ("none": plain PUT)

    @property
    def data_dir(self) -> Path:
        return self.data if self.data is not None else packaged_data_dir()

    def with_overrides(self, **values) -> "Settings":
        """Settings with the given non-None values replacing the current ones."""
        given = {k: v for k, v in values.items() if v is not None}
        for key in ("home", "data"):
            if key in given:
                given[key] = Path(given[key]).expanduser()
        for key, kind in NUMBERS.items():
            if key in given:
                try:
                    given[key] = kind(given[key])
                except ValueError:
                    raise ValueError(f"{ENV[key]} (or its flag) must be a number, not {given[key]!r}") from None
                if given[key] <= 0:
                    raise ValueError(f"{ENV[key]} (or its flag) must be above 0, not {given[key]!r}")
        return replace(self, **given)


def load_settings(**overrides) -> Settings:
    """Settings from the environment, then from explicit overrides (flags win)."""
    env = {}
    for key, var in ENV.items():
        value = os.environ.get(var)
        if value:
            env[key] = value
    base = Settings()
    settings = base.with_overrides(**env).with_overrides(**overrides)
    if not settings.base_iri.endswith(("/", "#")):
        settings = replace(settings, base_iri=settings.base_iri + "/")
    return settings


def push_update_endpoint(settings: Settings, gsp_endpoint: str) -> str | None:
    """The SPARQL Update endpoint `push` swaps its upload in with: the configured one ("none": no
    swap), else the one that goes with a known Graph Store Protocol endpoint (Virtuoso's
    /sparql-graph-crud-auth goes with /sparql-auth on the same host), else None."""
    import urllib.parse

    configured = (settings.push_update_endpoint or "").strip()
    if configured:
        return None if configured.lower() == "none" else configured
    parts = urllib.parse.urlsplit(gsp_endpoint)
    path = parts.path.rstrip("/")
    if path.endswith("/sparql-graph-crud-auth"):
        path = path[: -len("/sparql-graph-crud-auth")] + "/sparql-auth"
        return urllib.parse.urlunsplit((parts.scheme, parts.netloc, path, "", ""))
    return None


MAX_DOCUMENT_MB_ENV = "MANDATE_LINEAGE_MAX_DOCUMENT_MB"
DEFAULT_MAX_DOCUMENT_MB = 10


def max_document_bytes() -> int:
    """Largest document text `ingest` reads (MANDATE_LINEAGE_MAX_DOCUMENT_MB, default 10 MB; the
    longest UN reports are well under 1 MB of text)."""
    raw = os.environ.get(MAX_DOCUMENT_MB_ENV)
    try:
        mb = float(raw) if raw else DEFAULT_MAX_DOCUMENT_MB
    except ValueError:
        mb = DEFAULT_MAX_DOCUMENT_MB
    return int(mb * 1024 * 1024)


IN_MEMORY_MB_ENV = "MANDATE_LINEAGE_IN_MEMORY_MB"
DEFAULT_IN_MEMORY_MB = 4


def in_memory_limit() -> int:
    """Bytes of a build's graph.nq up to which commands parse it into memory instead of opening its
    on-disk store (MANDATE_LINEAGE_IN_MEMORY_MB, default 4: below it parsing beats opening RocksDB;
    0 always opens the on-disk store)."""
    raw = os.environ.get(IN_MEMORY_MB_ENV)
    try:
        mb = float(raw) if raw else DEFAULT_IN_MEMORY_MB
    except ValueError:
        mb = DEFAULT_IN_MEMORY_MB
    return int(max(mb, 0) * 1024 * 1024)
