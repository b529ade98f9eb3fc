"""Wagtail's Moderators group reviews employers' postings (see jobboard/submissions.py)."""

from django.db import migrations

from jobboard.permissions import set_up_moderators


def forwards(apps, schema_editor):
    set_up_moderators(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("jobboard", "0007_submissions"),
        ("wagtailcore", "0098_apitoken"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, migrations.RunPython.noop)]
