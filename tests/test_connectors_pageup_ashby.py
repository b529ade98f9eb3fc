"""PageUp career feeds and Ashby job boards: real responses read into listings, pay made
annual, remote and hybrid found, bad documents one sentence, and a second read changes nothing.

Fixtures (real responses, trimmed to a few items with descriptions shortened):
- ``pageup_csu.xml``: the CSU's feed ``careers.pageuppeople.com/873/cw/en-us/rss`` (Cal Poly
  Pomona and Cal State LA items), as captured in bteh/questboard
  ``tests/fixtures/csu_careers_rss.xml``.
- ``pageup_jwu_hybrid.xml``: Johnson & Wales' feed ``careers.pageuppeople.com/859/cw/en-us``
  ("Work Arrangement|Hybrid"), as captured in sarthakjain004/headstart
  ``tests/fixtures/pageup_hybrid_categories.xml``.
- ``ashby_mercor.json``: jobs of the ``mercor`` board (``jobs.ashbyhq.com/mercor``) and
  ``ashby_ashby.json``: a job of Ashby's own board
  (``api.ashbyhq.com/posting-api/job-board/Ashby?includeCompensation=true``), both from
  captures published in public repositories.
"""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from django.core.management import call_command

from ingest.parsers import detect_format, parse
from ingest.parsers.pageup import categories, pay_in_prose
from ingest.pipeline import ingest_source
from ingest.records import ParseError
from jobboard.models import Job, Source

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
CSU_FEED = "https://careers.pageuppeople.com/873/cw/en-us/rss"


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("pageup_csu.xml", "pageup"),
        ("pageup_jwu_hybrid.xml", "pageup"),
        ("ashby_mercor.json", "ashby"),
        ("ashby_ashby.json", "ashby"),
        ("lacounty_feed.xml", "rss"),
        ("greenhouse_civic.json", "greenhouse"),
    ],
)
def test_pageup_and_ashby_documents_are_told_apart_from_rss_and_greenhouse(name, fmt):
    assert detect_format(read(name)) == fmt


# PageUp


def test_pageup_items_carry_reference_numbers_pay_dates_and_workplace():
    result = parse(read("pageup_csu.xml"), "pageup")
    assert result.errors == []
    assert result.complete
    pomona, csula = result.listings
    assert (pomona.external_id, pomona.title) == ("562857", "Administrative Analyst")
    assert pomona.url == "https://careers.pageuppeople.com/873/cw/en-us/job/562857"
    assert "lJobID=562857" in pomona.apply_url
    # The hiring range, not the classification's "$5,274 and maximum $7,684 per month".
    assert (pomona.pay_min, pomona.pay_max, pomona.pay_interval) == ("5274", "5597", "month")
    assert pomona.pay_currency == "USD"
    assert pomona.remote == "onsite"
    assert pomona.employment_type == "Full Time"
    assert (pomona.department, pomona.location) == ("Pomona", "Pomona")
    assert pomona.posted_at == "2026-10-08T16:00:00Z"
    assert pomona.closes_at == "2026-10-23T06:55:00+00:00"
    assert "<strong>Anticipated Hiring Range: </strong>" in pomona.description
    # "Budgeted Hiring Salary Range $4,799 - $5,299/Monthly" beats the wider "Salary Range".
    assert (csula.external_id, csula.title, csula.location) == (
        "552865",
        "Fiscal Analyst",
        "Los Angeles",
    )
    assert (csula.pay_min, csula.pay_max, csula.pay_interval) == ("4799", "5299", "month")
    assert csula.closes_at == ""  # open until filled


def test_pageup_work_arrangement_hybrid_and_annualized_compensation():
    (listing,) = parse(read("pageup_jwu_hybrid.xml"), "pageup").listings
    assert listing.title == "Director of Communications & Media Relations"
    assert listing.remote == "hybrid"
    assert listing.location == "Providence, Rhode Island"  # a comma inside one place
    assert (listing.pay_min, listing.pay_max, listing.pay_interval) == ("105000", "110000", "year")
    assert listing.employment_type == "Full Time"  # job:workType when no Time Basis pair


def test_pageup_categories_are_key_value_pairs_and_pay_prose_variants():
    pairs = categories(
        "Appointment Type|Temporary,Time Basis|Full Time,Job Search Category/Discipline|"
        "Administrative,Job Search Category/Discipline|Information Systems & Technology"
    )
    assert pairs["Time Basis"] == ["Full Time"]
    assert pairs["Job Search Category/Discipline"] == [
        "Administrative",
        "Information Systems & Technology",
    ]
    fullerton = (
        "<p>Classification Range $4,595 - $6,694 per month</p><p>(Hiring range depending on "
        "qualifications, not anticipated to exceed $4,595 - $4,974 per month)</p>"
    )
    assert pay_in_prose(fullerton) == ("4595", "4974", "month")
    assert pay_in_prose("<p>Salary: $32.50 to $40.00 hourly</p>") == ("32.50", "40.00", "hour")
    assert pay_in_prose("<p>Salary commensurate with experience.</p>") == ("", "", "")


def test_a_pageup_source_may_keep_only_some_campuses():
    kept = parse(read("pageup_csu.xml"), "pageup", location=CSU_FEED + "#campus=Los%20Angeles")
    assert [listing.title for listing in kept.listings] == ["Fiscal Analyst"]
    both = parse(read("pageup_csu.xml"), "pageup", location=CSU_FEED + "#campus=pomona,Los Angeles")
    assert len(both.listings) == 2
    assert len(parse(read("pageup_csu.xml"), "pageup", location=CSU_FEED).listings) == 2


def test_a_bad_pageup_item_is_skipped_and_reported():
    feed = read("pageup_csu.xml").replace(b"<title>Fiscal Analyst</title>", b"<title></title>")
    result = parse(feed, "pageup")
    assert [listing.external_id for listing in result.listings] == ["562857"]
    assert result.errors == ["PageUp item 2 skipped: no id or no title."]


# Ashby


def test_ashby_jobs_carry_ids_teams_places_remote_and_salary_components():
    result = parse(read("ashby_mercor.json"), "ashby")
    assert result.errors == []
    assert result.complete
    generalist, london, fellowship, mexico = result.listings
    assert generalist.external_id == "5bef09c2-fc72-4f20-8bd3-1b221cfa89d0"
    assert generalist.title == "Administrative Generalist"
    assert generalist.team == "Operations / Admin"
    assert (generalist.city, generalist.state, generalist.remote) == (
        "San Francisco",
        "California",
        "onsite",
    )
    # The Salary component, not the bonus or the equity beside it.
    assert (generalist.pay_min, generalist.pay_max, generalist.pay_interval) == (
        "100000",
        "120000",
        "year",
    )
    assert generalist.pay_currency == "USD"
    assert generalist.posted_at == "2026-04-18T00:34:24.377+00:00"
    assert generalist.employment_type == "Full Time"
    assert generalist.url.endswith("/mercor/5bef09c2-fc72-4f20-8bd3-1b221cfa89d0")
    assert generalist.apply_url.endswith("/application")
    assert "Compensation: $100K" in generalist.description
    assert (london.pay_min, london.pay_max, london.pay_currency) == ("89500", "149200", "GBP")
    # Secondary locations given as names; a one-off stipend is no yearly pay.
    assert fellowship.location == "San Francisco; New York City; London"
    assert fellowship.remote == "remote"
    assert fellowship.title == "Mercor Research Fellowship \u2014 APEX"
    assert (fellowship.pay_min, fellowship.pay_interval) == ("", "")
    assert "$40K" not in fellowship.description
    assert (mexico.pay_min, mexico.location) == ("", "Mexico | Mexico City")


def test_ashby_plain_description_and_is_remote_without_workplace_type():
    (job,) = parse(read("ashby_ashby.json"), "ashby").listings
    assert job.title == "Senior Software Engineer - Product"
    assert job.remote == "remote"
    assert job.description.startswith("Hi ")
    assert job.description.endswith(
        "Compensation: \u00a391K \u2013 \u00a3115K \u2022 Offers Equity"
    )


def test_ashby_unlisted_jobs_are_left_out_and_a_bad_job_is_skipped():
    document = json.loads(read("ashby_mercor.json"))
    document["jobs"][0]["isListed"] = False
    document["jobs"][1].pop("title")
    document["jobs"].append("not a job")
    result = parse(json.dumps(document).encode(), "ashby")
    assert [listing.title for listing in result.listings] == [
        "Mercor Research Fellowship \u2014 APEX",
        "Strategic Project Associate",
    ]
    assert result.errors[0] == "Ashby item 1 skipped: KeyError: 'title'"
    assert result.errors[1].startswith("Ashby item 4 skipped: AttributeError")


@pytest.mark.parametrize(
    ("fmt", "document", "words"),
    [
        ("pageup", b"<html><body>maintenance</body></html>", "not a PageUp feed"),
        ("pageup", b"<rss version='2.0'><channel><item><title>x</title></item></channel></rss>",
         "job:refNo"),
        ("pageup", b"<rss version='2.0'><channel></channel></rss>", "job: namespace"),
        ("pageup", b"<rss><channel><item>", "not a readable PageUp feed"),
        ("pageup", b'{"jobs": []}', "not a readable PageUp feed"),
        ("ashby", b"<rss/>", "not valid JSON"),
        ("ashby", b"[]", "not an Ashby job board"),
        ("ashby", b'{"apiVersion": "1"}', "not an Ashby job board"),
        ("ashby", b'{"jobs": {}}', "not an Ashby job board"),
        ("edjoin", b"<html></html>", "not valid JSON"),
        ("edjoin", b"[]", "not an EdJoin search page"),
        ("edjoin", b'{"data": []}', "not an EdJoin search page"),
        ("edjoin", b'{"totalPages": 1, "data": {}}', "not an EdJoin search page"),
        ("edjoin", b"\xff\xfe", "not UTF-8"),
        ("smartrecruiters", b"<html></html>", "not valid JSON"),
        ("smartrecruiters", b"[]", "not a SmartRecruiters posting list"),
        ("smartrecruiters", b'{"content": []}', "not a SmartRecruiters posting list"),
        ("smartrecruiters", b'{"totalFound": 1, "content": {}}', "not a SmartRecruiters"),
        ("smartrecruiters", b'{"id": "1", "name": "x"}', "nor an id with a jobAd"),
        ("workday", b"<html></html>", "not valid JSON"),
        ("workday", b'{"total": 3, "jobPostings": {}}', "not a Workday job search page"),
        ("workday", b'{"jobPostingInfo": "x"}', "nor a jobPostingInfo"),
        ("calcareers", b"<html><body>maintenance</body></html>", "not a CalCareers job posting"),
        ("calcareers", b'{"jobs": []}', "not a CalCareers job posting"),
        ("successfactors", b"<?xml version='1.0'?><urlset/>", "This is a sitemap, not a job page"),
        ("successfactors", b"<html><body>Search jobs</body></html>", "no JobPosting and does not"),
        ("jsonld", b"<html><body><p itemscope>Not a posting</p></body></html>", "no JSON-LD or"),
    ],
)  # fmt: skip
def test_a_document_not_in_the_format_named_is_one_sentence(fmt, document, words):
    with pytest.raises(ParseError) as caught:
        parse(document, fmt)
    message = str(caught.value)
    assert words in message
    assert message.endswith(".")
    assert "\n" not in message


# Ingest


def run(*args: str) -> tuple[int, dict]:
    out = io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=io.StringIO())
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, json.loads(out.getvalue())


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("name", "fmt", "agency", "count"),
    [
        ("pageup_csu.xml", "pageup", "California State University", 2),
        ("ashby_mercor.json", "ashby", "Mercor", 4),
    ],
)
def test_the_ingest_command_creates_jobs_and_a_second_run_changes_nothing(name, fmt, agency, count):
    path = str(FIXTURES / name)
    code, first = run("ingest", "--file", path, "--format", fmt, "--agency", agency, "--json")
    assert code == 0, first
    assert (first["created"], first["skipped"]) == (count, 0)
    code, second = run("ingest", "--file", path, "--format", fmt, "--agency", agency, "--json")
    assert code == 0
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, count)
    assert second["closed"] == 0
    assert Job.objects.filter(status="open").count() == count


@pytest.mark.django_db
def test_pageup_pay_is_annual_usd_with_the_monthly_original_kept():
    run("ingest", "--file", str(FIXTURES / "pageup_csu.xml"), "--format", "pageup",
        "--agency", "California State University", "--json")  # fmt: skip
    job = Job.objects.get(raw_title="Administrative Analyst")
    assert (job.salary_min, job.salary_max) == (5274 * 12, 5597 * 12)
    assert (job.pay_min, job.pay_max, job.pay_interval) == (5274, 5597, "month")
    assert job.work_arrangement == "onsite"


@pytest.mark.django_db
def test_ashby_pay_is_annual_usd_and_other_currencies_keep_only_their_originals():
    run("ingest", "--file", str(FIXTURES / "ashby_mercor.json"), "--format", "ashby",
        "--agency", "Mercor", "--json")  # fmt: skip
    generalist = Job.objects.get(raw_title="Administrative Generalist")
    assert (generalist.salary_min, generalist.salary_max) == (100000, 120000)
    london = Job.objects.get(raw_title="Strategic Project Lead (UK)")
    assert (london.salary_min, london.pay_min, london.pay_currency) == (None, 89500, "GBP")
    fellowship = Job.objects.get(raw_title__startswith="Mercor Research Fellowship")
    assert fellowship.work_arrangement == "remote"
    assert fellowship.salary_min is None


@pytest.mark.django_db
def test_pageup_and_ashby_sources_read_from_a_local_server_keep_their_campuses(
    httpserver, settings
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    httpserver.expect_request("/873/cw/en-us/rss").respond_with_data(
        read("pageup_csu.xml"), content_type="application/rss+xml"
    )
    httpserver.expect_request(
        "/posting-api/job-board/mercor", query_string="includeCompensation=true"
    ).respond_with_data(read("ashby_mercor.json"), content_type="application/json")
    csu = Source.objects.create(
        slug="csu-la-test", name="Cal State LA", format="pageup",
        url=httpserver.url_for("/873/cw/en-us/rss") + "#campus=Los Angeles",
        agency_default="California State University, Los Angeles",
    )  # fmt: skip
    mercor = Source.objects.create(
        slug="mercor", name="Mercor", format="ashby", agency_default="Mercor",
        url=httpserver.url_for("/posting-api/job-board/mercor") + "?includeCompensation=true",
    )  # fmt: skip
    for source, created in ((csu, 1), (mercor, 4)):
        report = ingest_source(source)
        assert report.ok, report.error
        assert report.complete
        assert report.counts.created == created
        again = ingest_source(source)
        assert (again.counts.created, again.counts.closed) == (0, 0)
    assert Job.objects.filter(raw_title="Fiscal Analyst").exists()
    assert not Job.objects.filter(raw_title="Administrative Analyst").exists()
