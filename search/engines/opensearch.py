"""The OpenSearch adapter (opensearch-py)."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any

import orjson
from opensearchpy import JSONSerializer, OpenSearch, helpers
from opensearchpy import exceptions as os_exc

from search.engines.base import (
    EngineAdapter,
    SearchEngineUnavailable,
    client_hosts,
    retried_once_on_server_error,
    translate_errors,
)

_translate_errors = translate_errors(
    "OpenSearch",
    unavailable=(os_exc.ConnectionError, os_exc.ConnectionTimeout),
    refused=(os_exc.TransportError,),
)


class _Serializer(JSONSerializer):
    """The client's JSON, with answers read by orjson (a search's answer is some 20 KB)."""

    def loads(self, s: str | bytes) -> Any:
        try:
            return orjson.loads(s)
        except orjson.JSONDecodeError:
            return super().loads(s)  # raises the client's own SerializationError


class OpenSearchAdapter(EngineAdapter):
    """Sends bodies to an OpenSearch 2/3 cluster."""

    name = "opensearch"

    def __init__(self, url: str, *, timeout: float = 2.0, compress: bool = False) -> None:
        super().__init__(url, timeout=timeout)
        hosts, credentials = client_hosts(url)
        self.client = OpenSearch(
            hosts=hosts,
            http_auth=credentials,
            timeout=timeout,
            # A request refused by one node is tried once more on another (a node that
            # died); a slow node is not retried (the search timeout bounds a request).
            max_retries=max(1, len(hosts) - 1),
            retry_on_timeout=False,
            http_compress=compress,
            serializer=_Serializer(),
        )

    @_translate_errors
    def info(self) -> dict[str, Any]:
        return self.client.info()

    @_translate_errors
    def cluster_health(self, *, timeout: float | None = None) -> dict[str, Any]:
        return self.client.cluster.health(request_timeout=timeout or self.timeout)

    @_translate_errors
    def wait_for_green(self, index: str, *, seconds: float) -> bool:
        health = self.client.cluster.health(
            index=index,
            wait_for_status="green",
            timeout=f"{seconds:g}s",
            request_timeout=seconds + 5,
        )
        return not health.get("timed_out")

    @_translate_errors
    def create_index(self, name: str, body: dict[str, Any]) -> None:
        self.client.indices.create(index=name, body=body, request_timeout=30)

    @_translate_errors
    def delete_index(self, name: str) -> None:
        self.client.indices.delete(index=name, ignore_unavailable=True, request_timeout=30)

    @_translate_errors
    def index_exists(self, name: str) -> bool:
        return bool(self.client.indices.exists(index=name))

    @_translate_errors
    def refresh(self, name: str) -> None:
        self.client.indices.refresh(index=name, request_timeout=30)

    @_translate_errors
    def put_settings(self, name: str, body: dict[str, Any]) -> None:
        self.client.indices.put_settings(index=name, body=body, request_timeout=30)

    @retried_once_on_server_error
    @_translate_errors
    def search(self, index: str, body: dict[str, Any], *, cache: bool = False) -> dict[str, Any]:
        # Never partial results: a shard none of whose copies answers fails the search (and
        # the database answers), rather than giving counts that are silently short.
        params = {"allow_partial_search_results": "false"}
        if cache:
            params["request_cache"] = "true"
        return self.client.search(index=index, body=body, params=params)

    @_translate_errors
    def count(self, index: str, body: dict[str, Any] | None = None) -> int:
        return int(self.client.count(index=index, body=body)["count"])

    @_translate_errors
    def aliased_indexes(self, alias: str) -> list[str]:
        if not self.client.indices.exists_alias(name=alias):
            return []
        return sorted(self.client.indices.get_alias(name=alias))

    @_translate_errors
    def update_aliases(self, actions: list[dict[str, Any]]) -> None:
        self.client.indices.update_aliases(body={"actions": actions}, request_timeout=30)

    def _streaming_bulk(
        self, actions: Iterable[dict[str, Any]], chunk_size: int, options: dict[str, Any]
    ) -> Iterator:
        try:
            yield from helpers.streaming_bulk(
                self.client,
                actions,
                chunk_size=chunk_size,
                raise_on_error=False,
                raise_on_exception=False,
                max_retries=3,
                **options,
                request_timeout=60,
            )
        except (os_exc.ConnectionError, os_exc.ConnectionTimeout) as exc:
            raise SearchEngineUnavailable(f"OpenSearch is unreachable: {exc}") from exc
