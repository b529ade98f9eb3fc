"""The crosswalk as first published (pathways/seed.py); organizers edit it afterwards."""

from django.db import migrations

from pathways.seed import seed_crosswalk


def seed(apps, schema_editor):
    seed_crosswalk(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("pathways", "0001_initial"),
        ("jobboard", "0002_seed_taxonomy"),
    ]

    operations = [migrations.RunPython(seed, migrations.RunPython.noop)]
