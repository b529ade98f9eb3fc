"""Seed the first real LA-area sources (the directory, ingest/directory.py, extends them in
0002). The list is kept here as it was, so this migration means the same thing forever."""

from django.conf import settings
from django.db import migrations

SOURCES = [
    {
        "slug": "usajobs-la-it",
        "name": "USAJOBS: IT jobs in Los Angeles",
        "format": "usajobs",
        "url": "https://data.usajobs.gov/api/search?LocationName=Los%20Angeles%2C%20California"
        "&Radius=50&JobCategoryCode=2210",
    },
    {
        "slug": "usajobs-la-data-cs",
        "name": "USAJOBS: computer science and data jobs in Los Angeles",
        "format": "usajobs",
        "url": "https://data.usajobs.gov/api/search?LocationName=Los%20Angeles%2C%20California"
        "&Radius=50&JobCategoryCode=1550%3B1560%3B1530%3B0854",
    },
    {
        "slug": "usajobs-remote-it",
        "name": "USAJOBS: remote IT jobs",
        "format": "usajobs",
        "url": "https://data.usajobs.gov/api/search?RemoteIndicator=True&JobCategoryCode=2210",
    },
    {
        "slug": "la-county",
        "name": "County of Los Angeles job bulletins",
        "format": "rss",
        "url": "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=lacounty",
        "agency_default": "County of Los Angeles",
    },
    {
        "slug": "la-city",
        "name": "City of Los Angeles job bulletins",
        "format": "rss",
        "url": "https://www.governmentjobs.com/SearchEngine/JobsFeed?agency=lacity",
        "agency_default": "City of Los Angeles",
    },
    {
        "slug": "code-for-america",
        "name": "Code for America (Greenhouse)",
        "format": "greenhouse",
        "url": "https://boards-api.greenhouse.io/v1/boards/codeforamerica/jobs?content=true",
        "agency_default": "Code for America",
    },
    {
        "slug": "nava",
        "name": "Nava PBC (Greenhouse)",
        "format": "greenhouse",
        "url": "https://boards-api.greenhouse.io/v1/boards/navapbc/jobs?content=true",
        "agency_default": "Nava PBC",
    },
    {
        "slug": "civicactions",
        "name": "CivicActions (Lever)",
        "format": "lever",
        "url": "https://api.lever.co/v0/postings/civicactions?mode=json",
        "agency_default": "CivicActions",
    },
]


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
