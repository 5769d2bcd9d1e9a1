"""Demo content: the fictional cases and moments of truth of ``demo_content`` as published cases.

Deterministic and idempotent: a case that already matches its demo data is left untouched
(not even its timestamps or facet rows change), so running ``seed_demo`` twice changes nothing.
"""

from datetime import UTC, datetime, timedelta

from . import indexing, text
from .choices import CaseForm, CaseType, Outcome, Region
from .demo_content import CASES, MOMENTS_OF_TRUTH
from .models import Case

REGIONS = {
    "den haag": Region.DEN_HAAG,
    "middelgrote gemeente in haaglanden": Region.MEDIUM_MUNICIPALITY,
    "kleinere gemeente in haaglanden": Region.SMALLER_MUNICIPALITY,
}
FIRST_PUBLICATION = datetime(2024, 3, 1, 9, 0, tzinfo=UTC)
FACTOR_KEYS = ("polarity", "cluster", "level", "text")


def outcome_of(case):
    if "vastgelopen" in case["slug"]:
        return Outcome.NOT_WELL
    if case["case_type"] in (CaseType.OTS_PREVENTED, CaseType.OTS_ENDED):
        return Outcome.WELL
    return Outcome.MIXED


def case_values(case, index):
    return {
        "slug": case["slug"],
        "title": case["title"],
        "case_type": case["case_type"],
        "outcome_kind": outcome_of(case),
        "region": REGIONS.get(case["region"].lower(), Region.HAAGLANDEN),
        "kader": case["kader"],
        "period": case.get("period", ""),
        "building_blocks": list(case["building_blocks"]),
        "products": list(case["products"]),
        "legal_steps": list(case["legal_steps"]),
        "hours_lt": case.get("hours_lt"),
        "hours_gi": case.get("hours_gi"),
        "family": case["family"],
        "local_team_context": case["local_team_context"],
        "trigger": case["trigger"],
        "course": text.join_paragraphs(case["course"]),
        "side_box": case.get("side_box", ""),
        "without_method": case["without_method"],
        "looking_back": text.join_themes(case["looking_back"]),
        "quotes": text.join_quotes(case["quotes"]),
        "outcome": case["outcome"],
        "lessons": text.join_lines(case["lessons"]),
        "published_at": FIRST_PUBLICATION + timedelta(days=7 * index),
    }


def moment_values(moment, index):
    return {
        "slug": moment["slug"],
        "title": moment["title"],
        "case_type": CaseType.OTHER,
        "outcome_kind": Outcome.WELL if moment["ended_well"] else Outcome.NOT_WELL,
        "region": Region.HAAGLANDEN,
        "trigger": moment["situation"],
        "course": moment["what_happened"],
        "why_tense": moment["why_tense"],
        "published_at": FIRST_PUBLICATION + timedelta(days=7 * (len(CASES) + index)),
    }


def factors_of(item):
    return [{key: factor.get(key, "") for key in FACTOR_KEYS} for factor in item["factors"]]


def is_current(values, factors, form):
    case = Case.objects.filter(slug=values["slug"]).first()
    if case is None or case.form != form or case.status != "published":
        return False
    if any(getattr(case, name) != value for name, value in values.items()):
        return False
    return list(case.factors.values(*FACTOR_KEYS)) == factors


def seed(log=print):
    created = 0
    items = [(case_values(c, i), factors_of(c), CaseForm.CASE) for i, c in enumerate(CASES)]
    items += [
        (moment_values(m, i), factors_of(m), CaseForm.MOMENT_OF_TRUTH)
        for i, m in enumerate(MOMENTS_OF_TRUTH)
    ]
    for values, factors, form in items:
        if is_current(values, factors, form):
            continue
        indexing.publish_imported(values, factors, form=form)
        created += 1
    log(
        f"casebank: {len(CASES)} cases, {len(MOMENTS_OF_TRUTH)} moments of truth ({created} written)"
    )
