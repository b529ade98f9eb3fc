"""The federal crosswalk's matcher, on the seeded crosswalk and taxonomy, without a database:
what a displaced federal technologist types (series, grade, title, duties) and what the site
answers (role family, seniority, reasons, federal pay, local classes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.classifier import seed_classifier
from jobboard.taxonomy_seed import ROLE_FAMILY_SLUGS
from pathways.accuracy import score
from pathways.crosswalk import Crosswalk
from pathways.matcher import (
    MAX_TEXT,
    PositionError,
    local_options,
    match_position,
    parse_grade,
    parse_position,
    parse_series,
)

TABLE = Path(__file__).parent / "fixtures" / "federal_positions.tsv"
CROSSWALK = Crosswalk.from_seed()


def matched(**inputs):
    return match_position(parse_position(CROSSWALK, **inputs), CROSSWALK, seed_classifier())


def test_the_position_table_has_at_least_80_rows_and_the_matcher_gets_97_percent_right():
    result = score(CROSSWALK, seed_classifier(), TABLE)
    print(f"federal positions: {result.correct}/{result.total} = {result.accuracy:.1%}")
    assert result.total >= 80
    assert result.accuracy >= 0.97, "\n".join(result.misses)


def test_the_table_covers_technology_and_non_technology_series():
    rows = [line.split("\t") for line in TABLE.read_text().splitlines() if line[:1] != "#"]
    series = {row[0] for row in rows if row[0]}
    required = {
        "2210",
        "1550",
        "1560",
        "1530",
        "1515",
        "0854",
        "0391",
        "0332",
        "2299",
        "1102",
        "0343",
        "0301",
        "0150",
        "1529",
        "0855",
    }
    assert required <= series
    assert sum(1 for row in rows if not row[4]) >= 15  # honest "no match" answers


# Parsing --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("12", ("GS", 12)),
        ("GS-12", ("GS", 12)),
        ("gs 12", ("GS", 12)),
        ("GS12", ("GS", 12)),
        ("GS-12 step 4", ("GS", 12)),
        ("GS-12/4", ("GS", 12)),
        ("GG-13", ("GG", 13)),
        ("GL-7", ("GL", 7)),
        ("SES", ("SES", None)),
        ("ES", ("SES", None)),
        ("SL", ("SL", None)),
        ("ST", ("ST", None)),
        (" 1 ", ("GS", 1)),
        ("15", ("GS", 15)),
    ],
)
def test_grades_are_read_with_or_without_their_pay_plan(raw, expected):
    assert parse_grade(raw, CROSSWALK) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("16", "GS grades run from 1 to 15; GS-16 is not one."),
        ("0", "GS grades run from 1 to 15; GS-0 is not one."),
        ("GS-99", "GS grades run from 1 to 15; GS-99 is not one."),
        ("WG-10", "This tool does not know the pay plan WG."),
        ("NH-3", "This tool does not know the pay plan NH."),
        ("GS", "Add the grade number, such as GS-12."),
        ("twelve", "Enter your grade as a number or with its pay plan"),
        ("12; DROP TABLE jobs", "Enter your grade as a number or with its pay plan"),
    ],
)
def test_unreadable_grades_say_what_would_work(raw, message):
    with pytest.raises(PositionError) as error:
        parse_grade(raw, CROSSWALK)
    assert error.value.field == "grade"
    assert message in str(error.value)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2210", ("2210", "", None)),
        (" 0854 ", ("0854", "", None)),
        ("GS-2210", ("2210", "GS", None)),
        ("GS-2210-12", ("2210", "GS", 12)),
        ("2210-13", ("2210", "", 13)),
        ("", ("", "", None)),
    ],
)
def test_series_are_read_alone_or_as_written_on_an_sf50(raw, expected):
    assert parse_series(raw) == expected


@pytest.mark.parametrize(
    ("raw", "message"),
    [
        ("221", "A series has four digits, such as 2210 or 0854, not 221. Write it as 0221."),
        ("22100", "A series has four digits, such as 2210 or 0854, not 22100."),
        ("IT", "The series is the four-digit number of your position"),
        ("<script>alert(1)</script>", "The series is the four-digit number of your position"),
        ("2210' OR '1'='1", "The series is the four-digit number of your position"),
    ],
)
def test_a_series_that_is_not_four_digits_is_refused_with_a_clear_message(raw, message):
    with pytest.raises(PositionError) as error:
        parse_series(raw)
    assert error.value.field == "series"
    assert message in str(error.value)


def test_the_grade_written_in_the_series_is_used_when_the_grade_box_is_empty():
    position = parse_position(CROSSWALK, series="GS-2210-12", title="IT Specialist (INFOSEC)")
    assert (position.series, position.plan, position.grade) == ("2210", "GS", 12)


def test_an_empty_form_asks_for_a_series_or_a_title():
    with pytest.raises(PositionError, match="Enter your series"):
        parse_position(CROSSWALK, grade="12")


def test_duties_longer_than_2000_characters_are_refused_and_markup_is_only_text():
    with pytest.raises(PositionError) as error:
        parse_position(CROSSWALK, series="2210", text="x" * (10 * 1024))
    assert error.value.field == "text"
    assert "at most 2,000 characters (you entered 10,240)" in str(error.value)
    position = parse_position(
        CROSSWALK, series="2210", title="<b>IT</b> Specialist\x00 (INFOSEC)", text="a" * MAX_TEXT
    )
    assert position.title == "<b>IT</b> Specialist (INFOSEC)"
    assert matched(series="2210", title="<img src=x onerror=alert(1)> (INFOSEC)").role_family


# Matching -------------------------------------------------------------------------------------


def test_an_infosec_gs12_is_senior_cybersecurity_with_its_reasons_and_la_pay():
    match = matched(series="2210", grade="GS-12", title="IT Specialist (INFOSEC)")
    assert match.role_family.slug == "cybersecurity"
    assert match.seniority.slug == "senior"
    assert match.reasons[:2] == [
        "2210 (INFOSEC) is Cybersecurity & Privacy work.",
        "GS-12 is “Senior” in this site's ladder (GS-12, GS-13).",
    ]
    pay = match.federal_pay
    assert (pay.year, pay.minimum, pay.maximum) == (2026, 104349, 135657)
    assert "Your GS-12 in Los Angeles pays about $104,349 to $135,657 a year (2026)." in (
        match.reasons
    )
    titles = {
        level: [o.local_class.title for o in options] for level, options in match.local.items()
    }
    assert "Information Technology Specialist II" in titles["state"]
    assert "Information Systems Analyst II" in titles["county"]
    assert "Departmental Information Security Officer II" in titles["county"]
    assert "Senior Systems Analyst I" in titles["city"]
    assert titles["nonprofit"] == ["Senior Security Engineer"]
    # Public education has security work only at lead: the nearest level, said so.
    assert titles["education"] == ["IT Security Analyst 5"]
    assert not any(option.exact for option in match.local["education"])
    civil = [match.local[level] for level in ("state", "county", "city", "nonprofit")]
    assert all(option.exact for options in civil for option in options)
    assert [a.slug for a in match.alternatives] == [
        "infrastructure-operations",
        "policy-acquisition",
        "architecture",
    ]


def test_supervisory_raises_the_grade_level_by_one_and_says_so():
    match = matched(series="2210", grade="13", title="Supervisory IT Specialist (APPSW)")
    assert match.seniority.slug == "lead"
    assert "“Supervisory” in your title raises it one level, to “Lead, Principal, Supervisor”." in (
        match.reasons
    )


def test_executives_get_the_ses_range_with_no_locality():
    match = matched(series="2210", grade="SES", title="Chief Information Officer")
    assert (match.role_family.slug, match.seniority.slug) == ("it-leadership", "executive")
    assert (match.federal_pay.minimum, match.federal_pay.maximum) == (151661, 228000)
    assert "no locality" in match.federal_pay.locality


@pytest.mark.parametrize("grade", range(1, 16))
def test_every_gs_grade_has_los_angeles_pay_that_rises_with_the_grade(grade):
    pay = matched(series="1560", grade=str(grade)).federal_pay
    assert pay.minimum < pay.maximum <= 197200
    if grade > 1:
        assert pay.minimum > matched(series="1560", grade=str(grade - 1)).federal_pay.minimum


def test_gg_pays_like_gs_and_gl_pay_is_not_shown_with_a_reason():
    assert matched(series="2210", grade="GG-12").federal_pay.minimum == 104349
    gl = matched(series="2210", grade="GL-7", title="IT Specialist (CUSTSPT)")
    assert gl.federal_pay is None
    assert any("law-enforcement" in reason for reason in gl.reasons)


def test_a_non_technology_series_gets_an_honest_answer_not_a_wrong_match():
    match = matched(series="0610", grade="GS-11", title="Nurse")
    assert (match.role_family, match.seniority, match.local) == (None, None, {})
    assert match.message.startswith("0610 Nurse is not technology work")


def test_a_non_technology_series_with_a_technology_title_offers_it_as_an_alternative():
    match = matched(series="0201", grade="12", title="HR Specialist (Data Analytics)")
    assert match.role_family is None
    assert [a.slug for a in match.alternatives] == ["data-analytics"]
    assert "If that was your main work, look there." in match.alternatives[0].reason


def test_a_sometimes_series_asks_for_the_duties_and_then_matches_on_them():
    bare = matched(series="1102", grade="12", title="Contract Specialist")
    assert bare.role_family is None
    assert "Add your position title or a few lines of your duties" in " ".join(bare.reasons)
    with_duties = matched(
        series="1102", grade="12", title="Contract Specialist", text="Buys cloud and IT software."
    )
    assert with_duties.role_family.slug == "policy-acquisition"


def test_a_physical_security_specialist_is_not_cybersecurity():
    assert matched(series="0080", grade="12", title="Security Specialist").role_family is None


def test_a_2210_with_nothing_else_is_an_assumption_with_alternatives():
    match = matched(series="2210", grade="11")
    assert match.role_family is not None
    assert "nothing you entered says which, so we assumed" in match.reasons[0]
    assert len(match.alternatives) == 3


def test_an_unknown_series_lets_the_title_decide_and_says_so():
    match = matched(series="1301", grade="13", title="Physical Scientist (Data Science)")
    assert match.role_family.slug == "data-analytics"
    assert match.reasons[0].startswith("Series 1301 is not in our crosswalk yet")


def test_without_a_grade_the_title_decides_the_level_and_there_is_no_pay():
    match = matched(series="2210", title="Senior Software Engineer")
    assert match.seniority.slug == "senior"
    assert match.federal_pay is None
    assert "With no grade, your title decides the level" in " ".join(match.reasons)


def test_where_an_employer_has_no_class_at_the_level_the_nearest_level_is_offered():
    options = local_options(CROSSWALK, "cybersecurity", "executive")
    assert [o.local_class.title for o in options["city"]] == ["Chief Information Security Officer"]
    state = options["state"]
    assert state
    assert not any(option.exact for option in state)
    assert {option.local_class.seniority for option in state} == {"lead"}


@pytest.mark.parametrize("level", ["entry", "mid", "senior", "lead"])
@pytest.mark.parametrize("family", ROLE_FAMILY_SLUGS)
def test_every_family_has_state_county_city_and_nonprofit_classes_at_every_level(family, level):
    options = local_options(CROSSWALK, family, level)
    assert {"state", "county", "city", "nonprofit"} <= set(options)
    for government in ("state", "county", "city", "nonprofit"):
        titles = [option.local_class.title for option in options[government]]
        offered = options[government]
        assert all(option.exact for option in offered), (government, titles)


# Issue #28: before the second edition these got State classes only, one State class and a
# nonprofit title, and a nonprofit title only.
@pytest.mark.parametrize(
    ("inputs", "family", "level", "county", "city"),
    [
        (
            {"series": "2210", "grade": "GS-14", "title": "IT Specialist (ENTARCH)"},
            "architecture",
            "lead",
            ["Principal Information Systems Analyst", "Information Technology Manager I"],
            ["Senior Systems Analyst II", "Information Systems Manager I"],
        ),
        (
            {"series": "2210", "grade": "GS-13", "title": "IT Project Manager"},
            "product-delivery",
            "senior",
            ["Information Systems Analyst II", "Senior Information Systems Analyst"],
            ["Senior Systems Analyst I"],
        ),
        (
            {"series": "0301", "grade": "GS-13", "title": "Customer Experience Strategist"},
            "design-research",
            "senior",
            ["Information Systems Analyst II", "Senior Information Systems Analyst"],
            ["Senior Systems Analyst I"],
        ),
    ],
)
def test_every_family_is_offered_county_and_city_classes_at_its_own_level(
    inputs, family, level, county, city
):
    match = matched(**inputs)
    assert (match.role_family.slug, match.seniority.slug) == (family, level)
    titles = {
        government: [option.local_class.title for option in options]
        for government, options in match.local.items()
    }
    assert {"state", "county", "city", "nonprofit"} <= set(titles)
    assert (titles["county"], titles["city"]) == (county, city)
    assert all(option.exact for options in match.local.values() for option in options)


# Issue #28: the education level gets the university and school district classes where they
# exist.
def test_a_gs12_it_specialist_is_offered_each_public_education_employers_nearest_classes():
    match = matched(series="2210", grade="GS-12", title="IT Specialist")
    assert (match.role_family.slug, match.seniority.slug) == ("infrastructure-operations", "senior")
    offered = {
        (o.local_class.employer.name, o.local_class.title): o for o in match.local["education"]
    }
    ucla = "University of California, Los Angeles (UCLA)"
    assert set(offered) == {
        (ucla, "Systems Administrator 3 TX"),
        (ucla, "Database Administrator 3"),
        ("Los Angeles Unified School District", "Network Engineer"),
    }
    sysadmin = offered[(ucla, "Systems Administrator 3 TX")]
    assert (sysadmin.exact, sysadmin.local_class.class_code) == (True, "4699")
    # LAUSD has the class only at mid: offered as its nearest level, and marked unchecked.
    network = offered[("Los Angeles Unified School District", "Network Engineer")]
    assert not network.exact
    assert not network.local_class.verified


def test_a_help_desk_gs7_gets_the_csu_class_with_its_published_monthly_range_a_year():
    match = matched(series="2210", grade="GS-7", title="IT Specialist (CUSTSPT)")
    assert (match.role_family.slug, match.seniority.slug) == ("it-support", "entry")
    [option] = match.local["education"]
    local = option.local_class
    assert (local.employer.name, local.title) == (
        "California State University",
        "Technology Support Specialist I",
    )
    assert (local.pay_min, local.pay_max) == (4595 * 12, 6694 * 12)
    assert option.exact
    assert local.verified


def test_education_classes_not_checked_against_a_class_list_have_no_code_or_pay():
    education = [c for c in CROSSWALK.classes if c.employer.government_level == "education"]
    assert {c.employer.name for c in education} == {
        "California State University",
        "University of California, Los Angeles (UCLA)",
        "Los Angeles Unified School District",
    }
    unchecked = [c for c in education if not c.verified]
    assert {c.employer.name for c in unchecked} >= {"Los Angeles Unified School District"}
    for local in unchecked:
        assert (local.class_code, local.pay_min, local.pay_max) == ("", None, None), local.title
