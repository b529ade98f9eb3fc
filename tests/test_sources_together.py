"""Every connector's fixture read together, as ``manage.py ingest`` reads the directory: one
run of all the sources named, then a second. What a visitor would see: every source read,
jobs from each, technology titles in their role families and the rest left out of the
technology lists, each employer at its level of government, and one opening announced on two
boards shown once, with both listings.

One Source per connector format, reading a fixture of ``tests/fixtures/ingest/`` (their
origins are in each connector's own test): from the file where the format reads one document,
from a local server where it needs several requests (Workday: a search, then each posting's
detail) or its address carries a fragment (the directory's Cal State LA source keeps one campus
of the CSU's feed).

Hand-made for this test, to announce two openings on a second board:
- ``jsonld_calstatela_page.html``: Cal State LA's own careers page, a JobPosting for the
  Fiscal Analyst of ``pageup_csu.xml`` with the same employer, title and description (copied
  from the feed) at the page's own address.
- ``jsonld_lacounty_dph_page.html``: a County department's careers page, a JobPosting for the
  Information Technology Specialist I of ``lacounty_feed.xml`` naming the employer "Los Angeles
  County", with the bulletin's number as its identifier and the bulletin as its link.
"""

from __future__ import annotations

import io
import json
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from django.core.management import call_command
from django.db.models import Count
from django.test import override_settings

from jobboard.models import Job, JobSource, Source
from tests.demo import DatabaseCopy, an_hour_before_the_demo_day, load_demo
from tests.test_connector_workday import JOBS, SITE, served_details

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
CSU_FEED_PATH = "/873/cw/en-us/rss"

# Sources read from a file: slug, fixture, format, the employer when the fixture names none,
# and the source's level of government (as the directory gives it).
FILE_SOURCES = [
    ("usajobs-la", "usajobs_la.json", "usajobs", "", "federal"),
    ("la-county-bulletins", "lacounty_feed.xml", "rss", "County of Los Angeles", "county"),
    ("pasadena-jobs", "rss_lowercase_pubdate.xml", "rss", "", "city"),
    ("metro-careers", "jsonld_no_identifier.html", "jsonld", "", "special-district"),
    (
        "cfa-greenhouse",
        "greenhouse_double_escaped.json",
        "greenhouse",
        "Code for America",
        "nonprofit",
    ),
    ("civicactions-lever", "lever_grouped.json", "lever", "CivicActions", "private"),
    ("ashby-board", "ashby_ashby.json", "ashby", "Ashby", "private"),
    ("edjoin-la", "edjoin_search.json", "edjoin", "", "education"),
    ("smartrecruiters-companies", "smartrecruiters_postings.json", "smartrecruiters", "", ""),
    ("calcareers-posting", "calcareers_posting.html", "calcareers", "State of California", "state"),
    ("lausd-job", "successfactors_lausd_job.html", "successfactors", "", "education"),
    # The second boards, read after the boards they repeat.
    ("calstatela-careers", "jsonld_calstatela_page.html", "jsonld", "", "education"),
    ("lacounty-dph-careers", "jsonld_lacounty_dph_page.html", "jsonld", "", "county"),
]
CSU_LA = "csu-la"  # the directory's own source (seeded by ingest's migration)
WORKDAY = "workday-rockwell"
SLUGS = [CSU_LA, WORKDAY, *(slug for slug, *_ in FILE_SOURCES)]


def serve(server) -> None:
    """The CSU's PageUp feed, and a Workday site: its search page, then each detail."""
    feed = (FIXTURES / "pageup_csu.xml").read_bytes()
    server.expect_request(CSU_FEED_PATH).respond_with_data(feed, content_type="application/rss+xml")
    server.expect_request(f"{SITE}/jobs", method="POST").respond_with_data(
        JOBS.read_bytes(), content_type="application/json"
    )
    for path, detail in served_details().items():
        server.expect_request(SITE + path, method="GET").respond_with_json(detail)


def configure(server) -> None:
    """One Source per fixture; the directory's Cal State LA source read from the local server
    with its own fragment."""
    for slug, name, fmt, agency, level in FILE_SOURCES:
        Source.objects.create(
            slug=slug,
            name=slug,
            format=fmt,
            url=str(FIXTURES / name),
            agency_default=agency,
            government_level=level,
        )
    csu = Source.objects.get(slug=CSU_LA)
    csu.url = f"{server.url_for(CSU_FEED_PATH)}#{urlsplit(csu.url).fragment}"
    csu.save()
    Source.objects.create(
        slug=WORKDAY,
        name="Rockwell Automation",
        format="workday",
        url=server.url_for(f"{SITE}/jobs"),
        government_level="private",
    )


def ingest(*slugs: str) -> tuple[int, dict]:
    out = io.StringIO()
    try:
        call_command("ingest", *slugs, "--json", stdout=out, stderr=io.StringIO())
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, json.loads(out.getvalue())


def read_twice(server) -> dict:
    serve(server)
    configure(server)
    with override_settings(INGEST_ALLOW_PRIVATE_URLS=True):
        first = ingest(*SLUGS)
        second = ingest(*SLUGS)
    return {"first": first, "second": second}


@pytest.fixture(scope="module")
def runs(django_db_setup, django_db_blocker, make_httpserver):
    """Both runs, once for the module, on the demo's taxonomy and canonical agencies; the
    database is given back as it was when the module ends."""
    with django_db_blocker.unblock():
        before = DatabaseCopy()
        value = load_demo(
            jobs=False,
            pages=False,
            extra=lambda: read_twice(make_httpserver),
            clock=an_hour_before_the_demo_day,
        )
    yield value
    make_httpserver.clear()
    with django_db_blocker.unblock():
        before.restore()
        before.discard()


pytestmark = pytest.mark.django_db


def test_every_source_is_read_whole_and_gives_jobs(runs):
    code, first = runs["first"]
    assert code == 0, first["errors"]
    assert first["sources"] == [{"source": s, "ok": True, "complete": True} for s in SLUGS]
    for slug in SLUGS:
        assert JobSource.objects.filter(source__slug=slug).exists(), slug


def test_a_second_run_of_every_source_changes_nothing(runs):
    _, first = runs["first"]
    code, second = runs["second"]
    assert code == 0, second["errors"]
    assert (second["created"], second["updated"], second["merged"], second["closed"]) == (
        0,
        0,
        0,
        0,
    )
    assert second["unchanged"] == first["created"] + first["merged"]
    assert Job.objects.count() == first["created"]
    assert JobSource.objects.count() == first["created"] + first["merged"]


def test_technology_titles_from_every_board_fall_in_their_role_families(runs):
    expected = {
        "IT Specialist (APPSW)": "software-engineering",
        "Supervisory IT Specialist (INFOSEC)": "cybersecurity",
        "Departmental Information Security Officer II": "cybersecurity",
        "Student Worker - Information Technology": "it-support",
        "Information Technology Analyst II": "systems-analysis",
        "Senior Cybersecurity Engineer": "cybersecurity",
        "Transportation Data Analyst": "data-analytics",
        "Product Manager, Safety Net Programs": "product-delivery",
        "Senior Software Engineer, Benefits Delivery": "software-engineering",
        "Content Designer": "design-research",
        "Senior Software Engineer - Product": "software-engineering",
        "INFORMATION TECHNOLOGY SYSTEMS ANALYST": "systems-analysis",
        "CALPADS/SIS DATA ANALYST - SHORT TERM": "data-analytics",
        "Information Technology Trainee - Eligibility Pool": "it-support",
        "Intern, AI Software Engineering (June-August 2027)": "software-engineering",
        "Senior Data Analyst": "data-analytics",
    }
    families = dict(
        Job.objects.technology()
        .filter(raw_title__in=expected)
        .values_list("raw_title", "role_family__slug")
    )
    assert families == expected


def test_jobs_outside_technology_are_kept_out_of_the_technology_lists(runs):
    others = [
        "Office Technician (Typing) Scheduler-Region II, Fresno",
        "Fiscal Analyst",
        "HVAC Technician",
        "Facilities Technician (Bond Projects)",
        "Behavior Specialist / Board Certified Behavior Analyst (BCBA)",
        "Director, Customer Engagement",
        "Lead Warehouse Worker - (Technology and Information Services Department) **OPEN TO "
        "CURRENT CUSD EMPLOYEES ONLY**",
    ]
    assert Job.objects.filter(raw_title__in=others).count() == len(others)
    assert not Job.objects.technology().filter(raw_title__in=others).exists()


def test_each_employer_is_at_its_level_of_government(runs):
    expected = {
        "Veterans Health Administration": "federal",
        "Social Security Administration": "federal",
        "State of California": "state",
        "County of Los Angeles": "county",
        "City of Pasadena": "city",
        "Los Angeles County Metropolitan Transportation Authority": "special-district",
        "California State University, Los Angeles": "education",
        "Los Angeles Unified School District": "education",
        "Los Angeles County Office Of Education": "education",
        "Burbank Unified": "education",
        "Code for America": "nonprofit",
        "CivicActions": "private",
        "Ashby": "private",
        "Rockwell Automation (USA)": "private",
    }
    levels = dict(
        Job.objects.filter(agency__name__in=expected).values_list("agency__name", "agency__level")
    )
    assert levels == expected


def boards(job: Job) -> set[str]:
    return set(job.listings.values_list("source__slug", flat=True))


def test_a_cal_state_job_on_the_csu_feed_and_the_campus_page_is_one_job(runs):
    (job,) = Job.objects.filter(title="Fiscal Analyst")
    assert job.agency.name == "California State University, Los Angeles"
    assert boards(job) == {CSU_LA, "calstatela-careers"}
    assert job.apply_url.startswith("https://secure.dc4.pageuppeople.com/apply/873/")


def test_a_county_job_on_its_bulletin_feed_and_a_department_page_is_one_job(runs):
    (job,) = Job.objects.filter(title="Information Technology Specialist I")
    assert job.agency.name == "County of Los Angeles"  # the page says "Los Angeles County"
    assert boards(job) == {"la-county-bulletins", "lacounty-dph-careers"}
    assert job in Job.objects.visible().technology()


def test_no_opening_is_listed_twice(runs):
    _, first = runs["first"]
    assert first["merged"] == 2
    repeated = (
        Job.objects.values("agency", "title").annotate(copies=Count("id")).filter(copies__gt=1)
    )
    assert list(repeated) == []
