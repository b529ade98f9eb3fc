"""The directory of Los Angeles County's employers, adding a source from a careers page, and
each source's health, as an operator and an organizer see them.

The careers addresses below are each platform's public address forms (the employers' own
pages, e.g. personnel.lacity.gov naming governmentjobs.com/careers/lacity); the pages served
by the local server are the project's real-format fixtures."""

from __future__ import annotations

import importlib
import json
from datetime import timedelta
from io import StringIO
from pathlib import Path

import pytest
from django.apps import apps as django_apps
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.utils import timezone
from werkzeug import Response

from ingest.directory import DIRECTORY
from ingest.parsers import parse
from ingest.platforms import recognise
from ingest.tasks import enqueue_enabled_sources
from jobboard.models import Source
from tests.factories import SourceFactory

pytestmark = pytest.mark.django_db
FIXTURES = "tests/fixtures/ingest"


# Recognising a platform from a careers address.

CAREERS_PAGES = [
    (
        "https://www.governmentjobs.com/careers/lacity",
        "neogov",
        "rss",
        "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=lacity",
    ),
    (
        "https://www.governmentjobs.com/careers/lacounty/jobs/4812345/it-specialist",
        "neogov",
        "rss",
        "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=lacounty",
    ),
    (
        "https://www.schooljobs.com/careers/laccd",
        "neogov",
        "rss",
        "https://www.schooljobs.com/SearchEngine/JobsFeed?agency=laccd",
    ),
    (
        "https://ucla.wd1.myworkdayjobs.com/en-US/UCLACareers/details/Analyst_JR1",
        "workday",
        "workday",
        "https://ucla.wd1.myworkdayjobs.com/wday/cxs/ucla/UCLACareers/jobs",
    ),
    (
        "https://job-boards.greenhouse.io/codeforamerica",
        "greenhouse",
        "greenhouse",
        "https://boards-api.greenhouse.io/v1/boards/codeforamerica/jobs?content=true",
    ),
    (
        "https://boards.greenhouse.io/adhocteam/jobs/123",
        "greenhouse",
        "greenhouse",
        "https://boards-api.greenhouse.io/v1/boards/adhocteam/jobs?content=true",
    ),
    (
        "https://jobs.lever.co/civicactions",
        "lever",
        "lever",
        "https://api.lever.co/v0/postings/civicactions?mode=json",
    ),
    (
        "https://jobs.ashbyhq.com/mercor",
        "ashby",
        "ashby",
        "https://api.ashbyhq.com/posting-api/job-board/mercor?includeCompensation=true",
    ),
    (
        "https://careers.smartrecruiters.com/GDMSI",
        "smartrecruiters",
        "smartrecruiters",
        "https://api.smartrecruiters.com/v1/companies/GDMSI/postings",
    ),
    (
        "https://careers.pageuppeople.com/873/lb/en-us/listing/",
        "pageup",
        "pageup",
        "https://careers.pageuppeople.com/873/lb/en-us/rss",
    ),
    (
        "https://www.edjoin.org/Home/Jobs?countyID=19&keywords=technology",
        "edjoin",
        "edjoin",
        "https://www.edjoin.org/Home/LoadJobs?countyID=19&keywords=technology"
        "&sort=postingDate&order=desc",
    ),
    (
        "https://calcareers.ca.gov/CalHrPublic/Jobs/JobPosting.aspx?JobControlId=491234",
        "calcareers",
        "calcareers",
        "https://calcareers.ca.gov/CalHrPublic/Jobs/JobPosting.aspx?JobControlId=491234",
    ),
    (
        "https://calcareers.ca.gov/CalHrPublic/Search/JobSearchResults.aspx#county=Los Angeles",
        "calcareers",
        "calcareers",
        "https://calcareers.ca.gov/CalHrPublic/Search/JobSearchResults.aspx#county=Los Angeles",
    ),
    (
        "https://careers.pageuppeople.com/873/cw/en-us/listing/#campus=Long Beach",
        "pageup",
        "pageup",
        "https://careers.pageuppeople.com/873/cw/en-us/rss#campus=Long Beach",
    ),
    (
        "https://careers.lausd.org/pc/go/Information-Technology-Careers/9597200/",
        "successfactors",
        "successfactors",
        "https://careers.lausd.org/sitemap.xml",
    ),
    (
        "https://data.usajobs.gov/api/search?JobCategoryCode=2210",
        "usajobs",
        "usajobs",
        "https://data.usajobs.gov/api/search?JobCategoryCode=2210",
    ),
]


@pytest.mark.parametrize(("careers", "platform", "fmt", "url"), CAREERS_PAGES)
def test_every_platform_is_recognised_from_its_careers_address(careers, platform, fmt, url):
    found = recognise(careers)
    assert (found.platform, found.format, found.url) == (platform, fmt, url)


def add_source(*args: str) -> tuple[int, str, str]:
    out, err = StringIO(), StringIO()
    try:
        call_command("add_source", *args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exit_:
        code = exit_.code
    return code, out.getvalue(), err.getvalue()


def test_add_source_creates_a_disabled_source_and_prints_the_contract():
    code, out, _ = add_source(
        "https://www.governmentjobs.com/careers/baldwinpark", "--agency", "City of Baldwin Park",
        "--json",
    )  # fmt: skip
    assert code == 0
    printed = json.loads(out)
    assert printed == {
        "slug": "city-of-baldwin-park-neogov",
        "name": "City of Baldwin Park (NEOGOV)",
        "format": "rss",
        "url": "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=baldwinpark",
        "agency": "City of Baldwin Park",
        "government_level": "city",
    }
    source = Source.objects.get(slug=printed["slug"])
    assert (source.enabled, source.confirmed, source.platform) == (False, False, "neogov")
    assert "not read yet" in source.evidence
    # The same address again is the same source.
    code, out, _ = add_source("https://www.governmentjobs.com/careers/baldwinpark/jobs/1", "--json")
    assert json.loads(out)["slug"] == "city-of-baldwin-park-neogov"
    assert Source.objects.filter(url=printed["url"]).count() == 1


def test_add_source_takes_the_level_given_or_the_platforms():
    _, out, _ = add_source("https://www.edjoin.org/Home/Jobs?countyID=19", "--json")
    assert json.loads(out)["government_level"] == "education"
    _, out, _ = add_source(
        "https://jobs.lever.co/example-civic", "--agency", "Example Civic", "--level", "private",
        "--json",
    )  # fmt: skip
    assert json.loads(out)["government_level"] == "private"


def test_an_address_on_no_platform_and_without_postings_is_refused_in_one_sentence(
    httpserver, settings
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    httpserver.expect_request("/about").respond_with_data(
        "<html><body><h1>About us</h1></body></html>", content_type="text/html"
    )
    code, out, err = add_source(httpserver.url_for("/about"))
    assert code == 1
    assert out == ""
    assert err.count(".") >= 1
    assert err.strip().endswith("JobPosting markup.")
    assert "NEOGOV (governmentjobs.com/careers/<agency>)" in err
    assert "Traceback" not in err
    assert not Source.objects.filter(url=httpserver.url_for("/about")).exists()


def test_a_career_page_with_jobposting_markup_becomes_a_jsonld_source(httpserver, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    page = Path(f"{FIXTURES}/civic_jobs_page.html").read_bytes()
    httpserver.expect_request("/careers").respond_with_data(page, content_type="text/html")
    code, out, _ = add_source(httpserver.url_for("/careers"), "--agency", "Civic Works", "--json")
    assert code == 0
    assert json.loads(out)["format"] == "jsonld"
    assert Source.objects.get(slug=json.loads(out)["slug"]).platform == "jobposting"


def test_keys_in_a_source_address_are_never_printed():
    code, out, _ = add_source(
        "https://data.usajobs.gov/api/search?JobCategoryCode=2210&api_key=SECRET123", "--json"
    )
    assert code == 0
    assert "SECRET123" not in out
    assert "api_key=***" in out


# The directory.


def test_the_directory_lists_sixty_employers_across_every_level_with_evidence():
    seeded = Source.objects.filter(slug__in=[entry["slug"] for entry in DIRECTORY])
    assert seeded.count() == len(DIRECTORY) >= 60
    levels = set(seeded.values_list("government_level", flat=True))
    assert {"federal", "state", "county", "city", "special-district", "education"} <= levels
    assert {"nonprofit", "private"} & levels
    assert seeded.filter(government_level="city").count() >= 30
    for source in seeded:
        assert source.evidence, source.slug
        assert source.last_checked, source.slug
        assert source.platform, source.slug
        assert source.url.startswith("https://"), source.slug
    for employer in [
        "County of Los Angeles",
        "City of Los Angeles",
        "Los Angeles County Metropolitan Transportation Authority",
        "Los Angeles Unified School District",
        "State of California",
        "University of California, Los Angeles",
        "California State University, Dominguez Hills",
        "Metropolitan Water District of Southern California",
        "Southern California Association of Governments",
    ]:
        assert seeded.filter(agency_default=employer).exists(), employer


def test_each_cal_state_source_keeps_its_own_campus_of_the_csu_feed():
    # The real feed (pageup_csu.xml) names its campuses "Pomona" and "Los Angeles".
    feed = Path(FIXTURES, "pageup_csu.xml").read_bytes()
    csu_la = Source.objects.get(slug="csu-la")
    assert [listing.title for listing in parse(feed, "pageup", location=csu_la.url).listings] == [
        "Fiscal Analyst"
    ]
    northridge = Source.objects.get(slug="csu-northridge")
    assert parse(feed, "pageup", location=northridge.url).listings == []


def test_in_production_only_confirmed_directory_sources_start_enabled(settings):
    Source.objects.all().delete()
    settings.INGEST_SEED_SOURCES_ENABLED = True
    migration = importlib.import_module("ingest.migrations.0002_directory")
    migration.seed(django_apps, None)
    assert Source.objects.filter(enabled=True, confirmed=False).count() == 0
    enabled = set(Source.objects.filter(enabled=True).values_list("slug", flat=True))
    assert {"la-county", "la-city", "lausd", "csu-la", "edjoin-la-county"} <= enabled
    assert not Source.objects.get(slug="city-pasadena").enabled


# Health and back-off.


def failing_source(httpserver, settings, **fields) -> Source:
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    httpserver.expect_request("/feed").respond_with_response(Response("down", status=503))
    return SourceFactory(format="rss", url=httpserver.url_for("/feed"), **fields)


def test_a_failing_source_backs_off_longer_each_time_and_recovers(httpserver, settings):
    from ingest.pipeline import ingest_source

    source = failing_source(httpserver, settings)
    before = timezone.now()
    ingest_source(source)
    source.refresh_from_db()
    assert source.consecutive_failures == 1
    assert "503" in source.last_error
    assert timedelta(minutes=59) < source.retry_after - before < timedelta(minutes=61)
    assert enqueue_enabled_sources() == 0  # not read on schedule while it waits
    ingest_source(source)
    source.refresh_from_db()
    assert source.consecutive_failures == 2
    assert timedelta(minutes=119) < source.retry_after - before < timedelta(minutes=122)
    # It still is enabled: a failing source is retried, never disabled silently.
    assert source.enabled
    httpserver.clear()
    feed = Path(f"{FIXTURES}/lacounty_feed.xml").read_bytes()
    httpserver.expect_request("/feed").respond_with_data(feed, content_type="application/rss+xml")
    ingest_source(source)
    source.refresh_from_db()
    assert (source.consecutive_failures, source.retry_after, source.last_error) == (0, None, "")
    assert enqueue_enabled_sources() == 1


def test_sources_json_reports_every_sources_health(httpserver, settings):
    from ingest.pipeline import ingest_source

    Source.objects.all().delete()
    broken = failing_source(httpserver, settings, slug="broken-feed")
    ingest_source(broken)
    SourceFactory(slug="quiet", last_success_at=timezone.now() - timedelta(hours=49))
    SourceFactory(slug="fresh", last_success_at=timezone.now() - timedelta(hours=2))
    out = StringIO()
    call_command("sources", "--json", stdout=out)
    rows = {row["slug"]: row for row in json.loads(out.getvalue())}
    assert next(iter(rows)) == "broken-feed"  # failing first
    contract = {"slug", "format", "enabled", "confirmed", "last_success", "last_error",
                "consecutive_failures", "listings", "stale"}  # fmt: skip
    assert all(contract <= set(row) for row in rows.values())
    assert rows["broken-feed"]["consecutive_failures"] == 1
    assert "503" in rows["broken-feed"]["last_error"]
    assert (rows["quiet"]["stale"], rows["fresh"]["stale"]) == (True, False)


def test_an_error_naming_an_address_with_a_key_hides_the_key(httpserver, settings):
    from ingest.pipeline import ingest_source

    source = failing_source(httpserver, settings)
    source.url = httpserver.url_for("/feed") + "?token=SECRET123"
    source.save()
    ingest_source(source)
    out = StringIO()
    call_command("sources", stdout=out)
    call_command("sources", "--json", stdout=out)
    assert "SECRET123" not in out.getvalue()
    assert "token=***" in out.getvalue()  # the error named the address, its key hidden


def test_organizers_see_source_health_on_their_dashboard(
    client, django_user_model, httpserver, settings
):
    from ingest.pipeline import ingest_source

    Source.objects.all().delete()
    ingest_source(failing_source(httpserver, settings, name="Pasadena feed", enabled=True))
    SourceFactory(name="Quiet board", last_success_at=timezone.now() - timedelta(days=3))
    organizer = django_user_model.objects.create_user("organizer", password="x")
    organizer.groups.add(Group.objects.get(name="Organizers"))
    client.force_login(organizer)
    panel = client.get("/admin/").content.decode().split('id="ingest-sources', 1)[1]
    panel = panel.split("</section>")[0]
    assert "2 enabled sources: 1 failing, 2 stale" in panel
    assert panel.index("Pasadena feed") < panel.index("Quiet board")
    assert "1 in a row, next try after" in panel
    assert "Stale" in panel


# The admin: add from a careers page, then Ingest now confirms it.


def test_an_operator_adds_a_source_from_a_careers_page_and_ingest_now_confirms_it(
    admin_client, httpserver, settings
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    page = Path(f"{FIXTURES}/civic_jobs_page.html").read_bytes()
    httpserver.expect_request("/careers").respond_with_data(page, content_type="text/html")
    response = admin_client.post(
        "/django-admin/jobboard/source/from-careers-page/",
        {"url": httpserver.url_for("/careers"), "agency": "Civic Works", "level": "nonprofit"},
    )
    assert response.status_code == 302
    source = Source.objects.get(url=httpserver.url_for("/careers"))
    assert (source.enabled, source.confirmed, source.government_level) == (
        False,
        False,
        "nonprofit",
    )
    response = admin_client.post(
        "/django-admin/jobboard/source/",
        {"action": "ingest_now", "_selected_action": [source.pk]},
        follow=True,
    )
    html = response.content.decode()
    assert "created" in html
    assert "The source is now confirmed and enabled." in html
    source.refresh_from_db()
    assert source.confirmed
    assert source.enabled
    assert source.last_checked == timezone.localdate()
    assert "Read " in source.evidence
    assert "by admin" in source.evidence


def test_an_unknown_careers_address_is_refused_in_the_admin(admin_client):
    response = admin_client.post(
        "/django-admin/jobboard/source/from-careers-page/",
        {"url": "https://example.invalid/jobs", "agency": "", "level": ""},
    )
    assert response.status_code == 200
    assert "is on no platform this site reads" in response.content.decode()
