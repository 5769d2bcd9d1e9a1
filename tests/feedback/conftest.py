"""Pages with stable block ids, built on samenspel.StandardPage so the comment logic is proven
independently of the toolkit's page types."""

import json

import pytest
from wagtail.models import Page, Site

from samenspel.models import HomePage, StandardPage

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
def home(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Samenspel", slug="start"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


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
def login(client):
    def log_in(user):
        client.force_login(user)
        return client

    return log_in
