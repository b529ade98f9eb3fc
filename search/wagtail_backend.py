"""Wagtail's page search on the project's search engine.

``WAGTAILSEARCH_BACKENDS["default"]`` names this module when ``SEARCH_URL`` is set. Wagtail
calls ``SearchBackend(params)``; it answers with django-modelsearch's OpenSearch 3 or
Elasticsearch 8 backend, whichever engine ``SEARCH_ENGINE`` names or the cluster's root
endpoint reports (OpenSearch when the cluster cannot be reached yet, so a site can start while
its engine is down)."""

from __future__ import annotations

import logging
import re
from typing import Any

from search.engines import SearchEngineError, connect

logger = logging.getLogger(__name__)


def engine_name() -> str:
    """The engine behind SEARCH_URL, as the job search detected it."""
    try:
        adapter = connect()
    except SearchEngineError:
        return "opensearch"
    return adapter.name if adapter is not None else "opensearch"


def SearchBackend(params: dict[str, Any]):
    """A modelsearch backend instance for the configured engine."""
    if engine_name() == "elasticsearch":
        from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend as backend
    else:
        from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend as backend
    return backend(params)


def engine_errors() -> tuple[type[Exception], ...]:
    """The client exceptions a page search raises when the engine is down or refuses."""
    from elastic_transport import TransportError
    from elasticsearch import ApiError
    from opensearchpy.exceptions import OpenSearchException

    return (OpenSearchException, ApiError, TransportError)


def search_pages(text: str, queryset, *, limit: int = 20) -> tuple[list, bool]:
    """Pages matching ``text`` from the default page-search backend, or from the database
    backend when the engine fails. Returns the pages and whether the fallback was used.

    Only the words of ``text`` are searched: quotes, brackets and operators are dropped, so
    no input can break a backend's query syntax (SQLite's FTS rejects an unbalanced quote)."""
    from django.conf import settings
    from wagtail.search.backends import get_search_backend

    words = " ".join(re.findall(r"\w+", text))
    if not words:
        return [], False
    if "database" in settings.WAGTAILSEARCH_BACKENDS:
        try:
            return list(get_search_backend().search(words, queryset)[:limit]), False
        except engine_errors() as exc:
            logger.warning(
                "page search engine failed; using the database", extra={"error": str(exc)}
            )
        return list(get_search_backend("database").search(words, queryset)[:limit]), True
    return list(get_search_backend().search(words, queryset)[:limit]), False
