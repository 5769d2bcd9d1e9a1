"""The questionnaire instrument: seeding it from instrument_content and reading its structure."""

from dataclasses import dataclass

from django.db import transaction

from . import instrument_content as content
from .models import Grade, Instrument, Item, Scale


@dataclass(frozen=True)
class ItemSpec:
    slug: str
    text: str
    reverse_scored: bool


@dataclass(frozen=True)
class ScaleSpec:
    slug: str
    name: str
    description: str
    items: tuple[ItemSpec, ...]


@dataclass(frozen=True)
class GradeSpec:
    slug: str
    name: str
    question: str
    low_anchor: str
    high_anchor: str
    higher_is_better: bool
    help_text: str


@dataclass(frozen=True)
class Structure:
    """The instrument as the questionnaire form and the report need it, read in three queries."""

    instrument: Instrument
    scales: tuple[ScaleSpec, ...]
    grades: tuple[GradeSpec, ...]

    @property
    def grade_slugs(self):
        return [grade.slug for grade in self.grades]

    @property
    def item_slugs(self):
        return [item.slug for scale in self.scales for item in scale.items]


def structure(instrument):
    items_by_scale = {}
    for item in Item.objects.filter(scale__instrument=instrument).order_by("sort_order", "pk"):
        items_by_scale.setdefault(item.scale_id, []).append(
            ItemSpec(item.slug, item.text, item.reverse_scored)
        )
    scales = tuple(
        ScaleSpec(
            scale.slug, scale.name, scale.description, tuple(items_by_scale.get(scale.pk, ()))
        )
        for scale in instrument.scales.order_by("sort_order", "pk")
        if items_by_scale.get(scale.pk)
    )
    grades = tuple(
        GradeSpec(
            g.slug, g.name, g.question, g.low_anchor, g.high_anchor, g.higher_is_better, g.help_text
        )
        for g in Grade.objects.filter(instrument=instrument).order_by("sort_order", "pk")
    )
    return Structure(instrument, scales, grades)


@transaction.atomic
def seed_instrument():
    """Create the collaboration questionnaire from ``instrument_content`` if it is missing.

    Existing rows are left alone: once editors maintain the instrument, their wording wins.
    """
    instrument, created = Instrument.objects.get_or_create(
        slug=content.INSTRUMENT_SLUG,
        defaults={
            "title": content.INSTRUMENT_TITLE,
            "version": content.INSTRUMENT_VERSION,
            "introduction": content.INSTRUMENT_INTRODUCTION,
        },
    )
    for position, scale_content in enumerate(content.SCALES):
        scale, _ = Scale.objects.get_or_create(
            instrument=instrument,
            slug=scale_content.slug,
            defaults={
                "name": scale_content.name,
                "description": scale_content.description,
                "sort_order": position,
            },
        )
        for item_position, item in enumerate(scale_content.items):
            Item.objects.get_or_create(
                scale=scale,
                slug=item.slug,
                defaults={
                    "text": item.text,
                    "reverse_scored": item.reverse_scored,
                    "sort_order": item_position,
                },
            )
    for position, grade in enumerate(content.GRADES):
        Grade.objects.get_or_create(
            instrument=instrument,
            slug=grade.slug,
            defaults={
                "name": grade.name,
                "question": grade.question,
                "low_anchor": grade.low_anchor,
                "high_anchor": grade.high_anchor,
                "higher_is_better": grade.higher_is_better,
                "help_text": grade.help_text,
                "sort_order": position,
            },
        )
    return instrument
