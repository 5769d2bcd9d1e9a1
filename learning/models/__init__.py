from .lot import (
    Action,
    AgendaItem,
    Attendance,
    Lot,
    LotMember,
    LotRole,
    Outcome,
    Session,
)
from .pages import LearningIndexPage
from .questionnaire import (
    Grade,
    Instrument,
    Item,
    MeasurementRound,
    Response,
    RoundInvitation,
    Scale,
)

__all__ = [
    "Action",
    "AgendaItem",
    "Attendance",
    "Grade",
    "Instrument",
    "Item",
    "LearningIndexPage",
    "Lot",
    "LotMember",
    "LotRole",
    "MeasurementRound",
    "Outcome",
    "Response",
    "RoundInvitation",
    "Scale",
    "Session",
]
