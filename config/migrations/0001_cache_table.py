"""The table of Django's database cache, which holds what every worker shares
(``CACHES["shared"]``): created by ``migrate``, so no deployment step can forget it. A Redis
cache (``CACHE_URL``) needs no table and this does nothing."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []

    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
