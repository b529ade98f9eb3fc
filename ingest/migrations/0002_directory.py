"""Seed the directory of Los Angeles County's public employers (ingest/directory.py): a source
per employer with its level of government, platform, evidence and whether its address is
confirmed. Sources seeded before keep their history; a source not confirmed starts disabled,
confirmed ones start enabled in production (``INGEST_SEED_SOURCES_ENABLED``)."""

from datetime import date

from django.conf import settings
from django.db import migrations

from ingest.directory import CHECKED, DIRECTORY
from ingest.platforms import recognise

PLATFORM_NAMES = {
    "usajobs": "USAJOBS",
    "neogov": "NEOGOV",
    "calcareers": "CalCareers",
    "pageup": "PageUp",
    "edjoin": "EdJoin",
    "successfactors": "SuccessFactors",
    "workday": "Workday",
    "greenhouse": "Greenhouse",
}


def _fields(entry: dict) -> dict:
    found = recognise(entry["careers"])
    name = entry["name"] or f"{entry['employer']} ({PLATFORM_NAMES[found.platform]})"
    return {
        "name": name,
        "format": found.format,
        "url": entry["url"] or found.url,
        "agency_default": entry["employer"],
        "government_level": entry["level"],
        "platform": found.platform,
        "confirmed": entry["confirmed"],
        "evidence": entry["evidence"],
        "last_checked": date.fromisoformat(CHECKED),
    }


def seed(apps, schema_editor):
    Source = apps.get_model("jobboard", "Source")
    enabled = getattr(settings, "INGEST_SEED_SOURCES_ENABLED", True)
    for entry in DIRECTORY:
        fields = _fields(entry)
        source = Source.objects.filter(slug=entry["slug"]).first()
        if source is None:
            Source.objects.create(
                slug=entry["slug"], enabled=enabled and entry["confirmed"], **fields
            )
            continue
        for name, value in fields.items():
            setattr(source, name, value)
        source.enabled = source.enabled and entry["confirmed"]
        source.save()


def unseed(apps, schema_editor):
    """Back to the first sources: the directory's new rows go, the first ones stay."""
    first = {"usajobs-la-it", "usajobs-la-data-cs", "usajobs-remote-it", "la-county", "la-city",
             "code-for-america", "nava", "civicactions"}  # fmt: skip
    apps.get_model("jobboard", "Source").objects.filter(
        slug__in=[entry["slug"] for entry in DIRECTORY if entry["slug"] not in first]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("ingest", "0001_seed_sources"),
        ("jobboard", "0023_source_directory_and_health"),
    ]
    operations = [migrations.RunPython(seed, unseed)]
