"""NEOGOV (governmentjobs.com) job feeds, read by the ``rss`` format: every ``joblisting:``
field a real feed carries (pay and its interval and currency, closing dates in UTC or
"Continuous", department, job type, place, job id), and a second read that changes nothing.

Fixtures (real feeds, unchanged):
- ``neogov_michigan.xml``: the State of Michigan's feed
  (``agency.governmentjobs.com/michigan/default.cfm?format=xml``, 2013) kept by GSA/jobs_api as
  ``doc/neogov_sample.rss``. GSA added its fifth item ("(Invalid)", dates "Invalid Date") to
  test their importer; the other four are as NEOGOV served them.
- ``neogov_michigan_it.xml``: one IT item of the same feed ("Continuous", location "Various"),
  GSA/jobs_api ``spec/resources/neogov/bad_locations.rss``.
The item "missing some fields" below is hand-made in the shape of the newer
``www.governmentjobs.com/SearchEngine/JobsFeed?agency=<slug>`` feed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from ingest.parsers import detect_format, parse
from jobboard.models import EmploymentType, Job
from tests.test_connectors_pageup_ashby import run

FIXTURES = Path(__file__).parent / "fixtures" / "ingest"
MICHIGAN = FIXTURES / "neogov_michigan.xml"
MICHIGAN_IT = FIXTURES / "neogov_michigan_it.xml"
SPARSE = b"""<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0" xmlns:joblisting="http://www.neogov.com/namespaces/JobListing">
  <channel>
    <title>County of Example, CA</title>
    <item>
      <title>GIS Analyst</title>
      <link>https://www.governmentjobs.com/careers/example/jobs/5000001/gis-analyst</link>
      <description>Maintains the county's maps.</description>
      <joblisting:jobId>5000001</joblisting:jobId>
      <joblisting:advertiseToDateTimeUTC>Wed, 22 Jul 2026 07:59:00:0
      </joblisting:advertiseToDateTimeUTC>
      <joblisting:examplesofduties><![CDATA[<p>Edits parcel layers.</p>]]>
      </joblisting:examplesofduties>
    </item>
  </channel>
</rss>"""


def by_id(data: bytes) -> dict:
    result = parse(data, "rss")
    assert (result.errors, result.complete) == ([], True)
    return {listing.external_id: listing for listing in result.listings}


def test_a_neogov_feed_is_read_as_rss():
    assert detect_format(MICHIGAN.read_bytes()) == "rss"
    assert detect_format(SPARSE) == "rss"


def test_neogov_items_carry_pay_with_its_interval_and_currency():
    items = by_id(MICHIGAN.read_bytes())
    assert len(items) == 5
    medc = items["631517"]
    assert (medc.pay_min, medc.pay_max, medc.pay_interval, medc.pay_currency) == (
        "59334",
        "77066",
        "Year",
        "USD",
    )
    dentist = items["282662"]
    assert (dentist.pay_min, dentist.pay_max, dentist.pay_interval) == ("37.33", "51.66", "Hour")
    intern = items["634789"]
    assert (intern.pay_min, intern.pay_max) == ("Not Displayed", "")


def test_neogov_closing_dates_are_read_in_utc_or_as_continuous():
    items = by_id(MICHIGAN.read_bytes())
    # 23:59 Eastern on 31 January is 04:59 UTC on 1 February, as the UTC field says.
    assert items["631517"].closes_at == "Tue, 01 Feb 2022 04:59:00 GMT"
    assert items["631517"].posted_at == "Mon, 08 Apr 2013 05:00:00 GMT"
    assert items["282662"].closes_at == "Continuous"
    assert by_id(MICHIGAN_IT.read_bytes())["386302"].closes_at == "Continuous"


def test_neogov_items_carry_department_job_type_place_ids_and_links():
    items = by_id(MICHIGAN.read_bytes())
    dentist = items["282662"]
    assert dentist.title == "Dentist-A"
    assert dentist.department == "Corrections - Saginaw Correctional Facility"
    assert dentist.employment_type == "Permanent Part Time (less than 40 hours per week)"
    assert (dentist.location, dentist.state) == ("Freeland", "Michigan")
    assert dentist.url == (
        "http://agency.governmentjobs.com/michigan/default.cfm?action=viewjob&jobid=282662"
    )
    assert items["634789"].employment_type == "Internship - Non Paid"
    analyst = by_id(MICHIGAN_IT.read_bytes())["386302"]
    assert analyst.department == "Technology, Management and Budget"
    assert "Writes, compiles, and modifies applications programs" in analyst.description


def test_a_neogov_item_missing_most_fields_still_reads():
    gis = by_id(SPARSE)["5000001"]
    assert gis.title == "GIS Analyst"
    assert gis.closes_at == "Wed, 22 Jul 2026 07:59:00 GMT"  # the ":0" after the seconds dropped
    assert (gis.pay_min, gis.pay_currency, gis.department, gis.posted_at) == ("", "", "", "")
    assert gis.description == (
        "Maintains the county's maps.\n<h3>Examples of duties</h3><p>Edits parcel layers.</p>"
    )


@pytest.mark.django_db
def test_the_ingest_command_reads_a_neogov_feed_and_a_second_run_changes_nothing():
    args = ("ingest", "--file", str(MICHIGAN), "--format", "rss", "--agency", "State of Michigan")
    code, first = run(*args, "--json")
    assert code == 0, first
    assert (first["created"], first["skipped"]) == (5, 0)
    code, second = run(*args, "--json")
    assert code == 0
    assert (second["created"], second["updated"], second["unchanged"]) == (0, 0, 5)
    assert second["closed"] == 0

    medc = Job.objects.get(raw_title="MEDC Corporate - Business Attraction Manager")
    assert (medc.salary_min, medc.salary_max, medc.pay_interval) == (59334, 77066, "year")
    assert medc.closes_at == datetime(2022, 2, 1, 4, 59, tzinfo=UTC)
    assert (medc.city, medc.state) == ("Lansing", "Michigan")
    dentist = Job.objects.get(raw_title="Dentist-A")
    assert (dentist.pay_min, dentist.pay_max, dentist.pay_interval) == (
        Decimal("37.33"),
        Decimal("51.66"),
        "hour",
    )
    assert (dentist.closes_at, dentist.open_until_filled) == (None, True)
    assert dentist.employment_type == EmploymentType.PART_TIME
    assert Job.objects.get(raw_title__endswith="Intern-DHS").employment_type == (
        EmploymentType.INTERNSHIP
    )
    nurse = Job.objects.get(raw_title="Registered Nurse Non-Career")
    assert nurse.employment_type == EmploymentType.TEMPORARY


@pytest.mark.django_db
def test_a_neogov_posting_in_various_places_names_no_city():
    code, report = run(
        "ingest", "--file", str(MICHIGAN_IT), "--agency", "State of Michigan", "--json"
    )
    assert code == 0, report
    analyst = Job.objects.get(raw_title="Information Technology Programmer Analyst")
    assert (analyst.location, analyst.city, analyst.state) == ("Various", "", "Michigan")
    assert analyst.open_until_filled
