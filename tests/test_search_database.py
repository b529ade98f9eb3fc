"""The database backend's plans for large tables give the same answers as its exact plans:
a broad word (one that matches most jobs) keeps exact totals and facet counts, pages through
every hit exactly once with title matches first, and corrections are only offered for words
that find nothing."""

from __future__ import annotations

import pytest
from django.http import QueryDict

from jobboard.demo import load_demo_content
from search.backends import database
from search.backends.database import DatabaseBackend
from search.query import JobQuery

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo():
    for _ in load_demo_content(pages=False):
        pass


def query(params: str) -> JobQuery:
    return JobQuery.from_params(QueryDict(params))


def counts(results) -> dict:
    return {f: [(v.value, v.count) for v in values] for f, values in results.facets.items()}


@pytest.mark.parametrize(
    "params", ["q=data", "q=engineer&remote=remote", "q=analyst&government_level=county"]
)
def test_a_broad_word_keeps_exact_totals_and_counts(demo, monkeypatch, params):
    exact = DatabaseBackend().search(query(params))
    monkeypatch.setattr(database, "BROAD_HITS", 2)
    broad = DatabaseBackend().search(query(params))
    assert exact.total > 2
    assert broad.total == exact.total
    assert counts(broad) == counts(exact)


def test_a_broad_word_pages_through_every_hit_once_title_matches_first(demo, monkeypatch):
    exact = DatabaseBackend().search(query("q=data&page_size=100"))
    monkeypatch.setattr(database, "BROAD_HITS", 2)
    pages = [DatabaseBackend().search(query(f"q=data&page_size=3&page={n}")) for n in range(1, 40)]
    seen = [hit.id for page in pages for hit in page.hits]
    assert len(seen) == len(set(seen)) == exact.total
    assert set(seen) == {hit.id for hit in exact.hits}
    titled = [("data" in hit.title.lower()) for page in pages for hit in page.hits]
    assert titled == sorted(titled, reverse=True)  # every title match before any other hit


def test_a_page_past_the_last_result_is_empty(demo):
    results = DatabaseBackend().search(query("q=data&page=50"))
    assert results.hits == []
    assert results.total > 0


def test_corrections_are_offered_only_when_the_words_find_nothing(demo):
    misspelt = DatabaseBackend().search(query("q=anlyst"))
    assert misspelt.suggestion == "analyst"
    filtered_out = DatabaseBackend().search(
        query("q=analyst&government_level=private&seniority=intern")
    )
    assert filtered_out.total == 0
    assert filtered_out.suggestion == ""
