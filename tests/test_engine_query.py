"""The engine's facet aggregations, as data: each facet is counted under every other facet's
selection, and facets that share that filter share one aggregation. (The counts themselves are
checked against the database backend on the real engine in test_search_contract.py.)"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from django.http import QueryDict

from jobboard.models import Agency, RoleFamily, SeniorityLevel, WorkArrangement
from search.backends.engine.bodies import (
    facet_aggregations,
    facet_buckets,
    match_clause,
    search_body,
)
from search.documents import clear_label_cache, facet_sizes
from search.query import FACETS, JobQuery
from tests.factories import AgencyFactory

NOW = datetime(2026, 11, 29, 12, 0, tzinfo=UTC)
SIZES = {facet: 10 + number for number, facet in enumerate(FACETS)}


def aggregations(params: str) -> dict:
    return search_body(JobQuery.from_params(QueryDict(params)), NOW, SIZES)["aggs"]


def test_with_nothing_selected_each_facet_is_counted_directly():
    assert aggregations("q=data") == {
        facet: {"terms": {"field": facet, "size": SIZES[facet]}} for facet in FACETS
    }


def test_one_selection_counts_its_own_facet_directly_and_the_others_under_it():
    aggs = aggregations("seniority=senior&seniority=lead")
    assert set(aggs) == {"seniority", "filtered_1"}
    assert aggs["filtered_1"]["filter"] == {
        "bool": {"filter": [{"terms": {"seniority": ["lead", "senior"]}}]}
    }
    assert set(aggs["filtered_1"]["aggs"]) == set(FACETS) - {"seniority"}


def test_two_selections_need_three_filters_not_six():
    aggs = aggregations("role_family=cybersecurity&remote=remote")
    groups = {
        tuple(sorted(a["aggs"])): [f["terms"] for f in a["filter"]["bool"]["filter"]]
        for a in aggs.values()
    }
    assert groups == {
        ("role_family",): [{"remote": ["remote"]}],
        ("remote",): [{"role_family": ["cybersecurity"]}],
        ("agency", "employment_type", "government_level", "hiring_path", "seniority"): [
            {"role_family": ["cybersecurity"]},
            {"remote": ["remote"]},
        ],
    }


def test_closing_within_is_a_range_on_the_closing_date_from_the_clock():
    body = search_body(JobQuery.from_params(QueryDict("closing_within=7")), NOW, SIZES)
    deadline = {"range": {"closes_at": {"lte": (NOW + timedelta(days=7)).isoformat()}}}
    assert deadline in body["query"]["bool"]["filter"]
    # A stored query (an alert's) cannot hold the clock: it leaves the range out.
    stored = match_clause(JobQuery.from_params(QueryDict("closing_within=7")), None)
    assert not any("closes_at" in str(f) for f in stored["bool"]["filter"])


def test_buckets_are_read_back_per_facet_from_either_shape():
    query = JobQuery.from_params(QueryDict("remote=remote"))
    response = {
        name: (
            {"doc_count": 3, **{f: {"buckets": [{"key": f, "doc_count": 3}]} for f in agg["aggs"]}}
            if "filter" in agg
            else {"buckets": [{"key": name, "doc_count": 9}]}
        )
        for name, agg in facet_aggregations(query, SIZES).items()
    }
    buckets = facet_buckets(response)
    assert set(buckets) == set(FACETS)
    assert buckets["remote"] == [{"key": "remote", "doc_count": 9}]
    assert buckets["agency"] == [{"key": "agency", "doc_count": 3}]


@pytest.mark.django_db
def test_each_facet_is_sized_to_hold_every_value_it_can_have():
    AgencyFactory.create_batch(30)
    clear_label_cache()
    sizes = facet_sizes()
    assert sizes["agency"] >= Agency.objects.count() >= 30
    assert sizes["role_family"] >= RoleFamily.objects.count()
    assert sizes["seniority"] >= SeniorityLevel.objects.count()
    assert sizes["remote"] == len(WorkArrangement.choices)
    assert set(sizes) == set(FACETS)
