"""The demo content behind ``manage.py load_demo``. Each step is idempotent and reports what it
did in one line."""

from __future__ import annotations

from collections.abc import Iterator

from cms.demo import ensure_home_page
from jobboard.models import RoleFamily, SeniorityLevel
from jobboard.taxonomy_seed import seed_taxonomy


def ensure_taxonomy() -> str:
    """Make sure every seeded slug exists (the migration seeds them; organizers may have
    deleted one by mistake)."""
    created = seed_taxonomy(RoleFamily, SeniorityLevel)
    return (
        f"Taxonomy: {RoleFamily.objects.count()} role families, "
        f"{SeniorityLevel.objects.count()} seniority levels ({created} restored)."
    )


def load_demo_content() -> Iterator[str]:
    """Run every demo step in order, yielding one line of report per step."""
    yield ensure_taxonomy()
    home = ensure_home_page()
    yield f"Home page: '{home.title}' at /."
