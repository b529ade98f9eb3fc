"""Ingesting sources: nothing lost, nothing duplicated, closed jobs closed, never deleted."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from django.utils import timezone

from ingest.pipeline import ingest_source, source_for_location
from jobboard.models import IngestRun, Job, JobSource
from jobboard.services import expire_jobs
from tests.factories import OpenJobFactory, board_writer, greenhouse_board, greenhouse_job

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


@pytest.fixture
def board(tmp_path):
    """A Greenhouse board file whose contents a test rewrites between reads."""
    return board_writer(tmp_path / "board.json")


def test_every_fixture_format_ingests_into_classified_jobs():
    for name in ("usajobs_la.json", "lacounty_feed.xml", "civic_jobs_page.html"):
        report = ingest_source(source_for_location(str(FIXTURES / name), fmt="auto"))
        assert report.ok, report.error
    job = Job.objects.get(raw_title="IT Specialist (APPSW)")
    assert job.title == "IT Specialist (Application Software)"
    assert (job.role_family.slug, job.seniority.slug) == ("software-engineering", "senior")
    assert job.agency.level == "federal"
    assert (job.salary_min, job.salary_max, job.federal_grades) == (99200, 128956, "GS-12")
    county = Job.objects.get(raw_title="Information Technology Specialist I")
    assert county.open_until_filled
    assert county.closes_at is None
    assert county.pay_interval == "month"
    assert "<script" not in county.description
    researcher = Job.objects.get(title="Senior UX Researcher")
    assert "onerror" not in researcher.description
    assert researcher.agency.level == "nonprofit"


def test_a_new_employer_takes_its_sources_level_when_its_name_suggests_none():
    source = source_for_location(str(FIXTURES / "edjoin_search.json"), fmt="edjoin")
    source.government_level = "education"
    source.save()
    assert ingest_source(source).ok
    levels = dict(Job.objects.values_list("agency__name", "agency__level"))
    assert levels["Burbank Unified"] == "education"  # the name alone says nothing
    assert levels["Baltimore City Public Schools"] == "education"  # "schools", not "city"


def test_a_second_run_of_the_same_input_changes_nothing(board):
    source = board(greenhouse_job(1, "Software Engineer"), greenhouse_job(2, "Data Analyst"))
    first = ingest_source(source)
    assert (first.counts.created, first.counts.unchanged) == (2, 0)
    before = list(Job.objects.values_list("pk", "updated_at", "content_hash"))
    second = ingest_source(source)
    assert (second.counts.created, second.counts.updated) == (0, 0)
    assert (second.counts.unchanged, second.counts.closed) == (2, 0)
    assert list(Job.objects.values_list("pk", "updated_at", "content_hash")) == before
    assert IngestRun.objects.filter(source=source, ok=True).count() == 2


def test_a_changed_listing_updates_its_job_in_place(board):
    source = board(greenhouse_job(1, "Software Engineer"))
    ingest_source(source)
    job = Job.objects.get()
    source = board(greenhouse_job(1, "Senior Software Engineer"))
    report = ingest_source(source)
    assert report.counts.updated == 1
    job.refresh_from_db()
    assert job.title == "Senior Software Engineer"
    assert job.seniority.slug == "senior"
    assert Job.objects.count() == 1


def test_a_job_that_vanishes_from_a_complete_read_is_closed_not_deleted(board):
    ingest_source(board(greenhouse_job(1, "Software Engineer"), greenhouse_job(2, "Data Analyst")))
    report = ingest_source(board(greenhouse_job(1, "Software Engineer")))
    assert report.counts.closed == 1
    gone = Job.objects.get(title="Data Analyst")
    assert gone.status == "closed"
    assert gone.closed_reason.startswith("No longer listed")
    assert Job.objects.open().get().title == "Software Engineer"


def test_a_job_that_comes_back_is_reopened(board):
    ingest_source(board(greenhouse_job(1, "Software Engineer"), greenhouse_job(2, "Data Analyst")))
    ingest_source(board(greenhouse_job(1, "Software Engineer")))
    report = ingest_source(
        board(greenhouse_job(1, "Software Engineer"), greenhouse_job(2, "Data Analyst"))
    )
    assert report.counts.updated == 1
    assert Job.objects.get(title="Data Analyst").status == "open"


def test_a_failed_read_closes_nothing_and_loses_nothing(board, tmp_path):
    source = board(greenhouse_job(1, "Software Engineer"), greenhouse_job(2, "Data Analyst"))
    ingest_source(source)
    Path(source.url).write_bytes(b'{"jobs": [{"id": 1, "title": "Software')  # broken JSON
    report = ingest_source(source)
    assert not report.ok
    assert "not valid JSON" in report.error
    assert Job.objects.open().count() == 2
    source.refresh_from_db()
    assert "not valid JSON" in source.last_error
    assert IngestRun.objects.filter(source=source).latest("started_at").ok is False


def test_a_truncated_feed_closes_nothing(tmp_path):
    path = tmp_path / "feed.xml"
    path.write_bytes((FIXTURES / "lacounty_feed.xml").read_bytes())
    source = source_for_location(str(path), fmt="rss", agency="County of Los Angeles")
    assert ingest_source(source).counts.created == 3
    path.write_bytes((FIXTURES / "truncated_feed.xml").read_bytes())
    report = ingest_source(source)
    assert report.ok
    assert not report.complete
    assert report.counts.closed == 0
    assert Job.objects.open().count() == 3


def test_the_same_opening_from_two_sources_becomes_one_job(tmp_path):
    apply = "https://civicworks.example/jobs/42/apply"
    first = tmp_path / "greenhouse.json"
    first.write_bytes(greenhouse_board(greenhouse_job(42, "Data Engineer", url=apply)))
    second = tmp_path / "mirror.json"
    second.write_bytes(
        greenhouse_board(greenhouse_job(9001, "Data Engineer", url=apply, location="Remote"))
    )
    a = ingest_source(source_for_location(str(first), fmt="greenhouse", agency="Civic Works"))
    b = ingest_source(source_for_location(str(second), fmt="greenhouse", agency="Civic Works"))
    assert (a.counts.created, b.counts.created, b.counts.merged) == (1, 0, 1)
    job = Job.objects.get()
    assert job.listings.count() == 2
    # Still one job when the first source drops it: the second still lists it.
    first.write_bytes(greenhouse_board())
    ingest_source(source_for_location(str(first), fmt="greenhouse", agency="Civic Works"))
    job.refresh_from_db()
    assert job.status == "open"
    assert JobSource.objects.filter(job=job, present=True).count() == 1


def test_near_identical_descriptions_merge_without_a_shared_url(tmp_path):
    text = "<p>Build data pipelines for the county's benefits programs in Python and SQL.</p>"
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_bytes(greenhouse_board(greenhouse_job(1, "Data Engineer", content=text)))
    two.write_bytes(greenhouse_board(greenhouse_job(2, "Data Engineer", content=text + " ")))
    ingest_source(source_for_location(str(one), fmt="greenhouse", agency="Civic Works"))
    report = ingest_source(source_for_location(str(two), fmt="greenhouse", agency="Civic Works"))
    assert report.counts.merged == 1
    assert Job.objects.count() == 1


def test_a_copy_of_a_closed_job_is_a_new_opening(tmp_path):
    """Only open jobs are candidates: a re-posted opening after the first one closed is new."""
    apply = "https://civicworks.example/jobs/42/apply"
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_bytes(greenhouse_board(greenhouse_job(1, "Data Engineer", url=apply)))
    two.write_bytes(greenhouse_board(greenhouse_job(2, "Data Engineer", url=apply)))
    ingest_source(source_for_location(str(one), fmt="greenhouse", agency="Civic Works"))
    Job.objects.update(status="closed")
    report = ingest_source(source_for_location(str(two), fmt="greenhouse", agency="Civic Works"))
    assert (report.counts.created, report.counts.merged) == (1, 0)
    assert list(Job.objects.values_list("status", flat=True).order_by("pk")) == ["closed", "open"]


def test_a_second_source_fills_what_the_first_left_blank(tmp_path):
    apply = "https://civicworks.example/jobs/42/apply"
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_bytes(greenhouse_board(greenhouse_job(1, "Data Engineer", url=apply)))
    paid = "<p>Serve residents.</p><p>$98,000 - $126,000 per year</p>"
    two.write_bytes(greenhouse_board(greenhouse_job(2, "Data Engineer", url=apply, content=paid)))
    ingest_source(source_for_location(str(one), fmt="greenhouse", agency="Civic Works"))
    assert Job.objects.get().salary_min is None
    ingest_source(source_for_location(str(two), fmt="greenhouse", agency="Civic Works"))
    job = Job.objects.get()
    assert (job.salary_min, job.salary_max, job.title) == (98_000, 126_000, "Data Engineer")


def test_different_openings_with_the_same_title_stay_apart(tmp_path):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_bytes(greenhouse_board(greenhouse_job(1, "Data Engineer", content="<p>Transit.</p>")))
    two.write_bytes(greenhouse_board(greenhouse_job(2, "Data Engineer", content="<p>Health.</p>")))
    ingest_source(source_for_location(str(one), fmt="greenhouse", agency="Civic Works"))
    ingest_source(source_for_location(str(two), fmt="greenhouse", agency="Civic Works"))
    assert Job.objects.count() == 2


def test_a_listing_without_an_employer_is_skipped_with_a_reason(tmp_path):
    path = tmp_path / "board.json"
    path.write_bytes(greenhouse_board(greenhouse_job(1, "Software Engineer")))
    report = ingest_source(source_for_location(str(path), fmt="greenhouse"))
    assert report.ok
    assert report.counts.skipped == 1
    assert "names no employer" in report.counts.errors[0]
    assert not Job.objects.exists()


def test_a_listing_repeated_in_one_read_is_reported_once(board):
    report = ingest_source(
        board(greenhouse_job(1, "Web Developer"), greenhouse_job(1, "Web Developer"))
    )
    assert (report.counts.created, report.counts.skipped) == (1, 1)
    assert "appears twice" in report.counts.errors[0]


def test_jobs_past_their_closing_date_are_closed_by_expire_jobs():
    past = OpenJobFactory(closes_at=timezone.now() - timedelta(hours=1))
    future = OpenJobFactory()
    continuous = OpenJobFactory(closes_at=None, open_until_filled=True)
    assert expire_jobs() == 1
    past.refresh_from_db()
    assert (past.status, past.closed_reason) == ("closed", "The closing date passed.")
    assert Job.objects.open().count() == 2
    assert set(Job.objects.visible()) == {future, continuous}


def test_real_la_sources_are_seeded_but_disabled_in_tests():
    from jobboard.models import Source

    seeded = Source.objects.filter(slug__in=["usajobs-la-it", "la-county", "code-for-america"])
    assert seeded.count() == 3
    assert not seeded.filter(enabled=True).exists()


def test_the_scheduled_task_ingests_every_enabled_source(board):
    from ingest.tasks import enqueue_enabled_sources

    source = board(greenhouse_job(1, "Software Engineer"))
    source.enabled = True
    source.save()
    assert enqueue_enabled_sources() == 1  # the immediate backend runs it at once in tests
    assert Job.objects.get().title == "Software Engineer"
    assert IngestRun.objects.get(source=source).ok


def test_the_same_identifier_in_two_sources_of_one_employer_is_one_job(tmp_path):
    one, two = tmp_path / "one.json", tmp_path / "two.json"
    one.write_bytes(greenhouse_board(greenhouse_job(77, "Data Engineer", content="<p>A.</p>")))
    two.write_bytes(
        greenhouse_board(
            greenhouse_job(
                77,
                "Data Engineer",
                content="<p>Different words entirely.</p>",
                url="https://mirror.example/77",
            )
        )
    )
    ingest_source(source_for_location(str(one), fmt="greenhouse", agency="Civic Works"))
    report = ingest_source(source_for_location(str(two), fmt="greenhouse", agency="Civic Works"))
    assert report.counts.merged == 1
    assert Job.objects.count() == 1


def test_usajobs_is_paged_with_its_key_and_user_agent(httpserver, settings):
    import json as jsonlib

    from jobboard.models import Source

    settings.INGEST_ALLOW_PRIVATE_URLS = True
    settings.USAJOBS_API_KEY = "test-key"
    settings.USAJOBS_USER_AGENT = "jobs@publictechpathways.org"
    document = jsonlib.loads((FIXTURES / "usajobs_la.json").read_text())
    items = document["SearchResult"]["SearchResultItems"][:2]

    def page(item):
        return jsonlib.dumps({"SearchResult": {
            "SearchResultCount": 1, "SearchResultCountAll": 2, "SearchResultItems": [item],
            "UserArea": {"NumberOfPages": "2"},
        }})  # fmt: skip

    headers = {"Authorization-Key": "test-key", "User-Agent": "jobs@publictechpathways.org"}
    for number, item in enumerate(items, start=1):
        httpserver.expect_ordered_request(
            "/api/search",
            query_string={"JobCategoryCode": "2210", "Page": str(number), "ResultsPerPage": "500"},
            headers=headers,
        ).respond_with_data(page(item), content_type="application/json")
    source = Source.objects.create(
        slug="usajobs-test", name="USAJOBS test", format="usajobs",
        url=httpserver.url_for("/api/search") + "?JobCategoryCode=2210",
    )  # fmt: skip
    report = ingest_source(source)
    assert report.ok, report.error
    assert report.complete
    assert report.counts.created == 2
    assert len(httpserver.log) == 2


def test_usajobs_without_a_key_is_a_clear_failure(settings):
    from jobboard.models import Source

    settings.USAJOBS_API_KEY = ""
    source = Source.objects.create(
        slug="usajobs-nokey", name="USAJOBS", format="usajobs",
        url="https://data.usajobs.gov/api/search?JobCategoryCode=2210",
    )  # fmt: skip
    report = ingest_source(source)
    assert not report.ok
    assert "USAJOBS_API_KEY" in report.error


def test_a_jobposting_page_without_identifiers_is_ingested_once_and_kept_on_a_second_read(
    httpserver, settings
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    httpserver.expect_request("/careers").respond_with_data(
        (FIXTURES / "jsonld_no_identifier.html").read_bytes(), content_type="text/html"
    )
    source = source_for_location(httpserver.url_for("/careers"), fmt="jsonld")
    first = ingest_source(source)
    assert first.ok, first.error
    assert first.counts.created == 3
    second = ingest_source(source)
    assert (second.counts.created, second.counts.closed) == (0, 0)
    titles = set(Job.objects.filter(status="open").values_list("title", flat=True))
    assert {"Transportation Data Analyst", "Senior Cybersecurity Engineer"} <= titles


def test_grouped_lever_postings_and_twice_escaped_greenhouse_content_ingest(tmp_path):
    grouped = source_for_location(
        str(FIXTURES / "lever_grouped.json"), fmt="auto", agency="CivicActions"
    )
    lever = ingest_source(grouped)
    assert lever.ok, lever.error
    assert lever.counts.created == 2
    greenhouse = source_for_location(
        str(FIXTURES / "greenhouse_double_escaped.json"), fmt="auto", agency="Code for America"
    )
    assert ingest_source(greenhouse).ok
    job = Job.objects.get(title="Product Manager, Safety Net Programs")
    assert "<li>Set the roadmap</li>" in job.description
    assert "&lt;" not in job.description_text
    assert job.role_family.slug == "product-delivery"
