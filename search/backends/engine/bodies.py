"""Search bodies for the engine, built from a JobQuery alone (pure functions: tested as data).

One request per results page: a bool query (boosted multi_match + fixed filters) wrapped in a
gentle recency decay; facet selections in ``post_filter`` so aggregations see the unfiltered
set; each facet counted under every *other* facet's selection (disjunctive counts), facets
that share that filter sharing one filter aggregation; highlighting; exact totals; stable sort
tie-breakers."""

from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any

from search.backends.base import MARK_CLOSE, MARK_OPEN
from search.query import FACETS, JobQuery
from search.text import tokens

TEXT_FIELDS = ["title^10", "search_keywords^4", "description_text"]
# A technology job is one the classifier placed in a role family.
TECHNOLOGY = {"exists": {"field": "role_family"}}


def text_clause(q: str) -> dict[str, Any] | None:
    """Every word must match in some field, as with the database backend."""
    if not tokens(q):
        return None
    return {
        "multi_match": {
            "query": q,
            "type": "cross_fields",
            "fields": TEXT_FIELDS,
            "operator": "and",
        }
    }


def fixed_filters(query: JobQuery, now: datetime | None) -> list[dict[str, Any]]:
    """Filters that are not facets: technology jobs only (unless asked), open and not past
    closing, closing within so many days (both left out when ``now`` is None: see
    ``match_clause``), salary, location."""
    filters: list[dict[str, Any]] = []
    if not query.include_non_tech:
        filters.append(TECHNOLOGY)
    if not query.include_closed and now is not None:
        filters.append({"term": {"status": "open"}})
        filters.append(
            {
                "bool": {
                    "should": [
                        {"bool": {"must_not": {"exists": {"field": "closes_at"}}}},
                        {"range": {"closes_at": {"gte": now.isoformat()}}},
                    ],
                    "minimum_should_match": 1,
                }
            }
        )
    if query.closing_within and now is not None:
        deadline = now + timedelta(days=query.closing_within)
        filters.append({"range": {"closes_at": {"lte": deadline.isoformat()}}})
    if query.salary_min:
        filters.append({"range": {"salary_top": {"gte": query.salary_min}}})
    if query.location:
        filters.append({"term": {"city": query.location.lower()}})
    return filters


def facet_filters(query: JobQuery, *, skip: str = "") -> list[dict[str, Any]]:
    """One terms filter per selected facet (values ORed), except ``skip``."""
    return [
        {"terms": {facet: list(query.selected(facet))}}
        for facet in FACETS
        if query.selected(facet) and facet != skip
    ]


def facet_aggregations(query: JobQuery, sizes: Mapping[str, int]) -> dict[str, Any]:
    """Disjunctive facet counts: each facet's values counted under every *other* facet's
    selection. Facets with the same such filter share one filter aggregation (every facet
    without a selection sees all the selections: one filter, not six), and a facet whose filter
    is empty is counted directly. Half the cost of a computed search was six filter
    aggregations re-testing the same selections. Each terms aggregation is sized to its
    facet's cardinality (``sizes``), so counts are complete (and exact with one shard)."""
    groups: dict[str, tuple[list[dict[str, Any]], list[str]]] = {}
    for facet in FACETS:
        filters = facet_filters(query, skip=facet)
        groups.setdefault(json.dumps(filters, sort_keys=True), (filters, []))[1].append(facet)
    aggregations: dict[str, Any] = {}
    for number, (filters, facets) in enumerate(groups.values(), start=1):
        terms = {facet: {"terms": {"field": facet, "size": sizes[facet]}} for facet in facets}
        if filters:
            aggregations[f"filtered_{number}"] = {
                "filter": {"bool": {"filter": filters}},
                "aggs": terms,
            }
        else:
            aggregations.update(terms)
    return aggregations


def facet_buckets(aggregations: dict[str, Any]) -> dict[str, list[dict[str, Any]]]:
    """Each facet's buckets in the response to ``facet_aggregations``."""
    buckets = {}
    for name, aggregation in aggregations.items():
        if name in FACETS:
            buckets[name] = aggregation["buckets"]
        elif name.startswith("filtered_"):
            buckets.update({f: aggregation[f]["buckets"] for f in FACETS if f in aggregation})
    return buckets


def sort_clause(query: JobQuery, *, has_text: bool) -> list[Any]:
    """The same orders as the database backend, with the same tie-breakers."""
    if query.sort == "relevance" and has_text:
        return ["_score", {"posted_at": {"order": "desc", "missing": "_last"}}, {"id": "desc"}]
    if query.sort == "closing":
        return [{"closes_at": {"order": "asc", "missing": "_last"}}, {"id": "asc"}]
    if query.sort == "salary":
        return [{"salary_top": {"order": "desc", "missing": "_last"}}, {"id": "desc"}]
    return [{"posted_at": {"order": "desc", "missing": "_last"}}, {"id": "desc"}]


def search_body(query: JobQuery, now: datetime, sizes: Mapping[str, int]) -> dict[str, Any]:
    """The body of one results page; ``sizes``: each facet's number of values. (A search that
    finds nothing is retried by ``search.service`` with the words corrected by edit distance,
    on both backends alike, rather than with fuzzy matching that only the engine has.)"""
    text = text_clause(query.q)
    base = {"bool": {"filter": fixed_filters(query, now)}}
    if text:
        base["bool"]["must"] = [text]
    scored = {
        "function_score": {
            "query": base,
            "functions": [
                {
                    "gauss": {
                        "posted_at": {"origin": now.isoformat(), "scale": "30d", "decay": 0.8}
                    },
                    "weight": 1,
                }
            ],
            "boost_mode": "multiply",
            "score_mode": "multiply",
        }
    }
    body: dict[str, Any] = {
        "query": scored if text else base,
        "post_filter": {"bool": {"filter": facet_filters(query)}},
        "aggs": facet_aggregations(query, sizes),
        "sort": sort_clause(query, has_text=bool(text)),
        "from": query.offset,
        "size": query.page_size,
        "track_total_hits": True,
        "_source": {"excludes": ["description_text", "search_keywords"]},
    }
    if text:
        body["highlight"] = {
            "pre_tags": [MARK_OPEN],
            "post_tags": [MARK_CLOSE],
            "fields": {
                "title": {"number_of_fragments": 0},
                "description_text": {"fragment_size": 160, "number_of_fragments": 1},
            },
        }
    return body


def match_clause(query: JobQuery, now: datetime | None) -> dict[str, Any]:
    """What "a job matches this search" means, as one bool query: the words, the facet
    selections and the other filters. Counts use it with the clock; saved searches (alerts'
    percolator queries) without it, since a stored query cannot hold "now" and the jobs
    percolated are already known to be visible."""
    condition: dict[str, Any] = {"filter": fixed_filters(query, now) + facet_filters(query)}
    text = text_clause(query.q)
    if text:
        condition["must"] = [text]
    return {"bool": condition}


def count_body(query: JobQuery, now: datetime) -> dict[str, Any]:
    """A count of every job a query matches (its facet selections applied), for ``_count``."""
    return {"query": match_clause(query, now)}


def percolate_body(
    documents: list[dict[str, Any]], keys: list[str], *, size: int, after: str | None
) -> dict[str, Any]:
    """The saved searches among ``keys`` that match any of these job documents, one page in
    key order; each hit's ``_percolator_document_slot`` field lists the documents it matched."""
    body: dict[str, Any] = {
        "query": {
            "bool": {
                "must": [{"percolate": {"field": "query", "documents": documents}}],
                "filter": [{"terms": {"key": keys}}],
            }
        },
        "size": size,
        "sort": [{"key": "asc"}],
        "_source": False,
        "fields": ["key"],
    }
    if after is not None:
        body["search_after"] = [after]
    return body


def suggestion_body(q: str) -> dict[str, Any]:
    """'Did you mean': corrections of each word against the words of job titles."""
    return {
        "size": 0,
        "suggest": {
            "text": q,
            "words": {
                "term": {
                    "field": "title.plain",
                    "suggest_mode": "missing",
                    "size": 1,
                    "min_word_length": 3,
                }
            },
        },
    }


def autocomplete_body(prefix: str, limit: int) -> dict[str, Any]:
    """Titles and agencies whose words start with what was typed."""
    return {
        "size": 0,
        "query": {
            "bool": {
                "filter": [{"term": {"status": "open"}}, TECHNOLOGY],
                "should": [
                    {"match": {"title.autocomplete": {"query": prefix, "operator": "and"}}},
                    {"match": {"agency_name.autocomplete": {"query": prefix, "operator": "and"}}},
                ],
                "minimum_should_match": 1,
            }
        },
        "aggs": {
            "titles": {
                "filter": {"match": {"title.autocomplete": {"query": prefix, "operator": "and"}}},
                "aggs": {"values": {"terms": {"field": "title.keyword", "size": limit}}},
            },
            "agencies": {
                "filter": {
                    "match": {"agency_name.autocomplete": {"query": prefix, "operator": "and"}}
                },
                "aggs": {"values": {"terms": {"field": "agency", "size": limit}}},
            },
        },
    }


PAY_AGGREGATIONS: dict[str, Any] = {
    "paid": {"value_count": {"field": "salary_mid"}},
    # compression 1000: every value its own centroid up to several hundred jobs (exact), and
    # within a fraction of a percent beyond.
    "median": {
        "percentiles": {"field": "salary_mid", "percents": [50], "tdigest": {"compression": 1000}}
    },
    "lowest": {"min": {"field": "salary_low"}},
    "highest": {"max": {"field": "salary_top"}},
}


def market_body(
    query: JobQuery, now: datetime, sizes: Mapping[str, int], since: datetime, time_zone: str
) -> dict[str, Any]:
    """The whole market in one request (``search.market``): under the filters of ``query``
    (its words are not used), the facet counts with pay statistics; over every job with its
    facet selections, the ones first seen and the ones closed per week since ``since``."""
    open_jobs = {"bool": {"filter": fixed_filters(query, now) + facet_filters(query)}}
    ever = [TECHNOLOGY] if not query.include_non_tech else []
    grouped = {
        facet: {
            "terms": {"field": facet, "size": sizes[facet]},
            "aggs": PAY_AGGREGATIONS
            if facet in ("role_family", "government_level", "seniority")
            else {},
        }
        for facet in ("role_family", "government_level", "seniority", "remote", "agency")
    }

    def weekly(date_field: str, *conditions: dict[str, Any]) -> dict[str, Any]:
        return {
            "filter": {
                "bool": {
                    "filter": [*conditions, {"range": {date_field: {"gte": since.isoformat()}}}]
                }
            },
            "aggs": {
                "weeks": {
                    "date_histogram": {
                        "field": date_field,
                        "calendar_interval": "week",
                        "time_zone": time_zone,
                        "min_doc_count": 1,
                    }
                }
            },
        }

    return {
        "size": 0,
        "query": {"bool": {"filter": ever + facet_filters(query)}},
        "aggs": {
            "open": {"filter": open_jobs, "aggs": {**grouped, **PAY_AGGREGATIONS}},
            "new": weekly("first_seen_at"),
            "closed": weekly("closed_at", {"term": {"status": "closed"}}),
        },
    }
