"""The Elasticsearch 8/9 adapter (elasticsearch-py 8). Same bodies as OpenSearch; the 8.x
client takes the body's top-level keys as keyword arguments."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

from elasticsearch import ApiError, Elasticsearch, TransportError, helpers
from elasticsearch import ConnectionError as EsConnectionError
from elasticsearch import ConnectionTimeout as EsConnectionTimeout

from search.engines.base import (
    EngineAdapter,
    SearchEngineUnavailable,
    client_hosts,
    retried_once_on_server_error,
    translate_errors,
)

_translate_errors = translate_errors(
    "Elasticsearch",
    unavailable=(EsConnectionError, EsConnectionTimeout),
    refused=(ApiError, TransportError),
)


class ElasticsearchAdapter(EngineAdapter):
    """Sends bodies to an Elasticsearch 8/9 cluster."""

    name = "elasticsearch"

    def __init__(self, url: str, *, timeout: float = 2.0, compress: bool = False) -> None:
        super().__init__(url, timeout=timeout)
        hosts, credentials = client_hosts(url)
        self.client = Elasticsearch(
            hosts,
            basic_auth=credentials,
            request_timeout=timeout,
            # A request refused by one node is tried once more on another (a node that
            # died); a slow node is not retried (the search timeout bounds a request).
            max_retries=max(1, len(hosts) - 1),
            retry_on_timeout=False,
            http_compress=compress,
        )

    def _long(self) -> Elasticsearch:
        return self.client.options(request_timeout=60)

    @_translate_errors
    def info(self) -> dict[str, Any]:
        return dict(self.client.info())

    @_translate_errors
    def cluster_health(self, *, timeout: float | None = None) -> dict[str, Any]:
        client = self.client.options(request_timeout=timeout or self.timeout)
        return dict(client.cluster.health())

    @_translate_errors
    def wait_for_green(self, index: str, *, seconds: float) -> bool:
        client = self.client.options(request_timeout=seconds + 5)
        health = client.cluster.health(
            index=index, wait_for_status="green", timeout=f"{seconds:g}s"
        )
        return not health.get("timed_out")

    @_translate_errors
    def create_index(self, name: str, body: dict[str, Any]) -> None:
        self._long().indices.create(index=name, **body)

    @_translate_errors
    def delete_index(self, name: str) -> None:
        self._long().indices.delete(index=name, ignore_unavailable=True)

    @_translate_errors
    def index_exists(self, name: str) -> bool:
        return bool(self.client.indices.exists(index=name))

    @_translate_errors
    def refresh(self, name: str) -> None:
        self._long().indices.refresh(index=name)

    @_translate_errors
    def put_settings(self, name: str, body: dict[str, Any]) -> None:
        self._long().indices.put_settings(index=name, settings=body.get("index", body))

    @retried_once_on_server_error
    @_translate_errors
    def search(self, index: str, body: dict[str, Any], *, cache: bool = False) -> dict[str, Any]:
        # Never partial results (see the OpenSearch adapter).
        options: dict[str, Any] = {"allow_partial_search_results": False}
        if cache:
            options["request_cache"] = True
        return dict(self.client.search(index=index, **options, **body))

    @_translate_errors
    def count(self, index: str, body: dict[str, Any] | None = None) -> int:
        return int(self.client.count(index=index, **(body or {}))["count"])

    @_translate_errors
    def aliased_indexes(self, alias: str) -> list[str]:
        if not self.client.indices.exists_alias(name=alias):
            return []
        return sorted(dict(self.client.indices.get_alias(name=alias)))

    @_translate_errors
    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self._long().indices.update_aliases(actions=actions)

    def _streaming_bulk(
        self, actions: Iterable[dict[str, Any]], chunk_size: int, options: dict[str, Any]
    ) -> Iterator:
        try:
            yield from helpers.streaming_bulk(
                self._long(),
                actions,
                chunk_size=chunk_size,
                raise_on_error=False,
                raise_on_exception=False,
                max_retries=3,
                **options,
            )
        except (EsConnectionError, EsConnectionTimeout) as exc:
            raise SearchEngineUnavailable(f"Elasticsearch is unreachable: {exc}") from exc
