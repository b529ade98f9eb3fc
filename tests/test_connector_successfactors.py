"""SAP SuccessFactors career sites (LAUSD's careers.lausd.org): a job page's microdata read into
a listing, a closed page read as no listing, the sitemap's job pages chosen, and a site read from
a local server: the sitemap, then each job page; a closed page closes the job it showed, a
failing page closes nothing. The ``jsonld`` format reads the same microdata pages.

Fixtures (no captured careers.lausd.org page or SuccessFactors job page was found in the public
index, so these are hand-assembled in the markup that public scrapers document for them; their
postings, ids and dates are made up, not LAUSD's):
- ``successfactors_lausd_sitemap.xml``: a sitemap in LAUSD's address forms (``/pc/job/<slug>/
  <id>/``, ``/hr/job/...``, content and ``/pc/go/`` category pages), as documented by the public
  LAUSD scraper (index id 69774524006) and the research notes; one page on another host.
- ``successfactors_lausd_job.html`` and ``successfactors_lausd_teacher.html``: job pages in the
  SuccessFactors markup (``jobDisplayShell`` with ``itemtype="http://schema.org/JobPosting"``,
  ``<span itemprop="title" data-careersite-propertyid="title">``, ``<meta itemprop="datePosted"
  content="Sun Sep 13 07:00:00 UTC 2026">``, a bare-name ``hiringOrganization``, the place as
  ``addressLocality``/``addressRegion`` or only ``streetAddress``, ``<span itemprop=
  "description"><span class="jobdescription">``) documented by public SuccessFactors scrapers
  (the carrera.sonda.com reference, the Deloitte and ANZ notes) and LAUSD's ``<h2><u><b>``
  sections and salary line as quoted by the LAUSD scraper.
- ``successfactors_lausd_closed.html``: hand-made edge case, a closed posting's page, its body
  the notice the LAUSD scraper quotes ("This position has closed or is no longer available.").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from werkzeug import Response

from ingest.parsers import detect_format, parse
from ingest.parsers.successfactors import job_pages
from ingest.pipeline import ingest_source
from ingest.records import ParseError
from jobboard.models import Job, Source
from tests.test_connectors_pageup_ashby import run

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SITEMAP = FIXTURES / "successfactors_lausd_sitemap.xml"
JOB = FIXTURES / "successfactors_lausd_job.html"
TEACHER = FIXTURES / "successfactors_lausd_teacher.html"
CLOSED = FIXTURES / "successfactors_lausd_closed.html"
SITE = "https://careers.lausd.org"
ANALYST_PATH = "/pc/job/Los-Angeles-Senior-Data-Analyst-CA/1200000001/"
TEACHER_PATH = "/hr/job/Los-Angeles-Computer-Science-Teacher-CA/1200000002/"
OLD_PATH = "/pc/job/Los-Angeles-IT-Support-Technician-CA/1100000003/"


def test_a_successfactors_job_page_is_recognised_and_its_microdata_read():
    assert detect_format(JOB.read_bytes()) == "successfactors"
    result = parse(JOB.read_bytes(), "successfactors", location=SITE + ANALYST_PATH)
    assert result.errors == []
    (item,) = result.listings
    assert (item.external_id, item.title) == ("1200000001", "Senior Data Analyst")
    assert item.employer == "Los Angeles Unified School District"
    assert (item.location, item.city, item.state) == ("Los Angeles, CA", "Los Angeles", "CA")
    assert item.posted_at == "Sun Sep 13 07:00:00 UTC 2026"
    assert item.closes_at == "Thu Dec 31 08:00:00 UTC 2026"
    assert item.url == item.apply_url == SITE + ANALYST_PATH
    assert "<h2><u><b>SALARY DETAILS</b></u></h2>" in item.description
    assert "Updated Salary: $145,146 - $180,269 Annually" in item.description


def test_a_certificated_page_with_only_a_street_address_keeps_that_place():
    (item,) = parse(TEACHER.read_bytes(), "successfactors", location=SITE + TEACHER_PATH).listings
    assert (item.external_id, item.title) == ("1200000002", "Computer Science Teacher")
    assert item.location == "Los Angeles, CA, US"
    assert item.closes_at == ""


def test_a_closed_page_is_no_listing_and_no_error_but_talk_of_closing_is_not_closed():
    result = parse(CLOSED.read_bytes(), "successfactors", location=SITE + ANALYST_PATH)
    assert (result.listings, result.errors, result.complete) == ([], [], True)
    page = JOB.read_bytes().replace(
        b"<p>Plans and", b"<p>Applications after the deadline are no longer available. Plans and"
    )
    assert len(parse(page, "successfactors", location=SITE + ANALYST_PATH).listings) == 1


def test_the_sitemap_gives_its_own_job_pages_newest_first_and_a_fragment_keeps_paths():
    data = SITEMAP.read_bytes()
    assert job_pages(data, SITE + "/sitemap.xml") == [
        SITE + TEACHER_PATH,
        SITE + ANALYST_PATH,
        SITE + OLD_PATH,
    ]
    kept = job_pages(data, SITE + "/sitemap.xml#path=/pc/")
    assert kept == [SITE + ANALYST_PATH, SITE + OLD_PATH]


@pytest.mark.parametrize(
    ("document", "words"),
    [
        (b"<sitemapindex xmlns='http://www.sitemaps.org/schemas/sitemap/0.9'/>", "sitemap index"),
        (b"<html><body>Maintenance</body></html>", "not a sitemap"),
        (b"<urlset", "not a readable sitemap"),
    ],
)
def test_a_sitemap_that_cannot_be_read_is_one_sentence(document, words):
    with pytest.raises(ParseError) as caught:
        job_pages(document, SITE + "/sitemap.xml")
    assert words in str(caught.value)
    assert str(caught.value).endswith(".")


# Ingest


@pytest.mark.django_db
@pytest.mark.parametrize("fmt", ["successfactors", "jsonld"])
def test_the_ingest_command_reads_a_microdata_job_page_file_and_a_second_run_changes_nothing(fmt):
    args = ("ingest", "--file", str(JOB), "--format", fmt, "--json")
    code, first = run(*args)
    assert code == 0, first
    assert (first["created"], first["skipped"]) == (1, 0)
    code, second = run(*args)
    assert code == 0
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 1)
    job = Job.objects.get(raw_title="Senior Data Analyst")
    assert (job.salary_min, job.salary_max) == (145146, 180269)
    assert job.closes_at.isoformat() == "2026-12-31T08:00:00+00:00"
    assert "Plans and carries out the analysis" in job.description


def site(httpserver, settings, state: dict, *, fragment: str = "") -> Source:
    """careers.lausd.org on a local server: its sitemap with every address moved there, and its
    job pages (one served closed, or failing, when the test says so)."""
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    base = httpserver.url_for("").rstrip("/")
    sitemap = SITEMAP.read_bytes().replace(SITE.encode(), base.encode())
    pages = {ANALYST_PATH: JOB, TEACHER_PATH: TEACHER, OLD_PATH: CLOSED}

    def serve(request):
        state.setdefault("seen", []).append(request.full_path.rstrip("?"))
        if request.path == "/robots.txt":
            return Response(state.get("robots", "User-agent: *\nDisallow: /talentcommunity/\n"))
        if request.path == "/sitemap.xml":
            return Response(sitemap, content_type="application/xml")
        if request.path in state.get("broken", ()):
            return Response("Not Found", status=404)
        page = CLOSED if request.path in state.get("closed", ()) else pages[request.path]
        return Response(page.read_bytes(), content_type="text/html")

    for path in ("/robots.txt", "/sitemap.xml", *pages):
        httpserver.expect_request(path).respond_with_handler(serve)
    return Source.objects.create(
        slug="lausd-test-site", name="LAUSD", format="successfactors",
        url=httpserver.url_for("/sitemap.xml") + fragment,
    )  # fmt: skip


def pages_read(state: dict) -> list[str]:
    return [path for path in state["seen"] if "/job/" in path]


@pytest.mark.django_db
def test_a_successfactors_site_is_read_from_its_sitemap_page_by_page_and_again_unchanged(
    httpserver, settings
):
    state: dict = {}
    source = site(httpserver, settings, state)
    report = ingest_source(source)
    assert report.ok, report.error
    assert report.complete
    assert (report.counts.created, report.counts.skipped) == (2, 0)
    assert state["seen"][:2] == ["/robots.txt", "/sitemap.xml"]
    assert pages_read(state) == [TEACHER_PATH, ANALYST_PATH, OLD_PATH]  # newest first
    analyst = Job.objects.get(raw_title="Senior Data Analyst")
    assert analyst.apply_url == httpserver.url_for(ANALYST_PATH)
    again = ingest_source(source)
    assert again.ok
    assert again.complete
    assert (again.counts.created, again.counts.updated, again.counts.closed) == (0, 0, 0)
    assert again.counts.unchanged == 2
    assert Job.objects.filter(status="open").count() == 2


@pytest.mark.django_db
def test_a_page_that_now_says_the_position_has_closed_closes_its_job(httpserver, settings):
    state: dict = {}
    source = site(httpserver, settings, state)
    assert ingest_source(source).counts.created == 2
    state["closed"] = {ANALYST_PATH}
    report = ingest_source(source)
    assert report.ok, report.error
    assert report.complete
    assert (report.counts.closed, report.counts.unchanged, report.counts.skipped) == (1, 1, 0)
    assert Job.objects.get(raw_title="Senior Data Analyst").status == "closed"
    assert Job.objects.get(raw_title="Computer Science Teacher").status == "open"


@pytest.mark.django_db
@pytest.mark.parametrize("broken", [TEACHER_PATH, OLD_PATH])  # first page read, and last
def test_a_failing_job_page_skips_its_posting_and_closes_nothing(httpserver, settings, broken):
    state: dict = {}
    source = site(httpserver, settings, state)
    assert ingest_source(source).counts.created == 2
    state["broken"] = {broken, ANALYST_PATH}
    report = ingest_source(source)
    assert report.ok, report.error
    assert not report.complete
    assert report.counts.closed == 0
    assert report.counts.skipped == 2
    assert (
        f"SuccessFactors job page {httpserver.url_for(ANALYST_PATH)} not read: "
        f"{httpserver.url_for(ANALYST_PATH)} answered HTTP 404."
    ) in report.counts.errors
    assert Job.objects.filter(status="open").count() == 2


@pytest.mark.django_db
def test_no_readable_job_page_fails_the_read(httpserver, settings):
    state: dict = {"broken": {ANALYST_PATH, TEACHER_PATH, OLD_PATH}}
    report = ingest_source(site(httpserver, settings, state))
    assert not report.ok
    assert report.error.startswith("No job page of ")
    assert report.error.endswith("answered HTTP 404.")


@pytest.mark.django_db
def test_a_sitemap_longer_than_the_page_cap_is_read_newest_first_and_closes_nothing(
    httpserver, settings, monkeypatch
):
    state: dict = {}
    source = site(httpserver, settings, state)
    assert ingest_source(source).counts.created == 2
    state["seen"] = []
    monkeypatch.setattr("ingest.pipeline.SUCCESSFACTORS_MAX_PAGES", 1)
    report = ingest_source(source)
    assert report.ok
    assert not report.complete
    assert (report.counts.unchanged, report.counts.closed) == (1, 0)
    assert pages_read(state) == [TEACHER_PATH]
    assert Job.objects.filter(status="open").count() == 2


@pytest.mark.django_db
def test_a_path_fragment_keeps_only_those_pages_and_is_never_sent(httpserver, settings):
    state: dict = {}
    report = ingest_source(site(httpserver, settings, state, fragment="#path=/pc/"))
    assert report.ok, report.error
    assert report.complete
    assert report.counts.created == 1
    assert "/sitemap.xml" in state["seen"]
    assert pages_read(state) == [ANALYST_PATH, OLD_PATH]
    assert not Job.objects.filter(raw_title="Computer Science Teacher").exists()


@pytest.mark.django_db
def test_a_page_robots_txt_disallows_is_not_fetched_and_leaves_the_read_incomplete(
    httpserver, settings
):
    state: dict = {"robots": "User-agent: *\nDisallow: /hr/\n"}
    report = ingest_source(site(httpserver, settings, state))
    assert report.ok, report.error
    assert not report.complete
    assert report.counts.created == 1
    assert TEACHER_PATH not in pages_read(state)
    assert "robots.txt" in report.counts.errors[0]
