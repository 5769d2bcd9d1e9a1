"""Pages with stable block ids, built on samenspel.StandardPage so the comment logic is proven
independently of the toolkit's page types."""

import datetime
import json

import pytest

from learning.feedback import services
from samenspel.models import StandardPage
from toolkit.models import MethodRelease

STEP_ONE = "stap-een-0000-0000-000000000001"
STEP_TWO = "stap-twee-0000-0000-000000000002"


def body(
    step_one="<p>Bespreek de zorgen eerst met ouders.</p>", step_two="<p>Maak samen een plan.</p>"
):
    blocks = [
        {"type": "heading", "value": "Stappen", "id": "kop-0000"},
        {"type": "paragraph", "value": step_one, "id": STEP_ONE},
    ]
    if step_two is not None:
        blocks.append({"type": "paragraph", "value": step_two, "id": STEP_TWO})
    return json.dumps(blocks)


def publish(page, **texts):
    """Publish a new revision of ``page`` with the given step texts; block ids stay the same."""
    page = page.get_latest_revision_as_object()
    page.body = body(**texts)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page, revision


@pytest.fixture
def article(home):
    page = home.add_child(
        instance=StandardPage(title="Samen wegen", slug="samen-wegen", body=body())
    )
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    return page


@pytest.fixture
def release(db):
    return MethodRelease.objects.create(
        version="1.1", title="Voorjaarsrelease", date=datetime.date(2026, 4, 1), published=True
    )


@pytest.fixture
def decided_item(editor):
    """A public feedback item decided as adopted, ready to be processed in a release."""
    item = services.create_feedback_item(
        title="Voorbeeld bij de tijdslijn", summary="", created_by=editor, source_kind="lot"
    )
    item.is_public = True
    item.save()
    services.change_status(
        item, to_status="decided", decision="adopted", reason="Goed punt", by=editor
    )
    return item


@pytest.fixture
def login(client):
    def log_in(user):
        client.force_login(user)
        return client

    return log_in
