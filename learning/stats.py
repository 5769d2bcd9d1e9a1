"""Statistics for the collaboration questionnaire, as Django-free functions over numpy arrays.

Conventions used throughout:

* A missing answer is ``nan`` in a float array; every function drops it rather than failing.
* Any result that describes or compares a group of respondents is replaced by a ``Suppressed``
  value when a group has fewer than ``MIN_GROUP_SIZE`` respondents, so that no caller can show the
  answers of a handful of identifiable colleagues by forgetting a check.
* Two groups are compared with Welch's t-test, because LT/GI and trained/untrained groups differ in
  size and spread; the effect size is Hedges' g. See ``docs/questionnaire-statistics.md``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Literal, Protocol

import numpy as np
from scipy import special

MIN_GROUP_SIZE = 5
CONFIDENCE_LEVEL = 0.95
AGREEMENT_RANGE = (1, 5)
GRADE_RANGE = (1, 10)
# A scale score needs at least half of the scale's items, so one answered item out of four cannot
# stand in for the whole scale, while one skipped item does not throw a respondent away.
MIN_ANSWERED_SHARE = 0.5

ArrayLike = np.ndarray | Sequence[float] | Sequence[int]


@dataclass(frozen=True)
class Suppressed:
    """Stands in for a result that would describe fewer than ``MIN_GROUP_SIZE`` respondents."""

    reason: str


SUPPRESSED = Suppressed(f"fewer than {MIN_GROUP_SIZE} respondents in a group")
# Hiding one small group is not enough when the total is shown: total minus the visible groups
# gives the hidden group back. This marks a group hidden only to prevent that subtraction.
SUPPRESSED_COMPLEMENT = Suppressed(
    "hidden so that a smaller group cannot be derived from the total"
)


@dataclass(frozen=True)
class Summary:
    """Mean of a group with its sample SD (ddof=1) and t-based confidence interval."""

    n: int
    mean: float
    sd: float
    ci_low: float
    ci_high: float
    confidence: float = CONFIDENCE_LEVEL


@dataclass(frozen=True)
class Alpha:
    """Cronbach's alpha over the respondents who answered every item (listwise complete)."""

    alpha: float
    n_complete: int
    n_items: int


TestName = Literal["welch", "paired"]


@dataclass(frozen=True)
class Comparison:
    """A t-test of ``mean_a - mean_b``.

    For a Welch test ``n_a`` and ``n_b`` are the group sizes; for a paired test both are the
    number of pairs and the means are those of the paired respondents only. ``hedges_g`` is the
    bias-corrected standardised difference: pooled SD for Welch, the average of the two variances
    (g_av) for paired data, so both read as "difference in SDs of one measurement".
    """

    test: TestName
    n_a: int
    n_b: int
    mean_a: float
    mean_b: float
    mean_difference: float
    ci_low: float
    ci_high: float
    t: float
    df: float
    p_value: float
    hedges_g: float
    confidence: float = CONFIDENCE_LEVEL


SummaryResult = Summary | Suppressed
ComparisonResult = Comparison | Suppressed
AlphaResult = Alpha | Suppressed


# --- Scoring -----------------------------------------------------------------------------------


def reverse_score(values: ArrayLike, low: int = 1, high: int = 5) -> np.ndarray:
    """Turn a negatively worded item around: on 1-5, ``6 - x``; missing stays missing."""
    scores = _as_float(values)
    _check_range(scores, low, high)
    return (low + high) - scores


def score_items(items: np.ndarray, reverse_scored: Sequence[bool]) -> np.ndarray:
    """Reverse the columns flagged in ``reverse_scored`` of an (n x k) 1-5 item matrix."""
    matrix = _as_matrix(items)
    flags = np.asarray(reverse_scored, dtype=bool)
    if flags.shape != (matrix.shape[1],):
        raise ValueError(f"expected {matrix.shape[1]} reverse flags, got {flags.size}")
    _check_range(matrix, *AGREEMENT_RANGE)
    scored = matrix.copy()
    scored[:, flags] = sum(AGREEMENT_RANGE) - scored[:, flags]
    return scored


def scale_scores(
    scored_items: np.ndarray, min_answered_share: float = MIN_ANSWERED_SHARE
) -> np.ndarray:
    """Per respondent, the mean of the answered (already reverse-scored) items of one scale.

    The score is ``nan`` when fewer than ``min_answered_share`` of the items were answered
    (with the default 0.5: 2 of 3, 2 of 4 and 3 of 5 items).
    """
    matrix = _as_matrix(scored_items)
    answered = ~np.isnan(matrix)
    counts = answered.sum(axis=1)
    totals = np.where(answered, matrix, 0.0).sum(axis=1)
    enough = counts >= math.ceil(min_answered_share * matrix.shape[1] - 1e-9)
    scores = np.full(matrix.shape[0], np.nan)
    np.divide(totals, counts, out=scores, where=enough & (counts > 0))
    return scores


# --- Describing groups -------------------------------------------------------------------------


def summarise(values: ArrayLike) -> SummaryResult:
    """n, mean, SD and 95% CI of the answered values, or ``SUPPRESSED`` below 5 respondents."""
    answered = _answered(values)
    if answered.size < MIN_GROUP_SIZE:
        return SUPPRESSED
    return _summary(answered.size, float(answered.mean()), float(answered.std(ddof=1)))


@dataclass(frozen=True)
class Grouping:
    """Labels factorised once: the sorted label names and each respondent's index into them.

    Reports reuse one ``Grouping`` for every scale and grade instead of sorting the labels again.
    """

    names: tuple[str, ...]
    index: np.ndarray

    @classmethod
    def from_labels(cls, labels: ArrayLike | Sequence[str]) -> Grouping:
        names, index = np.unique(np.asarray(labels).astype(str), return_inverse=True)
        return cls(tuple(str(name) for name in names), index.ravel())


def summarise_groups(
    values: ArrayLike, labels: ArrayLike | Sequence[str] | Grouping
) -> dict[str, SummaryResult]:
    """Summaries per label (e.g. per municipality), with primary and complementary suppression.

    Groups below ``MIN_GROUP_SIZE`` are suppressed; if the suppressed groups together hold fewer
    than ``MIN_GROUP_SIZE`` respondents, the smallest visible groups are hidden too, because the
    overall mean minus the visible groups would otherwise reveal them. Labels become ``str`` keys;
    a label whose respondents all skipped the question is reported as suppressed.
    """
    scores = _as_float(values)
    grouping = labels if isinstance(labels, Grouping) else Grouping.from_labels(labels)
    if grouping.index.shape != scores.shape:
        raise ValueError("values and labels must have the same length")
    answered = ~np.isnan(scores)
    counts, means, sds = _grouped_moments(
        scores[answered], grouping.index[answered], len(grouping.names)
    )
    hidden = _groups_to_hide(counts)
    return {
        name: hidden[i]
        if hidden[i] is not None
        else _summary(int(counts[i]), float(means[i]), float(sds[i]))
        for i, name in enumerate(grouping.names)
    }


def cronbach_alpha(items: np.ndarray) -> AlphaResult:
    """Cronbach's alpha of an (n_respondents x k_items) matrix of reverse-scored items.

    Only respondents who answered every item count (listwise deletion), because the formula
    compares item variances with the variance of the total, which needs the same people in both.
    Suppressed below ``MIN_GROUP_SIZE`` complete respondents; ``nan`` when the total has no
    variance (everyone gave the same total), where alpha is undefined.
    """
    matrix = _as_matrix(items)
    n_items = matrix.shape[1]
    if n_items < 2:
        raise ValueError("Cronbach's alpha needs at least two items")
    complete = matrix[~np.isnan(matrix).any(axis=1)]
    if complete.shape[0] < MIN_GROUP_SIZE:
        return SUPPRESSED
    item_variance_sum = complete.var(axis=0, ddof=1).sum()
    total_variance = complete.sum(axis=1).var(ddof=1)
    if total_variance == 0:
        return Alpha(math.nan, complete.shape[0], n_items)
    alpha = n_items / (n_items - 1) * (1.0 - item_variance_sum / total_variance)
    return Alpha(float(alpha), complete.shape[0], n_items)


# --- Comparing groups --------------------------------------------------------------------------


def compare_groups(group_a: ArrayLike, group_b: ArrayLike) -> ComparisonResult:
    """Welch's t-test of ``mean(a) - mean(b)`` (unequal variances), with Hedges' g.

    Suppressed when either group has fewer than ``MIN_GROUP_SIZE`` answered values.
    """
    a, b = _answered(group_a), _answered(group_b)
    if min(a.size, b.size) < MIN_GROUP_SIZE:
        return SUPPRESSED
    var_a, var_b = float(a.var(ddof=1)), float(b.var(ddof=1))
    share_a, share_b = var_a / a.size, var_b / b.size
    standard_error = math.sqrt(share_a + share_b)
    df = _welch_df(share_a, share_b, a.size, b.size)
    difference = float(a.mean() - b.mean())
    pooled_df = a.size + b.size - 2
    pooled_sd = math.sqrt(((a.size - 1) * var_a + (b.size - 1) * var_b) / pooled_df)
    return _comparison(
        test="welch",
        sizes=(a.size, b.size),
        means=(float(a.mean()), float(b.mean())),
        standard_error=standard_error,
        df=df,
        effect_size=hedges_g(difference, pooled_sd, pooled_df),
    )


def paired_test(after: ArrayLike, before: ArrayLike) -> ComparisonResult:
    """Paired t-test of ``after - before`` on rows where both values are present, with g_av.

    Suppressed when fewer than ``MIN_GROUP_SIZE`` complete pairs remain.
    """
    later, earlier = _as_float(after), _as_float(before)
    if later.shape != earlier.shape:
        raise ValueError("paired arrays must have the same length")
    complete = ~(np.isnan(later) | np.isnan(earlier))
    later, earlier = later[complete], earlier[complete]
    n_pairs = int(later.size)
    if n_pairs < MIN_GROUP_SIZE:
        return SUPPRESSED
    differences = later - earlier
    standard_error = float(differences.std(ddof=1)) / math.sqrt(n_pairs)
    average_sd = math.sqrt((later.var(ddof=1) + earlier.var(ddof=1)) / 2.0)
    return _comparison(
        test="paired",
        sizes=(n_pairs, n_pairs),
        means=(float(later.mean()), float(earlier.mean())),
        standard_error=standard_error,
        df=float(n_pairs - 1),
        effect_size=hedges_g(float(differences.mean()), average_sd, n_pairs - 1),
    )


def compare_rounds(
    baseline_scores: ArrayLike,
    baseline_codes: Sequence[str | None],
    followup_scores: ArrayLike,
    followup_codes: Sequence[str | None],
) -> ComparisonResult:
    """Follow-up minus baseline: paired when codes link enough respondents, otherwise Welch.

    Respondents are linked by their self-chosen code (ignoring case and spaces). A code used
    more than once within a round is ambiguous and links nobody. With at least
    ``MIN_GROUP_SIZE`` linked pairs that have a score in both rounds, a paired t-test runs on those
    pairs only; otherwise Welch's test compares everyone in both rounds. ``Comparison.test``
    says which test was used.
    """
    before, after = _as_float(baseline_scores), _as_float(followup_scores)
    pair_before, pair_after = linked_pairs(before, baseline_codes, after, followup_codes)
    if pair_before.size >= MIN_GROUP_SIZE:
        return paired_test(pair_after, pair_before)
    return compare_groups(after, before)


def linked_pairs(
    baseline_scores: ArrayLike,
    baseline_codes: Sequence[str | None],
    followup_scores: ArrayLike,
    followup_codes: Sequence[str | None],
) -> tuple[np.ndarray, np.ndarray]:
    """Baseline and follow-up scores of respondents whose unique code occurs in both rounds."""
    before, after = _as_float(baseline_scores), _as_float(followup_scores)
    if len(baseline_codes) != before.size or len(followup_codes) != after.size:
        raise ValueError("each score needs a code (None when the respondent gave none)")
    baseline_rows = _rows_by_unique_code(baseline_codes)
    followup_rows = _rows_by_unique_code(followup_codes)
    shared = sorted(baseline_rows.keys() & followup_rows.keys())
    before_rows = np.array([baseline_rows[code] for code in shared], dtype=int)
    after_rows = np.array([followup_rows[code] for code in shared], dtype=int)
    paired_before, paired_after = before[before_rows], after[after_rows]
    both = ~(np.isnan(paired_before) | np.isnan(paired_after))
    return paired_before[both], paired_after[both]


def normalise_code(code: str | None) -> str | None:
    """The comparable form of a self-chosen code: no whitespace, case-folded; blank means none."""
    if code is None:
        return None
    cleaned = "".join(code.split()).casefold()
    return cleaned or None


def hedges_g(mean_difference: float, standardiser: float, df: float) -> float:
    """Cohen's d (difference / standardiser) times the exact small-sample correction J(df)."""
    if standardiser == 0 or df < 2:
        return math.nan
    correction = math.exp(special.gammaln(df / 2) - special.gammaln((df - 1) / 2)) / math.sqrt(
        df / 2
    )
    return mean_difference / standardiser * correction


# --- A whole round -----------------------------------------------------------------------------


@dataclass(frozen=True)
class MeasureReport:
    """Everything reported about one scale or grade in one round."""

    overall: SummaryResult
    by_group: dict[str, dict[str, SummaryResult]] = field(default_factory=dict)
    comparisons: dict[str, ComparisonResult] = field(default_factory=dict)
    alpha: AlphaResult | None = None


@dataclass(frozen=True)
class RoundReport:
    n_respondents: int
    scales: dict[str, MeasureReport]
    grades: dict[str, MeasureReport]


GroupMasks = tuple[np.ndarray, np.ndarray]


def measure_report(
    scores: ArrayLike,
    breakdowns: Mapping[str, ArrayLike | Grouping],
    comparisons: Mapping[str, GroupMasks],
    alpha: AlphaResult | None = None,
) -> MeasureReport:
    """Overall summary, per-label summaries per breakdown, and one Welch test per mask pair."""
    values = _as_float(scores)
    return MeasureReport(
        overall=summarise(values),
        by_group={name: summarise_groups(values, labels) for name, labels in breakdowns.items()},
        comparisons={
            name: compare_groups(values[np.asarray(mask_a)], values[np.asarray(mask_b)])
            for name, (mask_a, mask_b) in comparisons.items()
        },
        alpha=alpha,
    )


def round_report(
    scale_items: Mapping[str, np.ndarray],
    grades: Mapping[str, ArrayLike],
    breakdowns: Mapping[str, ArrayLike],
    comparisons: Mapping[str, GroupMasks],
) -> RoundReport:
    """Report one round from arrays.

    ``scale_items`` maps a scale slug to its (n x k) matrix of reverse-scored items, ``grades``
    a grade slug to its 1-D values; ``breakdowns`` maps a name to one label per respondent, and
    ``comparisons`` a name to two boolean masks (group a, group b).
    """
    sizes = {len(_as_matrix(m)) for m in scale_items.values()} | {
        len(_as_float(g)) for g in grades.values()
    }
    if len(sizes) > 1:
        raise ValueError("all scales and grades must cover the same respondents")
    groupings = {name: Grouping.from_labels(labels) for name, labels in breakdowns.items()}
    return RoundReport(
        n_respondents=sizes.pop() if sizes else 0,
        scales={
            slug: measure_report(
                scale_scores(matrix), groupings, comparisons, alpha=cronbach_alpha(matrix)
            )
            for slug, matrix in scale_items.items()
        },
        grades={
            slug: measure_report(values, groupings, comparisons) for slug, values in grades.items()
        },
    )


# --- From stored responses ---------------------------------------------------------------------


class ItemLike(Protocol):
    @property
    def slug(self) -> str: ...

    @property
    def reverse_scored(self) -> bool: ...


class ScaleLike(Protocol):
    @property
    def slug(self) -> str: ...

    @property
    def items(self) -> Sequence[ItemLike]: ...


ORG_TYPE_COMPARISON = "lt_vs_gi"
TRAINING_COMPARISON = "trained_vs_untrained"


def answer_matrix(answers: Iterable[Mapping[str, Any]], slugs: Sequence[str]) -> np.ndarray:
    """An (n x len(slugs)) float matrix from per-respondent answer dicts; absent keys are nan."""
    rows = [[answer.get(slug) for slug in slugs] for answer in answers]
    if not rows:
        return np.empty((0, len(slugs)))
    return np.array(rows, dtype=float)


def scored_scale_items(
    item_answers: Sequence[Mapping[str, Any]], scales: Sequence[ScaleLike]
) -> dict[str, np.ndarray]:
    """Per scale slug, the reverse-scored (n x k) item matrix built from answer dicts."""
    slugs = [item.slug for scale in scales for item in scale.items]
    # One pass over the dicts for all items: the Python-level loop is the slow part.
    scored = score_items(
        answer_matrix(item_answers, slugs),
        [item.reverse_scored for scale in scales for item in scale.items],
    )
    matrices: dict[str, np.ndarray] = {}
    start = 0
    for scale in scales:
        matrices[scale.slug] = scored[:, start : start + len(scale.items)]
        start += len(scale.items)
    return matrices


def report_from_responses(
    responses: Sequence[Mapping[str, Any]],
    scales: Sequence[ScaleLike],
    grade_slugs: Sequence[str],
) -> RoundReport:
    """The standard round report from response dicts (the shape of ``ResponseData``).

    Breaks down by organisation type, training and municipality, and compares LT with GI and
    trained with untrained respondents.
    """
    org_types = np.array([r.get("org_type") or "" for r in responses], dtype=str)
    trained = np.array([r.get("trained") is True for r in responses], dtype=bool)
    untrained = np.array([r.get("trained") is False for r in responses], dtype=bool)
    training_labels = np.where(trained, "trained", np.where(untrained, "untrained", "unknown"))
    grade_matrix = answer_matrix([r.get("grades", {}) for r in responses], grade_slugs)
    _check_range(grade_matrix, *GRADE_RANGE)
    return round_report(
        scale_items=scored_scale_items([r.get("items", {}) for r in responses], scales),
        grades={slug: grade_matrix[:, i] for i, slug in enumerate(grade_slugs)},
        breakdowns={
            "org_type": org_types,
            "trained": training_labels,
            "municipality": np.array([r.get("municipality") or "" for r in responses], dtype=str),
        },
        comparisons={
            ORG_TYPE_COMPARISON: (org_types == "LT", org_types == "GI"),
            TRAINING_COMPARISON: (trained, untrained),
        },
    )


def compare_response_rounds(
    baseline: Sequence[Mapping[str, Any]],
    followup: Sequence[Mapping[str, Any]],
    scales: Sequence[ScaleLike],
    grade_slugs: Sequence[str],
) -> dict[str, ComparisonResult]:
    """``compare_rounds`` for every scale and grade slug, from two rounds of response dicts."""
    before = _measure_scores(baseline, scales, grade_slugs)
    after = _measure_scores(followup, scales, grade_slugs)
    before_codes = [r.get("code") for r in baseline]
    after_codes = [r.get("code") for r in followup]
    return {
        slug: compare_rounds(before[slug], before_codes, after[slug], after_codes)
        for slug in before
    }


# --- Helpers -----------------------------------------------------------------------------------


def _measure_scores(
    responses: Sequence[Mapping[str, Any]], scales: Sequence[ScaleLike], grade_slugs: Sequence[str]
) -> dict[str, np.ndarray]:
    item_matrices = scored_scale_items([r.get("items", {}) for r in responses], scales)
    grade_matrix = answer_matrix([r.get("grades", {}) for r in responses], grade_slugs)
    scores = {slug: scale_scores(matrix) for slug, matrix in item_matrices.items()}
    scores.update({slug: grade_matrix[:, i] for i, slug in enumerate(grade_slugs)})
    return scores


def _as_float(values: ArrayLike) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    if array.ndim != 1:
        raise ValueError(f"expected a 1-D array, got shape {array.shape}")
    return array


def _as_matrix(values: np.ndarray) -> np.ndarray:
    array = np.asarray(values, dtype=float)
    if array.ndim != 2:
        raise ValueError(f"expected an (n x k) matrix, got shape {array.shape}")
    return array


def _answered(values: ArrayLike) -> np.ndarray:
    array = _as_float(values)
    return array[~np.isnan(array)]


def _check_range(values: np.ndarray, low: float, high: float) -> None:
    # A value outside the answer scale means a storage or import error; reversing or averaging
    # it would silently produce plausible-looking nonsense.
    present = values[~np.isnan(values)]
    if present.size and (present.min() < low or present.max() > high):
        raise ValueError(f"answers must lie between {low} and {high}")


def _t_critical(df: float) -> float:
    return float(special.stdtrit(df, 0.5 + CONFIDENCE_LEVEL / 2))


def _summary(n: int, mean: float, sd: float) -> Summary:
    half_width = _t_critical(n - 1) * sd / math.sqrt(n)
    return Summary(n=n, mean=mean, sd=sd, ci_low=mean - half_width, ci_high=mean + half_width)


def _grouped_moments(
    values: np.ndarray, group_index: np.ndarray, n_groups: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    # Two passes (mean, then squared deviations) keep the SD exact; bincount keeps it vectorised.
    counts = np.bincount(group_index, minlength=n_groups)
    sums = np.bincount(group_index, weights=values, minlength=n_groups)
    with np.errstate(invalid="ignore", divide="ignore"):
        means = sums / counts
        squares = np.bincount(
            group_index, weights=(values - means[group_index]) ** 2, minlength=n_groups
        )
        sds = np.sqrt(squares / (counts - 1))
    return counts, means, sds


def _groups_to_hide(counts: np.ndarray) -> list[Suppressed | None]:
    hidden: list[Suppressed | None] = [
        SUPPRESSED if count < MIN_GROUP_SIZE else None for count in counts
    ]
    hidden_total = int(sum(c for c, h in zip(counts, hidden, strict=True) if h is not None))
    for i in np.argsort(counts, kind="stable"):
        if hidden_total == 0 or hidden_total >= MIN_GROUP_SIZE:
            break
        if hidden[i] is None:
            hidden[i] = SUPPRESSED_COMPLEMENT
            hidden_total += int(counts[i])
    return hidden


def _welch_df(share_a: float, share_b: float, n_a: int, n_b: int) -> float:
    denominator = share_a**2 / (n_a - 1) + share_b**2 / (n_b - 1)
    if denominator == 0:
        return math.nan
    return (share_a + share_b) ** 2 / denominator


def _comparison(
    test: TestName,
    sizes: tuple[int, int],
    means: tuple[float, float],
    standard_error: float,
    df: float,
    effect_size: float,
) -> Comparison:
    difference = means[0] - means[1]
    if standard_error == 0 or math.isnan(df):
        # No spread at all: the t statistic is undefined rather than infinite.
        t_value = p_value = half_width = math.nan
    else:
        t_value = difference / standard_error
        p_value = float(2 * special.stdtr(df, -abs(t_value)))
        half_width = _t_critical(df) * standard_error
    return Comparison(
        test=test,
        n_a=sizes[0],
        n_b=sizes[1],
        mean_a=means[0],
        mean_b=means[1],
        mean_difference=difference,
        ci_low=difference - half_width,
        ci_high=difference + half_width,
        t=t_value,
        df=df,
        p_value=p_value,
        hedges_g=effect_size,
    )


def _rows_by_unique_code(codes: Sequence[str | None]) -> dict[str, int]:
    rows: dict[str, int] = {}
    duplicated: set[str] = set()
    for row, code in enumerate(codes):
        key = normalise_code(code)
        if key is None:
            continue
        if key in rows:
            duplicated.add(key)
        rows[key] = row
    return {code: row for code, row in rows.items() if code not in duplicated}
