"""Factories of the method toolkit: handbook, chapters, products, building blocks and glossary
terms.

``BuildingBlockPageFactory(parent=index)`` gives a published building block with one step and a
tip; pass ``steps=[("step", {...}), ...]`` or any other field to shape it. The vocabulary (phases,
products, roles, statuses) is ``toolkit.vocabulary``.
"""

import datetime

import factory
import wagtail_factories

from toolkit.models import (
    BuildingBlockIndexPage,
    BuildingBlockPage,
    ChangeNote,
    ChapterPage,
    GlossaryPage,
    GlossaryTerm,
    HandbookPage,
    MethodRelease,
    ProductIndexPage,
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


class GlossaryPageFactory(wagtail_factories.PageFactory):
    """The glossary page under the handbook, where glossary links in the text point."""

    class Meta:
        model = GlossaryPage

    title = "Begrippenlijst"
    slug = "begrippen"


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


class ProductIndexPageFactory(wagtail_factories.PageFactory):
    """The products chapter; pass ``decision_aid=toolkit.demo.decision_aid_stream()`` for the
    decision aid "Wanneer product 2a?"."""

    class Meta:
        model = ProductIndexPage

    title = "Producten"
    slug = "producten"
    intro = "<p>De producten van de werkwijze.</p>"


class GlossaryTermFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = GlossaryTerm
        django_get_or_create = ("term",)

    term = factory.Sequence(lambda n: f"Begrip {n}")
    slug = factory.Sequence(lambda n: f"begrip-{n}")
    definition = "Wat het begrip betekent."


class MethodReleaseFactory(factory.django.DjangoModelFactory):
    """A published method release; add pages with ``ChangeNoteFactory(release=..., page=...)``."""

    class Meta:
        model = MethodRelease
        django_get_or_create = ("version",)

    version = factory.Sequence(lambda n: f"1.{n}")
    title = factory.LazyAttribute(lambda r: f"Release {r.version}")
    date = factory.Sequence(lambda n: datetime.date(2026, 1, 1) + datetime.timedelta(days=n))
    published = True


class ChangeNoteFactory(factory.django.DjangoModelFactory):
    """What ``release`` changed on ``page`` (required), pinned to the page's live revision."""

    class Meta:
        model = ChangeNote

    release = factory.SubFactory(MethodReleaseFactory)
    kind = ChangeNote.Kind.AMENDED
    note = "Een stap aangescherpt."
    revision = factory.LazyAttribute(lambda n: n.page.live_revision)


def stream(items):
    """Raw StreamField data from (type, value, id) triples, for blocks whose ids a test names."""
    return [{"type": kind, "value": value, "id": id_} for kind, value, id_ in items]


def publish(page):
    """Save and publish a revision, as an editor does, so the page has a live revision."""
    page.save_revision().publish()
    page.refresh_from_db()
    return page
