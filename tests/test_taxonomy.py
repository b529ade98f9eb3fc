"""The taxonomy is seeded with exactly the slugs of the taxonomy (docs/architecture.md)."""

import pytest

from config.demo import ensure_taxonomy
from jobboard.models import RoleFamily, SeniorityLevel

pytestmark = pytest.mark.django_db

DESIGN_ROLE_FAMILIES = [
    "software-engineering",
    "infrastructure-operations",
    "it-support",
    "cybersecurity",
    "data-analytics",
    "product-delivery",
    "systems-analysis",
    "design-research",
    "architecture",
    "policy-acquisition",
    "it-leadership",
]
DESIGN_SENIORITY = ["intern", "entry", "mid", "senior", "lead", "executive"]


def test_role_families_are_seeded_with_the_design_slugs_in_order():
    assert list(RoleFamily.objects.ordered().values_list("slug", flat=True)) == (
        DESIGN_ROLE_FAMILIES
    )


def test_seniority_ladder_is_seeded_from_intern_to_executive():
    assert list(SeniorityLevel.objects.ordered().values_list("slug", flat=True)) == (
        DESIGN_SENIORITY
    )
    assert SeniorityLevel.objects.get(slug="senior").federal_grades == "GS-12, GS-13"


def test_reseeding_restores_a_deleted_term_and_keeps_edited_wording():
    RoleFamily.objects.filter(slug="it-support").delete()
    RoleFamily.objects.filter(slug="cybersecurity").update(name="Security")
    report = ensure_taxonomy()
    assert "1 restored" in report
    assert RoleFamily.objects.get(slug="cybersecurity").name == "Security"
    assert RoleFamily.objects.filter(slug="it-support").exists()


def test_signals_are_listed_one_per_line():
    security = RoleFamily.objects.get(slug="cybersecurity")
    assert "(INFOSEC)" in security.signal_list()
    assert "" not in security.signal_list()
