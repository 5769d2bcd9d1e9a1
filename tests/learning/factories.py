"""Factories of learning: LOTs and their members, sessions with agenda items, measurement rounds
and their responses.

``LotFactory(municipality=delft)`` gives a LOT; ``LotMemberFactory(lot=lot, user=user)`` adds an
account holder (default role: local team practitioner), ``LotMemberFactory(lot=lot, guest=True)``
a guest by e-mail. ``MeasurementRoundFactory()`` opens a regional baseline on the questionnaire
(``learning.instrument.seed_instrument``: the instrument is product content, not demo content);
``ResponseFactory.create_batch(n, measurement_round=r)`` fills it with complete answers, or pass
``learning.synthetic.generate_responses`` rows to ``add_responses``.
"""

import datetime

import factory
from django.utils import timezone

from learning.instrument import seed_instrument
from learning.models import (
    AgendaItem,
    Lot,
    LotMember,
    LotRole,
    MeasurementRound,
    Response,
    Session,
)
from learning.tokens import hash_code
from tests.site.factories import OrganisationFactory


def days_from_today(days):
    return timezone.localdate() + datetime.timedelta(days=days)


class LotFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Lot

    name = factory.Sequence(lambda n: f"LOT {n}")
    municipality = factory.SubFactory(OrganisationFactory)
    description = "Samen leren van casussen uit de praktijk."


class LotMemberFactory(factory.django.DjangoModelFactory):
    """An account holder in a LOT; ``guest=True`` gives a parent invited by e-mail instead."""

    class Meta:
        model = LotMember

    class Params:
        guest = factory.Trait(
            user=None,
            name=factory.Sequence(lambda n: f"Ouder {n}"),
            email=factory.Sequence(lambda n: f"ouder{n}@example.org"),
            role=LotRole.PARENT,
        )

    lot = factory.SubFactory(LotFactory)
    user = factory.SubFactory("tests.site.factories.UserFactory")
    role = LotRole.LT_PRACTITIONER


class SessionFactory(factory.django.DjangoModelFactory):
    """A session a week from now, two hours, without a template."""

    class Meta:
        model = Session

    lot = factory.SubFactory(LotFactory)
    title = factory.Sequence(lambda n: f"Bijeenkomst {n}")
    starts_at = factory.LazyFunction(
        lambda: (timezone.now() + datetime.timedelta(days=7)).replace(
            hour=14, minute=0, second=0, microsecond=0
        )
    )
    duration_minutes = 120
    location = "Stadhuis, zaal 2"


class AgendaItemFactory(factory.django.DjangoModelFactory):
    """A free-text agenda item; pass ``kind`` with ``building_block`` or ``measurement_round``."""

    class Meta:
        model = AgendaItem

    session = factory.SubFactory(SessionFactory)
    sort_order = factory.Sequence(lambda n: n)
    kind = AgendaItem.Kind.TEXT
    title = factory.Sequence(lambda n: f"Agendapunt {n}")
    description = "Wat we bespreken."
    minutes = 20


class MeasurementRoundFactory(factory.django.DjangoModelFactory):
    """A regional baseline open from a week ago until a week from now."""

    class Meta:
        model = MeasurementRound

    instrument = factory.LazyFunction(seed_instrument)
    title = "Nulmeting"
    kind = MeasurementRound.Kind.BASELINE
    scope = MeasurementRound.Scope.REGION
    opens_on = factory.LazyFunction(lambda: days_from_today(-7))
    closes_on = factory.LazyFunction(lambda: days_from_today(7))


class ResponseFactory(factory.django.DjangoModelFactory):
    """A complete response answering every item 4 and every grade 7."""

    class Meta:
        model = Response

    measurement_round = factory.SubFactory(MeasurementRoundFactory)
    status = Response.Status.COMPLETE
    org_type = "lt"
    municipality = "delft"
    trained = True
    items = factory.LazyAttribute(
        lambda r: {item.slug: 4 for item in instrument_items(r.measurement_round.instrument)}
    )
    grades = factory.LazyAttribute(
        lambda r: {grade.slug: 7 for grade in r.measurement_round.instrument.grades.all()}
    )
    submitted_on = factory.LazyFunction(timezone.localdate)


def instrument_items(instrument):
    from learning.models import Item

    return Item.objects.filter(scale__instrument=instrument)


def add_responses(measurement_round, responses, status=Response.Status.COMPLETE):
    """Store ``responses`` (rows as ``learning.synthetic.generate_responses`` makes them)."""
    salt = measurement_round.series_salt
    Response.objects.bulk_create(
        Response(
            measurement_round=measurement_round,
            status=status,
            org_type=r["org_type"],
            municipality=r["municipality"],
            trained=r["trained"],
            code_hash=hash_code(r["code"], salt) if r.get("code") else "",
            items=r["items"],
            grades=r["grades"],
        )
        for r in responses
    )
