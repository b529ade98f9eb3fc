"""The crosswalk's public education employers (pathways/seed.py): the California State
University, UCLA and LAUSD with their technology classes and how they hire, in English and
Spanish. Adds what is missing and fills blanks; what organizers changed stays as they left it."""

from django.db import migrations

from pathways.seed import update_local_classes


def update(apps, schema_editor):
    update_local_classes(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("pathways", "0006_education_level"),
    ]

    operations = [migrations.RunPython(update, migrations.RunPython.noop)]
