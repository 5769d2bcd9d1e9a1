"""Stored values in one language: the kinds of rounds, agenda items and outcomes move from Dutch
keys to English ones (code language); the Dutch labels stay, through the translation catalogue.
Reversible: going back turns the English keys into the Dutch ones again."""

from django.db import migrations, models

# model name -> {old Dutch key: new English key}
RENAMES = {
    "measurementround": {"nulmeting": "baseline", "vervolgmeting": "follow_up"},
    "agendaitem": {
        "bouwsteen": "building_block",
        "casus": "case",
        "vragenlijst": "questionnaire",
        "tekst": "text",
    },
    "outcome": {"les": "lesson", "knelpunt": "barrier", "voorstel": "proposal"},
}


def rename(apps, forwards):
    for model_name, mapping in RENAMES.items():
        model = apps.get_model("learning", model_name)
        for old, new in mapping.items():
            source, target = (old, new) if forwards else (new, old)
            model.objects.filter(kind=source).update(kind=target)


def to_english(apps, schema_editor):
    rename(apps, forwards=True)


def to_dutch(apps, schema_editor):
    rename(apps, forwards=False)



class Migration(migrations.Migration):

    dependencies = [
        ('learning', '0004_session_calendar_identity'),
    ]

    operations = [
        migrations.RunPython(to_english, to_dutch),
        migrations.AlterField(
            model_name='agendaitem',
            name='kind',
            field=models.CharField(choices=[('building_block', 'Building block'), ('case', 'Case'), ('questionnaire', 'Questionnaire results'), ('text', 'Free text')], max_length=20, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='measurementround',
            name='kind',
            field=models.CharField(choices=[('baseline', 'Baseline'), ('follow_up', 'Follow-up')], max_length=20, verbose_name='kind'),
        ),
        migrations.AlterField(
            model_name='outcome',
            name='kind',
            field=models.CharField(choices=[('lesson', 'Lesson'), ('barrier', 'Barrier'), ('proposal', 'Improvement proposal')], max_length=20, verbose_name='kind'),
        ),
    ]
