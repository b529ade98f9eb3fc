"""The crosswalk's second edition (pathways/seed.py): County, City, State and nonprofit classes
for every role family from entry to lead. Adds what the first edition lacked and fills blanks;
what organizers changed stays as they left it."""

from django.db import migrations

from pathways.seed import update_local_classes


def update(apps, schema_editor):
    update_local_classes(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("pathways", "0004_employer_translations"),
    ]

    operations = [migrations.RunPython(update, migrations.RunPython.noop)]
