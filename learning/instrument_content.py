"""The collaboration questionnaire (samenwerkingsvragenlijst), read from
``learning/content/instrument.yaml`` into the typed records below.

The questionnaire is filled in by LT and GI professionals before a learning and development team
(LOT) starts, and again about 1.5 years later. The scale names and grade topics follow the Beter
Samenspel research; the item wordings are the platform's own, because the original wordings were
never published.

Slugs are stable keys: stored answers refer to them, so never rename or reuse a slug. A changed
wording that changes the meaning needs a new slug (and a new ``INSTRUMENT_VERSION``).

The records are frozen dataclasses; ``InstrumentFile`` is the shape of the YAML file, checked
when it is read.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal, NotRequired

from typing_extensions import TypedDict

from samenspel.datafiles import STRICT, load

CONTENT = Path(__file__).resolve().parent / "content"

AGREEMENT_MIN = 1
AGREEMENT_MAX = 5

GRADE_MIN = 1
GRADE_MAX = 10

OrgType = Literal["LT", "GI"]


@dataclass(frozen=True)
class Item:
    """One 1-5 agreement statement.

    A reverse-scored item is worded negatively, so agreeing means a worse collaboration; the
    statistics turn its answer around (6 - x) before it counts towards the scale.
    """

    slug: str
    text: str
    reverse_scored: bool = False


@dataclass(frozen=True)
class Scale:
    """A group of items whose (reverse-scored) mean forms one scale score."""

    slug: str
    name: str
    description: str
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Grade:
    """A report-mark question answered with a whole number from 1 to 10."""

    slug: str
    name: str
    question: str
    low_anchor: str
    high_anchor: str
    # Werkdruk is the one grade where a higher number means a worse situation; charts and
    # summaries must not colour it as "better" when it rises.
    higher_is_better: bool = True
    help_text: str = ""


@dataclass(frozen=True)
class Choice:
    value: str
    label: str


@dataclass(frozen=True)
class BackgroundQuestion:
    slug: str
    question: str
    choices: tuple[Choice, ...]
    required: bool = True
    help_text: str = ""


@dataclass(frozen=True)
class CodeQuestion:
    """The self-chosen code that links a respondent's baseline and follow-up answers.

    It is optional and chosen by the respondent, so the platform can pair answers without knowing
    who gave them.
    """

    slug: str
    question: str
    help_text: str
    max_length: int = 20


@dataclass(frozen=True)
class Instrument:
    slug: str
    version: str
    title: str
    introduction: str
    agreement_labels: dict[int, str]
    code_question: CodeQuestion
    background: tuple[BackgroundQuestion, ...]
    scales: tuple[Scale, ...]
    grades: tuple[Grade, ...]


class ResponseData(TypedDict):
    """The shape of one stored response; an unanswered question is absent from its dict."""

    code: str | None
    org_type: OrgType
    municipality: str
    trained: bool
    items: dict[str, int]
    grades: dict[str, int]


# --- the file ---------------------------------------------------------------------------------


class _ItemData(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    text: str
    reverse_scored: NotRequired[bool]


class _ScaleData(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    name: str
    description: str
    items: list[_ItemData]


class _GradeData(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    name: str
    question: str
    low_anchor: str
    high_anchor: str
    higher_is_better: NotRequired[bool]
    help_text: NotRequired[str]


class _ChoiceData(TypedDict):
    __pydantic_config__ = STRICT
    value: str
    label: str


class _BackgroundData(TypedDict):
    __pydantic_config__ = STRICT
    slug: Literal["org_type", "municipality", "trained"]
    question: str
    choices: list[_ChoiceData]
    required: NotRequired[bool]
    help_text: NotRequired[str]


class _CodeQuestionData(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    question: str
    help_text: str
    max_length: NotRequired[int]


class InstrumentFile(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    version: str
    title: str
    introduction: str
    agreement_labels: dict[int, str]
    code_question: _CodeQuestionData
    background: list[_BackgroundData]
    scales: list[_ScaleData]
    grades: list[_GradeData]


FILES: dict[str, type] = {"instrument.yaml": InstrumentFile}


def _background(data: dict[str, Any]) -> BackgroundQuestion:
    choices = tuple(Choice(**choice) for choice in data["choices"])
    return BackgroundQuestion(**{**data, "choices": choices})


_data = load(CONTENT / "instrument.yaml", InstrumentFile)

INSTRUMENT_SLUG: str = _data["slug"]
INSTRUMENT_VERSION: str = _data["version"]
INSTRUMENT_TITLE: str = _data["title"]
INSTRUMENT_INTRODUCTION: str = _data["introduction"]
AGREEMENT_LABELS: dict[int, str] = _data["agreement_labels"]
SCALES: tuple[Scale, ...] = tuple(
    Scale(**{**scale, "items": tuple(Item(**item) for item in scale["items"])})
    for scale in _data["scales"]
)
GRADES: tuple[Grade, ...] = tuple(Grade(**grade) for grade in _data["grades"])
CODE_QUESTION = CodeQuestion(**_data["code_question"])
BACKGROUND_QUESTIONS: tuple[BackgroundQuestion, ...] = tuple(
    _background(question) for question in _data["background"]
)
_BACKGROUND_BY_SLUG = {question.slug: question for question in BACKGROUND_QUESTIONS}
ORG_TYPES: dict[str, str] = {c.value: c.label for c in _BACKGROUND_BY_SLUG["org_type"].choices}
# The H10: the ten municipalities of the Haaglanden youth-care region.
MUNICIPALITIES: tuple[str, ...] = tuple(
    choice.value for choice in _BACKGROUND_BY_SLUG["municipality"].choices
)

INSTRUMENT = Instrument(
    slug=INSTRUMENT_SLUG,
    version=INSTRUMENT_VERSION,
    title=INSTRUMENT_TITLE,
    introduction=INSTRUMENT_INTRODUCTION,
    agreement_labels=AGREEMENT_LABELS,
    code_question=CODE_QUESTION,
    background=BACKGROUND_QUESTIONS,
    scales=SCALES,
    grades=GRADES,
)

ITEMS: tuple[Item, ...] = tuple(item for scale in SCALES for item in scale.items)
ITEM_SLUGS: tuple[str, ...] = tuple(item.slug for item in ITEMS)
SCALE_SLUGS: tuple[str, ...] = tuple(scale.slug for scale in SCALES)
GRADE_SLUGS: tuple[str, ...] = tuple(grade.slug for grade in GRADES)
REVERSE_SCORED_ITEM_SLUGS: frozenset[str] = frozenset(
    item.slug for item in ITEMS if item.reverse_scored
)


def scale_by_slug(slug: str) -> Scale:
    """Look a scale up by its slug; raises KeyError for an unknown slug."""
    return _SCALES_BY_SLUG[slug]


def grade_by_slug(slug: str) -> Grade:
    """Look a grade up by its slug; raises KeyError for an unknown slug."""
    return _GRADES_BY_SLUG[slug]


def scale_of_item(item_slug: str) -> Scale:
    """The scale an item belongs to; raises KeyError for an unknown item slug."""
    return _SCALE_BY_ITEM_SLUG[item_slug]


_SCALES_BY_SLUG = {scale.slug: scale for scale in SCALES}
_GRADES_BY_SLUG = {grade.slug: grade for grade in GRADES}
_SCALE_BY_ITEM_SLUG = {item.slug: scale for scale in SCALES for item in scale.items}
