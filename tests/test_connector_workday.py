"""Workday career sites (CXS): a search page, with or without its postings' details, and one
detail read into listings (requisition ids, places, relative dates against the time of
reading, public links), and a site read from a local server: search pages by POST, then each
posting's detail; a failing detail or the page cap closes nothing.

Fixtures (real responses published in public repositories' tests):
- ``workday_jobs.json``: a search page of Rockwell Automation's early-careers site
  (``rockwellautomation.wd1.myworkdayjobs.com``, three postings, two of them "2 Locations"),
  from danielgeko/job-posting-agent ``tests/fixtures/workday_search.json``, unchanged.
- ``workday_detail_rockwell.json``: the detail of its first posting (R26-6980: two places,
  ``remoteType`` Hybrid, ``hiringOrganization``), from danielgeko/job-posting-agent
  ``tests/fixtures/workday_detail.json``, unchanged (its description was already cut there).
- ``workday_detail_nvidia.json``: an NVIDIA posting's detail (JR2021705, one place, no
  ``remoteType``), from lilliban/eu-job-feeds ``tests/fixtures/workday_detail.json``, unchanged.
The details of the other two Rockwell postings, served by the local server, are hand-made from
their search entries, as are the edge cases below (an ``endDate``, pay in prose, labels).
"""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest
from werkzeug import Response

from ingest.parsers import detect_format, parse, workday
from ingest.pipeline import ingest_source
from jobboard.models import Job, Source
from tests.clock import on_demo_day
from tests.test_connectors_pageup_ashby import run

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
JOBS = FIXTURES / "workday_jobs.json"
ROCKWELL = FIXTURES / "workday_detail_rockwell.json"
NVIDIA = FIXTURES / "workday_detail_nvidia.json"
SITE = "/wday/cxs/rockwellautomation/External-Rockwell-Automation-Early-Careers"
SEARCH = f"https://rockwellautomation.wd1.myworkdayjobs.com{SITE}/jobs"
PUBLIC = SEARCH.replace(f"{SITE}/jobs", "/External-Rockwell-Automation-Early-Careers")
# The second day after the Rockwell postings went up (their detail's startDate 2026-09-25,
# their search entry "Posted 2 Days Ago"), in the morning in Los Angeles.
READ_AT = datetime(2026, 9, 27, 16, 0, tzinfo=UTC)


def by_id(data: bytes, *, location: str = SEARCH, now: datetime = READ_AT) -> dict:
    return {i.external_id: i for i in workday.parse(data, location=location, now=now).listings}


def merged_page() -> bytes:
    """The search page as the reader hands it on: its first posting with its real detail."""
    page = json.loads(JOBS.read_text())
    page["jobPostings"][0] |= json.loads(ROCKWELL.read_text())
    return json.dumps(page).encode()


def test_a_workday_search_page_and_a_detail_are_recognised():
    assert detect_format(JOBS.read_bytes()) == "workday"
    assert detect_format(ROCKWELL.read_bytes()) == "workday"
    assert detect_format(merged_page()) == "workday"


def test_a_bare_workday_search_page_gives_ids_titles_places_dates_and_public_links():
    items = by_id(JOBS.read_bytes())
    assert list(items) == ["R26-6980", "R26-6982", "R26-6871"]  # from bulletFields
    intern, _, otto = items.values()
    assert intern.title == "Intern, AI Software Engineering (June-August 2027)"
    assert intern.location == ""  # "2 Locations" names none
    assert intern.posted_at == "2026-09-25"  # "Posted 2 Days Ago"
    assert (
        intern.url
        == intern.apply_url
        == (
            f"{PUBLIC}/job/Mayfield-Heights-Ohio-United-States/"
            "Intern--AI-Software-Engineering--June-August-2027-_R26-6980"
        )
    )
    assert (intern.employer, intern.description) == ("", "")
    assert otto.title == (
        "Co-op, Robotics Research \u2013 Data Engineering (OTTO at Rockwell Automation)"
    )
    assert (otto.location, otto.posted_at) == ("Waterloo, Ontario, Canada", "2026-09-18")


def test_a_workday_page_read_from_a_file_has_no_public_link_without_a_detail():
    (intern, *_) = parse(JOBS.read_bytes(), "workday", location="/tmp/workday_jobs.json").listings
    assert intern.url == ""


def test_a_posting_with_its_detail_merged_reads_the_detail():
    items = by_id(merged_page())
    intern = items["R26-6980"]
    assert intern.employer == "Rockwell Automation (USA)"
    assert intern.location == (
        "Mayfield Heights, Ohio, United States; Milwaukee, Wisconsin, United States"
    )
    assert (intern.remote, intern.employment_type) == ("hybrid", "Full time")
    assert intern.posted_at == "2026-09-25"  # startDate
    assert intern.closes_at == ""
    assert intern.url.startswith(f"{PUBLIC}/job/Mayfield-Heights-Ohio-United-States/Intern--")
    assert "AI Software Engineering Co-op role involves" in intern.description
    assert items["R26-6982"].description == ""  # no detail for it on this page


def test_one_real_workday_detail_is_read_on_its_own():
    (item,) = parse(NVIDIA.read_bytes(), "workday").listings
    assert (item.external_id, item.title) == (
        "JR2021705",
        "Practical Hardware Electronics Test Engineer",
    )
    assert (item.employer, item.location) == ("IL00 Mellanox Technologies, Ltd.", "Israel, Yokneam")
    assert (item.remote, item.posted_at) == ("", "2026-08-02")
    assert item.url == (
        "https://nvidia.wd5.myworkdayjobs.com/NVIDIAExternalCareerSite/job/Israel-Yokneam/"
        "Practical-Hardware-Electronics-Test-Engineer_JR2021705"
    )
    assert "<b>What we need to see:</b>" in item.description


def test_an_end_date_is_the_closing_date():
    detail = json.loads(NVIDIA.read_text())
    detail["jobPostingInfo"]["endDate"] = "2026-10-31"
    (item,) = parse(json.dumps(detail).encode(), "workday").listings
    assert item.closes_at == "2026-10-31"


@pytest.mark.parametrize(
    ("label", "date"),
    [
        ("Posted Today", "2026-09-26"),
        ("Posted Yesterday", "2026-09-25"),
        ("Posted 3 Days Ago", "2026-09-23"),
        ("Posted 1 Day Ago", "2026-09-25"),
        ("Posted 30+ Days Ago", "2026-08-27"),  # at least 30 days: read as 30
        ("posted today", "2026-09-26"),
        ("Recently posted", ""),
        ("", ""),
    ],
)
def test_relative_posting_dates_are_read_on_the_los_angeles_calendar(label, date):
    # 03:00 UTC on 27 September is still the evening of the 26th in Los Angeles.
    assert workday.posted_date(label, datetime(2026, 9, 27, 3, 0, tzinfo=UTC)) == date


def test_a_bad_workday_posting_is_skipped_and_reported():
    page = json.loads(JOBS.read_text())
    del page["jobPostings"][1]["title"]
    page["jobPostings"].append("not a posting")
    result = parse(json.dumps(page).encode(), "workday")
    assert [i.external_id for i in result.listings] == ["R26-6980", "R26-6871"]
    assert result.errors == [
        "Workday item 2 skipped: no id or no title.",
        "Workday item 4 skipped: AttributeError: 'str' object has no attribute 'get'",
    ]


# A document that is not a Workday page or detail is one sentence: its cases are in
# test_connectors_pageup_ashby.test_a_document_not_in_the_format_named_is_one_sentence.


# Ingest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "agency", "count", "title"),
    [
        (ROCKWELL, "", 1, "Intern, AI Software Engineering (June-August 2027)"),
        (NVIDIA, "", 1, "Practical Hardware Electronics Test Engineer"),
        (JOBS, "Rockwell Automation", 3, "Co-op, AI Software Engineering (6-8 months)"),
    ],
)
def test_the_ingest_command_reads_a_workday_file_and_a_second_run_changes_nothing(
    path, agency, count, title
):
    args = ["ingest", "--file", str(path), "--format", "workday", "--json"]
    args += ["--agency", agency] if agency else []
    with on_demo_day():
        code, first = run(*args)
        assert code == 0, first
        assert (first["created"], first["skipped"]) == (count, 0)
        code, second = run(*args)
    assert code == 0
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, count)
    assert second["closed"] == 0
    assert Job.objects.get(raw_title=title).status == "open"


@pytest.mark.django_db
def test_pay_stated_in_a_workday_description_is_read(tmp_path):
    detail = json.loads(NVIDIA.read_text())
    # Hand-made: this posting states no pay.
    pay = "<p>The base salary range is $148,000 - $287,500 per year.</p>"
    detail["jobPostingInfo"]["jobDescription"] += pay
    path = tmp_path / "workday_pay.json"
    path.write_text(json.dumps(detail))
    code, report = run("ingest", "--file", str(path), "--format", "workday", "--json")
    assert code == 0, report
    job = Job.objects.get(raw_title="Practical Hardware Electronics Test Engineer")
    assert (job.salary_min, job.salary_max, job.pay_interval) == (148000, 287500, "year")


def served_details() -> dict[str, dict]:
    """Each Rockwell posting's detail by its externalPath: the real one for the first, the
    others hand-made from their search entries (no externalUrl: the link is built)."""
    postings = json.loads(JOBS.read_text())["jobPostings"]
    details = {postings[0]["externalPath"]: json.loads(ROCKWELL.read_text())}
    for posting in postings[1:]:
        details[posting["externalPath"]] = {
            "jobPostingInfo": {
                "title": posting["title"],
                "jobDescription": f"<p>{posting['title']}: a co-op term.</p>",
                "location": "Waterloo, Ontario, Canada",
                "startDate": "2026-09-18",
                "timeType": "Full time",
                "jobReqId": posting["bulletFields"][0],
            },
            "hiringOrganization": {"name": "Rockwell Automation (USA)", "url": ""},
        }
    return details


def site(httpserver, settings, monkeypatch, state: dict) -> Source:
    """A local Workday site: pages of two postings, ``total`` only on the first (as Workday
    has been reported to answer), each detail at the site's address plus its externalPath."""
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    monkeypatch.setattr("ingest.pipeline.WORKDAY_PAGE_SIZE", 2)
    postings = json.loads(JOBS.read_text())["jobPostings"]
    details = served_details()

    def search(request):
        asked = json.loads(request.data)
        state.setdefault("searches", []).append(asked)
        offset, limit = asked["offset"], asked["limit"]
        page = {
            "total": len(postings) if offset == 0 else 0,
            "jobPostings": postings[offset : offset + limit],
            "userAuthenticated": False,
        }
        return Response(json.dumps(page), content_type="application/json")

    def detail(request):
        path = request.path.removeprefix(SITE)
        state.setdefault("details", []).append(path)
        if path in state.get("broken", ()):
            return Response("Not Found", status=404)
        return Response(json.dumps(details[path]), content_type="application/json")

    httpserver.expect_request(f"{SITE}/jobs", method="POST").respond_with_handler(search)
    for path in details:
        httpserver.expect_request(SITE + path, method="GET").respond_with_handler(detail)
    return Source.objects.create(
        slug="workday-rockwell",
        name="Workday: Rockwell Automation early careers",
        format="workday",
        url=httpserver.url_for(f"{SITE}/jobs"),
    )


@pytest.mark.django_db
def test_a_workday_site_is_read_page_by_page_with_details_and_again_unchanged(
    httpserver, settings, monkeypatch
):
    state: dict = {}
    source = site(httpserver, settings, monkeypatch, state)
    report = ingest_source(source)
    assert report.ok, report.error
    assert report.complete
    assert report.counts.created == 3
    blank = {"appliedFacets": {}, "limit": 2, "searchText": ""}
    assert state["searches"] == [blank | {"offset": 0}, blank | {"offset": 2}]
    assert [p.rsplit("_", 1)[-1] for p in state["details"]] == ["R26-6980", "R26-6982", "R26-6871"]
    intern = Job.objects.get(raw_title="Intern, AI Software Engineering (June-August 2027)")
    assert intern.agency.name == "Rockwell Automation (USA)"
    assert intern.work_arrangement == "hybrid"
    assert "Milwaukee, Wisconsin" in intern.location
    assert intern.source_url.startswith("https://rockwellautomation.wd1.myworkdayjobs.com/")
    otto = Job.objects.get(raw_title__startswith="Co-op, Robotics Research")
    assert otto.source_url == httpserver.url_for(
        "/External-Rockwell-Automation-Early-Careers" + otto_path()
    )
    again = ingest_source(source)
    assert again.ok
    assert again.complete
    assert (again.counts.created, again.counts.updated, again.counts.closed) == (0, 0, 0)
    assert again.counts.unchanged == 3


def otto_path() -> str:
    return json.loads(JOBS.read_text())["jobPostings"][2]["externalPath"]


@pytest.mark.django_db
def test_a_failing_workday_detail_skips_that_posting_and_closes_nothing(
    httpserver, settings, monkeypatch
):
    state: dict = {}
    source = site(httpserver, settings, monkeypatch, state)
    assert ingest_source(source).counts.created == 3
    state["broken"] = {otto_path()}  # on the second of two pages
    report = ingest_source(source)
    assert report.ok, report.error
    assert not report.complete
    assert report.counts.closed == 0
    assert (report.counts.unchanged, report.counts.skipped) == (2, 1)
    assert report.counts.errors[0].startswith(f"Workday posting {otto_path()} not read: ")
    assert report.counts.errors[0].endswith("answered HTTP 404.")
    assert Job.objects.filter(status="open").count() == 3


@pytest.mark.django_db
def test_a_workday_search_longer_than_the_page_cap_is_incomplete_and_closes_nothing(
    httpserver, settings, monkeypatch
):
    state: dict = {}
    source = site(httpserver, settings, monkeypatch, state)
    assert ingest_source(source).counts.created == 3
    monkeypatch.setattr("ingest.pipeline.WORKDAY_MAX_PAGES", 1)
    report = ingest_source(source)
    assert report.ok
    assert not report.complete
    assert (report.counts.unchanged, report.counts.closed) == (2, 0)
    assert Job.objects.filter(status="open").count() == 3
