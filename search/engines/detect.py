"""Which engine is behind ``SEARCH_URL``, and a connected adapter for it."""

from __future__ import annotations

import base64
import json
import threading
import urllib.error
import urllib.request
from typing import Any

from django.conf import settings

from search.engines.base import (
    EngineAdapter,
    SearchEngineError,
    SearchEngineUnavailable,
    node_urls,
    split_credentials,
)

_lock = threading.Lock()
_adapters: dict[tuple[str, str], EngineAdapter] = {}


def detect_engine(root: dict[str, Any]) -> str:
    """Name the engine from its root endpoint's JSON: OpenSearch says
    ``version.distribution == "opensearch"``; Elasticsearch has no distribution and an
    ``Elasticsearch`` tagline or build flavour."""
    version = root.get("version") or {}
    if version.get("distribution") == "opensearch":
        return "opensearch"
    if "build_flavor" in version or "for Search" in str(root.get("tagline", "")):
        return "elasticsearch"
    raise SearchEngineError(
        "The server at SEARCH_URL is neither OpenSearch nor Elasticsearch "
        f"(root endpoint said {json.dumps(root)[:200]}); set SEARCH_ENGINE if it is."
    )


def _fetch_root(url: str, timeout: float) -> dict[str, Any]:
    """GET the root endpoint with the standard library (the Elasticsearch client refuses to
    talk to a server that is not Elasticsearch, so it cannot be used to find out), from the
    first of the cluster's nodes that answers. Credentials in a URL are sent as basic
    authentication and never appear in a message."""
    failures = []
    for node in node_urls(url):
        bare, credentials = split_credentials(node)
        request = urllib.request.Request(bare.rstrip("/") + "/")  # noqa: S310 - configured
        if credentials is not None:
            token = base64.b64encode(":".join(credentials).encode()).decode()
            request.add_header("Authorization", f"Basic {token}")
        try:
            with urllib.request.urlopen(request, timeout=timeout) as response:  # noqa: S310
                return json.load(response)
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            failures.append(f"{bare}: {exc}")
        except ValueError as exc:
            raise SearchEngineError(f"The server at {bare} did not answer with JSON.") from exc
    raise SearchEngineUnavailable("No search engine answers at " + "; ".join(failures))


def engine_for(
    url: str, engine: str = "", *, timeout: float = 2.0, compress: bool = False
) -> EngineAdapter:
    """An adapter for the engine at ``url``: ``engine`` when given, else detected."""
    name = engine or detect_engine(_fetch_root(url, timeout))
    if name == "opensearch":
        from search.engines.opensearch import OpenSearchAdapter

        return OpenSearchAdapter(url, timeout=timeout, compress=compress)
    if name == "elasticsearch":
        from search.engines.elasticsearch import ElasticsearchAdapter

        return ElasticsearchAdapter(url, timeout=timeout, compress=compress)
    raise SearchEngineError(f"Unknown search engine {name!r}.")


def connect() -> EngineAdapter | None:
    """The adapter for ``settings.SEARCH``, or None when the database backend is configured.
    Detection runs once per URL and is cached; while the engine is unreachable it raises
    ``SearchEngineUnavailable`` and is retried on the next call."""
    config = settings.SEARCH
    if not config["URL"]:
        return None
    key = (config["URL"], config["ENGINE"])
    with _lock:
        adapter = _adapters.get(key)
        if adapter is None:
            adapter = engine_for(
                config["URL"],
                config["ENGINE"],
                timeout=config["TIMEOUT"],
                compress=config.get("COMPRESS", False),
            )
            _adapters[key] = adapter
        return adapter
