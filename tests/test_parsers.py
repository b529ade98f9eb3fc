"""Parsers read each real format into plain records; bad items are skipped and reported."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parsers import detect_format, parse
from ingest.records import ParseError

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def read(name: str) -> bytes:
    return (FIXTURES / name).read_bytes()


@pytest.mark.parametrize(
    ("name", "fmt"),
    [
        ("usajobs_la.json", "usajobs"),
        ("lacounty_feed.xml", "rss"),
        ("civic_jobs_page.html", "jsonld"),
        ("greenhouse_civic.json", "greenhouse"),
        ("lever_civic.json", "lever"),
        ("lever_grouped.json", "lever"),
    ],
)
def test_the_format_is_detected_from_the_document(name, fmt):
    assert detect_format(read(name)) == fmt


def test_usajobs_listings_carry_series_grades_pay_and_telework():
    result = parse(read("usajobs_la.json"), "usajobs")
    assert [listing.external_id for listing in result.listings] == ["VA-26-12345678", "SSA-26-0042"]
    first, second = result.listings
    assert first.title == "IT Specialist (APPSW)"
    assert first.series == ["2210"]
    assert (first.grade_low, first.grade_high, first.pay_plan) == ("12", "12", "GS")
    assert (first.pay_min, first.pay_max, first.pay_interval) == ("99200.0", "128956.0", "PA")
    assert first.remote == "hybrid"
    assert first.city == "Los Angeles"
    assert first.latitude == pytest.approx(34.05223)
    assert "Reviews code & mentors staff." in first.description
    assert second.remote == "remote"
    assert result.complete is True
    assert len(result.errors) == 1
    assert "item 3 skipped" in result.errors[0]


def test_governmentjobs_feed_reads_the_joblisting_namespace():
    result = parse(read("lacounty_feed.xml"), "rss")
    assert result.errors == []
    its, student, diso = result.listings
    assert its.external_id == "4812345"
    assert its.closes_at == "Continuous"
    assert (its.pay_min, its.pay_max, its.pay_interval) == ("8870.45", "11953.18", "Month")
    assert its.department == "LA County Dept. of Public Health"
    assert "<b>network</b>" in its.description
    assert student.pay_interval == "Hour"
    assert student.employment_type == "Part Time"
    assert diso.pay_min == "Not Displayed"


def test_a_truncated_feed_keeps_what_it_read_but_is_marked_incomplete():
    result = parse(read("truncated_feed.xml"), "rss")
    assert result.complete is False
    assert any("malformed or truncated" in error for error in result.errors)
    assert [listing.external_id for listing in result.listings] == ["4812345"]


def test_jsonld_reads_graphs_lists_and_id_references_and_skips_a_broken_block():
    result = parse(read("civic_jobs_page.html"), "jsonld")
    uxr, fellow = result.listings
    assert uxr.external_id == "CFLA-UXR-7"
    assert uxr.employer == "Code for LA Foundation"  # resolved through "@id": "#org"
    assert (uxr.city, uxr.state) == ("Los Angeles", "CA")
    assert (uxr.pay_min, uxr.pay_max, uxr.pay_interval) == ("115000", "140000", "YEAR")
    assert uxr.closes_at == "2027-01-15T23:59"
    assert fellow.remote == "remote"
    assert (fellow.pay_min, fellow.pay_max, fellow.pay_interval) == ("32", "32", "HOUR")
    assert fellow.employment_type == "INTERN"
    assert len(result.errors) == 1
    assert "block 3 skipped" in result.errors[0]


def test_greenhouse_content_is_unescaped_html():
    result = parse(read("greenhouse_civic.json"), "greenhouse")
    engineer, pm = result.listings
    assert engineer.description.startswith("<p>Help residents get food assistance.</p>")
    assert engineer.remote == "remote"
    assert engineer.employment_type == "Full-time"
    assert pm.remote == ""
    assert len(result.errors) == 1


def test_lever_postings_carry_workplace_type_and_salary_range():
    result = parse(read("lever_civic.json"), "lever")
    sre, gis = result.listings
    assert sre.remote == "remote"
    assert (sre.pay_min, sre.pay_max, sre.pay_interval) == ("140000", "175000", "per-year-salary")
    assert sre.posted_at.startswith("2025-11-10")
    assert "On-call for 911 dispatch tools" in sre.description
    assert gis.remote == "hybrid"
    assert gis.employment_type == "Contract"


@pytest.mark.parametrize(
    ("name", "fmt", "message"),
    [
        ("invalid.json", "greenhouse", "not valid JSON"),
        ("invalid.json", "auto", "Cannot tell the format"),
        ("no_jsonld.html", "jsonld", "no JSON-LD"),
        ("latin1_usajobs.json", "usajobs", "not UTF-8"),
        ("lever_civic.json", "usajobs", "not a USAJOBS search response"),
        ("usajobs_la.json", "lever", "not a Lever postings list"),
    ],
)
def test_an_unreadable_document_raises_a_clear_parse_error(name, fmt, message):
    with pytest.raises(ParseError, match=message):
        parse(read(name), fmt)


def test_a_document_that_is_not_a_feed_is_refused():
    with pytest.raises(ParseError):
        parse(b"<html><body>not a feed</body></html>", "rss")


def test_a_feed_body_that_names_a_file_is_parsed_as_text_never_opened():
    """feedparser opens a string that looks like a path: a source answering with the name of a
    readable feed file on the server must not make the worker read that file."""
    path = FIXTURES / "lacounty_feed.xml"
    assert parse(read("lacounty_feed.xml"), "rss").listings  # the file itself is a good feed
    with pytest.raises(ParseError):
        parse(str(path).encode(), "rss")
    with pytest.raises(ParseError):
        parse(b"/etc/passwd", "rss")


def test_jsonld_postings_without_an_identifier_are_kept_with_stable_ids():
    """Many real pages give no identifier, or a PropertyValue with a name and no value: such a
    posting is identified by its url or @id, else by the page's address and its position."""
    page = "https://careers.example-metro.net/openings"
    result = parse(read("jsonld_no_identifier.html"), "jsonld", location=page)
    assert result.errors == []
    assert [listing.external_id for listing in result.listings] == [
        f"{page}#jobposting-1",
        f"{page}#jobposting-2",
        "https://careers.example-metro.net/jobs/gis-specialist",
    ]
    again = parse(read("jsonld_no_identifier.html"), "jsonld", location=page)
    assert [x.external_id for x in again.listings] == [x.external_id for x in result.listings]


def test_jsonld_postings_without_any_address_are_identified_by_a_hash_of_their_content():
    result = parse(read("jsonld_no_identifier.html"), "jsonld")
    first, second, third = (listing.external_id for listing in result.listings)
    assert first.startswith("sha256:")
    assert second.startswith("sha256:")
    assert first != second
    assert third == "https://careers.example-metro.net/jobs/gis-specialist"


def test_lever_grouped_postings_are_recognised_and_flattened():
    data = read("lever_grouped.json")
    assert detect_format(data) == "lever"
    result = parse(data)
    assert [listing.title for listing in result.listings] == [
        "Senior Software Engineer, Benefits Delivery",
        "Content Designer",
    ]
    assert result.listings[0].remote == "remote"
    assert result.listings[0].pay_min == "150000"


def test_greenhouse_content_escaped_twice_becomes_html_once():
    listing = parse(read("greenhouse_double_escaped.json"), "greenhouse").listings[0]
    assert listing.description.startswith("<p>Lead a product team")
    assert "<li>Set the roadmap</li>" in listing.description
    assert "&lt;" not in listing.description
    assert "&amp;" not in listing.description
    assert listing.title == "Product Manager, Safety Net Programs"


def test_a_lowercase_pubdate_with_a_space_is_read():
    listing = parse(read("rss_lowercase_pubdate.xml"), "rss").listings[0]
    assert listing.posted_at == "2026-11-02 08:00:00"
    assert listing.title == "Information Technology Analyst II"
