"""The search engine in operation: indexing after commit, rebuilds without gaps, and a
graceful fallback to the database when the engine is down."""

from __future__ import annotations

import threading

import pytest

from jobboard.models import ClosedBecause, Job
from jobboard.services import close_job
from search import service
from search.query import JobQuery
from search.service import engine_backend, rebuild_index, search_jobs
from tests.demo import demo_for_module

demo = demo_for_module(pages=False)


@pytest.fixture
def fresh_breaker():
    service.breaker.reset()
    yield service.breaker
    service.breaker.reset()


@pytest.fixture
def engine_index(search_engine_settings, demo):
    rebuild_index()
    backend = engine_backend()
    yield backend
    for index in backend.adapter.aliased_indexes(backend.alias):
        backend.adapter.delete_index(index)


@pytest.mark.django_db
def test_with_the_engine_down_search_falls_back_to_the_database_with_a_notice(
    client, settings, closed_port_url, demo, fresh_breaker
):
    settings.SEARCH = {**settings.SEARCH, "URL": closed_port_url, "TIMEOUT": 0.5}
    response = client.get("/jobs/?q=data")
    assert response.status_code == 200
    assert "Search is running in basic mode" in response.content.decode()
    body = client.get("/api/v1/jobs/?q=data").json()
    assert body["backend"] == "database"
    assert body["total"] == 11
    assert body["notice"].startswith("Search is running in basic mode")


@pytest.mark.django_db
def test_the_circuit_breaker_stops_trying_a_dead_engine_for_a_while(
    settings, closed_port_url, demo, fresh_breaker
):
    settings.SEARCH = {**settings.SEARCH, "URL": closed_port_url, "TIMEOUT": 0.5}
    for _ in range(3):
        search_jobs(JobQuery(q="data"))
    assert fresh_breaker.allow() is False
    assert search_jobs(JobQuery(q="data")).backend == "database"


@pytest.mark.search_engine
@pytest.mark.django_db
def test_changed_jobs_are_indexed_after_commit(engine_index, django_capture_on_commit_callbacks):
    job = Job.objects.get(raw_title="IT Specialist (APPSW)")
    query = JobQuery(q="Application Software")
    before = {hit.id for hit in engine_index.search(query).hits}
    assert job.pk in before
    with django_capture_on_commit_callbacks(execute=True):
        close_job(job=job, because=ClosedBecause.FILLED, reason="Filled.")
    engine_index.refresh()
    assert {hit.id for hit in engine_index.search(query).hits} == before - {job.pk}
    with_closed = engine_index.search(query.with_changes(include_closed=True)).hits
    assert {hit.id for hit in with_closed} == before


@pytest.mark.search_engine
@pytest.mark.django_db
def test_search_uses_the_engine_when_it_is_up(engine_index, fresh_breaker):
    results = search_jobs(JobQuery(q="data"))
    assert (results.backend, results.notice) == ("opensearch", "")
    assert results.total == 11


@pytest.mark.search_engine
@pytest.mark.django_db
def test_a_rebuild_during_searches_never_serves_an_empty_index(engine_index):
    expected = engine_index.adapter.count(engine_index.alias)
    assert expected == Job.objects.count()
    totals: list[int] = []
    stop = threading.Event()

    def search_continuously():
        body = {"size": 0, "track_total_hits": True, "query": {"match_all": {}}}
        while not stop.is_set():
            totals.append(
                engine_index.adapter.search(engine_index.alias, body)["hits"]["total"]["value"]
            )

    searcher = threading.Thread(target=search_continuously)
    searcher.start()
    try:
        for _ in range(3):
            engine_index.rebuild()
    finally:
        stop.set()
        searcher.join()
    assert len(totals) > 10
    assert set(totals) == {expected}
    assert len(engine_index.adapter.aliased_indexes(engine_index.alias)) == 1


@pytest.mark.search_engine
@pytest.mark.django_db
def test_a_misspelt_search_on_the_engine_returns_the_corrected_results(engine_index, fresh_breaker):
    results = search_jobs(JobQuery(q="dta analyst"))
    assert results.backend == "opensearch"
    assert results.query.q == "data analyst"
    assert results.total > 0
    assert results.notice.startswith("No jobs matched “dta analyst”")
