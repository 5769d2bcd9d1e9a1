"""Stored values in one language: the LOT roles move from Dutch keys to English ones (code
language), as the kinds did in 0005; the Dutch labels stay, through the translation catalogue.
Reversible."""

from django.db import migrations, models

from samenspel.datamigrations import rename_keys

# (app, model, field) -> {old Dutch key: new English key}
RENAMES = {
    ("learning", "lotmember", "role"): {
        "projectleider": "project_leader",
        "gedragswetenschapper": "behavioural_scientist",
        "ouder": "parent",
        "ervaringsdeskundige": "experience_expert",
    },
}


class Migration(migrations.Migration):

    dependencies = [
        ('learning', '0006_outcome_feedback_item_foreign_key'),
    ]

    operations = [
        rename_keys(RENAMES),
        migrations.AlterField(
            model_name='lotmember',
            name='role',
            field=models.CharField(choices=[('project_leader', 'Project leader'), ('behavioural_scientist', 'Behavioural scientist'), ('lt', 'Local team practitioner'), ('gi', 'GI practitioner'), ('facilitator', 'Facilitator'), ('parent', 'Parent'), ('experience_expert', 'Experience expert')], max_length=30, verbose_name='role'),
        ),
    ]
