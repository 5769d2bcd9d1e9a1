"""Factories of the method toolkit: handbook, chapters, building blocks and glossary terms.

``BuildingBlockPageFactory(parent=index)`` gives a published building block with one step and a
tip; pass ``steps=[("step", {...}), ...]`` or any other field to shape it. The vocabulary (phases,
products, roles, statuses) is ``toolkit.vocabulary``.
"""

import factory
import wagtail_factories

from toolkit.models import (
    BuildingBlockIndexPage,
    BuildingBlockPage,
    ChapterPage,
    GlossaryTerm,
    HandbookPage,
)
from toolkit.vocabulary import Phase, Product, Role, Status


class HandbookPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = HandbookPage

    title = "Handboek"
    slug = "handboek"
    show_in_menus = True


class ChapterPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ChapterPage

    title = factory.Sequence(lambda n: f"Hoofdstuk {n}")
    slug = factory.Sequence(lambda n: f"hoofdstuk-{n}")
    intro = "<p>Waar dit hoofdstuk over gaat.</p>"


class BuildingBlockIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BuildingBlockIndexPage

    title = "Bouwstenen"
    slug = "bouwstenen"
    show_in_menus = True


class BuildingBlockPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = BuildingBlockPage

    title = factory.Sequence(lambda n: f"Bouwsteen {n}")
    slug = factory.Sequence(lambda n: f"bouwsteen-{n}")
    summary = "Een korte samenvatting van de bouwsteen."
    purpose = "<p>Waarom deze bouwsteen er is.</p>"
    involved = factory.LazyFunction(lambda: [Role.LT, Role.GI])
    lead = Role.LT
    phases = factory.LazyFunction(lambda: [Phase.WEIGH])
    products = factory.LazyFunction(lambda: [Product.TWO_A])
    status = Status.ADOPTED
    steps = factory.LazyFunction(
        lambda: [("step", {"title": "Samen beginnen", "what": "Maak kennis met het gezin."})]
    )
    tips = factory.LazyFunction(lambda: [("item", "Bel elkaar eerder dan je denkt.")])


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm
        django_get_or_create = ("term",)

    term = factory.Sequence(lambda n: f"Begrip {n}")
    slug = factory.Sequence(lambda n: f"begrip-{n}")
    definition = "Wat het begrip betekent."


def publish(page):
    """Save and publish a revision, as an editor does, so the page has a live revision."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page
