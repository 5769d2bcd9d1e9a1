"""Stored intranet origins that the strict validation refuses are dropped (issue 13, finding 2:
a semicolon or a space in an origin reached the embed pages' CSP header). Valid ones are kept in
their normalised form. There is nothing to undo: the dropped values were never safe to send."""

from django.db import migrations


def drop_invalid_origins(apps, schema_editor):
    from embed.origins import valid_origins

    EmbedSettings = apps.get_model("embed", "EmbedSettings")
    for embed_settings in EmbedSettings.objects.all():
        cleaned = valid_origins(embed_settings.allowed_origins)
        if cleaned != embed_settings.allowed_origins:
            embed_settings.allowed_origins = cleaned
            embed_settings.save(update_fields=["allowed_origins"])


class Migration(migrations.Migration):
    dependencies = [("embed", "0001_initial")]

    operations = [migrations.RunPython(drop_invalid_origins, migrations.RunPython.noop)]
