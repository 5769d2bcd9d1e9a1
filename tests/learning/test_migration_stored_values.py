"""The data migration that turns the learning app's Dutch stored keys into English ones, both ways."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

BEFORE = [("learning", "0004_session_calendar_identity")]
AFTER = [("learning", "0005_stored_values_in_english")]


def migrate(target):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(target)
    return executor.loader.project_state(target).apps


def kinds(apps):
    model = apps.get_model
    return (
        sorted(model("learning", "MeasurementRound").objects.values_list("kind", flat=True)),
        sorted(model("learning", "AgendaItem").objects.values_list("kind", flat=True)),
        sorted(model("learning", "Outcome").objects.values_list("kind", flat=True)),
    )


@pytest.mark.django_db(transaction=True)
def test_kinds_move_to_english_and_back():
    try:
        apps = migrate(BEFORE)
        instrument = apps.get_model("learning", "Instrument").objects.create(
            slug="vragenlijst", title="Vragenlijst"
        )
        for kind in ("nulmeting", "vervolgmeting"):
            apps.get_model("learning", "MeasurementRound").objects.create(
                instrument=instrument, title=kind, kind=kind, scope="region",
                opens_on=datetime.date(2026, 1, 1), closes_on=datetime.date(2026, 2, 1),
            )  # fmt: skip
        lot = apps.get_model("learning", "Lot").objects.create(name="LOT Delft")
        session = apps.get_model("learning", "Session").objects.create(
            lot=lot, title="Eerste bijeenkomst", starts_at=timezone.now()
        )
        for kind in ("bouwsteen", "casus", "vragenlijst", "tekst"):
            apps.get_model("learning", "AgendaItem").objects.create(
                session=session, kind=kind, title=kind
            )
        for kind in ("les", "knelpunt", "voorstel"):
            apps.get_model("learning", "Outcome").objects.create(
                session=session, kind=kind, text=kind
            )

        english = kinds(migrate(AFTER))
        assert english == (
            ["baseline", "follow_up"],
            ["building_block", "case", "questionnaire", "text"],
            ["barrier", "lesson", "proposal"],
        )

        dutch = kinds(migrate(BEFORE))
        assert dutch == (
            ["nulmeting", "vervolgmeting"],
            ["bouwsteen", "casus", "tekst", "vragenlijst"],
            ["knelpunt", "les", "voorstel"],
        )
    finally:
        executor = MigrationExecutor(connection)
        executor.loader.build_graph()
        executor.migrate(executor.loader.graph.leaf_nodes())
