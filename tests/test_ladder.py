"""The seniority ladder has one home beside the taxonomy (``jobboard.ladder``), which the seed,
the classifier and the crosswalk read; the classifier answers with its reasons, and the crosswalk
puts those reasons in words instead of working them out again."""

from __future__ import annotations

import pytest

from ingest.classifier import Reason, Rule, seed_classifier
from jobboard.ladder import LADDER, RUNGS, grade_level, raise_one
from jobboard.taxonomy_seed import SENIORITY_LEVELS
from pathways.crosswalk import Crosswalk
from pathways.matcher import match_position, parse_position

CROSSWALK = Crosswalk.from_seed()


def test_the_seed_lists_the_ladders_rungs_in_order_with_their_federal_grades():
    assert [term["slug"] for term in SENIORITY_LEVELS] == list(LADDER)
    assert [term["federal_grades"] for term in SENIORITY_LEVELS] == [
        "GS-2, GS-3, GS-4",
        "GS-5, GS-7",
        "GS-9, GS-11",
        "GS-12, GS-13",
        "GS-14, GS-15",
        "SES",
    ]


@pytest.mark.parametrize(
    ("grades", "level"),
    [
        ((1, 2, 3, 4), "intern"),
        ((5, 6, 7, 8), "entry"),
        ((9, 10, 11), "mid"),
        ((12, 13), "senior"),
        ((14, 15), "lead"),
    ],
)
def test_each_general_schedule_grade_is_on_the_rung_of_the_design_table(grades, level):
    for number in grades:
        assert grade_level(f"GS-{number}") == level
        assert grade_level(str(number)) == level


def test_executive_plans_are_executive_and_text_without_a_grade_is_no_level():
    for plan in ("SES", "ES", "SL", "ST", "SES-3"):
        assert grade_level(plan) == "executive"
    assert grade_level("") is None
    assert grade_level("step") is None


def test_every_grade_a_rung_names_reads_back_as_that_rung():
    for rung in RUNGS:
        for number in rung.grades:
            assert grade_level(f"GS-{number}") == rung.slug


def test_a_raise_is_one_rung_and_never_reaches_executive():
    assert [raise_one(level) for level in LADDER] == [
        "entry",
        "mid",
        "senior",
        "lead",
        "lead",
        "executive",
    ]


def test_the_classifier_answers_with_the_rules_that_decided_family_and_seniority():
    result = seed_classifier().classify("Supervisory IT Specialist (INFOSEC)", grade="GS-13")
    assert (result.role_family, result.seniority) == ("cybersecurity", "lead")
    assert result.reasons == (
        Reason(Rule.HR_CODE, "INFOSEC", "cybersecurity"),
        Reason(Rule.GRADE, "GS-13", "senior"),
        Reason(Rule.RAISED, "Supervisory", "lead"),
    )


def test_a_raise_that_changes_nothing_is_not_given_as_a_reason():
    decision = seed_classifier().decide_seniority("Supervisory IT Specialist", grade="GS-15")
    assert decision.answer == "lead"
    assert decision.reasons == (Reason(Rule.GRADE, "GS-15", "lead"),)


@pytest.mark.parametrize(
    ("title", "employer", "reason"),
    [
        ("Senior Data Scientist", "", Reason(Rule.WORDS, "senior", "senior")),
        ("Staff Software Engineer", "", Reason(Rule.WORDS, "staff software", "lead")),
        ("IT Specialist I", "State of California", Reason(Rule.NUMERAL, "I", "mid")),
        ("Programmer Analyst I", "City of Pasadena", Reason(Rule.NUMERAL, "I", "entry")),
        ("Data Scientist", "", Reason(Rule.NO_MODIFIER, "", "mid")),
    ],
)
def test_a_title_without_a_grade_gives_the_rule_that_read_it(title, employer, reason):
    result = seed_classifier().classify(title, employer=employer)
    assert result.reasons[-1] == reason
    assert result.seniority == reason.answer


@pytest.mark.parametrize(
    ("title", "kwargs", "reason"),
    [
        ("Civil Engineer", {}, Reason(Rule.NON_TECHNOLOGY, "civil", None)),
        (
            "Senior Data Scientist",
            {},
            Reason(Rule.TITLE_SIGNAL, "data scientist", "data-analytics"),
        ),
        ("Specialist", {"series": ["1550"]}, Reason(Rule.SERIES, "1550", "software-engineering")),
        (
            "Contract Specialist",
            {"series": ["1102"], "description": "Buys software and cloud services."},
            Reason(Rule.IT_SCOPE_SERIES, "1102", "policy-acquisition"),
        ),
        (
            "Information Technology Specialist",
            {"description": "Performs information security reviews."},
            Reason(Rule.GENERIC_IT_DUTIES, "", "cybersecurity"),
        ),
        ("IT Specialist Trainee", {}, Reason(Rule.GENERIC_IT_TITLE, "trainee", "it-support")),
        ("Computer Analyst", {}, Reason(Rule.GENERIC_IT_TITLE, "analyst", "systems-analysis")),
        ("IT Specialist", {}, Reason(Rule.GENERIC_IT_TITLE, "", "infrastructure-operations")),
        ("Barista", {}, Reason(Rule.NOTHING, "", None)),
    ],
)
def test_the_family_comes_with_the_rule_that_gave_it(title, kwargs, reason):
    result = seed_classifier().classify(title, **kwargs)
    assert result.role_family == reason.answer
    assert result.reasons[0] == reason


@pytest.mark.parametrize(
    ("grade", "title"),
    [
        ("GS-12", "Supervisory IT Specialist (INFOSEC)"),
        ("GS-13", "Lead IT Specialist (CUSTSPT)"),
        ("GS-15", "Supervisory IT Specialist (INFOSEC)"),
        ("GS-12", "IT Specialist (INFOSEC)"),
    ],
)
def test_the_crosswalk_says_the_classifiers_own_seniority_reasons(grade, title):
    match = match_position(
        parse_position(CROSSWALK, series="2210", grade=grade, title=title),
        CROSSWALK,
        seed_classifier(),
    )
    decision = seed_classifier().decide_seniority(title, grade=grade)
    names = {slug: term.name for slug, term in CROSSWALK.seniorities.items()}
    base = decision.reason(Rule.GRADE).answer
    assert f"{grade} is “{names[base]}” in this site's ladder" in " ".join(match.reasons)
    raised = decision.reason(Rule.RAISED)
    said = [reason for reason in match.reasons if "raises it one level" in reason]
    raise_sentence = "“{prefix}” in your title raises it one level, to “{level}”."
    assert said == (
        [raise_sentence.format(prefix=raised.evidence.capitalize(), level=names[raised.answer])]
        if raised
        else []
    )
    assert match.seniority.slug == decision.answer
