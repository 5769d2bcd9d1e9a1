"""Schema checks for the LOT session templates and the collaboration taxonomies.

Pure tests: no database, no Django. Run with ``-p no:django``.
"""

from __future__ import annotations

import re

import pytest

from learning.session_templates_content import (
    CLUSTERS,
    COLLABORATION_INTENSITY,
    FACTOR_LEVELS,
    SESSION_TEMPLATES,
)
from tests.casebank.test_demo_cases import assert_clean_text, iter_strings

REQUIRED_SLUGS = {
    "kennismaking-en-nulmeting",
    "casusbespreking",
    "moment-van-waarheid",
    "bouwsteen-verdieping",
    "reflectie",
    "evaluatie",
}
TEMPLATE_KEYS = {"slug", "title", "purpose", "duration_minutes", "phases"}
PHASE_KEYS = {"title", "minutes", "prompts", "facilitator_notes"}
TYPICAL_LOT_MINUTES = 120

INTENSITY_NAMES = [
    "Volledige segregatie",
    "Interprofessioneel netwerk",
    "Interprofessionele coördinatie",
    "Interprofessionele samenwerking",
    "Interprofessioneel teamwerk",
]
FACTOR_LEVEL_KEYS = ["professional", "interpersonal", "organisation", "context"]
CLUSTER_KEYS = [
    "attitude",
    "decision_making",
    "rules",
    "organisation",
    "knowledge_sharing",
]
INCIDENT_METHOD_STEPS = ["Introduceren", "Verhelderen", "Analyseren", "Adviseren", "Reflecteren"]
SLUG_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


def template_id(template: dict) -> str:
    return template.get("slug", "?")


def by_slug(slug: str) -> dict:
    return next(template for template in SESSION_TEMPLATES if template["slug"] == slug)


def all_text(value: object) -> str:
    return " ".join(iter_strings(value)).lower()


def is_nonempty_str(value: object) -> bool:
    return isinstance(value, str) and bool(value.strip())


# --------------------------------------------------------------------------- templates


def test_all_required_templates_exist_once() -> None:
    slugs = [template["slug"] for template in SESSION_TEMPLATES]
    assert len(slugs) == len(set(slugs))
    assert set(slugs) == REQUIRED_SLUGS
    for slug in slugs:
        assert SLUG_RE.match(slug), slug


def test_most_templates_fit_a_typical_two_hour_session() -> None:
    durations = [template["duration_minutes"] for template in SESSION_TEMPLATES]
    assert durations.count(TYPICAL_LOT_MINUTES) >= len(durations) - 1


@pytest.mark.parametrize("template", SESSION_TEMPLATES, ids=template_id)
def test_template_schema(template: dict) -> None:
    assert set(template) == TEMPLATE_KEYS, sorted(set(template) ^ TEMPLATE_KEYS)
    assert is_nonempty_str(template["title"])
    assert is_nonempty_str(template["purpose"])
    duration = template["duration_minutes"]
    assert type(duration) is int and 0 < duration <= 240

    phases = template["phases"]
    assert isinstance(phases, list) and len(phases) >= 3
    titles = [phase["title"] for phase in phases]
    assert len(titles) == len(set(titles)), "phase titles are unique within a template"
    for phase in phases:
        assert set(phase) == PHASE_KEYS, sorted(set(phase) ^ PHASE_KEYS)
        assert is_nonempty_str(phase["title"])
        assert type(phase["minutes"]) is int and phase["minutes"] > 0
        assert isinstance(phase["prompts"], list) and phase["prompts"]
        assert all(is_nonempty_str(prompt) for prompt in phase["prompts"])
        assert is_nonempty_str(phase["facilitator_notes"])


@pytest.mark.parametrize("template", SESSION_TEMPLATES, ids=template_id)
def test_phase_minutes_add_up_to_duration(template: dict) -> None:
    total = sum(phase["minutes"] for phase in template["phases"])
    assert total == template["duration_minutes"]


@pytest.mark.parametrize("template", SESSION_TEMPLATES, ids=template_id)
def test_template_text_has_no_names_or_dates(template: dict) -> None:
    assert_clean_text(template, template["slug"])


def test_casusbespreking_follows_the_incident_method_in_order() -> None:
    titles = [phase["title"] for phase in by_slug("casusbespreking")["phases"]]
    positions = [titles.index(step) for step in INCIDENT_METHOD_STEPS]
    assert positions == sorted(positions)


def test_kennismaking_discusses_the_baseline() -> None:
    text = all_text(by_slug("kennismaking-en-nulmeting"))
    assert "nulmeting" in text
    assert "kennismaking" in text


def test_moment_van_waarheid_uses_both_outcomes_and_all_clusters() -> None:
    text = all_text(by_slug("moment-van-waarheid"))
    assert "goed afliep" in text and "misging" in text
    assert "helpend" in text or "hielpen" in text
    assert "hinderend" in text or "hinderden" in text
    for cluster in CLUSTERS:
        assert cluster["name"].lower() in text, cluster["name"]


def test_reflectie_covers_factor_levels_and_intensity() -> None:
    text = all_text(by_slug("reflectie"))
    for level in FACTOR_LEVELS:
        assert level["name"].lower() in text, level["name"]
    for name in INTENSITY_NAMES:
        assert name.lower() in text, name
    assert "huidig" in text and "gewenst" in text


# --------------------------------------------------------------------------- taxonomies


def test_collaboration_intensity_is_the_zero_to_four_continuum() -> None:
    assert [item["level"] for item in COLLABORATION_INTENSITY] == [0, 1, 2, 3, 4]
    assert [item["name"] for item in COLLABORATION_INTENSITY] == INTENSITY_NAMES
    for item in COLLABORATION_INTENSITY:
        assert set(item) == {"level", "name", "description"}
        assert type(item["level"]) is int
        assert is_nonempty_str(item["description"])


def test_factor_levels() -> None:
    assert [level["key"] for level in FACTOR_LEVELS] == FACTOR_LEVEL_KEYS
    for level in FACTOR_LEVELS:
        assert set(level) == {"key", "name", "description", "reflection_questions"}
        assert is_nonempty_str(level["name"]) and is_nonempty_str(level["description"])
        questions = level["reflection_questions"]
        assert isinstance(questions, list) and len(questions) >= 3
        for question in questions:
            assert is_nonempty_str(question) and question.rstrip().endswith("?"), question


def test_clusters() -> None:
    assert [cluster["key"] for cluster in CLUSTERS] == CLUSTER_KEYS
    for cluster in CLUSTERS:
        assert set(cluster) == {"key", "name", "description"}
        assert is_nonempty_str(cluster["name"]) and is_nonempty_str(cluster["description"])


def test_taxonomy_text_has_no_names_or_dates() -> None:
    assert_clean_text([COLLABORATION_INTENSITY, FACTOR_LEVELS, CLUSTERS], "taxonomies")
