"""The guards' cache table (settings: CACHES["default"]), created with the schema like any table,
so no deployment can forget `createcachetable`. Idempotent: an existing table is kept."""

from django.core.management import call_command
from django.db import migrations


def create_cache_tables(apps, schema_editor):
    call_command("createcachetable", database=schema_editor.connection.alias, verbosity=0)


class Migration(migrations.Migration):
    dependencies = []
    operations = [migrations.RunPython(create_cache_tables, migrations.RunPython.noop)]
