"""The search-engine backend (OpenSearch or Elasticsearch, through an adapter), with the
index mapping (``mapping.py``) and the request bodies (``bodies.py``) beside it."""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator, Mapping
from datetime import UTC, datetime
from typing import Any

from django.conf import settings

from jobboard.models import Job
from search.backends.base import SearchBackend, marked_html, search_clock
from search.backends.engine.bodies import (
    autocomplete_body,
    count_body,
    facet_buckets,
    market_body,
    match_clause,
    percolate_body,
    search_body,
    suggestion_body,
)
from search.backends.engine.mapping import index_body, saved_searches_body
from search.documents import (
    facet_labels,
    facet_sizes,
    hit_from_document,
    job_documents,
)
from search.engines import EngineAdapter, SearchEngineError
from search.market import PAY_GROUPS, Group, Market, first_moment, week_starts, weekly_series
from search.query import FACETS, JobQuery, SearchResults

logger = logging.getLogger(__name__)
# How long a rebuild waits for the new index's replicas before it swaps the alias anyway.
REPLICA_WAIT_SECONDS = 120


class EngineBackend(SearchBackend):
    """Searches a versioned job index behind the alias ``<prefix>jobs``."""

    def __init__(self, adapter: EngineAdapter) -> None:
        self.adapter = adapter
        self.name = adapter.name
        self.alias = f"{settings.SEARCH['INDEX_PREFIX']}jobs"
        self.saved_alias = f"{settings.SEARCH['INDEX_PREFIX']}saved_searches"

    # -- searching ----------------------------------------------------------------------------

    def search(self, query: JobQuery) -> SearchResults:
        body = search_body(query, search_clock(), facet_sizes())
        response = self.adapter.search(self.alias, body, cache=True)
        total = response["hits"]["total"]["value"]
        hits = [
            hit_from_document(
                hit["_source"],
                {
                    ("description" if field == "description_text" else field): [
                        marked_html(fragment) for fragment in fragments
                    ]
                    for field, fragments in hit.get("highlight", {}).items()
                },
            )
            for hit in response["hits"]["hits"]
        ]
        buckets = facet_buckets(response["aggregations"])
        counts = {
            facet: {bucket["key"]: bucket["doc_count"] for bucket in buckets[facet]}
            for facet in FACETS
        }
        return self._results(query, total, hits, counts)

    def count(self, query: JobQuery) -> int:
        return self.adapter.count(self.alias, count_body(query, search_clock()))

    def market(self, now: datetime, query: JobQuery) -> Market:
        since = first_moment(now)
        body = market_body(query, now, facet_sizes(), since, settings.TIME_ZONE)
        aggregations = self.adapter.search(self.alias, body, cache=True)["aggregations"]
        open_jobs = aggregations["open"]
        groups = {
            facet: {b["key"]: _pay_group(b["doc_count"], b) for b in open_jobs[facet]["buckets"]}
            for facet in PAY_GROUPS
        }
        counts = {
            facet: {b["key"]: b["doc_count"] for b in open_jobs[facet]["buckets"]}
            for facet in ("remote", "agency")
        }

        def per_week(name: str) -> dict:
            zone = since.tzinfo
            return {
                datetime.fromtimestamp(b["key"] / 1000, tz=zone).date(): b["doc_count"]
                for b in aggregations[name]["weeks"]["buckets"]
            }

        return Market(
            as_of=now,
            open_jobs=open_jobs["doc_count"],
            pay=_pay_group(open_jobs["doc_count"], open_jobs),
            groups=groups,
            counts=counts,
            weekly=weekly_series(week_starts(now), per_week("new"), per_week("closed")),
            backend=self.name,
        )

    def _suggest(self, q: str) -> str:
        response = self.adapter.search(self.alias, suggestion_body(q))
        corrected, changed = [], False
        for entry in response.get("suggest", {}).get("words", []):
            options = entry.get("options") or []
            if options:
                corrected.append(options[0]["text"])
                changed = True
            else:
                corrected.append(entry["text"])
        return " ".join(corrected) if changed else ""

    def suggest(self, prefix: str, *, limit: int) -> list[dict[str, str]]:
        response = self.adapter.search(self.alias, autocomplete_body(prefix, limit))
        aggs = response["aggregations"]
        titles = [b["key"] for b in aggs["titles"]["values"]["buckets"]]
        agencies = [b["key"] for b in aggs["agencies"]["values"]["buckets"]]
        labels = facet_labels("agency", agencies)
        return [{"kind": "title", "value": t, "label": t} for t in sorted(titles)] + [
            {"kind": "agency", "value": a, "label": labels[a]} for a in agencies
        ]

    def status(self) -> dict[str, Any]:
        health = self.adapter.cluster_health()
        indexes = self.adapter.aliased_indexes(self.alias)
        return {
            "backend": self.name,
            "alias": self.alias,
            "indexes": indexes,
            "documents": self.adapter.count(self.alias) if indexes else 0,
            "health": health.get("status", "unknown"),
        }

    # -- indexing -----------------------------------------------------------------------------

    def _actions(self, index: str, job_ids: Iterable[int] | None = None) -> Iterator[dict]:
        jobs = Job.objects.order_by("pk")
        if job_ids is not None:
            jobs = jobs.filter(pk__in=list(job_ids))
        for document in job_documents(jobs):
            yield {"_index": index, "_id": str(document["id"]), "_source": document}

    def rebuild(self) -> dict[str, Any]:
        """Build a new index from the database with refresh off, then swap the alias to it
        atomically and delete the old one: searches never see an empty or partial index."""
        name = f"{self.alias}_{datetime.now(tz=UTC):%Y%m%d%H%M%S%f}"
        self.adapter.create_index(name, _body_for_bulk_load())
        # The documents of the next chunks are built while the engine indexes the last.
        result = self.adapter.bulk(self._actions(name), chunk_size=1000, pipelined=True)
        if result.errors:
            self.adapter.delete_index(name)
            raise SearchEngineError(
                f"{len(result.errors)} documents were refused; the old index stays live. "
                f"First: {str(result.errors[0])[:300]}"
            )
        _, replicas = index_size()
        self.adapter.put_settings(
            name, {"index": {"refresh_interval": "1s", "number_of_replicas": replicas}}
        )
        self.adapter.refresh(name)
        # The replicas are copied now, after the load (copying them document by document
        # would double the load's work); the alias moves once they are, so the new index
        # survives a node's loss as the old one did. Too few nodes for them: it moves anyway.
        if replicas and not self.adapter.wait_for_green(name, seconds=REPLICA_WAIT_SECONDS):
            logger.warning(
                "Index %s: its %s replica(s) were not all allocated within %ss (too few "
                "nodes?); it goes live with what is allocated.",
                name,
                replicas,
                REPLICA_WAIT_SECONDS,
            )
        old = self._swap_alias(self.alias, name)
        return {"index": name, "documents": result.succeeded, "replaced": old}

    def _swap_alias(self, alias: str, name: str) -> list[str]:
        """Point ``alias`` at the index ``name`` in one atomic request (searches see the old
        index or the new, never neither), then delete the indexes it pointed at; returns
        their names."""
        old = self.adapter.aliased_indexes(alias)
        actions = [{"remove": {"index": index, "alias": alias}} for index in old]
        actions.append({"add": {"index": name, "alias": alias}})
        self.adapter.update_aliases(actions)
        for index in old:
            self.adapter.delete_index(index)
        return old

    def index_jobs(self, job_ids: Iterable[int]) -> None:
        """Index these jobs as they are now; ids no longer in the database are deleted."""
        ids = sorted(set(job_ids))
        if not ids:
            return
        if not self.adapter.aliased_indexes(self.alias):
            self.rebuild()
            return
        existing = set(Job.objects.filter(pk__in=ids).values_list("pk", flat=True))
        actions: list[dict] = list(self._actions(self.alias, existing))
        actions += [
            {"_op_type": "delete", "_index": self.alias, "_id": str(pk)}
            for pk in ids
            if pk not in existing
        ]
        # Returns once the changes are searchable, so whoever hears of them next (the cached
        # insights, a page) reads the new answers.
        result = self.adapter.bulk(actions, wait_for_refresh=True)
        refused = [e for e in result.errors if "not_found" not in str(e)]
        if any("strict_dynamic_mapping" in str(e) for e in refused):
            # The live index predates a field the documents now have (a new release): build
            # a new index with the current mapping and swap it in, as `search_index rebuild`.
            self.rebuild()
            return
        if refused:
            raise SearchEngineError(f"{len(refused)} documents were refused: {refused[0]}")

    def refresh(self) -> None:
        self.adapter.refresh(self.alias)
        if self.adapter.aliased_indexes(self.saved_alias):
            self.adapter.refresh(self.saved_alias)

    # -- saved searches (alerts): percolator queries ------------------------------------------

    def save_searches(self, searches: Mapping[str, JobQuery]) -> None:
        """Store (or replace) saved searches as percolator queries, by key."""
        if not searches:
            return
        if not self.adapter.aliased_indexes(self.saved_alias):
            self._new_saved_index({})
        result = self.adapter.bulk(_percolator_actions(self.saved_alias, searches))
        if result.errors:
            raise SearchEngineError(f"{len(result.errors)} saved searches were refused.")

    def forget_searches(self, keys: Iterable[str]) -> None:
        actions = [{"_op_type": "delete", "_index": self.saved_alias, "_id": k} for k in keys]
        if actions and self.adapter.aliased_indexes(self.saved_alias):
            self.adapter.bulk(actions)

    def rebuild_saved_searches(self, searches: Mapping[str, JobQuery]) -> dict[str, Any]:
        """A new saved-searches index with exactly these, swapped in behind the alias."""
        name = self._new_saved_index(searches)
        return {"index": name, "saved_searches": len(searches)}

    def _new_saved_index(self, searches: Mapping[str, JobQuery]) -> str:
        name = f"{self.saved_alias}_{datetime.now(tz=UTC):%Y%m%d%H%M%S%f}"
        shards, replicas = index_size()
        self.adapter.create_index(name, saved_searches_body(shards=shards, replicas=replicas))
        result = self.adapter.bulk(_percolator_actions(name, searches))
        if result.errors:
            self.adapter.delete_index(name)
            raise SearchEngineError(f"{len(result.errors)} saved searches were refused.")
        self.adapter.refresh(name)
        self._swap_alias(self.saved_alias, name)
        return name

    def match_saved_searches(
        self, searches: Mapping[str, JobQuery], job_ids: Iterable[int], *, batch: int = 1000
    ) -> dict[str, set[int]]:
        """Which of these jobs each saved search matches: the jobs' documents are percolated
        against the stored queries in batches (one request per batch and page of matches)."""
        keys = sorted(searches)
        self.save_searches(searches)  # idempotent; covers a save missed while the engine was down
        self.adapter.refresh(self.saved_alias)
        matches: dict[str, set[int]] = {key: set() for key in keys}
        ids = sorted(set(job_ids))
        for start in range(0, len(ids), batch):
            jobs = Job.objects.filter(pk__in=ids[start : start + batch]).order_by("pk")
            documents = list(job_documents(jobs))
            for key_start in range(0, len(keys), 10_000):
                self._percolate(documents, keys[key_start : key_start + 10_000], matches)
        return matches

    def _percolate(self, documents, keys, matches) -> None:
        after = None
        while True:
            body = percolate_body(documents, keys, size=1000, after=after)
            hits = self.adapter.search(self.saved_alias, body)["hits"]["hits"]
            for hit in hits:
                key = hit["fields"]["key"][0]
                for slot in hit["fields"].get("_percolator_document_slot", [0]):
                    matches[key].add(documents[slot]["id"])
            if len(hits) < 1000:
                return
            after = hits[-1]["sort"][0]


def _percolator_actions(index: str, searches: Mapping[str, JobQuery]) -> Iterator[dict]:
    """The bulk actions storing saved searches in ``index``: one percolator document per key,
    its query the searches' match clause without the clock (a stored query cannot hold
    "now"; the jobs percolated are already known to be visible)."""
    for key, query in searches.items():
        yield {
            "_index": index,
            "_id": key,
            "_source": {"key": key, "query": match_clause(query, None)},
        }


def _pay_group(count: int, aggregations: dict[str, Any]) -> Group:
    """A group's pay statistics from the PAY_AGGREGATIONS under its bucket."""
    paid = aggregations["paid"]["value"]
    if not paid:
        return Group(open=count)
    median = next(iter(aggregations["median"]["values"].values()))
    return Group(
        open=count,
        paid=paid,
        salary_median=round(median),
        salary_min=int(aggregations["lowest"]["value"]),
        salary_max=int(aggregations["highest"]["value"]),
    )


def index_size() -> tuple[int, int]:
    """Shards and replicas of the indexes the project creates (``SEARCH_SHARDS``,
    ``SEARCH_REPLICAS``)."""
    config = settings.SEARCH
    return int(config.get("SHARDS", 1)), int(config.get("REPLICAS", 0))


def _body_for_bulk_load() -> dict[str, Any]:
    """A new job index as the bulk load wants it: no refreshes and no replicas yet."""
    shards, _ = index_size()
    body = index_body(shards=shards, replicas=0)
    body["settings"]["index"]["refresh_interval"] = "-1"
    return body
