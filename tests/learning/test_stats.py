"""Checks of learning.stats against scipy/numpy and against formulas computed independently."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pytest
from scipy import stats as scipy_stats

from learning import stats
from learning.stats import (
    MIN_GROUP_SIZE,
    SUPPRESSED,
    SUPPRESSED_COMPLEMENT,
    Alpha,
    Comparison,
    Grouping,
    Summary,
    Suppressed,
)

NAN = math.nan
# Two groups of different size and spread, as LT and GI groups typically are.
GROUP_A = np.array([3.2, 2.8, 4.1, 3.5, 2.9, 3.8, 4.4, 2.5])
GROUP_B = np.array([2.1, 2.9, 3.0, 2.4, 3.6, 2.2, 2.7, 3.1, 2.0, 2.8, 3.3])
BEFORE = np.array([2.5, 3.0, 2.25, 3.5, 2.75, 2.0, 3.25, 2.5, 3.0])
AFTER = np.array([3.0, 3.25, 2.5, 3.25, 3.5, 2.5, 3.5, 3.0, 2.75])


def values_of_size(n: int) -> np.ndarray:
    return np.linspace(1.0, 5.0, n)


# --- Scoring -----------------------------------------------------------------------------------


def test_reverse_score_mirrors_a_five_point_answer_and_keeps_missing():
    result = stats.reverse_score([1, 2, 3, 4, 5, NAN])
    np.testing.assert_array_equal(result, [5, 4, 3, 2, 1, NAN])


def test_reverse_score_rejects_answers_outside_the_scale():
    with pytest.raises(ValueError):
        stats.reverse_score([0, 3])
    with pytest.raises(ValueError):
        stats.reverse_score([6])


def test_score_items_reverses_only_flagged_columns():
    items = np.array([[1, 2, 5], [4, NAN, 2]])
    scored = stats.score_items(items, [False, True, True])
    np.testing.assert_array_equal(scored, [[1, 4, 1], [4, NAN, 4]])
    np.testing.assert_array_equal(items, [[1, 2, 5], [4, NAN, 2]])  # input untouched


def test_score_items_needs_one_flag_per_column():
    with pytest.raises(ValueError):
        stats.score_items(np.ones((2, 3)), [True, False])


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ([4, 2, 3, 5], 3.5),
        ([4, 2, NAN, 5], 11 / 3),
        ([4, NAN, NAN, 2], 3.0),  # 2 of 4 answered: exactly half is enough
        ([4, NAN, NAN, NAN], NAN),  # 1 of 4 answered: too few
        ([NAN, NAN, NAN, NAN], NAN),
    ],
)
def test_scale_score_needs_half_of_four_items(row, expected):
    result = stats.scale_scores(np.array([row]))[0]
    assert result == pytest.approx(expected, nan_ok=True)


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ([2, 4, NAN], 3.0),  # 2 of 3
        ([2, NAN, NAN], NAN),  # 1 of 3
        ([1, 2, 3, NAN, NAN], 2.0),  # 3 of 5
        ([1, 2, NAN, NAN, NAN], NAN),  # 2 of 5
    ],
)
def test_scale_score_rounds_half_up_for_odd_scales(row, expected):
    result = stats.scale_scores(np.array([row]))[0]
    assert result == pytest.approx(expected, nan_ok=True)


# --- Summaries ---------------------------------------------------------------------------------


def test_summary_matches_numpy_and_scipy_t_interval():
    summary = stats.summarise(GROUP_B)
    assert isinstance(summary, Summary)
    low, high = scipy_stats.t.interval(
        0.95, len(GROUP_B) - 1, loc=GROUP_B.mean(), scale=scipy_stats.sem(GROUP_B)
    )
    assert summary.n == len(GROUP_B)
    assert summary.mean == pytest.approx(np.mean(GROUP_B))
    assert summary.sd == pytest.approx(np.std(GROUP_B, ddof=1))
    assert summary.ci_low == pytest.approx(low)
    assert summary.ci_high == pytest.approx(high)


def test_summary_ignores_missing_values():
    with_gaps = np.concatenate([GROUP_A, [NAN, NAN]])
    assert stats.summarise(with_gaps) == stats.summarise(GROUP_A)


def test_summary_of_identical_answers_has_zero_width_interval():
    summary = stats.summarise([3, 3, 3, 3, 3])
    assert isinstance(summary, Summary)
    assert (summary.sd, summary.ci_low, summary.ci_high) == (0.0, 3.0, 3.0)


def test_summary_is_suppressed_at_four_and_shown_at_five():
    assert stats.summarise(values_of_size(4)) is SUPPRESSED
    assert isinstance(stats.summarise(values_of_size(5)), Summary)


def test_summary_counts_only_answered_values_for_suppression():
    assert stats.summarise([1, 2, 3, 4, NAN, NAN]) is SUPPRESSED


def assert_same_summary(actual: object, expected: object) -> None:
    # Grouped sums run in a different order than np.mean, so compare up to rounding.
    assert isinstance(actual, Summary) and isinstance(expected, Summary)
    assert actual.n == expected.n
    for name in ("mean", "sd", "ci_low", "ci_high"):
        assert getattr(actual, name) == pytest.approx(getattr(expected, name))


def test_group_summaries_equal_single_summaries():
    values = np.concatenate([GROUP_A, GROUP_B])
    labels = ["LT"] * len(GROUP_A) + ["GI"] * len(GROUP_B)
    result = stats.summarise_groups(values, labels)
    assert result.keys() == {"LT", "GI"}
    assert_same_summary(result["LT"], stats.summarise(GROUP_A))
    assert_same_summary(result["GI"], stats.summarise(GROUP_B))


def test_group_summaries_accept_a_precomputed_grouping():
    values = np.concatenate([GROUP_A, GROUP_B])
    labels = ["LT"] * len(GROUP_A) + ["GI"] * len(GROUP_B)
    assert stats.summarise_groups(values, Grouping.from_labels(labels)) == stats.summarise_groups(
        values, labels
    )


def test_group_of_four_is_suppressed_and_group_of_five_shown():
    values = values_of_size(4 + 5 + 5 + 5)
    labels = ["a"] * 4 + ["b"] * 5 + ["c"] * 5 + ["d"] * 5
    result = stats.summarise_groups(values, labels)
    assert result["a"] is SUPPRESSED
    assert all(isinstance(result[label], Summary) for label in "cd")


def test_group_suppression_counts_answered_values_only():
    result = stats.summarise_groups([1, 2, 3, 4, NAN, 1, 2, 3, 4, 5], ["a"] * 5 + ["b"] * 5)
    assert isinstance(result["a"], Suppressed)


def test_single_small_group_forces_complementary_suppression():
    # Without it: total mean, n, and the visible groups give the hidden group's mean back.
    values = values_of_size(4 + 6 + 9)
    labels = ["small"] * 4 + ["medium"] * 6 + ["large"] * 9
    result = stats.summarise_groups(values, labels)
    assert result["small"] is SUPPRESSED
    assert result["medium"] is SUPPRESSED_COMPLEMENT
    assert isinstance(result["large"], Summary)


def test_hidden_groups_totalling_five_need_no_extra_suppression():
    values = values_of_size(2 + 3 + 6)
    labels = ["x"] * 2 + ["y"] * 3 + ["z"] * 6
    result = stats.summarise_groups(values, labels)
    assert result["x"] is SUPPRESSED and result["y"] is SUPPRESSED
    assert isinstance(result["z"], Summary)


def test_label_whose_respondents_all_skipped_is_suppressed_not_dropped():
    result = stats.summarise_groups([1, 2, 3, 4, 5, NAN], ["a"] * 5 + ["b"])
    assert result["b"] is SUPPRESSED
    # b hides nobody who answered, so a stays visible.
    assert isinstance(result["a"], Summary)


# --- Cronbach's alpha --------------------------------------------------------------------------

# Five respondents, three items. By hand (sample variances, ddof = 1):
#   item variances 2.5, 1.0, 1.8 -> sum 5.3
#   totals 5, 7, 9, 13, 14 -> mean 9.6, variance 59.2 / 4 = 14.8
#   alpha = 3/2 * (1 - 5.3/14.8) = 285/296 = 0.96284
HAND_ITEMS = np.array([[1, 2, 2], [2, 2, 3], [3, 3, 3], [4, 4, 5], [5, 4, 5]], dtype=float)
HAND_ALPHA = 285 / 296


def alpha_by_anova(items: np.ndarray) -> float:
    """Hoyt's formulation: 1 - MS(residual) / MS(persons) of a persons x items ANOVA."""
    n, k = items.shape
    grand = items.mean()
    ss_persons = k * ((items.mean(axis=1) - grand) ** 2).sum()
    ss_items = n * ((items.mean(axis=0) - grand) ** 2).sum()
    ss_residual = ((items - grand) ** 2).sum() - ss_persons - ss_items
    return 1 - (ss_residual / ((n - 1) * (k - 1))) / (ss_persons / (n - 1))


def alpha_by_average_covariance(items: np.ndarray) -> float:
    covariance = np.cov(items, rowvar=False)
    k = items.shape[1]
    mean_variance = np.trace(covariance) / k
    mean_covariance = (covariance.sum() - np.trace(covariance)) / (k * (k - 1))
    return k * mean_covariance / (mean_variance + (k - 1) * mean_covariance)


def test_alpha_of_hand_computed_example():
    result = stats.cronbach_alpha(HAND_ITEMS)
    assert isinstance(result, Alpha)
    assert result.alpha == pytest.approx(HAND_ALPHA)
    assert (result.n_complete, result.n_items) == (5, 3)


def test_alpha_agrees_with_two_independent_formulas():
    rng = np.random.default_rng(11)
    level = rng.normal(3, 0.7, size=(60, 1))
    items = np.clip(np.rint(level + rng.normal(0, 0.8, size=(60, 5))), 1, 5)
    result = stats.cronbach_alpha(items)
    assert isinstance(result, Alpha)
    assert result.alpha == pytest.approx(alpha_by_anova(items))
    assert result.alpha == pytest.approx(alpha_by_average_covariance(items))
    assert alpha_by_anova(HAND_ITEMS) == pytest.approx(HAND_ALPHA)


def test_alpha_uses_complete_cases_only():
    with_incomplete = np.vstack([HAND_ITEMS, [[5, NAN, 1], [NAN, NAN, NAN]]])
    result = stats.cronbach_alpha(with_incomplete)
    assert isinstance(result, Alpha)
    assert result.alpha == pytest.approx(HAND_ALPHA)
    assert result.n_complete == 5


def test_alpha_is_suppressed_with_four_complete_cases_and_shown_with_five():
    four_complete = HAND_ITEMS.copy()
    four_complete[0, 1] = NAN
    assert stats.cronbach_alpha(four_complete) is SUPPRESSED
    assert isinstance(stats.cronbach_alpha(HAND_ITEMS), Alpha)


def test_alpha_of_identical_columns_is_one_and_of_constant_answers_undefined():
    column = np.array([[1], [2], [4], [5], [3]], dtype=float)
    parallel = stats.cronbach_alpha(np.hstack([column, column, column]))
    constant = stats.cronbach_alpha(np.full((6, 3), 4.0))
    assert isinstance(parallel, Alpha) and isinstance(constant, Alpha)
    assert parallel.alpha == pytest.approx(1.0)
    assert math.isnan(constant.alpha)


def test_alpha_needs_two_items():
    with pytest.raises(ValueError):
        stats.cronbach_alpha(np.ones((10, 1)))


# --- Welch's t-test ----------------------------------------------------------------------------


def approximate_hedges_g(difference: float, standardiser: float, df: float) -> float:
    """Hedges' g with the common approximation J = 1 - 3 / (4 df - 1)."""
    return difference / standardiser * (1 - 3 / (4 * df - 1))


def test_welch_matches_scipy():
    result = stats.compare_groups(GROUP_A, GROUP_B)
    reference = scipy_stats.ttest_ind(GROUP_A, GROUP_B, equal_var=False)
    interval = reference.confidence_interval(confidence_level=0.95)
    assert isinstance(result, Comparison)
    assert result.test == "welch"
    assert (result.n_a, result.n_b) == (len(GROUP_A), len(GROUP_B))
    assert result.t == pytest.approx(reference.statistic)
    assert result.p_value == pytest.approx(reference.pvalue)
    assert result.df == pytest.approx(reference.df)
    assert result.mean_difference == pytest.approx(GROUP_A.mean() - GROUP_B.mean())
    assert result.ci_low == pytest.approx(interval.low)
    assert result.ci_high == pytest.approx(interval.high)


def test_welch_effect_size_is_hedges_g_with_pooled_sd():
    n_a, n_b = len(GROUP_A), len(GROUP_B)
    pooled_sd = math.sqrt(
        ((n_a - 1) * GROUP_A.var(ddof=1) + (n_b - 1) * GROUP_B.var(ddof=1)) / (n_a + n_b - 2)
    )
    expected = approximate_hedges_g(GROUP_A.mean() - GROUP_B.mean(), pooled_sd, n_a + n_b - 2)
    result = stats.compare_groups(GROUP_A, GROUP_B)
    assert isinstance(result, Comparison)
    assert result.hedges_g == pytest.approx(expected, rel=1e-3)


def test_welch_ignores_missing_values():
    with_gaps = stats.compare_groups(np.append(GROUP_A, NAN), np.append(GROUP_B, [NAN, NAN]))
    assert with_gaps == stats.compare_groups(GROUP_A, GROUP_B)


@pytest.mark.parametrize(("n_a", "n_b"), [(4, 5), (5, 4), (4, 4)])
def test_welch_is_suppressed_when_a_group_has_four(n_a, n_b):
    assert stats.compare_groups(values_of_size(n_a), values_of_size(n_b) + 1) is SUPPRESSED


def test_welch_runs_with_five_in_each_group():
    result = stats.compare_groups(values_of_size(5), values_of_size(5) + 0.5)
    assert isinstance(result, Comparison)
    reference = scipy_stats.ttest_ind(values_of_size(5), values_of_size(5) + 0.5, equal_var=False)
    assert result.p_value == pytest.approx(reference.pvalue)


def test_welch_without_any_spread_reports_undefined_statistics():
    result = stats.compare_groups([3] * 5, [4] * 5)
    assert isinstance(result, Comparison)
    assert result.mean_difference == -1
    assert math.isnan(result.t) and math.isnan(result.p_value) and math.isnan(result.hedges_g)


# --- Paired t-test -----------------------------------------------------------------------------


def test_paired_matches_scipy():
    result = stats.paired_test(AFTER, BEFORE)
    reference = scipy_stats.ttest_rel(AFTER, BEFORE)
    interval = reference.confidence_interval(confidence_level=0.95)
    assert isinstance(result, Comparison)
    assert result.test == "paired"
    assert (result.n_a, result.n_b) == (len(AFTER), len(AFTER))
    assert result.t == pytest.approx(reference.statistic)
    assert result.p_value == pytest.approx(reference.pvalue)
    assert result.df == reference.df
    assert result.ci_low == pytest.approx(interval.low)
    assert result.ci_high == pytest.approx(interval.high)


def test_paired_effect_size_is_hedges_g_av():
    average_sd = math.sqrt((AFTER.var(ddof=1) + BEFORE.var(ddof=1)) / 2)
    expected = approximate_hedges_g((AFTER - BEFORE).mean(), average_sd, len(AFTER) - 1)
    result = stats.paired_test(AFTER, BEFORE)
    assert isinstance(result, Comparison)
    assert result.hedges_g == pytest.approx(expected, rel=1e-3)


def test_paired_drops_incomplete_pairs():
    after = np.append(AFTER, [NAN, 3.0])
    before = np.append(BEFORE, [2.0, NAN])
    assert stats.paired_test(after, before) == stats.paired_test(AFTER, BEFORE)


def test_paired_is_suppressed_at_four_pairs_and_runs_at_five():
    assert stats.paired_test(AFTER[:4], BEFORE[:4]) is SUPPRESSED
    assert isinstance(stats.paired_test(AFTER[:5], BEFORE[:5]), Comparison)


def test_paired_needs_equal_lengths():
    with pytest.raises(ValueError):
        stats.paired_test([1, 2, 3], [1, 2])


def test_exact_small_sample_correction_matches_gamma_formula():
    for df in (4, 9, 17, 60):
        exact = math.gamma(df / 2) / (math.sqrt(df / 2) * math.gamma((df - 1) / 2))
        assert stats.hedges_g(1.0, 1.0, df) == pytest.approx(exact)
    for df in (9, 17, 60):
        assert stats.hedges_g(1.0, 1.0, df) == pytest.approx(1 - 3 / (4 * df - 1), rel=1e-3)


# --- Baseline vs follow-up ---------------------------------------------------------------------


def codes(prefix: str, count: int) -> list[str | None]:
    return [f"{prefix}{i}" for i in range(count)]


def test_rounds_linked_by_codes_use_the_paired_test_on_pairs_only():
    baseline_codes = codes("k", len(BEFORE)) + [None, "solo"]
    # Follow-up in a different order, with different case and spacing, plus newcomers.
    order = np.arange(len(AFTER))[::-1]
    followup_codes = [f" K{i} " for i in order] + ["new1", None]
    result = stats.compare_rounds(
        np.append(BEFORE, [1.0, 5.0]),
        baseline_codes,
        np.append(AFTER[order], [4.0, 4.5]),
        followup_codes,
    )
    assert result == stats.paired_test(AFTER, BEFORE)


def test_rounds_with_four_pairs_fall_back_to_welch_on_everyone():
    baseline_codes = codes("k", 4) + [None] * (len(BEFORE) - 4)
    followup_codes = codes("k", 4) + [None] * (len(AFTER) - 4)
    result = stats.compare_rounds(BEFORE, baseline_codes, AFTER, followup_codes)
    assert isinstance(result, Comparison)
    assert result.test == "welch"
    assert result == stats.compare_groups(AFTER, BEFORE)


def test_rounds_with_five_pairs_use_the_paired_test():
    baseline_codes = codes("k", 5) + [None] * (len(BEFORE) - 5)
    followup_codes = codes("k", 5) + [None] * (len(AFTER) - 5)
    result = stats.compare_rounds(BEFORE, baseline_codes, AFTER, followup_codes)
    assert result == stats.paired_test(AFTER[:5], BEFORE[:5])


def test_pairs_need_a_score_in_both_rounds():
    before = np.append(BEFORE, [2.0, 3.0, 2.5, 3.5, 3.0])
    before[:5] = NAN
    before_codes = codes("k", 9) + [None] * 5
    result = stats.compare_rounds(before, before_codes, AFTER, codes("k", 9))
    assert isinstance(result, Comparison)
    assert result.test == "welch"  # only 4 complete pairs remain
    assert (result.n_a, result.n_b) == (9, 9)


def test_duplicated_code_links_nobody():
    baseline_codes = codes("k", len(BEFORE))
    baseline_codes[1] = "k0"  # two people picked the same code
    before, after = stats.linked_pairs(BEFORE, baseline_codes, AFTER, codes("k", len(AFTER)))
    # k0 is ambiguous and k1 no longer exists at baseline: k2..k8 remain.
    np.testing.assert_array_equal(before, BEFORE[2:])
    np.testing.assert_array_equal(after, AFTER[2:])


def test_round_comparison_is_suppressed_when_welch_groups_are_too_small():
    result = stats.compare_rounds(BEFORE[:4], [None] * 4, AFTER, [None] * len(AFTER))
    assert result is SUPPRESSED


@pytest.mark.parametrize(
    ("raw", "normalised"),
    [("Tulp42", "tulp42"), ("  tulp 42 ", "tulp42"), ("", None), ("   ", None), (None, None)],
)
def test_code_normalisation(raw, normalised):
    assert stats.normalise_code(raw) == normalised


# --- Reports -----------------------------------------------------------------------------------


def test_measure_report_suppresses_small_groups_and_comparisons():
    values = values_of_size(12)
    org = np.array(["LT"] * 8 + ["GI"] * 4)
    report = stats.measure_report(
        values, breakdowns={"org_type": org}, comparisons={"lt_vs_gi": (org == "LT", org == "GI")}
    )
    assert isinstance(report.overall, Summary)
    assert report.by_group["org_type"]["GI"] is SUPPRESSED
    # LT alone would reveal GI's mean through the overall mean.
    assert report.by_group["org_type"]["LT"] is SUPPRESSED_COMPLEMENT
    assert report.comparisons["lt_vs_gi"] is SUPPRESSED


def test_round_report_requires_equal_lengths():
    with pytest.raises(ValueError):
        stats.round_report({"s": np.ones((6, 3))}, {"g": np.ones(5)}, {}, {})


@dataclass(frozen=True)
class FakeItem:
    slug: str
    reverse_scored: bool = False


@dataclass(frozen=True)
class FakeScale:
    slug: str
    items: tuple[FakeItem, ...]


SCALE = FakeScale("samen", (FakeItem("i1"), FakeItem("i2"), FakeItem("i3", reverse_scored=True)))


def response(org: str, trained: bool, answers: tuple[int, int, int], grade: int) -> dict:
    return {
        "code": None,
        "org_type": org,
        "municipality": "Delft",
        "trained": trained,
        "items": dict(zip(("i1", "i2", "i3"), answers, strict=True)),
        "grades": {"cijfer": grade},
    }


def test_report_from_responses_reverse_scores_and_breaks_down():
    responses = [response("LT", i % 2 == 0, (4, 3, 2), 6 + i % 3) for i in range(6)] + [
        response("GI", i % 2 == 0, (2, 2, 5), 5) for i in range(5)
    ]
    report = stats.report_from_responses(responses, [SCALE], ["cijfer"])
    scale = report.scales["samen"]
    assert report.n_respondents == 11
    lt = scale.by_group["org_type"]["LT"]
    gi = scale.by_group["org_type"]["GI"]
    assert isinstance(lt, Summary) and isinstance(gi, Summary)
    assert lt.mean == pytest.approx(11 / 3)  # (4 + 3 + (6 - 2)) / 3
    assert gi.mean == pytest.approx(5 / 3)  # (2 + 2 + (6 - 5)) / 3
    assert isinstance(scale.comparisons[stats.ORG_TYPE_COMPARISON], Comparison)
    assert isinstance(scale.alpha, Alpha | Suppressed)
    assert report.grades["cijfer"].alpha is None
    assert_same_summary(scale.by_group["municipality"]["Delft"], scale.overall)


def test_report_from_responses_with_four_respondents_shows_nothing():
    responses = [response("LT", True, (4, 3, 2), 7) for _ in range(4)]
    report = stats.report_from_responses(responses, [SCALE], ["cijfer"])
    scale = report.scales["samen"]
    assert scale.overall is SUPPRESSED
    assert scale.alpha is SUPPRESSED
    assert report.grades["cijfer"].overall is SUPPRESSED
    assert all(isinstance(r, Suppressed) for r in scale.comparisons.values())


def test_report_from_responses_rejects_grades_outside_one_to_ten():
    with pytest.raises(ValueError):
        stats.report_from_responses([response("LT", True, (4, 3, 2), 11)], [SCALE], ["cijfer"])


def test_min_group_size_is_five():
    assert MIN_GROUP_SIZE == 5
