"""Parsers keep what a source files a job under besides its title (``RawListing.category``),
which the classifier reads when a title is vague (issue #33)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.parsers import parse

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"


def categories(name: str) -> dict[str, str]:
    result = parse((FIXTURES / name).read_bytes(), "auto", location=str(FIXTURES / name))
    return {listing.title: listing.category for listing in result.listings}


@pytest.mark.parametrize(
    ("fixture", "title", "category"),
    [
        (
            "edjoin_search.json",
            "Specialist III:  Tech Support (Outside Candidates)",
            "Information Tech. / Computer Svcs.",
        ),
        ("neogov_michigan_it.xml", "Information Technology Programmer Analyst",
         "IT and Computers; Professional"),
        ("lacounty_feed.xml", "Information Technology Specialist I", "Information Technology"),
        ("pageup_csu.xml", "Fiscal Analyst", "Administrative"),
        ("smartrecruiters_postings.json", "Analyste de données (temps partiel)",
         "information technology"),
        ("calcareers_print.html", "Senior Solutions Engineer",
         "INFORMATION TECHNOLOGY SPECIALIST III"),
    ],
)  # fmt: skip
def test_each_source_says_what_it_files_the_job_under(fixture, title, category):
    assert categories(fixture)[title] == category


def test_a_pageup_bargaining_unit_is_not_read_as_the_jobs_category():
    """CSU's "Technical Support Services" unit holds the fiscal analysts."""
    assert "Technical" not in categories("pageup_csu.xml")["Fiscal Analyst"]
