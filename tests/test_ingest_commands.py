"""The ingest, classify and expire_jobs commands keep the contracts in docs/architecture.md."""

from __future__ import annotations

import io
import json
import sys
from pathlib import Path

import pytest
from django.core.management import call_command

from jobboard.models import Job, Source
from tests.factories import greenhouse_board, greenhouse_job

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
REQUIRED_KEYS = {"created", "updated", "unchanged", "closed", "skipped", "errors"}


def run(*args: str) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command(*args, stdout=out, stderr=err)
        code = 0
    except SystemExit as exc:
        code = exc.code
    return code, out.getvalue(), err.getvalue()


def test_ingest_json_reports_counts_and_item_errors_and_exits_0():
    code, out, err = run("ingest", "--file", str(FIXTURES / "usajobs_la.json"), "--json")
    assert code == 0
    report = json.loads(out)
    assert set(report) >= REQUIRED_KEYS
    assert (report["created"], report["skipped"]) == (2, 1)
    assert report["errors"][0]["message"] == "USAJOBS item 3 skipped: no id or no title."
    assert report["errors"][0]["source"].startswith("usajobs_la")
    assert err == ""


def test_running_ingest_twice_changes_nothing_the_second_time():
    path = str(FIXTURES / "lacounty_feed.xml")
    run("ingest", "--file", path, "--agency", "County of Los Angeles", "--json")
    code, out, _ = run("ingest", "--file", path, "--agency", "County of Los Angeles", "--json")
    report = json.loads(out)
    assert code == 0
    assert (report["created"], report["updated"], report["unchanged"]) == (0, 0, 3)


def test_a_source_that_fails_as_a_whole_exits_1_with_one_line_on_stderr():
    code, out, err = run("ingest", "--file", str(FIXTURES / "invalid.json"), "--json")
    assert code == 1
    assert json.loads(out)["errors"][0]["message"].startswith("Cannot tell the format")
    lines = err.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("ingest: invalidjson-")
    assert "Traceback" not in err


def test_a_url_source_is_fetched_and_keyed_by_its_url(httpserver, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = True
    httpserver.expect_request("/board").respond_with_data(
        greenhouse_board(greenhouse_job(1, "Cybersecurity Analyst")),
        content_type="application/json",
    )
    url = httpserver.url_for("/board")
    code, out, _ = run("ingest", "--url", url, "--agency", "Civic Works", "--json")
    assert code == 0
    assert json.loads(out)["created"] == 1
    assert Source.objects.get(url=url).format == "greenhouse"
    assert Job.objects.get().role_family.slug == "cybersecurity"


def test_a_private_url_is_refused_without_the_setting(httpserver, settings):
    settings.INGEST_ALLOW_PRIVATE_URLS = False
    code, _, err = run("ingest", "--url", httpserver.url_for("/board"), "--json")
    assert code == 1
    assert "INGEST_ALLOW_PRIVATE_URLS" in err


def test_configured_sources_are_ingested_by_slug(tmp_path):
    path = tmp_path / "board.json"
    path.write_bytes(greenhouse_board(greenhouse_job(5, "Data Scientist")))
    Source.objects.create(
        slug="civic-works",
        name="Civic Works",
        format="greenhouse",
        url=str(path),
        agency_default="Civic Works",
    )
    code, out, _ = run("ingest", "civic-works")
    assert code == 0
    assert out.startswith("civic-works: 1 created")


def test_unknown_source_slugs_are_a_usage_error():
    from django.core.management.base import CommandError

    with pytest.raises(CommandError, match="No source with the slug nope"):
        call_command("ingest", "nope")


def test_classify_reads_titles_and_json_and_writes_json_lines(monkeypatch):
    lines = [
        "Senior Data Scientist",
        json.dumps({"title": "IT Specialist (INFOSEC)", "grade": "GS-13", "series": "2210"}),
        json.dumps(
            {"title": "Information Technology Specialist I", "employer": "State of California"}
        ),
        "Custodian",
    ]
    monkeypatch.setattr(sys, "stdin", io.StringIO("\n".join(lines) + "\n"))
    code, out, _ = run("classify")
    assert code == 0
    assert [json.loads(line) for line in out.splitlines()] == [
        {"title": "Senior Data Scientist", "role_family": "data-analytics", "seniority": "senior"},
        {"title": "IT Specialist (INFOSEC)", "role_family": "cybersecurity", "seniority": "senior"},
        {
            "title": "Information Technology Specialist I",
            "role_family": "infrastructure-operations",
            "seniority": "mid",
        },
        {"title": "Custodian", "role_family": None, "seniority": None},
    ]


def test_classify_reports_a_malformed_line_and_goes_on(monkeypatch):
    monkeypatch.setattr(sys, "stdin", io.StringIO('{"title": \nWeb Developer\n'))
    code, out, err = run("classify")
    assert code == 1
    assert json.loads(out)["role_family"] == "software-engineering"
    assert "line 1 is not a valid request" in err
