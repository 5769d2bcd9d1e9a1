import datetime

import pytest
from django.utils import timezone

from learning.instrument import seed_instrument
from learning.models import Lot, LotMember, LotRole, MeasurementRound, Response
from learning.synthetic import generate_responses
from learning.tokens import hash_code
from samenspel.roles import Role
from tests.site.factories import member


@pytest.fixture
def instrument(db):
    return seed_instrument()


@pytest.fixture
def lot(delft, facilitator):
    lot = Lot.objects.create(name="LOT Delft", municipality=delft)
    LotMember.objects.create(lot=lot, user=facilitator, role=LotRole.FACILITATOR)
    return lot


@pytest.fixture
def lot_member(lot, delft):
    user = member(delft, Role.PROFESSIONAL, email="lid@example.org")
    LotMember.objects.create(lot=lot, user=user, role=LotRole.LT_PRACTITIONER)
    return user


@pytest.fixture
def other_lot_member(zoetermeer):
    lot = Lot.objects.create(name="LOT Zoetermeer", municipality=zoetermeer)
    user = member(zoetermeer, Role.FACILITATOR, email="anderlot@example.org")
    LotMember.objects.create(lot=lot, user=user, role=LotRole.FACILITATOR)
    return user


def make_round(instrument, **fields):
    today = timezone.localdate()
    defaults = {
        "title": "Nulmeting",
        "kind": MeasurementRound.Kind.BASELINE,
        "scope": MeasurementRound.Scope.REGION,
        "opens_on": today - datetime.timedelta(days=7),
        "closes_on": today + datetime.timedelta(days=7),
    }
    defaults.update(fields)
    return MeasurementRound.objects.create(instrument=instrument, **defaults)


def add_responses(measurement_round, responses, status=Response.Status.COMPLETE):
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


@pytest.fixture
def regional_round(instrument):
    measurement_round = make_round(instrument)
    add_responses(measurement_round, generate_responses(60, seed=7))
    return measurement_round
