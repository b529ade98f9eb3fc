"""CalCareers (the State of California's job site, no feed): a posting page read into a listing,
the print view, a posting no longer available read as none, Los Angeles County or telework kept
by a fragment, and a source read from a local server: its search results page, then each
posting's print view; an expired posting closes its job, a failing one closes nothing.

Fixtures:
- ``calcareers_posting.html``: the real page of posting JC-532295 (``JobPosting.aspx?
  JobControlId=532295``, California Correctional Health Care Services) captured in
  Srimi1/Gov-view ``data/evidence/research/calcareers-jc-532295-2026.html``, trimmed: its
  ViewState value, navigation, images, scripts and several panels left out, the kept panels'
  long texts shortened; markup and values unchanged.
- ``calcareers_search.html``: search result cards in the markup of the trimmed live copies in
  the public test ``tests/providers/calcareers.test.mjs`` (result count badge, ``card
  card-default``, ``a.lead.visitedLink``), filled with the two postings of these fixtures.
- ``calcareers_print.html``: a print view of posting JC-504301 as written by hand in a public
  test (``CALCAREERS_HTML_FULL``, field ids as on the print page: ``lblWorkingTitle``).
- ``calcareers_expired.html``: hand-made: the "no longer available" page as a CalCareers
  reconnaissance note quotes it (HTTP 200, the placeholder title, the notice).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from werkzeug import Response

from ingest.parsers import detect_format, parse
from ingest.parsers.calcareers import fragment_ids, listed_ids
from ingest.pipeline import ingest_source
from ingest.records import ParseError
from jobboard.models import Job, Source
from tests.test_connectors_pageup_ashby import run

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
POSTING = FIXTURES / "calcareers_posting.html"
PRINT = FIXTURES / "calcareers_print.html"
EXPIRED = FIXTURES / "calcareers_expired.html"
SEARCH = FIXTURES / "calcareers_search.html"
LA = "https://calcareers.ca.gov/CalHRPublic/Search/JobSearchResults.aspx#county=Los Angeles"


def one(data: bytes, location: str = ""):
    return parse(data, "calcareers", location=location).listings


def test_a_calcareers_posting_and_a_page_no_longer_available_are_recognised():
    assert detect_format(POSTING.read_bytes()) == "calcareers"
    assert detect_format(EXPIRED.read_bytes()) == "calcareers"
    assert detect_format(SEARCH.read_bytes()) == "jsonld"  # a results page is not a posting


def test_a_real_calcareers_posting_is_read_as_a_state_job():
    (item,) = one(POSTING.read_bytes())
    assert item.external_id == "JC-532295"
    assert item.title == "Office Technician (Typing) Scheduler-Region II, Fresno"
    assert item.department == "California Correctional Health Care Services"
    assert (item.employer, item.level) == ("", "state")  # the source's agency, or the department
    assert (item.location, item.state, item.remote) == ("Fresno County", "CA", "onsite")
    assert (item.pay_min, item.pay_max, item.pay_interval) == ("3829.00", "4794.00", "month")
    assert item.employment_type == "12 Month Limited Term - Full Time"
    assert item.closes_at == "9/30/2026"
    assert (
        item.url
        == item.apply_url
        == "https://calcareers.ca.gov/CalHrPublic/Jobs/JobPosting.aspx?JobControlId=532295"
    )
    assert item.description.startswith("<p>Classification: OFFICE TECHNICIAN (TYPING)</p>")
    assert "<h3>Job Description and Duties</h3>" in item.description
    assert "advanced journey level" in item.description
    assert "Travel may be required." in item.description
    assert "valid typing certificate" in item.description
    assert "equal opportunity employer" not in item.description


def test_a_calcareers_print_view_is_read_too():
    (item,) = one(PRINT.read_bytes())
    assert (item.external_id, item.title) == ("JC-504301", "Senior Solutions Engineer")
    assert item.department == "CA High Speed Rail Authority"
    assert item.remote == "hybrid"
    assert (item.pay_min, item.pay_max, item.pay_interval) == ("9507.00", "12740.00", "month")
    assert "Classification: INFORMATION TECHNOLOGY SPECIALIST III" in item.description
    assert "<li>Lead solution architecture reviews.</li>" in item.description


def test_a_calcareers_posting_no_longer_available_is_no_listing_and_no_error():
    result = parse(EXPIRED.read_bytes(), "calcareers")
    assert (result.listings, result.errors, result.complete) == ([], [], True)


def test_a_calcareers_posting_without_a_readable_job_control_number_is_skipped_and_reported():
    page = POSTING.read_text().replace(">JC-532295</span>", ">pending</span>")
    result = parse(page.encode(), "calcareers")
    assert result.listings == []
    assert result.errors == ["CalCareers posting skipped: unreadable job control 'pending'."]


# A page that is not a CalCareers posting is one sentence: its cases are in
# test_connectors_pageup_ashby.test_a_document_not_in_the_format_named_is_one_sentence.


@pytest.mark.parametrize(
    ("place", "telework", "kept"),
    [
        ("Fresno County", "In Office", False),
        ("Los Angeles County", "In Office", True),
        ("Sacramento County", "Telework", True),
        ("Sacramento County", "Hybrid", False),  # office days in Sacramento
    ],
)
def test_a_county_fragment_keeps_los_angeles_county_and_full_telework(place, telework, kept):
    page = (
        POSTING.read_text()
        .replace(">Fresno County<", f">{place}<")
        .replace(">In Office<", f">{telework}<")
    )
    assert len(one(page.encode())) == 1
    assert len(one(page.encode(), LA)) == (1 if kept else 0)


def test_a_search_results_page_gives_its_postings_ids_once_each_in_order():
    assert listed_ids(SEARCH.read_bytes()) == ["532295", "504301"]
    assert listed_ids(b'<div class="alert">No jobs found matching your criteria.</div>') == []
    with pytest.raises(ParseError, match="not a search results page"):
        listed_ids(b"<html><body>Search</body></html>")


def test_a_jcid_fragment_names_postings():
    url = "https://calcareers.ca.gov/CalHRPublic/Search/JobSearchResults.aspx"
    assert fragment_ids(f"{url}#jcid=532295,JC-504301&county=Los Angeles") == ["504301", "532295"]
    assert fragment_ids(url) == []


# Ingest


@pytest.mark.django_db
def test_the_ingest_command_reads_one_calcareers_posting_and_a_second_run_changes_nothing():
    args = ("ingest", "--file", str(POSTING), "--format", "calcareers", "--json")
    code, first = run(*args)
    assert code == 0, first
    assert (first["created"], first["skipped"]) == (1, 0)
    code, second = run(*args)
    assert code == 0
    assert (second["created"], second["updated"], second["unchanged"], second["closed"]) == (
        0,
        0,
        1,
        0,
    )
    job = Job.objects.get(raw_title="Office Technician (Typing) Scheduler-Region II, Fresno")
    assert "advanced journey level" in job.description


def site(httpserver, settings, state: dict, fragment: str = "") -> Source:
    """A local CalCareers: the search results page and each posting's print view."""
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    pages = {"532295": POSTING.read_bytes(), "504301": PRINT.read_bytes()}
    search = "/CalHRPublic/Search/JobSearchResults.aspx"

    def serve(request):
        state.setdefault("seen", []).append(request.full_path.rstrip("?"))
        if request.path == search:
            return Response(SEARCH.read_bytes(), content_type="text/html")
        number = request.args.get("jcid", "")
        if number in state.get("broken", ()):
            return Response("Server Error", status=404)
        if number in state.get("expired", ()):
            return Response(EXPIRED.read_bytes(), content_type="text/html")
        return Response(pages[number], content_type="text/html")

    httpserver.expect_request(search).respond_with_handler(serve)
    httpserver.expect_request("/CalHrPublic/Jobs/JobPostingPrint.aspx").respond_with_handler(serve)
    return Source.objects.create(
        slug="calcareers-test",
        name="CalCareers: test search",
        format="calcareers",
        url=httpserver.url_for(search) + fragment,
    )


@pytest.mark.django_db
def test_a_calcareers_search_is_read_then_each_posting_and_again_unchanged(httpserver, settings):
    state: dict = {}
    source = site(httpserver, settings, state)
    report = ingest_source(source)
    assert report.ok, report.error
    assert report.complete
    assert report.counts.created == 2
    assert state["seen"] == [
        "/CalHRPublic/Search/JobSearchResults.aspx",
        "/CalHrPublic/Jobs/JobPostingPrint.aspx?jcid=532295",
        "/CalHrPublic/Jobs/JobPostingPrint.aspx?jcid=504301",
    ]
    job = Job.objects.get(raw_title="Senior Solutions Engineer")
    assert (job.agency.name, job.work_arrangement) == ("CA High Speed Rail Authority", "hybrid")
    again = ingest_source(source)
    assert again.ok
    assert again.complete
    assert (again.counts.created, again.counts.updated, again.counts.closed) == (0, 0, 0)
    assert again.counts.unchanged == 2
    assert Job.objects.filter(status="open").count() == 2


@pytest.mark.django_db
def test_a_calcareers_posting_no_longer_available_closes_its_job(httpserver, settings):
    state: dict = {}
    source = site(httpserver, settings, state)
    assert ingest_source(source).counts.created == 2
    state["expired"] = {"504301"}
    report = ingest_source(source)
    assert report.ok
    assert report.complete
    assert (report.counts.unchanged, report.counts.closed) == (1, 1)
    assert Job.objects.get(raw_title="Senior Solutions Engineer").status == "closed"
    assert Job.objects.filter(status="open").count() == 1


@pytest.mark.django_db
def test_a_failing_calcareers_posting_is_skipped_and_closes_nothing(httpserver, settings):
    state: dict = {}
    source = site(httpserver, settings, state)
    assert ingest_source(source).counts.created == 2
    state["broken"] = {"532295"}
    report = ingest_source(source)
    assert report.ok, report.error
    assert not report.complete
    assert (report.counts.unchanged, report.counts.skipped, report.counts.closed) == (1, 1, 0)
    assert report.counts.errors[0].startswith("CalCareers posting JC-532295 not read: ")
    assert report.counts.errors[0].endswith("answered HTTP 404.")
    assert Job.objects.filter(status="open").count() == 2


@pytest.mark.django_db
def test_when_no_calcareers_posting_can_be_read_the_source_fails(httpserver, settings):
    state: dict = {"broken": {"532295", "504301"}}
    source = site(httpserver, settings, state)
    report = ingest_source(source)
    assert not report.ok
    assert report.error.startswith("None of the 2 CalCareers postings could be read (")


@pytest.mark.django_db
def test_a_jcid_fragment_reads_its_postings_without_the_search_page(httpserver, settings):
    state: dict = {}
    source = site(httpserver, settings, state, "#jcid=504301")
    report = ingest_source(source)
    assert report.ok
    assert report.complete
    assert report.counts.created == 1
    assert state["seen"] == ["/CalHrPublic/Jobs/JobPostingPrint.aspx?jcid=504301"]


@pytest.mark.django_db
def test_calcareers_postings_past_the_cap_leave_the_read_incomplete(
    httpserver, settings, monkeypatch
):
    state: dict = {}
    source = site(httpserver, settings, state)
    assert ingest_source(source).counts.created == 2
    monkeypatch.setattr("ingest.pipeline.CALCAREERS_MAX_POSTINGS", 1)
    report = ingest_source(source)
    assert report.ok
    assert not report.complete
    assert (report.counts.unchanged, report.counts.closed) == (1, 0)
    assert Job.objects.filter(status="open").count() == 2


@pytest.mark.django_db
def test_a_calcareers_source_keeps_only_los_angeles_county_or_telework(httpserver, settings):
    state: dict = {}
    source = site(httpserver, settings, state, "#county=Los Angeles")
    report = ingest_source(source)
    assert report.ok
    assert report.complete
    assert report.counts.created == 0  # Fresno in office, Sacramento hybrid
