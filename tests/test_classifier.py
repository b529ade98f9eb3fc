"""The classifier follows the taxonomy of docs/architecture.md on a table of real-world titles
across employers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.accuracy import evaluate, score
from ingest.classifier import Classifier, OrganizerRule, Reason, Rule, seed_classifier
from jobboard.taxonomy_seed import ROLE_FAMILIES, SENIORITY_LEVELS

TABLE = Path(__file__).parent / "fixtures" / "classifier_titles.tsv"


def test_the_title_table_has_at_least_150_rows_across_levels_of_government():
    result = score(seed_classifier(), TABLE)
    assert result.total >= 150


def test_accuracy_on_the_title_table_is_at_least_97_percent():
    result = score(seed_classifier(), TABLE)
    assert result.accuracy >= 0.97, "\n".join(result.misses)


@pytest.mark.parametrize(
    ("title", "kwargs", "expected"),
    [
        ("IT Specialist (APPSW)", {"grade": "GS-11", "grade_high": "GS-13"}, ("mid", "senior")),
        ("Supervisory IT Specialist", {"grade": "GS-13"}, ("lead", "lead")),
        ("Supervisory IT Specialist", {"grade": "GS-15"}, ("lead", "lead")),
        ("IT Specialist", {"grade": "SES"}, ("executive", "executive")),
    ],
)
def test_federal_grades_set_seniority_and_top_seniority(title, kwargs, expected):
    result = seed_classifier().classify(title, **kwargs)
    assert (result.seniority, result.top_seniority) == expected


def test_a_leader_whose_title_names_a_function_belongs_to_that_function():
    result = seed_classifier().classify("Chief Information Security Officer")
    assert (result.role_family, result.seniority) == ("cybersecurity", "executive")
    assert result.people_manager is True


def test_numerals_depend_on_the_employer():
    classifier = seed_classifier()
    state = classifier.classify(
        "Information Technology Specialist I", employer="State of California"
    )
    city = classifier.classify("Programmer Analyst I", employer="City of Pasadena")
    assert state.seniority == "mid"
    assert city.seniority == "entry"


def test_the_description_breaks_ties_for_a_generic_it_title():
    result = seed_classifier().classify(
        "Information Technology Specialist",
        description="Administers the firewall, the network engineer team's VoIP and Linux hosts.",
    )
    assert result.role_family == "infrastructure-operations"
    result = seed_classifier().classify(
        "Information Technology Specialist",
        description="Performs information security reviews and incident response.",
    )
    assert result.role_family == "cybersecurity"


def test_role_names_that_contain_manager_are_not_people_managers():
    result = seed_classifier().classify("Product Manager")
    assert (result.role_family, result.seniority, result.people_manager) == (
        "product-delivery",
        "mid",
        False,
    )


@pytest.mark.django_db
def test_organizers_signals_from_the_database_change_classification():
    from jobboard.models import RoleFamily

    assert Classifier.from_database().classify("Salesforce Administrator").role_family is None
    family = RoleFamily.objects.get(slug="infrastructure-operations")
    family.signals += "\nsalesforce administrator"
    family.save()
    assert (
        Classifier.from_database().classify("Salesforce Administrator").role_family
        == "infrastructure-operations"
    )


REAL_TITLES = Path(__file__).parent.parent / "bench" / "data" / "real_titles.tsv"


def test_the_real_title_evaluation_meets_its_targets():
    result = evaluate(seed_classifier(), REAL_TITLES)
    assert result.technology >= 30
    assert result.other >= 25
    assert result.met(), (result.rates(), result.misses)


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Head of Security", ("cybersecurity", "executive")),
        ("Head of Data Operations", ("data-analytics", "executive")),
        ("Staff Engineer, API Platform", ("software-engineering", "lead")),
        ("Forward Deployed Engineer", ("software-engineering", "mid")),
        ("ML Researcher", ("data-analytics", "mid")),
        ("ML Ops Engineer", ("data-analytics", "mid")),
        ("Co-op, AI Software Engineering (6-8 months)", ("software-engineering", "intern")),
        ("Computer Science Teacher", (None, None)),
        ("Data Warehouse Engineer", ("data-analytics", "mid")),
        ("Practical Hardware Electronics Test Engineer", (None, None)),
    ],
)
def test_titles_from_company_boards(title, expected):
    result = seed_classifier().classify(title)
    assert (result.role_family, result.seniority) == expected


def test_a_vague_title_is_read_with_its_category_and_says_so():
    result = seed_classifier().classify(
        "Specialist III:  Tech Support",
        employer="Irvine Unified School District",
        category="Information Tech. / Computer Svcs.",
    )
    assert (result.role_family, result.seniority) == ("it-support", "senior")
    vague = seed_classifier().classify(
        "Senior Solutions Engineer",
        category="INFORMATION TECHNOLOGY SPECIALIST III",
        description="Provides expert-level guidance for cloud platforms.",
    )
    assert vague.role_family == "infrastructure-operations"
    assert [r.rule for r in vague.reasons][:2] == [Rule.TECH_CATEGORY, Rule.GENERIC_IT_DUTIES]


def test_a_technology_department_does_not_make_a_warehouse_worker_a_technologist():
    result = seed_classifier().classify(
        "Lead Warehouse Worker - (Technology and Information Services Department)",
        category="Other Classified",
        department="Technology and Information Services",
    )
    assert result.role_family is None
    assert result.reasons[0].rule == Rule.NON_TECHNOLOGY


def test_one_word_in_a_long_description_does_not_decide_a_vague_title():
    text = "Cleans offices nightly. " * 40 + "Reports broken network cables to the help desk."
    assert seed_classifier().classify("Operations Associate", description=text).role_family is None
    duties = "Runs the help desk, desktop support and end user support for 900 staff."
    result = seed_classifier().classify("Operations Associate", description=duties)
    assert result.role_family == "it-support"
    assert result.reasons[0] == Reason(Rule.DESCRIPTION, "3 of 3", "it-support")


def test_an_organizers_rule_wins_and_is_among_the_reasons():
    rule = OrganizerRule(7, "", "2525A", "Irvine Unified School District", "it-support", "senior")
    classifier = Classifier(
        {term["slug"]: term["signals"].splitlines() for term in ROLE_FAMILIES},
        {term["slug"]: term["signals"].splitlines() for term in SENIORITY_LEVELS},
        [rule],
    )
    result = classifier.classify(
        "Network Coordinator", employer="Irvine Unified School District", category="2525A"
    )
    assert (result.role_family, result.seniority) == ("it-support", "senior")
    assert result.reasons[0] == Reason(Rule.ORGANIZER_RULE, "#7 2525A", "it-support")
    elsewhere = classifier.classify(
        "Network Coordinator", employer="Pasadena USD", category="2525A"
    )
    assert elsewhere.reasons[0].rule != Rule.ORGANIZER_RULE
