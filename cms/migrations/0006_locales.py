"""A Wagtail locale for every content language (settings.WAGTAIL_CONTENT_LANGUAGES), so
organizers can translate pages into each without a step in the admin first; and the
permission to translate for organizers and moderators."""

from django.conf import settings
from django.db import migrations

from cms.editorial import set_up_editorial


def add_locales(apps, schema_editor):
    Locale = apps.get_model("wagtailcore", "Locale")
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)
    set_up_editorial(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("cms", "0005_market_chart_block"),
        ("wagtailcore", "0094_alter_page_locale"),
        ("simple_translation", "0001_initial"),
    ]

    operations = [migrations.RunPython(add_locales, migrations.RunPython.noop)]
