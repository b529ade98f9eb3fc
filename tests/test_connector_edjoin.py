"""EdJoin's job search: real pages read into listings, pay chosen by its salary field and made
annual, "until filled" left open, a county kept by a fragment, bad documents one sentence, and
the search read page by page from a local server.

Fixtures:
- ``edjoin_search.json``: the real ``www.edjoin.org/Home/LoadJobs`` response (search
  "analyst", 12 postings) captured in bteh/questboard ``tests/fixtures/edjoin_loadjobs.json``,
  each posting trimmed to the fields the connector and its tests use (values unchanged).
- ``edjoin_edge_cases.json``: hand-made from the posting documented for id 2232159 (Palo Alto
  Unified, "Until Filled"): the minimum-date sentinel, no closing date, an hourly single rate
  and a posting without a number.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from werkzeug import Response

from ingest.parsers import detect_format, parse
from ingest.parsers.edjoin import figures, ms_date
from ingest.pipeline import ingest_source
from jobboard.models import Job, Source
from tests.test_connectors_pageup_ashby import run

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
SEARCH = FIXTURES / "edjoin_search.json"
EDGES = FIXTURES / "edjoin_edge_cases.json"


def by_id(path: Path, location: str = "") -> dict:
    return {
        item.external_id: item
        for item in parse(path.read_bytes(), "edjoin", location=location).listings
    }


def test_an_edjoin_page_is_recognised():
    assert detect_format(SEARCH.read_bytes()) == "edjoin"


def test_edjoin_postings_carry_ids_titles_districts_links_and_dates():
    items = by_id(SEARCH)
    assert len(items) == 12
    burbank = items["2280957"]
    assert burbank.title == "INFORMATION TECHNOLOGY SYSTEMS ANALYST"
    assert burbank.employer == "Burbank Unified"
    assert (burbank.city, burbank.location) == ("Burbank", "Burbank, California")
    assert burbank.url == burbank.apply_url == "https://www.edjoin.org/Home/JobPosting/2280957"
    assert burbank.posted_at == "2026-09-30T00:00:00+00:00"
    assert burbank.closes_at == "2026-10-14T23:30:00+00:00"
    assert burbank.employment_type == "Full Time"
    assert "Information Tech. / Computer Svcs." in burbank.description
    assert items["2282010"].title == "CALPADS/SIS DATA ANALYST - SHORT TERM"
    assert items["2245993"].employer == "Los Angeles County Office Of Education"


@pytest.mark.parametrize(
    ("posting", "low", "high", "interval"),
    [
        ("2280957", "6895.00", "8822.00", "month"),  # Pay Range, Monthly
        ("2282010", "5151.00", "5151.00", "month"),  # Single Rate
        ("2282760", "6586", "7705", "month"),  # "Step 1: $6,586" - "Step 5: $7,705"
        ("2282717", "4544.00", "5811.00", "month"),  # "(Range 38) $4,544.00", "(6 Steps)"
        ("2282046", "4023.25", "4894.91", "month"),  # "Range 30: $4023.25"
        ("2281615", "85709", "129933", "year"),  # Annually
        ("2283411", "39.41", "48.83", "hour"),  # bare numbers, Per Hour
        ("2283703", "4856.16", "6197.84", "month"),  # a range written as a single rate
        ("2280503", "", "", ""),  # Dependent: the prose stays in the description
        ("2245993", "", "", ""),
    ],
)
def test_edjoin_pay_is_read_from_the_field_its_salary_choice_names(posting, low, high, interval):
    item = by_id(SEARCH)[posting]
    assert (item.pay_min, item.pay_max, item.pay_interval) == (low, high, interval)
    assert item.pay_currency == ("USD" if low else "")


def test_edjoin_pay_text_is_kept_and_labels_are_not_money():
    items = by_id(SEARCH)
    assert "Salary: Step 1: $6,586 - Step 5: $7,705 Monthly" in items["2282760"].description
    assert "Yearly: $94,824 - $115,369" in items["2280503"].description
    assert "$18.86 Hourly" in items["2245993"].description
    assert figures("(Range 38) $4,544.00") == ["4544.00"]
    assert figures("$5,811.00  (6 Steps)") == ["5811.00"]
    assert figures("Range 36") == []


def test_edjoin_until_filled_and_the_minimum_date_close_nothing():
    items = by_id(EDGES)
    assert items["2232159"].closes_at == "Continuous"  # "Until Filled"
    assert items["2232160"].closes_at == ""  # /Date(-62135568000000)/
    assert items["2232161"].closes_at == ""  # null
    assert (items["2232160"].pay_min, items["2232160"].pay_interval) == ("90000", "year")
    assert (items["2232161"].pay_min, items["2232161"].pay_interval) == ("22.50", "hour")
    assert ms_date("/Date(-62135568000000)/") == ms_date("") == ms_date(None) == ""
    assert ms_date("/Date(1790726400000)/") == "2026-09-30T00:00:00+00:00"


def test_an_edjoin_posting_without_a_number_is_skipped_and_reported():
    result = parse(EDGES.read_bytes(), "edjoin")
    assert len(result.listings) == 3
    assert result.errors == ["EdJoin item 4 skipped: no id or no title."]


def test_an_edjoin_source_may_keep_only_los_angeles_county():
    url = "https://www.edjoin.org/Home/LoadJobs?rows=100#county=Los Angeles"
    kept = by_id(SEARCH, location=url)
    assert set(kept) == {"2280957", "2280503", "2282760", "2282046", "2245993", "2283411"}
    assert by_id(SEARCH, location=url.replace("Los Angeles", "los angeles,Orange")).keys() == (
        by_id(SEARCH).keys() - {"2281615"}
    )


# A document that is not an EdJoin page is one sentence: its cases are in
# test_connectors_pageup_ashby.test_a_document_not_in_the_format_named_is_one_sentence.


# Ingest


@pytest.mark.django_db
def test_the_ingest_command_reads_an_edjoin_page_and_a_second_run_changes_nothing():
    args = ("ingest", "--file", str(SEARCH), "--format", "edjoin", "--json")
    code, first = run(*args)
    assert code == 0, first
    assert (first["created"], first["skipped"]) == (12, 0)
    code, second = run(*args)
    assert code == 0
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 12)
    assert second["closed"] == 0
    burbank = Job.objects.get(raw_title="INFORMATION TECHNOLOGY SYSTEMS ANALYST")
    assert (burbank.salary_min, burbank.salary_max) == (6895 * 12, 8822 * 12)
    assert (burbank.pay_min, burbank.pay_max, burbank.pay_interval) == (6895, 8822, "month")
    whittier = Job.objects.get(raw_title__startswith="Behavior Specialist")
    assert (whittier.salary_min, whittier.salary_max) == (94824, 115369)  # from the prose
    hvac = Job.objects.get(raw_title="HVAC Technician")
    assert hvac.pay_interval == "hour"
    assert hvac.salary_min > 39 * 2000


@pytest.mark.django_db
def test_the_ingest_command_leaves_until_filled_open():
    code, report = run("ingest", "--file", str(EDGES), "--format", "edjoin", "--json")
    assert code == 0, report
    assert (report["created"], report["skipped"]) == (3, 1)
    teacher = Job.objects.get(raw_title="Elementary Teacher - 2nd Grade")
    assert teacher.closes_at is None


def pages() -> tuple[bytes, bytes]:
    """The real search split into two pages of 7 and 5 postings, as EdJoin would serve them."""
    document = json.loads(SEARCH.read_text())
    first = dict(document, totalPages=2, displayRecords=7, data=document["data"][:7])
    second = dict(document, totalPages=2, displayRecords=5, data=document["data"][7:])
    return json.dumps(first).encode(), json.dumps(second).encode()


def edjoin_source(httpserver, fragment: str = "") -> Source:
    return Source.objects.create(
        slug="edjoin-analyst",
        name="EdJoin: analyst",
        format="edjoin",
        url=httpserver.url_for("/Home/LoadJobs") + "?rows=7&keywords=analyst&regions=" + fragment,
    )


@pytest.mark.django_db
def test_an_edjoin_search_is_read_page_by_page_and_a_second_run_changes_nothing(
    httpserver, settings
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    first, second = pages()
    seen: list[dict] = []

    def serve(request):
        seen.append(dict(request.args) | {"xhr": request.headers.get("X-Requested-With")})
        body = first if request.args.get("page") == "1" else second
        return Response(body, content_type="application/json")

    httpserver.expect_request("/Home/LoadJobs").respond_with_handler(serve)
    source = edjoin_source(httpserver)
    report = ingest_source(source)
    assert report.ok, report.error
    assert report.complete
    assert report.counts.created == 12
    assert [s["page"] for s in seen] == ["1", "2"]
    assert all(s["rows"] == "7" and s["keywords"] == "analyst" for s in seen)
    assert all(s["xhr"] == "XMLHttpRequest" for s in seen)
    again = ingest_source(source)
    assert again.ok
    assert again.complete
    assert (again.counts.created, again.counts.updated, again.counts.closed) == (0, 0, 0)
    assert again.counts.unchanged == 12
    assert Job.objects.filter(status="open").count() == 12


@pytest.mark.django_db
def test_an_edjoin_source_with_a_county_fragment_keeps_only_that_county(httpserver, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    first, second = pages()
    httpserver.expect_request(
        "/Home/LoadJobs",
        query_string={"rows": "7", "keywords": "analyst", "regions": "", "page": "1"},
    ).respond_with_data(first, content_type="application/json")
    httpserver.expect_request(
        "/Home/LoadJobs",
        query_string={"rows": "7", "keywords": "analyst", "regions": "", "page": "2"},
    ).respond_with_data(second, content_type="application/json")
    report = ingest_source(edjoin_source(httpserver, "#county=Los Angeles"))
    assert report.ok, report.error
    assert report.counts.created == 6
    assert not Job.objects.filter(raw_title="Analyst-Grants").exists()


@pytest.mark.django_db
def test_a_failing_second_edjoin_page_closes_nothing(httpserver, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    first, second = pages()
    state = {"broken": False}

    def serve(request):
        if request.args.get("page") == "2" and state["broken"]:
            return Response("Not Found", status=404)  # not retried
        return Response(first if request.args.get("page") == "1" else second,
                        content_type="application/json")  # fmt: skip

    httpserver.expect_request("/Home/LoadJobs").respond_with_handler(serve)
    source = edjoin_source(httpserver)
    assert ingest_source(source).counts.created == 12
    state["broken"] = True
    report = ingest_source(source)
    assert not report.ok
    assert report.error.endswith(".")
    assert report.counts.closed == 0
    assert Job.objects.filter(status="open").count() == 12


@pytest.mark.django_db
def test_an_edjoin_search_longer_than_the_page_cap_is_incomplete_and_closes_nothing(
    httpserver, settings, monkeypatch
):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    first, second = pages()
    httpserver.expect_request("/Home/LoadJobs").respond_with_handler(
        lambda request: Response(
            first if request.args.get("page") == "1" else second, content_type="application/json"
        )
    )
    source = edjoin_source(httpserver)
    assert ingest_source(source).counts.created == 12
    monkeypatch.setattr("ingest.pipeline.EDJOIN_MAX_PAGES", 1)
    report = ingest_source(source)
    assert report.ok
    assert not report.complete
    assert report.counts.closed == 0
    assert Job.objects.filter(status="open").count() == 12
