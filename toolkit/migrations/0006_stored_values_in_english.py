"""Stored values in one language: the method vocabulary's roles, phases and statuses, and the
kinds of worksheet, move from Dutch keys to English ones (code language); the Dutch labels stay,
through the translation catalogue. Building-block pages and every revision of them (what a method release pins, what the
diff and "the page as it was" read) are rewritten. Reversible: going back restores the Dutch keys."""

import json

from django.db import migrations, models
from wagtail.blocks import StreamValue

import toolkit.models.fields
import wagtail.fields

# field -> {old Dutch key: new English key}; "involved" and "phases" hold several keys ("a,b").
ROLES = {"gedragswetenschapper": "behavioural_scientist", "jeugdige": "young_person"}
RENAMES = {
    "involved": ROLES,
    "lead": ROLES,
    "phases": {
        "wegen": "weigh",
        "onderzoeken": "investigate",
        "analyseren": "analyse",
        "veranderen": "change",
        "borgen": "secure",
    },
    "status": {
        "in_ontwikkeling": "in_development",
        "vastgesteld": "adopted",
        "in_herziening": "under_revision",
    },
}
MULTIPLE = {"involved", "phases"}
# The kind of each worksheet in the "worksheets" stream.
WORKSHEET_KINDS = {"tijdslijn": "timeline", "gezinspatroon": "family_pattern"}


def renamed(field, value, forwards):
    mapping = RENAMES[field]
    if not forwards:
        mapping = {new: old for old, new in mapping.items()}
    if field not in MULTIPLE:
        return mapping.get(value, value)
    if isinstance(value, list):
        return [mapping.get(key, key) for key in value]
    return ",".join(mapping.get(key, key) for key in (value or "").split(",") if key)


def renamed_worksheets(stream, forwards):
    """The stream's raw data (a list, or JSON text in a revision) with each kind renamed."""
    mapping = WORKSHEET_KINDS if forwards else {new: old for old, new in WORKSHEET_KINDS.items()}
    items = json.loads(stream) if isinstance(stream, str) else stream
    for item in items or []:
        value = item.get("value")
        if item.get("type") == "worksheet" and isinstance(value, dict) and "kind" in value:
            value["kind"] = mapping.get(value["kind"], value["kind"])
    return json.dumps(items) if isinstance(stream, str) else items


def rename(apps, forwards):
    page_model = apps.get_model("toolkit", "BuildingBlockPage")
    stream_block = page_model._meta.get_field("worksheets").stream_block
    for page in page_model.objects.all():
        values = {field: renamed(field, getattr(page, field), forwards) for field in RENAMES}
        raw = renamed_worksheets(list(page.worksheets.raw_data), forwards)
        values["worksheets"] = StreamValue(stream_block, raw, is_lazy=True)
        page_model.objects.filter(pk=page.pk).update(**values)
    content_type = apps.get_model("contenttypes", "ContentType").objects.filter(
        app_label="toolkit", model="buildingblockpage"
    )
    revisions = apps.get_model("wagtailcore", "Revision").objects.filter(
        content_type__in=content_type
    )
    for revision in revisions.iterator():
        content = revision.content
        for field in RENAMES:
            if field in content:
                content[field] = renamed(field, content[field], forwards)
        if content.get("worksheets"):
            content["worksheets"] = renamed_worksheets(content["worksheets"], forwards)
        revision.save(update_fields=["content"])


def to_english(apps, schema_editor):
    rename(apps, forwards=True)


def to_dutch(apps, schema_editor):
    rename(apps, forwards=False)


class Migration(migrations.Migration):

    dependencies = [
        ('toolkit', '0005_change_note_verbose_names'),
        ('wagtailcore', '0098_apitoken'),
    ]

    operations = [
        migrations.RunPython(to_english, to_dutch),
        migrations.AlterField(
            model_name='buildingblockpage',
            name='involved',
            field=toolkit.models.fields.MultiChoiceField(blank=True, choices=[('lt', 'Local team'), ('gi', 'Certified institution'), ('family', 'Parents and family'), ('behavioural_scientist', 'Behavioural scientist'), ('young_person', 'Young person'), ('other', 'Other people involved')], default=list, max_length=200, verbose_name='who is involved'),
        ),
        migrations.AlterField(
            model_name='buildingblockpage',
            name='lead',
            field=models.CharField(blank=True, choices=[('lt', 'Local team'), ('gi', 'Certified institution'), ('family', 'Parents and family'), ('behavioural_scientist', 'Behavioural scientist'), ('young_person', 'Young person'), ('other', 'Other people involved')], max_length=40, verbose_name='who leads'),
        ),
        migrations.AlterField(
            model_name='buildingblockpage',
            name='phases',
            field=toolkit.models.fields.MultiChoiceField(blank=True, choices=[('weigh', 'Weighing'), ('investigate', 'Investigating'), ('analyse', 'Analysing'), ('change', 'Changing'), ('secure', 'Securing')], default=list, max_length=200, verbose_name='phases'),
        ),
        migrations.AlterField(
            model_name='buildingblockpage',
            name='status',
            field=models.CharField(choices=[('concept', 'Draft concept'), ('in_development', 'In development'), ('adopted', 'Established'), ('under_revision', 'Under revision')], default='concept', max_length=20, verbose_name='maturity status'),
        ),
        migrations.AlterField(
            model_name='buildingblockpage',
            name='worksheets',
            field=wagtail.fields.StreamField([('worksheet', 8)], blank=True, block_lookup={0: ('wagtail.blocks.ChoiceBlock', [], {'choices': [('timeline', 'Timeline'), ('family_pattern', 'Family pattern'), ('vto_checklist', 'VTO checklist'), ('checklist', 'Checklist')], 'label': 'Kind'}), 1: ('wagtail.blocks.CharBlock', (), {'label': 'Title'}), 2: ('wagtail.blocks.TextBlock', (), {'label': 'Instructions', 'required': False}), 3: ('wagtail.blocks.CharBlock', (), {'label': 'Label'}), 4: ('wagtail.blocks.TextBlock', (), {'label': 'Help text', 'required': False}), 5: ('wagtail.blocks.BooleanBlock', (), {'help_text': 'Filled in with or by the family, in their own words.', 'label': "The family's own view", 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('label', 3), ('help', 4), ('family_view', 5)]], {}), 7: ('wagtail.blocks.ListBlock', (6,), {'label': 'Fields'}), 8: ('wagtail.blocks.StructBlock', [[('kind', 0), ('title', 1), ('instructions', 2), ('fields', 7)]], {})}, verbose_name='worksheets'),
        ),
    ]
