"""Demo content of the case bank, read from ``casebank/content/cases.yaml``.

Fictional, de-identified practice cases (``CASES``) and moments of truth (``MOMENTS_OF_TRUTH``).
Every family, person, age, place and date in them is invented. The ``TypedDict``s below are the
shape of the file; ``samenspel.datafiles.load`` checks the file against them when it is read, with
the keys of ``casebank.choices`` and ``toolkit.vocabulary``. Only ``seed_demo`` and tests read
this module, never the running site.
"""

from __future__ import annotations

from pathlib import Path
from typing import Literal

from typing_extensions import TypedDict

from samenspel.datafiles import STRICT, load
from toolkit.vocabulary import ClusterKey, FactorLevelKey, ProductKey

from .choices import CaseType, Kader, LegalStep, Polarity

CONTENT = Path(__file__).resolve().parent / "content"

CaseTypeKey = Literal[tuple(CaseType.values)]
KaderKey = Literal[tuple(Kader.values)]
LegalStepKey = Literal[tuple(LegalStep.values)]
PolarityKey = Literal[tuple(Polarity.values)]


class Factor(TypedDict):
    __pydantic_config__ = STRICT
    polarity: PolarityKey
    cluster: ClusterKey
    level: FactorLevelKey
    text: str


class Reflection(TypedDict):
    __pydantic_config__ = STRICT
    theme: str
    text: str


class Quote(TypedDict):
    __pydantic_config__ = STRICT
    role: str
    text: str


class DemoCase(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    title: str
    case_type: CaseTypeKey
    region: str  # as written; casebank/demo.py maps it onto a Region
    family: str
    local_team_context: str
    trigger: str
    course: list[str]
    side_box: str
    building_blocks: list[str]
    products: list[ProductKey]
    legal_steps: list[LegalStepKey]
    kader: KaderKey
    without_method: str
    looking_back: list[Reflection]
    quotes: list[Quote]
    hours_lt: int | None
    hours_gi: int | None
    outcome: str
    lessons: list[str]
    period: str
    factors: list[Factor]


class DemoMoment(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    title: str
    ended_well: bool
    situation: str
    what_happened: str
    why_tense: str
    factors: list[Factor]


class CasesFile(TypedDict):
    __pydantic_config__ = STRICT
    cases: list[DemoCase]
    moments_of_truth: list[DemoMoment]


FILES: dict[str, type] = {"cases.yaml": CasesFile}

_data = load(CONTENT / "cases.yaml", CasesFile)
CASES: list[DemoCase] = _data["cases"]
MOMENTS_OF_TRUTH: list[DemoMoment] = _data["moments_of_truth"]
