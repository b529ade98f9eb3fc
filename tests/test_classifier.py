"""The classifier follows the taxonomy of docs/architecture.md on a table of real-world titles
across employers."""

from __future__ import annotations

from pathlib import Path

import pytest

from ingest.accuracy import score
from ingest.classifier import Classifier, seed_classifier

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
