"""Seed the taxonomy with exactly the slugs of the taxonomy (docs/architecture.md). Existing rows keep the wording
organizers gave them; missing slugs are added."""

from django.db import migrations

from jobboard.taxonomy_seed import ROLE_FAMILY_SLUGS, SENIORITY_SLUGS, seed_taxonomy


def seed(apps, schema_editor):
    seed_taxonomy(
        apps.get_model("jobboard", "RoleFamily"), apps.get_model("jobboard", "SeniorityLevel")
    )


def unseed(apps, schema_editor):
    apps.get_model("jobboard", "RoleFamily").objects.filter(slug__in=ROLE_FAMILY_SLUGS).delete()
    apps.get_model("jobboard", "SeniorityLevel").objects.filter(slug__in=SENIORITY_SLUGS).delete()


class Migration(migrations.Migration):
    dependencies = [("jobboard", "0001_initial")]
    operations = [migrations.RunPython(seed, unseed)]
