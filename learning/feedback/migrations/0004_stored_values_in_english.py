"""Stored values in one language: comment kinds and the feedback ledger's statuses, decisions,
addressees and factor levels move from Dutch keys to English ones (code language), in the items
and in their history; the Dutch labels stay, through the translation catalogue. Reversible."""

from django.db import migrations, models

from samenspel.datamigrations import rename_keys

STATUS = {
    "ontvangen": "received",
    "in_behandeling": "in_progress",
    "besluit": "decided",
    "verwerkt": "released",
}
DECISION = {"overgenomen": "adopted", "deels": "partly", "niet_overgenomen": "rejected"}
# (app, model, field) -> {old Dutch key: new English key}
RENAMES = {
    ("feedback", "comment", "kind"): {
        "vraag": "question",
        "suggestie": "suggestion",
        "praktijkervaring": "practice",
        "knelpunt": "barrier",
        "onduidelijk_begrip": "unclear_term",
        "fout": "error",
    },
    ("feedback", "feedbackitem", "status"): STATUS,
    ("feedback", "feedbackitem", "decision"): DECISION,
    ("feedback", "feedbackitem", "addressee"): {
        "opgaveteam": "task_team",
        "organisatiemanagement": "organisation_management",
        "gemeente": "municipality",
        "regio": "region",
    },
    ("feedback", "feedbackitem", "factor_level"): {
        "interpersoonlijk": "interpersonal",
        "organisatie": "organisation",
    },
    ("feedback", "feedbackstatuschange", "from_status"): STATUS,
    ("feedback", "feedbackstatuschange", "to_status"): STATUS,
    ("feedback", "feedbackstatuschange", "decision"): DECISION,
}


class Migration(migrations.Migration):

    dependencies = [
        ('feedback', '0003_preference_label'),
    ]

    operations = [
        rename_keys(RENAMES),
        migrations.AlterField(
            model_name='comment',
            name='kind',
            field=models.CharField(blank=True, choices=[('question', 'Question'), ('suggestion', 'Suggestion'), ('practice', 'Practice experience'), ('barrier', 'Barrier (a rule that blocks practice)'), ('unclear_term', 'Unclear term'), ('error', 'Error')], max_length=24, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='feedbackitem',
            name='addressee',
            field=models.CharField(choices=[('task_team', 'Task team'), ('organisation_management', 'Organisation management'), ('municipality', 'Municipality'), ('region', 'Region')], default='task_team', max_length=24, verbose_name='addressed to'),
        ),
        migrations.AlterField(
            model_name='feedbackitem',
            name='decision',
            field=models.CharField(blank=True, choices=[('adopted', 'Adopted'), ('partly', 'Partly adopted'), ('rejected', 'Not adopted')], max_length=20, verbose_name='decision'),
        ),
        migrations.AlterField(
            model_name='feedbackitem',
            name='factor_level',
            field=models.CharField(blank=True, choices=[('professional', 'Professional'), ('interpersonal', 'Interpersonal'), ('organisation', 'Organisation'), ('context', 'Context')], max_length=20, verbose_name='factor level'),
        ),
        migrations.AlterField(
            model_name='feedbackitem',
            name='status',
            field=models.CharField(choices=[('received', 'Received'), ('in_progress', 'In progress'), ('decided', 'Decided'), ('released', 'Processed in a release')], db_index=True, default='received', max_length=16, verbose_name='status'),
        ),
        migrations.AlterField(
            model_name='feedbackstatuschange',
            name='decision',
            field=models.CharField(blank=True, choices=[('adopted', 'Adopted'), ('partly', 'Partly adopted'), ('rejected', 'Not adopted')], max_length=20),
        ),
        migrations.AlterField(
            model_name='feedbackstatuschange',
            name='from_status',
            field=models.CharField(blank=True, choices=[('received', 'Received'), ('in_progress', 'In progress'), ('decided', 'Decided'), ('released', 'Processed in a release')], max_length=16),
        ),
        migrations.AlterField(
            model_name='feedbackstatuschange',
            name='to_status',
            field=models.CharField(choices=[('received', 'Received'), ('in_progress', 'In progress'), ('decided', 'Decided'), ('released', 'Processed in a release')], max_length=16),
        ),
    ]
