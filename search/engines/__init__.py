"""Thin client adapters over the Elasticsearch-compatible engines.

Queries are built once as plain bodies (dicts) and sent through one adapter per engine:
``OpenSearchAdapter`` (opensearch-py) or ``ElasticsearchAdapter`` (elasticsearch 8).
``connect()`` picks one from ``settings.SEARCH``.
"""

from search.engines.base import (
    BulkResult,
    EngineAdapter,
    SearchEngineError,
    SearchEngineUnavailable,
    node_urls,
)
from search.engines.detect import connect, detect_engine, engine_for

__all__ = [
    "BulkResult",
    "EngineAdapter",
    "SearchEngineError",
    "SearchEngineUnavailable",
    "connect",
    "detect_engine",
    "engine_for",
    "node_urls",
]
