"""Wagtail's page search on the project's search engine.

``WAGTAILSEARCH_BACKENDS["default"]`` names this module when ``SEARCH_URL`` is set. Wagtail
calls ``SearchBackend(params)``; it answers with django-modelsearch's OpenSearch 3 or
Elasticsearch 8 backend, whichever engine ``SEARCH_ENGINE`` names or the cluster's root
endpoint reports (OpenSearch when the cluster cannot be reached yet, so a site can start while
its engine is down)."""

from __future__ import annotations

import re
from typing import Any

from django.conf import settings
from django.db.models import QuerySet
from elastic_transport import TransportError
from elasticsearch import ApiError
from opensearchpy.exceptions import OpenSearchException
from wagtail.search.backends import get_search_backend

from search.engines import SearchEngineError, SearchEngineUnavailable, connect


def engine_name() -> str:
    """The engine behind SEARCH_URL, as the job search detected it."""
    try:
        adapter = connect()
    except SearchEngineError:
        return "opensearch"
    return adapter.name if adapter is not None else "opensearch"


def SearchBackend(params: dict[str, Any]):
    """A modelsearch backend instance for the configured engine (only that engine's module is
    imported)."""
    if engine_name() == "elasticsearch":
        from modelsearch.backends.elasticsearch8 import Elasticsearch8SearchBackend as backend
    else:
        from modelsearch.backends.opensearch3 import OpenSearch3SearchBackend as backend
    return backend(params)


def page_words(text: str) -> str:
    """Only the words of a page search: quotes, brackets and operators are dropped, so no
    input can break a backend's query syntax (SQLite's FTS rejects an unbalanced quote)."""
    return " ".join(re.findall(r"\w+", text))


def search_page_index(words: str, pages: QuerySet, *, limit: int, backend: str = "default") -> list:
    """Pages matching ``words`` from one of ``WAGTAILSEARCH_BACKENDS`` (``database`` is the
    fallback kept beside an engine; without an engine, ``default`` is the database). An
    engine's client error is raised as ``SearchEngineUnavailable``, as job search's are, so
    ``search.service`` treats both alike."""
    name = backend if backend in settings.WAGTAILSEARCH_BACKENDS else "default"
    try:
        return list(get_search_backend(name).search(words, pages)[:limit])
    except (OpenSearchException, ApiError, TransportError) as exc:
        raise SearchEngineUnavailable(f"The page index did not answer: {exc}") from exc
