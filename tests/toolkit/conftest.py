import os

import pytest
from django.core.management import call_command

from toolkit import demo


@pytest.fixture
def toolkit_site(db):
    """The site shell plus the toolkit demo content only (faster than the full seed_demo)."""
    from samenspel import demo as site_demo

    site_demo.seed(log=lambda *args: None)
    demo.seed(log=lambda *args: None)


@pytest.fixture
def full_demo(db):
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture
def building_block(site_tree):
    """One published building block "Weging" with two steps, under the bare page tree."""
    from toolkit.models import BuildingBlockIndexPage

    from .factories import BuildingBlockPageFactory, publish

    return publish(
        BuildingBlockPageFactory(
            parent=BuildingBlockIndexPage.objects.get(),
            title="Weging",
            slug="weging",
            steps=[
                ("step", {"title": "Zorgen wegen", "what": "Weeg samen de zorgen."}),
                ("step", {"title": "Besluiten", "what": "Besluit wie wat doet."}),
            ],
        )
    )
