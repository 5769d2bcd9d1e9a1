"""Helpers for data migrations that every app may use (the shell names no app).

``rename_keys`` moves stored choice keys from one spelling to another, reversibly; the apps used
it when their stored values became English (docs/architecture.md, "Stored values in English").
"""

from django.db import migrations


def rename_keys(renames):
    """A ``RunPython`` operation that renames stored keys, and back when migrating backwards.

    ``renames`` maps ``(app_label, model_name, field)``, or ``(app_label, model_name, field,
    (other field, value))`` to rename only the rows that match, to ``{old key: new key}``.
    """

    def rename(apps, forwards):
        for target, mapping in renames.items():
            app_label, model_name, field, *match = target
            rows = apps.get_model(app_label, model_name).objects.filter(**dict(match))
            for old, new in mapping.items():
                source, destination = (old, new) if forwards else (new, old)
                rows.filter(**{field: source}).update(**{field: destination})

    def to_new_keys(apps, _schema_editor):
        rename(apps, forwards=True)

    def to_old_keys(apps, _schema_editor):
        rename(apps, forwards=False)

    return migrations.RunPython(to_new_keys, to_old_keys)
