from django.db import migrations

from pathways.editors import let_organizers_edit_crosswalk


def grant(apps, schema_editor):
    let_organizers_edit_crosswalk(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("pathways", "0002_seed_crosswalk"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
