"""The search side of ``/healthz``: whether the search engine is in use and healthy, and which
backend serves searches now. The reason for a degraded state is for the log, never the page."""

from __future__ import annotations

from typing import TypedDict

from search.engines import SearchEngineError, connect


class SearchHealth(TypedDict):
    """``search``: ``ok`` (the engine answers), ``degraded`` (an engine is configured but down,
    red or unreachable: the database serves searches) or ``off`` (no engine is configured);
    ``backend``: the backend serving searches now; ``reason``: why, when degraded."""

    search: str
    backend: str
    reason: str


def search_health(*, timeout: float = 1.0) -> SearchHealth:
    """Ask the configured engine for its cluster health, quickly."""
    try:
        adapter = connect()
        if adapter is None:
            return SearchHealth(search="off", backend="database", reason="")
        status = adapter.cluster_health(timeout=timeout).get("status", "red")
    except SearchEngineError as exc:
        return SearchHealth(search="degraded", backend="database", reason=str(exc))
    if status == "red":
        return SearchHealth(
            search="degraded", backend="database", reason="The search cluster's health is red."
        )
    return SearchHealth(search="ok", backend=adapter.name, reason="")
