"""Seed the real LA-area sources (see ingest/source_seed.py)."""

from django.conf import settings
from django.db import migrations

from ingest.source_seed import SOURCES


def seed(apps, schema_editor):
    Source = apps.get_model("jobboard", "Source")
    enabled = getattr(settings, "INGEST_SEED_SOURCES_ENABLED", True)
    for entry in SOURCES:
        Source.objects.get_or_create(slug=entry["slug"], defaults={**entry, "enabled": enabled})


def unseed(apps, schema_editor):
    apps.get_model("jobboard", "Source").objects.filter(
        slug__in=[entry["slug"] for entry in SOURCES]
    ).delete()


class Migration(migrations.Migration):
    dependencies = [("jobboard", "0003_jobs_sources_agencies")]
    operations = [migrations.RunPython(seed, unseed)]
