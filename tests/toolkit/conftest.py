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


@pytest.fixture
def privacy_in_two_releases(site_tree):
    """The building block "Privacy": new in release 1.0 with one step, and in 1.1 with a new
    summary and an added step about the right to refuse (the other fields unchanged)."""
    from toolkit.models import BuildingBlockIndexPage, ChangeNote

    from .factories import (
        BuildingBlockPageFactory,
        ChangeNoteFactory,
        MethodReleaseFactory,
        publish,
    )

    block = publish(
        BuildingBlockPageFactory(
            parent=BuildingBlockIndexPage.objects.get(),
            title="Privacy",
            slug="privacy",
            summary="Hoe je omgaat met de gegevens van het gezin.",
            steps=[
                ("step", {"title": "Toestemming vragen", "what": "Vraag ouders om toestemming."})
            ],
        )
    )
    ChangeNoteFactory(
        release=MethodReleaseFactory(version="1.0"), page=block, kind=ChangeNote.Kind.NEW
    )
    draft = block.get_latest_revision_as_object()
    draft.summary = "Hoe je samen met het gezin omgaat met hun gegevens."
    draft.steps = [
        *draft.steps.raw_data,
        {
            "type": "step",
            "value": {
                "title": "Het recht om te weigeren bespreken",
                "what": "Vertel ouders dat ze mogen weigeren en wat dat betekent.",
            },
        },
    ]
    block = publish(draft)
    ChangeNoteFactory(release=MethodReleaseFactory(version="1.1"), page=block)
    return block
