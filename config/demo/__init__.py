"""The demo content behind ``manage.py load_demo``. Each step is idempotent and reports what it
did in one line. Demo jobs go through the real ingest path, from the files in ``jobs/`` beside
this module (written for this project in each source's real format, and installed with the
package, so a non-editable install can load them too)."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from django.apps import apps as django_apps

from cms.demo import ensure_site_pages, ensure_translated_pages
from gatherings.demo import ensure_events
from ingest.classifier import Classifier
from ingest.pipeline import ingest_source, source_for_location
from jobboard.models import Agency, RoleFamily, SeniorityLevel
from jobboard.permissions import set_up_moderators
from jobboard.taxonomy_seed import seed_taxonomy
from pathways.editors import let_organizers_edit_crosswalk
from pathways.models import LocalClass
from pathways.seed import seed_crosswalk

DEMO_DIR = Path(__file__).resolve().parent / "jobs"
# (file, format, employer when the listings name none)
DEMO_SOURCES = [
    ("usajobs_federal.json", "usajobs", ""),
    ("lacounty_jobs.xml", "rss", "County of Los Angeles"),
    ("lacity_jobs.xml", "rss", "City of Los Angeles"),
    ("state_jobs.html", "jsonld", ""),
    ("local_government_jobs.html", "jsonld", ""),
    ("greenhouse_codeforamerica.json", "greenhouse", "Code for America"),
    ("lever_civicactions.json", "lever", "CivicActions"),
]
# Employers whose canonical names, levels and aliases the demo sets up front.
DEMO_AGENCIES = [
    (
        "County of Los Angeles",
        "county-of-los-angeles",
        "county",
        "Los Angeles County\nLA County\nCounty of LA",
    ),
    ("City of Los Angeles", "city-of-los-angeles", "city", "Los Angeles, City of\nLA City"),
    ("Code for America", "code-for-america", "nonprofit", "Code for America Labs"),
    ("CivicActions", "civicactions", "private", "CivicActions, Inc."),
]


def ensure_taxonomy() -> str:
    """Make sure every seeded slug exists (the migration seeds them; organizers may have
    deleted one by mistake)."""
    created = seed_taxonomy(RoleFamily, SeniorityLevel)
    return (
        f"Taxonomy: {RoleFamily.objects.count()} role families, "
        f"{SeniorityLevel.objects.count()} seniority levels ({created} restored)."
    )


def ensure_crosswalk() -> str:
    """The federal crosswalk's seed rows (the migration loads them; tests that empty the
    database need them back), editable by organizers."""
    created = seed_crosswalk(django_apps)
    let_organizers_edit_crosswalk(django_apps)
    count = LocalClass.objects.count()
    return f"Federal crosswalk: {count} local classes ({created} rows restored)."


def ensure_demo_agencies() -> str:
    """Canonical names, levels and aliases for the demo's main employers."""
    for name, slug, level, aliases in DEMO_AGENCIES:
        Agency.objects.get_or_create(
            slug=slug, defaults={"name": name, "level": level, "aliases": aliases}
        )
    return f"Agencies: {len(DEMO_AGENCIES)} demo employers ready."


def ingest_demo_jobs() -> Iterator[str]:
    """Ingest every demo file through the real pipeline."""
    classifier = Classifier.from_database()
    for name, fmt, agency in DEMO_SOURCES:
        source = source_for_location(str(DEMO_DIR / name), fmt=fmt, agency=agency)
        report = ingest_source(source, classifier=classifier)
        status = "ok" if report.ok else f"FAILED: {report.error}"
        yield f"Demo jobs from {name}: {report.counts.summary()} ({status})."


def load_demo_content(*, jobs: bool = True, pages: bool = True) -> Iterator[str]:
    """Run every demo step in order, yielding one line of report per step (``pages=False``
    leaves out the CMS pages, for tests that only need the jobs)."""
    yield ensure_taxonomy()
    yield ensure_crosswalk()
    if pages:
        yield from ensure_site_pages()
        yield from ensure_translated_pages()
        yield from ensure_events()
    yield ensure_demo_agencies()
    set_up_moderators(django_apps)
    if jobs:
        yield from ingest_demo_jobs()
