"""Fixtures shared by the browser journeys."""

import json

import pytest

from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage

from .helpers import STEP


@pytest.fixture
def step_page(transactional_db, home):
    """A live building block 'Weging' with one step whose block id is ``STEP``."""
    steps = [
        {
            "type": "step",
            "value": {"title": "Samen wegen", "what": "Weeg samen met de GI of meer nodig is."},
            "id": STEP,
        }
    ]
    index = home.add_child(instance=BuildingBlockIndexPage(title="Bouwstenen", slug="bouwstenen"))
    page = index.add_child(
        instance=BuildingBlockPage(
            title="Weging", slug="weging", summary="Samen wegen.", steps=json.dumps(steps)
        )
    )
    page.save_revision().publish()
    return page
