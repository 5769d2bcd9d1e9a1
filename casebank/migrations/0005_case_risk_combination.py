from django.db import migrations, models


def fill_combination(apps, schema_editor):
    # Imported here: the pure functions that define the combination live with the risk check.
    from casebank.risk_score import combination_fields

    Case = apps.get_model("casebank", "Case")
    for case in Case.objects.only("pk", "family", "period").iterator():
        Case.objects.filter(pk=case.pk).update(**combination_fields(case))


class Migration(migrations.Migration):
    dependencies = [
        ("casebank", "0004_deidentification_retries"),
    ]

    operations = [
        migrations.AddField(
            model_name="case",
            name="family_key",
            field=models.CharField(blank=True, default="", editable=False, max_length=120),
        ),
        migrations.AddField(
            model_name="case",
            name="period_from",
            field=models.PositiveSmallIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddField(
            model_name="case",
            name="period_to",
            field=models.PositiveSmallIntegerField(blank=True, editable=False, null=True),
        ),
        migrations.AddIndex(
            model_name="case",
            index=models.Index(
                fields=["region", "family_key", "status", "period_from"],
                name="case_risk_combination_idx",
            ),
        ),
        migrations.RunPython(fill_combination, migrations.RunPython.noop),
    ]
