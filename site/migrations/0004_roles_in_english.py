"""Stored values in one language: the behavioural scientist's role key moves from Dutch to English
(code language) on memberships and invitations; the Dutch label stays, through the translation
catalogue. Reversible."""

from django.db import migrations, models

from samenspel.datamigrations import rename_keys

ROLE = {"gedragswetenschapper": "behavioural_scientist"}
# (app, model, field) -> {old Dutch key: new English key}
RENAMES = {
    ("samenspel", "membership", "role"): ROLE,
    ("samenspel", "invitation", "role"): ROLE,
}


class Migration(migrations.Migration):

    dependencies = [
        ('samenspel', '0003_task_receipt'),
    ]

    operations = [
        rename_keys(RENAMES),
        migrations.AlterField(
            model_name='invitation',
            name='role',
            field=models.CharField(choices=[('professional', 'Professional'), ('behavioural_scientist', 'Behavioural scientist'), ('facilitator', 'LOT facilitator'), ('editor', 'Method editor'), ('taskteam', 'Task team member'), ('orgadmin', 'Organisation admin')], max_length=30, verbose_name='role'),
        ),
        migrations.AlterField(
            model_name='membership',
            name='role',
            field=models.CharField(choices=[('professional', 'Professional'), ('behavioural_scientist', 'Behavioural scientist'), ('facilitator', 'LOT facilitator'), ('editor', 'Method editor'), ('taskteam', 'Task team member'), ('orgadmin', 'Organisation admin')], max_length=30, verbose_name='role'),
        ),
    ]
