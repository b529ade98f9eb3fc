"""Search settings read from the environment (docs/architecture.md, "Settings").

``SEARCH_URL`` unset means the database backend. Set, it names an OpenSearch or Elasticsearch
cluster: one node's URL, or several nodes' separated by commas (the client spreads requests
over them and retries a failed one on another node); which engine is detected from the
cluster's root endpoint unless ``SEARCH_ENGINE`` says. ``SEARCH_SHARDS`` (default 1) and
``SEARCH_REPLICAS`` (default 0) size every index the project creates.
``SEARCH_INDEX_PREFIX`` keeps test, staging and production indexes apart.
``SEARCH_HTTP_COMPRESS=1`` gzips requests and responses: worth it when the cluster is across a
slow network, wasted CPU on both sides when it is next door (the default, off).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TypedDict

from config.settings.env import env_bool, masked_url

ENGINES = ("opensearch", "elasticsearch")


class SearchSettings(TypedDict):
    """The ``settings.SEARCH`` dict."""

    URL: str  # one node's URL, or several separated by commas
    ENGINE: str
    INDEX_PREFIX: str
    TIMEOUT: float
    COMPRESS: bool
    SHARDS: int
    REPLICAS: int


def search_settings_from_env(environ: Mapping[str, str]) -> SearchSettings:
    """Build ``settings.SEARCH`` from environment variables, rejecting unknown engines early."""
    urls = [part.strip().rstrip("/") for part in environ.get("SEARCH_URL", "").split(",")]
    urls = [url for url in urls if url]
    engine = environ.get("SEARCH_ENGINE", "").strip().lower()
    if engine and engine not in ENGINES:
        raise ValueError(
            f"SEARCH_ENGINE={engine!r} is not supported: use one of {', '.join(ENGINES)}, "
            "or leave it unset to detect the engine from SEARCH_URL."
        )
    for url in urls:
        if not url.startswith(("http://", "https://")):
            raise ValueError(f"SEARCH_URL={masked_url(url)!r} must start with http:// or https://.")
    shards = environ.get("SEARCH_SHARDS", "1").strip()
    replicas = environ.get("SEARCH_REPLICAS", "0").strip()
    if not shards.isdigit() or int(shards) < 1 or not replicas.isdigit():
        raise ValueError(
            f"SEARCH_SHARDS={shards!r} and SEARCH_REPLICAS={replicas!r} must be whole numbers "
            "(at least 1 shard, 0 or more replicas)."
        )
    return SearchSettings(
        URL=",".join(urls),
        ENGINE=engine,
        INDEX_PREFIX=environ.get("SEARCH_INDEX_PREFIX", "ptp_").strip(),
        TIMEOUT=float(environ.get("SEARCH_TIMEOUT", "2.0")),
        COMPRESS=env_bool("SEARCH_HTTP_COMPRESS", environ=environ),
        SHARDS=int(shards),
        REPLICAS=int(replicas),
    )


def wagtail_search_backends(search: SearchSettings) -> dict[str, dict]:
    """``WAGTAILSEARCH_BACKENDS`` for page search: the project's engine when one is configured
    (in its own ``<prefix>pages_`` indexes), with the database backend kept up to date beside
    it so site search still answers while the engine is down; the database alone otherwise."""
    database = {"BACKEND": "wagtail.search.backends.database"}
    if not search["URL"]:
        return {"default": database}
    return {
        "default": {
            "BACKEND": "search.wagtail_backend",
            "URLS": search["URL"].split(","),
            "INDEX_PREFIX": f"{search['INDEX_PREFIX']}pages_",
            "TIMEOUT": search["TIMEOUT"],
        },
        "database": database,
    }
