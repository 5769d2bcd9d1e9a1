"""Deterministic synthetic responses to the collaboration questionnaire, for demos and benchmarks.

No real respondent is behind any of these answers. The demo rounds resemble the published Beter
Samenspel baseline (n = 162: 90 LT, 72 GI, a third trained) and the Westland follow-up about
1.5 years later, in which only "gezamenlijk optrekken" rose noticeably (2.6 -> 2.9).

How answers arise: each respondent gets a latent level per scale and grade, correlated through a
general "collaboration climate" factor. An item answer is that level plus an item offset plus
noise, rounded and clipped to 1-5; a negatively worded item stores the mirrored answer, so it
hangs together with its scale once reverse-scored. Finally, the location of each scale and grade
is calibrated on the drawn sample so that its mean lands on the reported figure.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import cast

import numpy as np

from learning.instrument_content import (
    AGREEMENT_MAX,
    AGREEMENT_MIN,
    GRADE_MAX,
    GRADE_MIN,
    GRADE_SLUGS,
    ITEMS,
    MUNICIPALITIES,
    SCALES,
    OrgType,
    ResponseData,
)

DEMO_SEED = 2020

SCALE_TARGETS: dict[str, float] = {
    "gedeelde_visie": 2.7,
    "gezamenlijk_optrekken": 2.6,
    "vertrouwen_samenwerking": 3.3,
    "vertrouwen_in_elkaar": 3.4,
    "omgang_feedback": 2.7,
    "omgang_tegengestelde_meningen": 3.0,
    "opbrengsten_samenwerking": 3.1,
}
GRADE_TARGETS: dict[str, float] = {
    "samenwerking_algemeen": 5.4,
    "werkplezier": 7.6,
    "werkdruk": 6.7,
    "steun_eigen_organisatie": 6.3,
    "steun_andere_organisaties": 5.2,
    "randvoorwaarden": 4.9,
}
# Westland follow-up: one clear rise, the rest moves by at most a tenth.
FOLLOWUP_SCALE_TARGETS: dict[str, float] = {
    **SCALE_TARGETS,
    "gezamenlijk_optrekken": 2.9,
    "gedeelde_visie": 2.75,
    "omgang_feedback": 2.65,
}
FOLLOWUP_GRADE_TARGETS: dict[str, float] = {
    **GRADE_TARGETS,
    "werkdruk": 6.8,
    "randvoorwaarden": 5.0,
}

# Baseline respondents per municipality as (LT, GI); the LOT research ran in these four.
BASELINE_COMPOSITION: dict[str, tuple[int, int]] = {
    "Den Haag": (34, 26),
    "Zoetermeer": (20, 16),
    "Delft": (18, 14),
    "Westland": (18, 16),
}
# Reported: 23% of LT and 44% of GI respondents were trained, 33% overall (53 of 162).
BASELINE_TRAINED: dict[str, int] = {"LT": 21, "GI": 32}
WESTLAND = "Westland"
FOLLOWUP_COMPOSITION: tuple[int, int] = (19, 17)
FOLLOWUP_LINKED = 16
CODE_SHARE = 0.65
FOLLOWUP_NEW_CODE_SHARE = 0.5
TRAINED_SINCE_BASELINE_SHARE = 0.4
FOLLOWUP_NEWCOMER_TRAINED_SHARE = 0.5
LT_SHARE = 90 / 162
TRAINED_SHARE = {"LT": 0.23, "GI": 0.44}

# Latent spread and item noise chosen so that four-item scales reach alpha of about 0.75-0.8.
SCALE_LATENT_SD = 0.6
ITEM_NOISE_SD = 0.6
ITEM_OFFSET_RANGE = 0.3
SCALE_GENERAL_LOADING = 0.7
GRADE_SD: dict[str, float] = {
    "samenwerking_algemeen": 1.4,
    "werkplezier": 1.0,
    "werkdruk": 1.3,
    "steun_eigen_organisatie": 1.6,
    "steun_andere_organisaties": 1.5,
    "randvoorwaarden": 1.6,
}
GRADE_GENERAL_LOADING: dict[str, float] = {
    "samenwerking_algemeen": 0.7,
    "werkplezier": 0.25,
    "werkdruk": -0.15,
    "steun_eigen_organisatie": 0.35,
    "steun_andere_organisaties": 0.55,
    "randvoorwaarden": 0.45,
}
# Grade shifts (trained, GI) in grade points, solved from the reported subgroup means: overall
# 5.8 vs 5.3 (trained vs not) and 5.5 vs 5.4 (LT vs GI); own support 7.1 vs 5.9 and 6.0 vs 6.6.
GRADE_GROUP_EFFECTS: dict[str, tuple[float, float]] = {
    "samenwerking_algemeen": (0.55, -0.2),
    "steun_eigen_organisatie": (1.1, 0.35),
}
RETEST_CORRELATION = 0.7
MISSING_ITEM_SHARE = 0.02
MISSING_GRADE_SHARE = 0.01
# Marks a skipped answer inside the integer answer matrices; never written to a response.
SKIPPED = 0

CODE_WORDS: tuple[str, ...] = (
    "tulp", "molen", "duin", "meeuw", "polder", "kas", "strand", "fiets", "haring", "zeil",
    "dijk", "kwal", "reiger", "paprika", "tomaat", "vlinder", "eik", "berk", "otter", "vos",
    "merel", "zwaluw", "sloot", "brug", "toren", "vuurtoren", "schelp", "golf", "wolk", "zon",
    "maan", "ster", "regen", "storm", "kievit", "ekster", "lelie", "roos", "klaver", "wilg",
)  # fmt: skip
CODE_NUMBERS = range(10, 1000)


@dataclass(frozen=True)
class DemoRounds:
    """The demo data: the regional baseline, its Westland part and the Westland follow-up."""

    baseline: list[ResponseData]
    westland_baseline: list[ResponseData]
    westland_followup: list[ResponseData]


@dataclass(frozen=True)
class _Targets:
    scales: dict[str, float]
    grades: dict[str, float]


@dataclass(frozen=True)
class _People:
    org_types: np.ndarray
    municipalities: np.ndarray
    trained: np.ndarray
    codes: list[str | None]

    @property
    def size(self) -> int:
        return len(self.codes)


class _CodePool:
    """Hands out unique made-up codes, so codes only repeat where a link is intended."""

    def __init__(self, rng: np.random.Generator, size: int) -> None:
        capacity = len(CODE_WORDS) * len(CODE_NUMBERS)
        if size > capacity:
            raise ValueError(f"at most {capacity} unique codes available")
        self._indices = iter(rng.choice(capacity, size=size, replace=False).tolist())

    def take(self) -> str:
        word, number = divmod(next(self._indices), len(CODE_NUMBERS))
        return f"{CODE_WORDS[word]}{CODE_NUMBERS[number]}"


def demo_rounds(seed: int = DEMO_SEED) -> DemoRounds:
    """The demo baseline (n = 162), its Westland subset and the Westland follow-up."""
    rng = np.random.default_rng(seed)
    total = sum(lt + gi for lt, gi in BASELINE_COMPOSITION.values()) + sum(FOLLOWUP_COMPOSITION)
    codes = _CodePool(rng, size=total)
    baseline = _baseline_people(rng, codes)
    baseline_latent = _latent_levels(rng, baseline.size)
    in_westland = baseline.municipalities == WESTLAND
    reported = _Targets(SCALE_TARGETS, GRADE_TARGETS)
    # Calibrating Westland on its own keeps its subset, too, on the reported baseline.
    items, grades = _blockwise_answers(
        rng, baseline, baseline_latent, [(in_westland, reported), (~in_westland, reported)]
    )
    followup, followup_latent, returning = _westland_followup_people(
        rng, codes, _subset(baseline, in_westland), baseline_latent[in_westland]
    )
    linked = returning >= 0
    linked_targets, newcomer_targets = _followup_targets(
        items[in_westland][returning[linked]],
        grades[in_westland][returning[linked]],
        n_newcomers=int((~linked).sum()),
    )
    followup_items, followup_grades = _blockwise_answers(
        rng, followup, followup_latent, [(linked, linked_targets), (~linked, newcomer_targets)]
    )
    baseline_responses = _responses(baseline, items, grades)
    return DemoRounds(
        baseline=baseline_responses,
        westland_baseline=[r for r in baseline_responses if r["municipality"] == WESTLAND],
        westland_followup=_responses(followup, followup_items, followup_grades),
    )


def baseline_round(seed: int = DEMO_SEED) -> list[ResponseData]:
    """The regional baseline round of the demo."""
    return demo_rounds(seed).baseline


def generate_responses(n: int, seed: int) -> list[ResponseData]:
    """``n`` independent responses spread over all H10 municipalities (e.g. for benchmarks)."""
    rng = np.random.default_rng(seed)
    codes = _CodePool(rng, size=n)
    org_types = np.where(rng.random(n) < LT_SHARE, "LT", "GI")
    trained_share = np.where(org_types == "LT", TRAINED_SHARE["LT"], TRAINED_SHARE["GI"])
    people = _People(
        org_types=org_types,
        municipalities=rng.choice(np.array(MUNICIPALITIES), size=n),
        trained=rng.random(n) < trained_share,
        codes=[codes.take() if give else None for give in rng.random(n) < CODE_SHARE],
    )
    latent = _latent_levels(rng, n)
    items, grades = _answers(rng, people, latent, _Targets(SCALE_TARGETS, GRADE_TARGETS))
    return _responses(people, items, grades)


# --- Who answers ---------------------------------------------------------------------------------


def _baseline_people(rng: np.random.Generator, codes: _CodePool) -> _People:
    org_types = np.array(
        [org for lt, gi in BASELINE_COMPOSITION.values() for org in ["LT"] * lt + ["GI"] * gi]
    )
    municipalities = np.array(
        [name for name, (lt, gi) in BASELINE_COMPOSITION.items() for _ in range(lt + gi)]
    )
    trained = np.zeros(org_types.size, dtype=bool)
    for org, count in BASELINE_TRAINED.items():
        trained[rng.choice(np.flatnonzero(org_types == org), size=count, replace=False)] = True
    order = rng.permutation(org_types.size)
    gives_code = rng.random(org_types.size) < CODE_SHARE
    return _People(
        org_types=org_types[order],
        municipalities=municipalities[order],
        trained=trained[order],
        codes=[codes.take() if give else None for give in gives_code],
    )


def _westland_followup_people(
    rng: np.random.Generator, codes: _CodePool, baseline: _People, baseline_latent: np.ndarray
) -> tuple[_People, np.ndarray, np.ndarray]:
    """Follow-up respondents, their latent levels, and per row the baseline row or -1.

    Returning respondents keep their code and carry over part of their latent level; the others
    are newcomers (staff turnover is high), half of whom choose a code.
    """
    with_code = np.flatnonzero([code is not None for code in baseline.codes])
    returning = rng.choice(with_code, size=min(FOLLOWUP_LINKED, with_code.size), replace=False)
    returning_orgs = baseline.org_types[returning]
    newcomer_orgs = np.array(
        ["LT"] * (FOLLOWUP_COMPOSITION[0] - int((returning_orgs == "LT").sum()))
        + ["GI"] * (FOLLOWUP_COMPOSITION[1] - int((returning_orgs == "GI").sum()))
    )
    newcomers = newcomer_orgs.size
    trained = np.concatenate(
        [
            baseline.trained[returning]
            | (rng.random(returning.size) < TRAINED_SINCE_BASELINE_SHARE),
            rng.random(newcomers) < FOLLOWUP_NEWCOMER_TRAINED_SHARE,
        ]
    )
    newcomer_codes = [
        codes.take() if give else None for give in rng.random(newcomers) < FOLLOWUP_NEW_CODE_SHARE
    ]
    people = _People(
        org_types=np.concatenate([returning_orgs, newcomer_orgs]),
        municipalities=np.full(returning.size + newcomers, WESTLAND),
        trained=trained,
        codes=[baseline.codes[i] for i in returning] + newcomer_codes,
    )
    fresh = _latent_levels(rng, people.size)
    carried = (
        RETEST_CORRELATION * baseline_latent[returning]
        + np.sqrt(1 - RETEST_CORRELATION**2) * fresh[: returning.size]
    )
    latent = np.concatenate([carried, fresh[returning.size :]])
    baseline_rows = np.concatenate([returning, np.full(newcomers, -1)])
    order = rng.permutation(people.size)
    return _subset(people, order), latent[order], baseline_rows[order]


def _subset(people: _People, selection: np.ndarray) -> _People:
    rows = np.flatnonzero(selection) if selection.dtype == bool else selection
    return _People(
        org_types=people.org_types[rows],
        municipalities=people.municipalities[rows],
        trained=people.trained[rows],
        codes=[people.codes[i] for i in rows],
    )


# --- What they answer ----------------------------------------------------------------------------


def _latent_levels(rng: np.random.Generator, n: int) -> np.ndarray:
    """Standard-normal levels per scale then per grade, sharing one general factor."""
    loadings = np.array(
        [SCALE_GENERAL_LOADING] * len(SCALES) + [GRADE_GENERAL_LOADING[g] for g in GRADE_SLUGS]
    )
    general = rng.standard_normal((n, 1))
    specific = rng.standard_normal((n, loadings.size))
    return general * loadings + specific * np.sqrt(1 - loadings**2)


def _answers(
    rng: np.random.Generator, people: _People, latent: np.ndarray, targets: _Targets
) -> tuple[np.ndarray, np.ndarray]:
    """Integer (n x items) answers as stored and (n x grades) grades; ``SKIPPED`` where skipped.

    A few answers are skipped at random, as in any real round. Skips are drawn before the
    calibration so the answers that remain are the ones that hit the targets.
    """
    item_answered = rng.random((people.size, len(ITEMS))) >= MISSING_ITEM_SHARE
    grade_answered = rng.random((people.size, len(GRADE_SLUGS))) >= MISSING_GRADE_SHARE
    item_columns = [
        _scale_answers(rng, latent[:, s], item_answered[:, columns], targets.scales[scale.slug])
        for s, (scale, columns) in enumerate(zip(SCALES, _scale_column_ranges(), strict=True))
    ]
    # Mirroring is its own inverse: agreement-direction answers become stored answers.
    stored_items = _agreement_direction(np.hstack(item_columns))
    grades = np.column_stack(
        [
            _grade_answers(
                people, latent[:, len(SCALES) + g], grade_answered[:, g], slug, targets.grades[slug]
            )
            for g, slug in enumerate(GRADE_SLUGS)
        ]
    )
    return stored_items, grades


def _blockwise_answers(
    rng: np.random.Generator,
    people: _People,
    latent: np.ndarray,
    blocks: Sequence[tuple[np.ndarray, _Targets]],
) -> tuple[np.ndarray, np.ndarray]:
    """Answers calibrated block by block, so each block's means hit its own targets."""
    items = np.empty((people.size, len(ITEMS)), dtype=int)
    grades = np.empty((people.size, len(GRADE_SLUGS)), dtype=int)
    for rows, targets in blocks:
        items[rows], grades[rows] = _answers(rng, _subset(people, rows), latent[rows], targets)
    return items, grades


def _followup_targets(
    linked_items: np.ndarray, linked_grades: np.ndarray, n_newcomers: int
) -> tuple[_Targets, _Targets]:
    """Targets for returning respondents and newcomers in the Westland follow-up.

    Returning respondents move by exactly the intended change from their own baseline means, so
    the paired test shows the change rather than sampling luck; newcomers make up the difference
    so the whole round still averages the follow-up target.
    """
    n_linked = linked_items.shape[0]
    total = n_linked + n_newcomers
    linked_scales, newcomer_scales = {}, {}
    agreement = _agreement_direction(linked_items)
    for scale, columns in zip(SCALES, _scale_column_ranges(), strict=True):
        change = FOLLOWUP_SCALE_TARGETS[scale.slug] - SCALE_TARGETS[scale.slug]
        linked_scales[scale.slug] = _answered_mean(agreement[:, columns]) + change
        newcomer_scales[scale.slug] = _make_up(
            FOLLOWUP_SCALE_TARGETS[scale.slug], linked_scales[scale.slug], n_linked, total,
            AGREEMENT_MIN, AGREEMENT_MAX,
        )  # fmt: skip
    linked_grades_targets, newcomer_grades = {}, {}
    for g, slug in enumerate(GRADE_SLUGS):
        change = FOLLOWUP_GRADE_TARGETS[slug] - GRADE_TARGETS[slug]
        linked_grades_targets[slug] = _answered_mean(linked_grades[:, g]) + change
        newcomer_grades[slug] = _make_up(
            FOLLOWUP_GRADE_TARGETS[slug], linked_grades_targets[slug], n_linked, total,
            GRADE_MIN, GRADE_MAX,
        )  # fmt: skip
    return (
        _Targets(linked_scales, linked_grades_targets),
        _Targets(newcomer_scales, newcomer_grades),
    )


def _make_up(
    round_target: float, linked_target: float, n_linked: int, total: int, low: int, high: int
) -> float:
    """The newcomers' mean that brings the whole round to ``round_target``."""
    if total == n_linked:
        return round_target
    needed = (round_target * total - linked_target * n_linked) / (total - n_linked)
    return float(np.clip(needed, low + 0.1, high - 0.1))


def _scale_column_ranges() -> list[slice]:
    bounds = np.cumsum([0] + [len(scale.items) for scale in SCALES])
    return [
        slice(int(start), int(stop)) for start, stop in zip(bounds[:-1], bounds[1:], strict=True)
    ]


def _agreement_direction(stored_items: np.ndarray) -> np.ndarray:
    reverse = np.array([item.reverse_scored for item in ITEMS])
    mirrored = np.where(reverse, AGREEMENT_MIN + AGREEMENT_MAX - stored_items, stored_items)
    return np.where(stored_items == SKIPPED, SKIPPED, mirrored)


def _answered_mean(answers: np.ndarray) -> float:
    return float(answers[answers != SKIPPED].mean())


def _scale_answers(
    rng: np.random.Generator, level: np.ndarray, answered: np.ndarray, target: float
) -> np.ndarray:
    """Agreement-direction answers of one scale; items differ slightly in how easy they are."""
    offsets = np.linspace(-ITEM_OFFSET_RANGE, ITEM_OFFSET_RANGE, answered.shape[1])
    noise = rng.normal(0.0, ITEM_NOISE_SD, size=answered.shape)
    spread = SCALE_LATENT_SD * level[:, None] + offsets + noise
    return _calibrated(spread, answered, target, AGREEMENT_MIN, AGREEMENT_MAX)


def _grade_answers(
    people: _People, level: np.ndarray, answered: np.ndarray, slug: str, target: float
) -> np.ndarray:
    trained_effect, gi_effect = GRADE_GROUP_EFFECTS.get(slug, (0.0, 0.0))
    spread = (
        GRADE_SD[slug] * level
        + trained_effect * people.trained
        + gi_effect * (people.org_types == "GI")
    )
    return _calibrated(spread, answered, target, GRADE_MIN, GRADE_MAX)


def _calibrated(
    spread: np.ndarray, answered: np.ndarray, target: float, low: int, high: int
) -> np.ndarray:
    """Shift ``spread`` so its answered, rounded, clipped values average ``target`` here.

    The mean of the rounded answers only rises with the shift, so bisection finds the smallest
    shift whose mean reaches the target; the answers then miss it by less than one answer step
    divided by the number of answers. Skipped positions become ``SKIPPED``.
    """
    counted = spread[answered]
    if counted.size == 0:
        return np.full(spread.shape, SKIPPED)
    below, above = low - float(counted.max()) - 1.0, high - float(counted.min()) + 1.0
    for _ in range(60):
        middle = (below + above) / 2
        if np.clip(np.rint(counted + middle), low, high).mean() < target:
            below = middle
        else:
            above = middle
    answers = np.clip(np.rint(spread + above), low, high).astype(int)
    return np.where(answered, answers, SKIPPED)


def _responses(people: _People, items: np.ndarray, grades: np.ndarray) -> list[ResponseData]:
    """Plain dicts in the ``ResponseData`` shape; skipped answers are left out."""
    item_answered, grade_answered = items != SKIPPED, grades != SKIPPED
    item_slugs = [item.slug for item in ITEMS]
    return [
        ResponseData(
            code=people.codes[row],
            org_type=cast(OrgType, str(people.org_types[row])),
            municipality=str(people.municipalities[row]),
            trained=bool(people.trained[row]),
            items=_answered_dict(item_slugs, items[row], item_answered[row]),
            grades=_answered_dict(GRADE_SLUGS, grades[row], grade_answered[row]),
        )
        for row in range(people.size)
    ]


def _answered_dict(
    slugs: Sequence[str], values: np.ndarray, answered: np.ndarray
) -> dict[str, int]:
    return {
        slug: value
        for slug, value, keep in zip(slugs, values.tolist(), answered.tolist(), strict=True)
        if keep
    }
