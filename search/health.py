"""The search side of ``/healthz``: which backend serves searches and whether it is healthy."""

from __future__ import annotations

from typing import TypedDict

from search.engines import SearchEngineError, connect


class SearchHealth(TypedDict):
    """``search`` is ok or degraded; ``backend`` is the one serving searches now;
    ``configured`` the one the settings ask for; ``detail`` says why when degraded."""

    search: str
    backend: str
    configured: str
    detail: str


def search_health(*, timeout: float = 1.0) -> SearchHealth:
    """Ask the configured engine for its cluster health, quickly. A red or unreachable cluster
    is 'degraded': searches are then served by the database backend."""
    try:
        adapter = connect()
    except SearchEngineError as exc:
        return SearchHealth(
            search="degraded", backend="database", configured="search-engine", detail=str(exc)
        )
    if adapter is None:
        return SearchHealth(search="ok", backend="database", configured="database", detail="")
    try:
        status = adapter.cluster_health(timeout=timeout).get("status", "red")
    except SearchEngineError as exc:
        return SearchHealth(
            search="degraded", backend="database", configured=adapter.name, detail=str(exc)
        )
    if status == "red":
        return SearchHealth(
            search="degraded",
            backend="database",
            configured=adapter.name,
            detail="The search cluster's health is red.",
        )
    return SearchHealth(search="ok", backend=adapter.name, configured=adapter.name, detail="")
