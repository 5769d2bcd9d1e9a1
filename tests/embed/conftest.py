"""A small page tree with every embeddable kind of page and the never-embeddable sections."""

import pytest
from wagtail.models import Page, PageViewRestriction, Site

from casebank.models import CaseIndexPage
from embed.models import EmbedSettings, EmbedSupplement
from learning.models import LearningIndexPage
from samenspel.models import HomePage, StandardPage
from toolkit.models import (
    BuildingBlockIndexPage,
    BuildingBlockPage,
    ChapterPage,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
)

INTRANET = "https://intranet.delft.nl"


class Tree:
    """Attribute bag for the pages of the test tree."""


@pytest.fixture
def tree(db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Samenspel", slug="samenspel-home"))
    Site.objects.update_or_create(
        is_default_site=True,
        defaults={"hostname": "testserver", "port": 80, "root_page": home},
    )
    pages = Tree()
    pages.home = home
    pages.handbook = home.add_child(
        instance=HandbookPage(title="Handboek", slug="handboek", intro="<p>De werkwijze.</p>")
    )
    pages.chapter = pages.handbook.add_child(
        instance=ChapterPage(
            title="Privacy en toestemming", slug="privacy", intro="<p>Over toestemming.</p>"
        )
    )
    pages.glossary = pages.handbook.add_child(
        instance=GlossaryPage(title="Begrippen", slug="begrippen")
    )
    GlossaryTerm.objects.create(
        term="Jeugdbeschermingstafel", slug="jbt", abbreviation="JBT", definition="Overleg."
    )
    pages.blocks = home.add_child(
        instance=BuildingBlockIndexPage(title="Bouwstenen", slug="bouwstenen")
    )
    pages.weging = pages.blocks.add_child(
        instance=BuildingBlockPage(
            title="Weging",
            slug="weging",
            summary="Wegen of de uitgebreide werkwijze nodig is.",
            purpose="<p>Het doel van de weging.</p>",
        )
    )
    pages.tijdslijn = pages.blocks.add_child(
        instance=BuildingBlockPage(
            title="Tijdslijn",
            slug="tijdslijn",
            summary="De tijdslijn van gebeurtenissen.",
            purpose=(
                f'<p>Zie de <a linktype="page" id="{pages.weging.pk}">weging</a>, de '
                f'<a linktype="page" id="{home.pk}">startpagina</a> en '
                '<a href="https://www.example.org/richtlijn">de richtlijn</a>.</p>'
            ),
        )
    )
    pages.private_block = pages.blocks.add_child(
        instance=BuildingBlockPage(title="Besloten bouwsteen", slug="besloten", summary="Intern.")
    )
    PageViewRestriction.objects.create(
        page=pages.private_block, restriction_type=PageViewRestriction.LOGIN
    )
    pages.cases = home.add_child(instance=CaseIndexPage(title="Casusbank", slug="casusbank"))
    pages.learning = home.add_child(instance=LearningIndexPage(title="Leren en LOT", slug="leren"))
    pages.standard = home.add_child(
        instance=StandardPage(title="Toegankelijkheid", slug="toegankelijkheid")
    )
    return pages


@pytest.fixture
def delft_embed(delft):
    return EmbedSettings.objects.create(
        organisation=delft, allowed_origins=[INTRANET], primary_colour="#6a1b9a"
    )


@pytest.fixture
def delft_supplement(delft, tree):
    return EmbedSupplement.objects.create(
        organisation=delft,
        page=tree.weging,
        text="<p>In Delft doet de casuscoördinator de weging samen met de GI.</p>",
    )
