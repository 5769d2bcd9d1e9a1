"""A GIN index on the stored Dutch tsvector, on PostgreSQL only (SQLite has no GIN)."""

from django.db import migrations

INDEX = "casebank_case_search_vector_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {INDEX} ON casebank_case USING gin (search_vector)"
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [("casebank", "0002_cases")]

    operations = [migrations.RunPython(create_index, drop_index, elidable=False)]
