"""Demo content of the learning app: the questionnaire, a Westland LOT and the demo rounds.

The rounds and the LOT come from ``learning/content/demo.yaml``, whose dates are offsets from the
day ``seed_demo`` runs: a fresh demo always has an open questionnaire round and upcoming LOT
sessions. Idempotent: every object is looked up by a natural key first (a second run leaves the
first run's dates alone), and the synthetic responses come from ``learning.synthetic`` with a
fixed seed. All people are fictional.
"""

import datetime
from pathlib import Path
from typing import Literal, NotRequired
from zoneinfo import ZoneInfo

from django.contrib.auth import get_user_model
from django.utils import timezone
from typing_extensions import TypedDict
from wagtail.models import Page

from samenspel.datafiles import STRICT, load
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

CONTENT = Path(__file__).resolve().parent / "content"
DEMO_FILE = CONTENT / "demo.yaml"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


# --- the shape of demo.yaml --------------------------------------------------------------------


class DaysFromToday(TypedDict):
    """A date given as an offset from the seeding day; with ``time`` ("14:00") it is a moment."""

    __pydantic_config__ = STRICT
    days_from_today: int
    time: NotRequired[str]


class DemoRound(TypedDict):
    __pydantic_config__ = STRICT
    key: str
    title: str
    kind: Literal[tuple(MeasurementRound.Kind.values)]
    scope: Literal[tuple(MeasurementRound.Scope.values)]
    municipality: NotRequired[str]  # organisation slug
    baseline: NotRequired[str]  # key of an earlier round
    opens_on: DaysFromToday
    closes_on: DaysFromToday
    responses: Literal["baseline", "westland_followup"]  # a set of learning.synthetic


class DemoMember(TypedDict):
    __pydantic_config__ = STRICT
    email: str
    role: Literal[tuple(LotRole.values)]
    name: NotRequired[str]  # guests without an account


class DemoAgendaItem(TypedDict):
    __pydantic_config__ = STRICT
    kind: Literal[tuple(AgendaItem.Kind.values)]
    title: str
    description: NotRequired[str]
    minutes: int
    round: NotRequired[str]
    building_block: NotRequired[str]


class DemoOutcome(TypedDict):
    __pydantic_config__ = STRICT
    kind: Literal[tuple(Outcome.Kind.values)]
    text: str
    building_block: NotRequired[str]


class DemoAction(TypedDict):
    __pydantic_config__ = STRICT
    owner: Literal[tuple(LotRole.values)]  # the member with this role
    due_on: DaysFromToday
    description: str
    closed_at: NotRequired[DaysFromToday]


class DemoSession(TypedDict):
    __pydantic_config__ = STRICT
    template: str
    title: str
    starts_at: DaysFromToday
    location: NotRequired[str]
    online_url: NotRequired[str]
    agenda: NotRequired[list[DemoAgendaItem]]
    lessons: NotRequired[str]
    outcomes: NotRequired[list[DemoOutcome]]
    actions: NotRequired[list[DemoAction]]


class DemoLot(TypedDict):
    __pydantic_config__ = STRICT
    name: str
    municipality: str
    description: str
    members: list[DemoMember]
    guests: list[DemoMember]
    sessions: list[DemoSession]


class DemoFile(TypedDict):
    __pydantic_config__ = STRICT
    rounds: list[DemoRound]
    lot: DemoLot


FILES: dict[str, type] = {"demo.yaml": DemoFile}


def load_demo() -> DemoFile:
    return load(DEMO_FILE, DemoFile)


def on_day(offset: DaysFromToday, today: datetime.date) -> datetime.date:
    return today + datetime.timedelta(days=offset["days_from_today"])


def at_moment(offset: DaysFromToday, today: datetime.date) -> datetime.datetime:
    hour, minute = (int(part) for part in offset["time"].split(":"))
    return datetime.datetime.combine(
        on_day(offset, today), datetime.time(hour, minute), tzinfo=AMSTERDAM
    )


# --- seeding ---------------------------------------------------------------------------------


def seed(log=print, today=None):
    today = today or timezone.localdate()
    demo = load_demo()
    instrument = seed_instrument()
    synthetic_rounds = synthetic.demo_rounds()
    rounds = {}
    for data in demo["rounds"]:
        rounds[data["key"]] = seed_round(instrument, data, rounds, today)
        seed_responses(rounds[data["key"]], getattr(synthetic_rounds, data["responses"]))
    lot = seed_lot(demo["lot"], rounds, today)
    sizes = " and ".join(str(r.responses.count()) for r in rounds.values())
    log(
        f"learning: instrument '{instrument.slug}', {lot.name} with {lot.sessions.count()} "
        f"sessions, rounds of {sizes} responses"
    )


def seed_round(instrument, data, rounds, today):
    measurement_round = MeasurementRound.objects.filter(title=data["title"]).first()
    if measurement_round is None:
        measurement_round = MeasurementRound.objects.create(
            instrument=instrument,
            title=data["title"],
            kind=data["kind"],
            scope=data["scope"],
            opens_on=on_day(data["opens_on"], today),
            closes_on=on_day(data["closes_on"], today),
            municipality=organisation(data.get("municipality")),
            baseline=rounds.get(data.get("baseline")),
        )
    return measurement_round


def organisation(slug):
    return Organisation.objects.filter(slug=slug).first() if slug else None


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
    if not slug:
        return None
    return Page.objects.type(BuildingBlockPage).filter(slug=slug).first()


def seed_lot(data, rounds, today):
    lot = Lot.objects.filter(name=data["name"]).first()
    if lot is not None:
        return lot
    lot = Lot.objects.create(
        name=data["name"],
        municipality=organisation(data["municipality"]),
        description=data["description"],
    )
    emails = [member["email"] for member in data["members"]]
    users = {u.email: u for u in get_user_model().objects.filter(email__in=emails)}
    members = {}
    for member in data["members"]:
        if member["email"] in users:
            members[member["role"]] = LotMember.objects.create(
                lot=lot, user=users[member["email"]], role=member["role"]
            )
    for guest in data["guests"]:
        LotMember.objects.create(
            lot=lot, name=guest["name"], email=guest["email"], role=guest["role"]
        )
    for session_data in data["sessions"]:
        seed_session(lot, session_data, members, rounds, today)
    return lot


def seed_session(lot, data, members, rounds, today):
    session = plan_session(
        lot,
        template_slug=data["template"],
        title=data["title"],
        starts_at=at_moment(data["starts_at"], today),
        location=data.get("location", ""),
        online_url=data.get("online_url", ""),
    )
    for order, item in enumerate(data.get("agenda", [])):
        AgendaItem.objects.create(
            session=session,
            sort_order=order,
            kind=item["kind"],
            title=item["title"],
            description=item.get("description", ""),
            minutes=item["minutes"],
            measurement_round=rounds.get(item.get("round")),
            building_block=building_block(item.get("building_block")),
        )
    if data.get("lessons"):
        session.lessons = data["lessons"]
        session.save(update_fields=["lessons"])
    for outcome in data.get("outcomes", []):
        Outcome.objects.create(
            session=session,
            kind=outcome["kind"],
            text=outcome["text"],
            building_block=building_block(outcome.get("building_block")),
        )
    for action in data.get("actions", []):
        closed = action.get("closed_at")
        Action.objects.create(
            lot=lot,
            session=session,
            owner=members.get(action["owner"]),
            due_on=on_day(action["due_on"], today),
            description=action["description"],
            closed_at=at_moment(closed, today) if closed else None,
        )
    return session
