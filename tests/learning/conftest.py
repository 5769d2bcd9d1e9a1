import datetime

import pytest
from django.utils import timezone

from learning.instrument import seed_instrument
from learning.models import LotRole
from learning.services import plan_session
from learning.synthetic import generate_responses
from samenspel.roles import Role
from tests.site.factories import member

from .factories import LotFactory, LotMemberFactory, MeasurementRoundFactory, add_responses

__all__ = ["add_responses", "make_round"]


@pytest.fixture
def instrument(db):
    return seed_instrument()


@pytest.fixture
def lot(delft, facilitator):
    lot = LotFactory(name="LOT Delft", municipality=delft)
    LotMemberFactory(lot=lot, user=facilitator, role=LotRole.FACILITATOR)
    return lot


@pytest.fixture
def lot_member(lot, delft):
    user = member(delft, Role.PROFESSIONAL, email="lid@example.org")
    LotMemberFactory(lot=lot, user=user, role=LotRole.LT_PRACTITIONER)
    return user


@pytest.fixture
def other_lot_member(zoetermeer):
    lot = LotFactory(name="LOT Zoetermeer", municipality=zoetermeer)
    user = member(zoetermeer, Role.FACILITATOR, email="anderlot@example.org")
    LotMemberFactory(lot=lot, user=user, role=LotRole.FACILITATOR)
    return user


def make_round(instrument, **fields):
    """A regional baseline on ``instrument``, open this week; ``fields`` override."""
    return MeasurementRoundFactory(instrument=instrument, **fields)


@pytest.fixture
def regional_round(instrument):
    measurement_round = make_round(instrument)
    add_responses(measurement_round, generate_responses(60, seed=7))
    return measurement_round


def at(days, hour, minute=0):
    """A local time ``days`` from today: sessions are planned in the site's time zone."""
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


@pytest.fixture
def session(lot):
    """A session a week from now, as the facilitator plans it from a template."""
    return plan_session(
        lot,
        template_slug="casusbespreking",
        title="Casus van maart",
        starts_at=at(7, 14),
        location="Stadskantoor Delft, zaal 3",
    )
