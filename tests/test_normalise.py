"""Normalisation: pay, dates, HTML, titles, remote work and employers, as a job seeker sees them."""

from __future__ import annotations

from datetime import datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest

from ingest.agencies import AgencyResolver, guess_level
from ingest.classifier import seed_classifier
from ingest.dates import is_continuous, parse_datetime
from ingest.normalise import employment_type, work_arrangement
from ingest.pay import normalise_pay, pay_from_text
from ingest.sanitise import plain_text, sanitise_html
from ingest.titles import display_title

LA = ZoneInfo("America/Los_Angeles")


@pytest.mark.parametrize(
    ("low", "high", "unit", "annual"),
    [
        ("99200.0", "128956.0", "PA", (99200, 128956)),
        ("8,870.45", "11,953.18", "Month", (106445, 143438)),
        ("18.64", "21.10", "Hour", (38771, 43888)),
        ("32", "32", "HOUR", (66560, 66560)),
        ("1500", "1800", "WEEK", (78000, 93600)),
        ("400", "450", "DAY", (104000, 117000)),
        ("3800", "4200", "bi-weekly", (98800, 109200)),
        ("140000", "175000", "per-year-salary", (140000, 175000)),
        ("175000", "140000", "YEAR", (140000, 175000)),
    ],
)
def test_pay_is_annualised_in_us_dollars_and_the_original_is_kept(low, high, unit, annual):
    pay = normalise_pay(low, high, unit)
    assert (pay.annual_min, pay.annual_max) == annual
    assert pay.original_min == min(Decimal(low.replace(",", "")), Decimal(high.replace(",", "")))


def test_not_displayed_pay_is_no_pay_rather_than_zero():
    pay = normalise_pay("Not Displayed", "Not Displayed", "Year")
    assert (pay.annual_min, pay.annual_max, pay.interval) == (None, None, "")


def test_foreign_currency_keeps_the_original_but_no_usd_figure():
    pay = normalise_pay("50000", "60000", "YEAR", "CAD")
    assert pay.original_min == Decimal(50000)
    assert pay.annual_min is None


def test_pay_is_found_in_the_description_when_no_field_carries_it():
    pay = pay_from_text("The salary range for this role is $130,000 - $165,000 per year.")
    assert (pay.annual_min, pay.annual_max) == (130000, 165000)
    hourly = pay_from_text("Pay: $45.50 to $60 an hour, plus benefits.")
    assert (hourly.interval, hourly.annual_min, hourly.annual_max) == ("hour", 94640, 124800)
    assert pay_from_text("Competitive pay and great benefits").annual_min is None


def test_continuous_and_missing_closing_dates():
    assert is_continuous("Continuous")
    assert is_continuous("Open Until Filled")
    assert parse_datetime("Continuous") is None
    assert parse_datetime("") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("12/31/26 05:00 PM", datetime(2026, 12, 31, 17, 0, tzinfo=LA)),
        ("11/02/26", datetime(2026, 11, 2, 23, 59, 59, tzinfo=LA)),
        ("2026-12-20T23:59:59.9970", datetime(2026, 12, 20, 23, 59, 59, 997000, tzinfo=LA)),
        ("2027-01-15", datetime(2027, 1, 15, 23, 59, 59, tzinfo=LA)),
        ("Mon, 02 Nov 2026 08:00:00 -0800", datetime(2026, 11, 2, 16, 0, tzinfo=ZoneInfo("UTC"))),
        # Seen in real feeds: offsets without a colon, seven fractional digits and no zone,
        # a space between date and time, a zone abbreviation after an ISO or US date.
        ("2026-12-01T09:00:00+0530", datetime(2026, 12, 1, 3, 30, tzinfo=ZoneInfo("UTC"))),
        ("2026-12-20T23:59:59.9971234", datetime(2026, 12, 20, 23, 59, 59, 997123, tzinfo=LA)),
        ("2026-11-02 08:00:00", datetime(2026, 11, 2, 8, 0, tzinfo=LA)),
        ("2026-11-02 08:00:00 PST", datetime(2026, 11, 2, 16, 0, tzinfo=ZoneInfo("UTC"))),
        ("12/31/2026 5:00 PM EST", datetime(2026, 12, 31, 22, 0, tzinfo=ZoneInfo("UTC"))),
    ],
)
def test_closing_dates_in_every_source_format(text, expected):
    assert parse_datetime(text, end_of_day=True) == expected


HOSTILE = [
    '<p onclick="steal()">Apply</p><script>alert(1)</script>',
    '<a href="javascript:alert(1)">click</a>',
    '<img src=x onerror=alert(1)><iframe src="https://evil.example"></iframe>',
    "<style>body{display:none}</style><p>Text</p>",
    '<svg><script>alert(1)</script></svg><a href="data:text/html,hi">x</a>',
    '<p style="background:url(javascript:alert(1))">styled</p><!-- <script> -->',
]


@pytest.mark.parametrize("html", HOSTILE)
def test_hostile_html_is_neutralised(html):
    clean = sanitise_html(html).lower()
    for danger in ("<script", "onclick", "onerror", "javascript:", "<iframe", "<style", "data:"):
        assert danger not in clean
    assert "style=" not in clean


def test_safe_formatting_and_links_survive_sanitising():
    clean = sanitise_html(
        '<h2>Duties</h2><ul><li><b>Build</b> <a href="https://la.gov">x</a></li></ul>'
    )
    assert "<h2>Duties</h2>" in clean
    assert "<b>Build</b>" in clean
    assert 'href="https://la.gov"' in clean
    assert 'rel="nofollow noopener noreferrer"' in clean


def test_a_link_whose_address_is_dropped_keeps_only_its_text():
    """nh3 drops a ``javascript:`` address but kept the ``<a>``, which is not valid HTML
    without an href (issue #35, found by the Nu HTML Checker on a demo job's page)."""
    clean = sanitise_html(
        '<p>Build. <a href="javascript:alert(1)">Learn more</a> or '
        '<a title="x &gt; y" href="https://la.gov/apply">apply</a>.</p>'
    )
    assert clean.startswith("<p>Build. Learn more or <a ")
    assert 'href="https://la.gov/apply"' in clean
    assert clean.count("<a ") == clean.count("</a>") == 1


def test_plain_text_descriptions_become_paragraphs():
    assert sanitise_html("First para.\n\nSecond < third.") == (
        "<p>First para.</p><p>Second &lt; third.</p>"
    )
    assert plain_text("<p>a</p><p>b</p>") == "a b"


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("IT Specialist (APPSW)", "IT Specialist (Application Software)"),
        (
            "IT Specialist (APPSW/INFOSEC)",
            "IT Specialist (Application Software / Information Security)",
        ),
        ("Data Analyst II - Job #12345", "Data Analyst II"),
        ("Web Developer (Req 2026-114)", "Web Developer"),
        ("Senior Engineer (ABC)", "Senior Engineer (ABC)"),
        ("Information Technology Analyst II  ", "Information Technology Analyst II"),
        ("D\u0430ta \u0410nalyst", "Data Analyst"),  # Cyrillic a and A inside Latin words
        ("\uff24ata Sc\u200bientist", "Data Scientist"),  # fullwidth D, a zero-width space
        ("\U0001d403ata Engineer", "Data Engineer"),  # mathematical bold D
        (
            "\u0410\u043d\u0430\u043b\u0438\u0442\u0438\u043a",
            "\u0410\u043d\u0430\u043b\u0438\u0442\u0438\u043a",
        ),  # a Russian word stays
    ],
)
def test_display_titles_spell_out_hr_codes_and_drop_job_numbers(raw, shown):
    assert display_title(raw) == shown


def test_look_alike_letters_do_not_hide_a_technology_title_from_the_classifier():
    result = seed_classifier().classify("Senior D\u0430t\u0430 Sci\u0435ntist")
    assert (result.role_family, result.seniority) == ("data-analytics", "senior")


@pytest.mark.parametrize(
    ("signal", "place", "title", "description", "expected"),
    [
        ("remote", "", "", "", "remote"),
        ("", "Remote - US", "Engineer", "", "remote"),
        ("", "Los Angeles, CA (Hybrid)", "Engineer", "", "hybrid"),
        ("", "Los Angeles, CA", "Engineer", "This is a fully remote position.", "remote"),
        ("", "Los Angeles, CA", "Engineer", "This position is not remote.", "onsite"),
        ("", "Los Angeles, CA", "Engineer", "We offer a hybrid schedule.", "hybrid"),
        ("", "Los Angeles, CA", "Engineer", "Remote desktop tools experience.", "onsite"),
    ],
)
def test_remote_and_hybrid_detection(signal, place, title, description, expected):
    assert work_arrangement(signal, place, title, description) == expected


def test_employment_types_from_each_format():
    assert employment_type("FULL_TIME", "") == "full-time"
    assert employment_type("Part Time", "") == "part-time"
    assert employment_type("CONTRACTOR", "") == "contract"
    assert employment_type("INTERN", "") == "internship"
    assert employment_type("", "Data Engineering Fellow") == "fellowship"
    assert employment_type("", "Software Engineer") == "full-time"


@pytest.mark.parametrize(
    ("name", "level"),
    [
        ("Department of Veterans Affairs", "federal"),
        ("State of California", "state"),
        ("California Department of Technology", "state"),
        ("County of Los Angeles", "county"),
        ("City of Pasadena", "city"),
        ("Los Angeles County Metropolitan Transportation Authority", "special-district"),
        ("Los Angeles County Sanitation Districts", "special-district"),
        ("Los Angeles Department of Water and Power", "special-district"),
        ("Code for LA Foundation", "nonprofit"),
        ("Los Angeles Unified School District", "education"),
        ("California State University, Long Beach", "education"),
        ("Los Angeles Community College District", "education"),
        ("Los Angeles County Office of Education", "education"),
        ("University of California, Los Angeles", "education"),
        ("U.S. Department of Education", "federal"),
    ],
)
def test_level_of_government_from_the_employer_name(name, level):
    assert guess_level(name) == level


@pytest.mark.django_db
def test_agency_aliases_resolve_to_one_agency():
    from jobboard.models import Agency

    Agency.objects.create(
        name="Department of Public Health",
        slug="lac-dph",
        level="county",
        aliases="LA County Dept. of Public Health",
    )
    resolver = AgencyResolver()
    first = resolver.resolve("LA County Dept. of Public Health")
    second = resolver.resolve("la county department of public health")
    assert first.slug == second.slug == "lac-dph"
    reordered = AgencyResolver().resolve("Public Health, County of Los Angeles")
    assert reordered.slug == "lac-dph"
    new = resolver.resolve("City of Pasadena")
    assert (new.slug, new.level) == ("city-of-pasadena", "city")
    assert resolver.resolve("City  of Pasadena").pk == new.pk
