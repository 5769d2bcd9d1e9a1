"""Stored values in one language: case types, frameworks (kader), generalised regions, clusters and
factor levels move from Dutch keys to English ones (code language), in the cases, their factors
and the search's facet rows; the Dutch labels stay, through the translation catalogue.
Municipality keys (den_haag, delft, ...) are names and stay. Reversible."""

from django.db import migrations, models

from samenspel.datamigrations import rename_keys

CASE_TYPE = {
    "ots_voorkomen": "ots_prevented",
    "ots_beeindigd": "ots_ended",
    "ots_toch_noodzakelijk": "ots_necessary",
    "samenwerking_tijdens_ots": "collaboration_during_ots",
    "anders": "other",
}
KADER = {"vrijwillig": "voluntary", "drang": "pressure", "dwang": "compulsion"}
REGION = {
    "middelgrote_gemeente": "medium_municipality",
    "kleinere_gemeente": "smaller_municipality",
}
CLUSTER = {
    "houding_deelnemers": "attitude",
    "besluitvormingsproces": "decision_making",
    "spelregels": "rules",
    "organisatie": "organisation",
    "kennisdeling": "knowledge_sharing",
}
LEVEL = {"interpersoonlijk": "interpersonal", "organisatie": "organisation"}
# (app, model, field) -> {old Dutch key: new English key}
RENAMES = {
    ("casebank", "case", "case_type"): CASE_TYPE,
    ("casebank", "case", "kader"): KADER,
    ("casebank", "case", "region"): REGION,
    ("casebank", "casefactor", "cluster"): CLUSTER,
    ("casebank", "casefactor", "level"): LEVEL,
}
# The faceted search's rows (facet, value) copy those values.
RENAMES |= {
    ("casebank", "casefacetvalue", "value", ("facet", facet)): mapping
    for facet, mapping in {
        "case_type": CASE_TYPE, "kader": KADER, "region": REGION, "cluster": CLUSTER
    }.items()
}


class Migration(migrations.Migration):

    dependencies = [
        ('casebank', '0005_case_risk_combination'),
    ]

    operations = [
        rename_keys(RENAMES),
        migrations.AlterField(
            model_name='case',
            name='case_type',
            field=models.CharField(choices=[('ots_prevented', 'OTS prevented'), ('ots_ended', 'OTS ended'), ('ots_necessary', 'OTS necessary after all'), ('collaboration_during_ots', 'Collaboration during an OTS'), ('other', 'Other')], max_length=30, verbose_name='case type'),
        ),
        migrations.AlterField(
            model_name='case',
            name='kader',
            field=models.CharField(blank=True, choices=[('voluntary', 'Voluntary (vrijwillig)'), ('pressure', 'Pressure (drang)'), ('compulsion', 'Compulsion (dwang, a measure)')], max_length=12, verbose_name='framework (kader)'),
        ),
        migrations.AlterField(
            model_name='case',
            name='region',
            field=models.CharField(choices=[('den_haag', 'Den Haag'), ('zoetermeer', 'Zoetermeer'), ('delft', 'Delft'), ('westland', 'Westland'), ('leidschendam_voorburg', 'Leidschendam-Voorburg'), ('rijswijk', 'Rijswijk'), ('pijnacker_nootdorp', 'Pijnacker-Nootdorp'), ('midden_delfland', 'Midden-Delfland'), ('voorschoten', 'Voorschoten'), ('wassenaar', 'Wassenaar'), ('medium_municipality', 'A medium-sized municipality in Haaglanden'), ('smaller_municipality', 'A smaller municipality in Haaglanden'), ('haaglanden', 'Haaglanden (not specified)')], default='haaglanden', max_length=30, verbose_name='region'),
        ),
        migrations.AlterField(
            model_name='casefactor',
            name='cluster',
            field=models.CharField(choices=[('attitude', 'Attitude of participants'), ('decision_making', 'Decision-making process'), ('rules', 'Rules of the game'), ('organisation', 'Organisation'), ('knowledge_sharing', 'Knowledge sharing')], max_length=30, verbose_name='cluster'),
        ),
        migrations.AlterField(
            model_name='casefactor',
            name='level',
            field=models.CharField(blank=True, choices=[('professional', 'Professional'), ('interpersonal', 'Interpersonal'), ('organisation', 'Organisation'), ('context', 'Context')], max_length=20, verbose_name='level'),
        ),
    ]
