"""The database backend's plans for large tables give the same answers as its exact plans:
a broad word (one that matches most jobs) keeps exact totals and facet counts, pages through
every hit exactly once with title matches first, and corrections are only offered for words
that find nothing. Facet counts are reused until the jobs change."""

from __future__ import annotations

from datetime import timedelta

import pytest
import time_machine
from django.core.cache import cache
from django.db import connection
from django.http import QueryDict
from django.test.utils import CaptureQueriesContext
from django.utils import timezone

from config.demo import load_demo_content
from jobboard.models import Job
from search.backends.database import DatabaseBackend, sqlite
from search.query import JobQuery
from tests.demo import demo_for_module
from tests.factories import OpenJobFactory

pytestmark = pytest.mark.django_db


demo = demo_for_module(pages=False)


def query(params: str) -> JobQuery:
    return JobQuery.from_params(QueryDict(params))


def counts(results) -> dict:
    return {f: [(v.value, v.count) for v in values] for f, values in results.facets.items()}


@pytest.mark.parametrize(
    "params", ["q=data", "q=engineer&remote=remote", "q=analyst&government_level=county"]
)
def test_a_broad_word_keeps_exact_totals_and_counts(demo, monkeypatch, params):
    exact = DatabaseBackend().search(query(params))
    monkeypatch.setattr(sqlite, "BROAD_HITS", 2)
    broad = DatabaseBackend().search(query(params))
    assert exact.total > 2
    assert broad.total == exact.total
    assert counts(broad) == counts(exact)


def test_a_broad_word_pages_through_every_hit_once_title_matches_first(demo, monkeypatch):
    exact = DatabaseBackend().search(query("q=data&page_size=100"))
    monkeypatch.setattr(sqlite, "BROAD_HITS", 2)
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


def cube_queries(captured) -> int:
    """How many searches of the facet counts (the one GROUP BY of a search) were run."""
    return sum("GROUP BY" in entry["sql"] for entry in captured.captured_queries)


def test_counts_are_not_reused_inside_a_transaction(demo):
    # The test runs in a transaction that is rolled back, as a request that fails would be.
    search = DatabaseBackend().search
    for _ in range(2):
        with CaptureQueriesContext(connection) as captured:
            search(query("role_family=cybersecurity"))
        assert cube_queries(captured) == 1


def test_the_triggers_that_keep_search_in_step_with_jobs_survive_every_migration():
    # SQLite drops a table's triggers when a migration rebuilds the table: a later migration of
    # jobboard.Job that does so must create them again (search/0001 and search/0003).
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'jobboard_job'"
        )
        names = {name for (name,) in cursor.fetchall()}
    assert names == {
        f"search_job_{kind}_{event}"
        for kind in ("fts", "version")
        for event in ("insert", "update", "delete")
    }


# Last in the module: a transactional test empties the database when it ends, and the demo
# above is loaded once for the module's other tests.
@pytest.mark.django_db(transaction=True)
def test_facet_counts_are_reused_until_the_jobs_change():
    for _ in load_demo_content(pages=False):
        pass
    # The clock stands still (no minute passes by chance) until the test moves it.
    with time_machine.travel(timezone.now(), tick=False) as clock:
        _counts_are_reused_until_the_jobs_change(clock)


def _counts_are_reused_until_the_jobs_change(clock) -> None:
    search = DatabaseBackend().search
    cyber = query("role_family=cybersecurity")
    before = search(cyber)
    senior = query("role_family=cybersecurity&seniority=senior")
    with CaptureQueriesContext(connection) as captured:
        again = search(senior)
    assert cube_queries(captured) == 0  # same words, pay and place: the same cube
    cache.clear()
    fresh = search(senior)
    assert (again.total, counts(again)) == (fresh.total, counts(fresh))
    assert 0 < again.total < before.total

    job = Job.objects.filter(status="open", role_family__slug="cybersecurity").first()
    Job.objects.filter(pk=job.pk).update(last_seen_at=timezone.now())  # ingest saw it again
    with CaptureQueriesContext(connection) as captured:
        assert search(cyber).total == before.total
    assert cube_queries(captured) == 0

    Job.objects.filter(pk=job.pk).update(status="closed")
    with CaptureQueriesContext(connection) as captured:
        assert search(cyber).total == before.total - 1
    assert cube_queries(captured) == 1

    OpenJobFactory(role_family=job.role_family, title="Security Engineer", agency=job.agency)
    OpenJobFactory(role_family=job.role_family, title="Security Analyst", agency=job.agency)
    assert search(cyber).total == before.total + 1
    Job.objects.filter(title="Security Analyst").delete()
    after = search(cyber)
    assert after.total == before.total
    assert dict(counts(after)["role_family"])["cybersecurity"] == after.total

    clock.shift(timedelta(minutes=1))
    with CaptureQueriesContext(connection) as captured:
        search(cyber)  # a minute on, jobs may have passed their closing time
    assert cube_queries(captured) == 1
