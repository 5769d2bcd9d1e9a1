"""The feedback item ids of LOT outcomes and intranet remarks became foreign keys: the migrations
keep every id that points at an item, and set to NULL the ids of items that no longer exist."""

import datetime

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from wagtail.models import Page

from embed.models import EmbedRemark
from learning.feedback.services import create_feedback_item
from learning.models import Lot, Outcome
from learning.services import plan_session

BEFORE = [("learning", "0005_stored_values_in_english"), ("embed", "0002_drop_invalid_origins")]


def migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets or executor.loader.graph.leaf_nodes())


@pytest.mark.django_db(transaction=True)
def test_feedback_item_ids_survive_becoming_foreign_keys(delft):
    item = create_feedback_item(
        title="Voorstel", summary="Eerst bellen", created_by=None, source_kind="embed"
    )
    lot = Lot.objects.create(name="LOT Delft", municipality=delft)
    session = plan_session(
        lot,
        template_slug="casusbespreking",
        title="",
        starts_at=datetime.datetime(2030, 1, 7, 14, tzinfo=datetime.UTC),
    )
    outcomes = [
        Outcome.objects.create(session=session, kind=Outcome.Kind.PROPOSAL, text=text)
        for text in ("kept", "dangling", "none")
    ]
    page = Page.get_first_root_node()
    remarks = [
        EmbedRemark.objects.create(organisation=delft, page=page, remark=text)
        for text in ("kept", "dangling", "none")
    ]

    migrate(BEFORE)  # back to the integer columns
    try:
        with connection.cursor() as cursor:
            for table, rows in (("learning_outcome", outcomes), ("embed_embedremark", remarks)):
                for row, value in zip(rows, (item.pk, item.pk + 1000, None), strict=True):
                    cursor.execute(
                        f"UPDATE {table} SET feedback_item_id = %s WHERE id = %s",  # noqa: S608
                        [value, row.pk],
                    )
    finally:
        migrate(None)  # forward again, whatever happened

    for model, rows in ((Outcome, outcomes), (EmbedRemark, remarks)):
        kept, dangling, none = (model.objects.get(pk=row.pk) for row in rows)
        assert kept.feedback_item == item
        assert dangling.feedback_item_id is None
        assert none.feedback_item_id is None


@pytest.mark.django_db
def test_deleting_a_feedback_item_leaves_the_outcome(delft):
    item = create_feedback_item(title="Voorstel", summary="x", created_by=None, source_kind="lot")
    lot = Lot.objects.create(name="LOT Delft", municipality=delft)
    session = plan_session(
        lot,
        template_slug="casusbespreking",
        title="",
        starts_at=datetime.datetime(2030, 1, 7, 14, tzinfo=datetime.UTC),
    )
    outcome = Outcome.objects.create(
        session=session, kind=Outcome.Kind.PROPOSAL, text="Eerst bellen", feedback_item=item
    )
    item.delete()
    outcome.refresh_from_db()
    assert outcome.feedback_item_id is None and outcome.text == "Eerst bellen"
