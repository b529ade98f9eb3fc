"""SmartRecruiters' Posting API: a list page whose postings carry their detail read into
listings (English ids over translated labels), and a company read from a local server: list
pages by offset, then each posting's detail; a failing detail closes nothing.

Fixtures:
- ``smartrecruiters_postings.json``: a list page in the reader's form (each posting with its
  detail). Posting 744000114856507 is the real published posting of General Dynamics Mission
  Systems International (``api.smartrecruiters.com/v1/companies/GDMSI/postings``) recorded in
  a public scraper's docstring, trimmed (two of its custom fields kept); its ``postingUrl``,
  ``applyUrl`` and ``jobAd.sections`` are written in the shape SmartRecruiters documents
  (dev.smartrecruiters.com, Posting API objects), their text made short. Posting 75551135 is
  the example Posting of SmartRecruiters' own documentation (a ``typeOfEmployment`` with a
  label and no id, an empty section). Posting 744000099000001 is hand-made: French labels with
  English ids, no detail.
- ``smartrecruiters_detail.json``: a real posting detail (Scalable GmbH, 744000141680580)
  captured in chudleycannon/job-radar ``tests/fixtures/smartrecruiters_posting.json``, its
  section texts already trimmed there and trimmed further here (list items left out).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from werkzeug import Response

from ingest.parsers import detect_format, parse
from ingest.pipeline import ingest_source
from jobboard.models import Job, Source
from tests.test_connectors_pageup_ashby import run

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
POSTINGS = FIXTURES / "smartrecruiters_postings.json"
DETAIL = FIXTURES / "smartrecruiters_detail.json"
DETAIL_FIELDS = ("jobAd", "postingUrl", "applyUrl")


def by_id(data: bytes) -> dict:
    return {item.external_id: item for item in parse(data, "smartrecruiters").listings}


def test_a_smartrecruiters_list_page_and_a_detail_are_recognised():
    document = json.loads(POSTINGS.read_text())
    assert detect_format(POSTINGS.read_bytes()) == "smartrecruiters"
    assert detect_format(json.dumps(document["content"][0]).encode()) == "smartrecruiters"


def test_smartrecruiters_postings_carry_ids_titles_places_links_and_their_detail():
    items = by_id(POSTINGS.read_bytes())
    assert len(items) == 3
    gd = items["744000114856507"]
    assert gd.title == "Junior Hardware Engineering Developer"
    assert gd.employer == "General Dynamics Missions System International"
    assert (gd.location, gd.city, gd.state) == ("Ottawa, ON, Canada", "Ottawa", "ON")
    assert gd.remote == "hybrid"
    assert gd.employment_type == "Full-time"  # typeOfEmployment.id "permanent"
    assert gd.posted_at == "2026-03-15T18:37:49.976Z"
    assert gd.url.startswith("https://jobs.smartrecruiters.com/GDMSI/744000114856507-")
    assert gd.apply_url == gd.url + "?oga=true"
    assert "<p>Develop and test hardware" in gd.description
    assert "Degree in electrical engineering" in gd.description
    assert "Hybrid work from Ottawa" in gd.description
    assert "Mission Systems-Canada" not in gd.description  # the company blurb is left out
    docs = items["75551135"]
    assert (docs.team, docs.remote, docs.employment_type) == ("Marketing", "remote", "")
    assert docs.location == "San Francisco, CA, US"
    assert docs.url == docs.apply_url == "https://jobs.smartrecruiters.com/smartrecruiters/75551135"
    assert docs.description == "<h3>Job Description</h3><p>Lead customer engagement.</p>"


def test_smartrecruiters_ids_are_read_not_translated_labels():
    item = by_id(POSTINGS.read_bytes())["744000099000001"]
    assert item.employment_type == "Part-time"  # label "Temps partiel"
    assert item.remote == "onsite"
    assert item.description == ""  # no detail read


def test_a_bad_smartrecruiters_posting_is_skipped_and_reported():
    document = json.loads(POSTINGS.read_text())
    del document["content"][1]["name"]
    document["content"].append({"name": "No id"})
    result = parse(json.dumps(document).encode(), "smartrecruiters")
    assert len(result.listings) == 2
    assert result.errors == [
        "SmartRecruiters item 2 skipped: KeyError: 'name'",
        "SmartRecruiters item 4 skipped: KeyError: 'id'",
    ]


# A document that is not a SmartRecruiters list or posting is one sentence: its cases are in
# test_connectors_pageup_ashby.test_a_document_not_in_the_format_named_is_one_sentence.


# Ingest


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("path", "count", "title", "words"),
    [
        (POSTINGS, 3, "Junior Hardware Engineering Developer", "Develop and test hardware"),
        (DETAIL, 1, "Financial Risk Manager (m/f/x)", "quantitative financial risk models"),
    ],
)
def test_the_ingest_command_reads_a_smartrecruiters_file_and_a_second_run_changes_nothing(
    path, count, title, words
):
    args = ("ingest", "--file", str(path), "--format", "smartrecruiters", "--json")
    code, first = run(*args)
    assert code == 0, first
    assert (first["created"], first["skipped"]) == (count, 0)
    code, second = run(*args)
    assert code == 0
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, count)
    assert second["closed"] == 0
    assert words in Job.objects.get(raw_title=title).description


def served() -> tuple[list[dict], dict[str, dict]]:
    """The fixture as SmartRecruiters serves it: list entries without their detail, and each
    posting's detail."""
    content = json.loads(POSTINGS.read_text())["content"]
    listed = [{k: v for k, v in p.items() if k not in DETAIL_FIELDS} for p in content]
    return listed, {p["id"]: p for p in content}


def company(httpserver, settings, state: dict) -> Source:
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    listed, details = served()
    path = "/v1/companies/GDMSI/postings"

    def serve(request):
        state.setdefault("seen", []).append((request.path, dict(request.args)))
        if request.path == path:
            offset, limit = int(request.args["offset"]), int(request.args["limit"])
            page = {"offset": offset, "limit": limit, "totalFound": len(listed),
                    "content": listed[offset : offset + limit]}  # fmt: skip
            return Response(json.dumps(page), content_type="application/json")
        number = request.path.rsplit("/", 1)[-1]
        if number in state.get("broken", ()) or number not in details:
            return Response("Not Found", status=404)
        return Response(json.dumps(details[number]), content_type="application/json")

    httpserver.expect_request(path).respond_with_handler(serve)
    for number in details:
        httpserver.expect_request(f"{path}/{number}").respond_with_handler(serve)
    return Source.objects.create(
        slug="smartrecruiters-gdmsi",
        name="SmartRecruiters: GDMSI",
        format="smartrecruiters",
        url=httpserver.url_for(path) + "?limit=2",
    )


@pytest.mark.django_db
def test_a_smartrecruiters_company_is_read_page_by_page_with_details_and_again_unchanged(
    httpserver, settings
):
    state: dict = {}
    source = company(httpserver, settings, state)
    report = ingest_source(source)
    assert report.ok, report.error
    assert report.complete
    assert report.counts.created == 3
    lists = [args for path, args in state["seen"] if path.endswith("/postings")]
    assert lists == [{"limit": "2", "offset": "0"}, {"limit": "2", "offset": "2"}]
    details = [path.rsplit("/", 1)[-1] for path, args in state["seen"] if not args]
    assert details == ["744000114856507", "75551135", "744000099000001"]
    gd = Job.objects.get(raw_title="Junior Hardware Engineering Developer")
    assert "Degree in electrical engineering" in gd.description
    again = ingest_source(source)
    assert again.ok
    assert again.complete
    assert (again.counts.created, again.counts.updated, again.counts.closed) == (0, 0, 0)
    assert again.counts.unchanged == 3
    assert Job.objects.filter(status="open").count() == 3


@pytest.mark.django_db
def test_a_failing_smartrecruiters_detail_skips_that_posting_and_closes_nothing(
    httpserver, settings
):
    state: dict = {}
    source = company(httpserver, settings, state)
    assert ingest_source(source).counts.created == 3
    state["broken"] = {"75551135"}  # on the first of two pages
    report = ingest_source(source)
    assert report.ok, report.error
    assert not report.complete
    assert report.counts.closed == 0
    assert report.counts.unchanged == 2
    assert report.counts.skipped == 1
    assert report.counts.errors[0].startswith("SmartRecruiters posting 75551135 not read: ")
    assert report.counts.errors[0].endswith("answered HTTP 404.")
    assert Job.objects.filter(status="open").count() == 3


@pytest.mark.django_db
def test_a_smartrecruiters_list_longer_than_the_page_cap_is_incomplete_and_closes_nothing(
    httpserver, settings, monkeypatch
):
    state: dict = {}
    source = company(httpserver, settings, state)
    assert ingest_source(source).counts.created == 3
    monkeypatch.setattr("ingest.pipeline.SMARTRECRUITERS_MAX_PAGES", 1)
    report = ingest_source(source)
    assert report.ok
    assert not report.complete
    assert (report.counts.unchanged, report.counts.closed) == (2, 0)
    assert Job.objects.filter(status="open").count() == 3


def test_one_real_smartrecruiters_posting_detail_is_read_on_its_own():
    assert detect_format(DETAIL.read_bytes()) == "smartrecruiters"
    (item,) = parse(DETAIL.read_bytes(), "smartrecruiters").listings
    assert (item.external_id, item.title) == ("744000141680580", "Financial Risk Manager (m/f/x)")
    assert (item.employer, item.location) == ("Scalable GmbH", "München, BY, Germany")
    assert item.remote == "hybrid"
    assert item.employment_type == ""  # this detail has no typeOfEmployment
    assert (
        item.url
        == item.apply_url
        == ("https://jobs.smartrecruiters.com/ScalableGmbH/744000141680580")
    )
    assert item.description.startswith("<h3>Job Description</h3><ul><li>You will develop")
    assert "<h3>Additional Information</h3>" in item.description
    assert "Scalable Capital is a leading" not in item.description
