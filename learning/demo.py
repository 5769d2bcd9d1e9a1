"""Demo content of the learning app: the questionnaire, a Westland LOT and the demo rounds.

Deterministic and idempotent: every object is looked up by a natural key first, and the
synthetic responses come from ``learning.synthetic`` with a fixed seed. All people are fictional.
"""

import datetime
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from wagtail.models import Page

from samenspel.models import Organisation
from toolkit.models import BuildingBlockPage

from . import synthetic
from .instrument import seed_instrument
from .models import (
    Action,
    AgendaItem,
    Lot,
    LotMember,
    LotRole,
    MeasurementRound,
    Outcome,
    Response,
)
from .services import plan_session
from .tokens import hash_code

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
LOT_NAME = "LOT Westland"
BASELINE_TITLE = "Nulmeting samenwerking regio Haaglanden"
FOLLOWUP_TITLE = "Vervolgmeting samenwerking Westland"

MEMBERS = [
    ("facilitator@samenspel.example", LotRole.FACILITATOR),
    ("gedragswetenschapper@samenspel.example", LotRole.BEHAVIOURAL_SCIENTIST),
    ("professional.lt@samenspel.example", LotRole.LT_PRACTITIONER),
    ("professional.gi@samenspel.example", LotRole.GI_PRACTITIONER),
]
GUEST = ("Ervaringsdeskundige Westland", "ervaringsdeskundige@samenspel.example")


def seed(log=print):
    instrument = seed_instrument()
    westland = Organisation.objects.filter(slug="westland").first()
    baseline = seed_round(
        instrument,
        BASELINE_TITLE,
        MeasurementRound.Kind.BASELINE,
        MeasurementRound.Scope.REGION,
        opens_on=datetime.date(2025, 1, 13),
        closes_on=datetime.date(2025, 2, 14),
    )
    followup = seed_round(
        instrument,
        FOLLOWUP_TITLE,
        MeasurementRound.Kind.FOLLOW_UP,
        MeasurementRound.Scope.MUNICIPALITY,
        opens_on=datetime.date(2026, 6, 1),
        closes_on=datetime.date(2026, 7, 3),
        municipality=westland,
        baseline=baseline,
    )
    rounds = synthetic.demo_rounds()
    seed_responses(baseline, rounds.baseline)
    seed_responses(followup, rounds.westland_followup)
    lot = seed_lot(westland, baseline, followup)
    log(
        f"learning: instrument '{instrument.slug}', {LOT_NAME} with {lot.sessions.count()} "
        f"sessions, rounds of {len(rounds.baseline)} and {len(rounds.westland_followup)} responses"
    )


def seed_round(instrument, title, kind, scope, **fields):
    measurement_round = MeasurementRound.objects.filter(title=title).first()
    if measurement_round is None:
        measurement_round = MeasurementRound.objects.create(
            instrument=instrument, title=title, kind=kind, scope=scope, **fields
        )
    return measurement_round


def seed_responses(measurement_round, responses):
    if measurement_round.responses.exists():
        return
    salt = measurement_round.series_salt
    Response.objects.bulk_create(
        Response(
            measurement_round=measurement_round,
            status=Response.Status.COMPLETE,
            org_type=data["org_type"],
            municipality=data["municipality"],
            trained=data["trained"],
            code_hash=hash_code(data["code"], salt) if data["code"] else "",
            items=data["items"],
            grades=data["grades"],
            started_on=measurement_round.opens_on,
            submitted_on=measurement_round.opens_on,
        )
        for data in responses
    )


def building_block(slug):
    return Page.objects.type(BuildingBlockPage).filter(slug=slug).first()


def at(year, month, day, hour):
    return datetime.datetime(year, month, day, hour, tzinfo=AMSTERDAM)


def seed_lot(westland, baseline, followup):
    lot = Lot.objects.filter(name=LOT_NAME).first()
    if lot is not None:
        return lot
    lot = Lot.objects.create(
        name=LOT_NAME,
        municipality=westland,
        description=(
            "Leer- en ontwikkelteam van het Sociaal Kernteam Westland en de gecertificeerde "
            "instellingen. We komen eens per twee weken twee uur bij elkaar."
        ),
    )
    users = {u.email: u for u in get_user_model().objects.filter(email__in=[e for e, _ in MEMBERS])}
    members = {}
    for email, role in MEMBERS:
        if email in users:
            members[role] = LotMember.objects.create(lot=lot, user=users[email], role=role)
    name, email = GUEST
    LotMember.objects.create(lot=lot, name=name, email=email, role=LotRole.EXPERIENCE_EXPERT)
    owner = members.get(LotRole.FACILITATOR)

    first = plan_session(
        lot,
        template_slug="kennismaking-en-nulmeting",
        title="Kennismaking en nulmeting",
        starts_at=at(2026, 9, 15, 14),
        location="Gemeentehuis Westland, Naaldwijk (zaal De Kas)",
    )
    AgendaItem.objects.create(
        session=first, sort_order=0, kind=AgendaItem.Kind.TEXT, title="Welkom en kennismaking",
        description="Iedereen vertelt kort over zijn of haar rol en verwachtingen.", minutes=25,
    )  # fmt: skip
    AgendaItem.objects.create(
        session=first, sort_order=1, kind=AgendaItem.Kind.QUESTIONNAIRE,
        title="Uitkomsten nulmeting bespreken", measurement_round=baseline, minutes=30,
    )  # fmt: skip
    first.lessons = (
        "Lokaal team en GI schatten de samenwerking ongeveer even hoog in. Gedeelde visie en "
        "gezamenlijk optrekken scoren het laagst; dat herkennen de deelnemers."
    )
    first.save(update_fields=["lessons"])
    Outcome.objects.create(
        session=first, kind=Outcome.Kind.LESSON,
        text="We betrekken elkaar pas als de zorgen al groot zijn; eerder bellen helpt.",
    )  # fmt: skip
    Outcome.objects.create(
        session=first, kind=Outcome.Kind.BARRIER,
        text="Voor een gezamenlijk huisbezoek ontbreekt vaak tijd in de planning van het SKT.",
    )  # fmt: skip
    Outcome.objects.create(
        session=first, kind=Outcome.Kind.PROPOSAL, building_block=building_block("samenwerking"),
        text="Voeg aan de bouwsteen samenwerking een voorbeeld toe van een eerste gezamenlijk "
        "gesprek met het gezin, met wie wat zegt.",
    )  # fmt: skip
    Action.objects.create(
        lot=lot, session=first, owner=owner, due_on=datetime.date(2026, 9, 29),
        description="Uitkomsten nulmeting delen met de teamleiders van SKT en GI",
        closed_at=at(2026, 9, 28, 10),
    )  # fmt: skip
    Action.objects.create(
        lot=lot, session=first, owner=members.get(LotRole.LT_PRACTITIONER),
        due_on=datetime.date(2026, 10, 13),
        description="Geanonimiseerde casus voorbereiden voor de casusbespreking",
    )  # fmt: skip

    second = plan_session(
        lot,
        template_slug="casusbespreking",
        title="Casusbespreking volgens de incidentmethode",
        starts_at=at(2026, 10, 13, 14),
        online_url="https://meet.example/lot-westland",
    )
    AgendaItem.objects.create(
        session=second, sort_order=0, kind=AgendaItem.Kind.CASE,
        title="Casus: terugkerende zorgen in een gezin met drie kinderen",
        description="Een korte, geanonimiseerde beschrijving volgt bij de start; geen namen, "
        "leeftijden of woonplaats.", minutes=75,
    )  # fmt: skip
    AgendaItem.objects.create(
        session=second, sort_order=1, kind=AgendaItem.Kind.BUILDING_BLOCK,
        title="Bouwsteen weging", building_block=building_block("weging"), minutes=20,
    )  # fmt: skip
    AgendaItem.objects.create(
        session=second, sort_order=2, kind=AgendaItem.Kind.QUESTIONNAIRE,
        title="Vooruitblik: vervolgmeting Westland", measurement_round=followup, minutes=10,
    )  # fmt: skip
    Outcome.objects.create(
        session=second, kind=Outcome.Kind.PROPOSAL, building_block=building_block("weging"),
        text="Maak in de bouwsteen weging duidelijker wanneer de GI al vóór het verzoek tot "
        "onderzoek kan meedenken.",
    )  # fmt: skip
    return lot
