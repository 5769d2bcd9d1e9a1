"""Session templates for learning and development teams (LOT) and the taxonomies they use.

Read from ``learning/content/session_templates.yaml``:

- ``SESSION_TEMPLATES``: what a LOT session can follow; the phase minutes of every template add
  up to its ``duration_minutes``. The running site offers them when a facilitator plans a session.
- ``COLLABORATION_INTENSITY``: the continuum of interprofessional collaboration, 0–4.
- ``FACTOR_LEVELS``: the four levels at which factors influence collaboration, each with
  reflection questions; keys are ``toolkit.vocabulary.FactorLevel``.
- ``CLUSTERS``: the five clusters of helping and hindering factors; keys are
  ``toolkit.vocabulary.Cluster``.

The ``TypedDict``s below are the file's shape, checked when it is read.
"""

from __future__ import annotations

from pathlib import Path

from typing_extensions import TypedDict

from samenspel.datafiles import STRICT, load
from toolkit.vocabulary import ClusterKey, FactorLevelKey

CONTENT = Path(__file__).resolve().parent / "content"


class Intensity(TypedDict):
    __pydantic_config__ = STRICT
    level: int
    name: str
    description: str


class FactorLevelText(TypedDict):
    __pydantic_config__ = STRICT
    key: FactorLevelKey
    name: str
    description: str
    reflection_questions: list[str]


class ClusterText(TypedDict):
    __pydantic_config__ = STRICT
    key: ClusterKey
    name: str
    description: str


class SessionPhase(TypedDict):
    __pydantic_config__ = STRICT
    title: str
    minutes: int
    prompts: list[str]
    facilitator_notes: str


class SessionTemplate(TypedDict):
    __pydantic_config__ = STRICT
    slug: str
    title: str
    purpose: str
    duration_minutes: int
    phases: list[SessionPhase]


class SessionTemplatesFile(TypedDict):
    __pydantic_config__ = STRICT
    collaboration_intensity: list[Intensity]
    factor_levels: list[FactorLevelText]
    clusters: list[ClusterText]
    session_templates: list[SessionTemplate]


FILES: dict[str, type] = {"session_templates.yaml": SessionTemplatesFile}

_data = load(CONTENT / "session_templates.yaml", SessionTemplatesFile)
COLLABORATION_INTENSITY: list[Intensity] = _data["collaboration_intensity"]
FACTOR_LEVELS: list[FactorLevelText] = _data["factor_levels"]
CLUSTERS: list[ClusterText] = _data["clusters"]
SESSION_TEMPLATES: list[SessionTemplate] = _data["session_templates"]
