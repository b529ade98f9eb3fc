"""The Organizers group and the Guide review workflow (see cms/editorial.py)."""

from django.db import migrations

from cms.editorial import set_up_editorial


def set_up(apps, schema_editor):
    set_up_editorial(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0003_guides"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0006_formstate"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("jobboard", "0006_search_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(set_up, migrations.RunPython.noop)]
