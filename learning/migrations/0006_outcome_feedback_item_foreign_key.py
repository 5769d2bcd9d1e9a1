"""Outcome.feedback_item_id was a plain integer so that the feedback ledger could be absent; it
never could be. It becomes a foreign key to feedback.FeedbackItem in the same column, ids kept.
Ids of items that no longer exist are set to NULL first (the constraint would refuse them), which
is what SET_NULL would have done had the key existed."""

import django.db.models.deletion
from django.db import migrations, models


def null_dangling_ids(apps, schema_editor):
    model = apps.get_model("learning", "Outcome")
    item = apps.get_model("feedback", "FeedbackItem")
    model.objects.filter(feedback_item_id__isnull=False).exclude(
        feedback_item_id__in=item.objects.values("pk")
    ).update(feedback_item_id=None)


class Migration(migrations.Migration):
    dependencies = [
        ("learning", "0005_stored_values_in_english"),
        ("feedback", "0003_preference_label"),
    ]

    operations = [
        migrations.RunPython(null_dangling_ids, migrations.RunPython.noop),
        # Renamed, then altered: the schema editor turns the column "feedback_item" back into
        # "feedback_item_id" with the foreign key constraint and an index, values untouched.
        migrations.RenameField("outcome", "feedback_item_id", "feedback_item"),
        migrations.AlterField(
            model_name="outcome",
            name="feedback_item",
            field=models.ForeignKey(
                blank=True,
                null=True,
                on_delete=django.db.models.deletion.SET_NULL,
                related_name="+",
                to="feedback.feedbackitem",
            ),
        ),
    ]
