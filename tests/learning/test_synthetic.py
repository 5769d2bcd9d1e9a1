"""The demo data must look like the reported Beter Samenspel figures and be reproducible.

Also checks the instrument content the generator relies on, and that a report over 10,000
synthetic responses stays fast.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pytest

from learning import instrument_content as ic
from learning import stats, synthetic
from learning.stats import Alpha, Comparison, Summary
from learning.synthetic import (
    DEMO_SEED,
    FOLLOWUP_GRADE_TARGETS,
    FOLLOWUP_SCALE_TARGETS,
    GRADE_TARGETS,
    SCALE_TARGETS,
)

TOLERANCE = 0.15
SEEDS = (DEMO_SEED, 1, 99)


@pytest.fixture(scope="module")
def demo() -> synthetic.DemoRounds:
    return synthetic.demo_rounds()


@pytest.fixture(scope="module")
def large_round() -> list[ic.ResponseData]:
    return synthetic.generate_responses(10_000, seed=5)


def report(responses: list[ic.ResponseData]) -> stats.RoundReport:
    return stats.report_from_responses(responses, ic.SCALES, ic.GRADE_SLUGS)


def overall_means(responses: list[ic.ResponseData]) -> dict[str, float]:
    result = report(responses)
    means = {}
    for slug, measure in {**result.scales, **result.grades}.items():
        assert isinstance(measure.overall, Summary)
        means[slug] = measure.overall.mean
    return means


def assert_means_near(actual: dict[str, float], targets: dict[str, float]) -> None:
    misses = {
        s: (round(actual[s], 3), t) for s, t in targets.items() if abs(actual[s] - t) > TOLERANCE
    }
    assert not misses, misses


# --- Instrument content --------------------------------------------------------------------------


def test_instrument_has_the_seven_reported_scales_with_three_to_five_items():
    assert tuple(SCALE_TARGETS) == ic.SCALE_SLUGS
    for scale in ic.SCALES:
        assert 3 <= len(scale.items) <= 5, scale.slug
        assert any(item.reverse_scored for item in scale.items), scale.slug
        assert any(not item.reverse_scored for item in scale.items), scale.slug


def test_instrument_has_the_six_grades_and_only_workload_is_worse_when_higher():
    assert tuple(GRADE_TARGETS) == ic.GRADE_SLUGS
    assert [g.slug for g in ic.GRADES if not g.higher_is_better] == ["werkdruk"]


def test_slugs_are_unique_and_lookups_work():
    all_slugs = ic.ITEM_SLUGS + ic.SCALE_SLUGS + ic.GRADE_SLUGS
    assert len(set(all_slugs)) == len(all_slugs)
    assert all(slug.isidentifier() and slug.islower() for slug in all_slugs)
    assert ic.scale_of_item("optrekken_langs_elkaar").slug == "gezamenlijk_optrekken"
    assert ic.scale_by_slug("gedeelde_visie").name == "Gedeelde visie"
    assert ic.grade_by_slug("werkdruk").higher_is_better is False


def test_answer_labels_and_background_questions():
    assert list(ic.AGREEMENT_LABELS) == [1, 2, 3, 4, 5]
    assert ic.AGREEMENT_LABELS[1] == "Helemaal oneens"
    assert ic.AGREEMENT_LABELS[5] == "Helemaal eens"
    assert len(ic.MUNICIPALITIES) == 10
    background = {q.slug: q for q in ic.BACKGROUND_QUESTIONS}
    assert [c.value for c in background["org_type"].choices] == ["LT", "GI"]
    assert [c.value for c in background["municipality"].choices] == list(ic.MUNICIPALITIES)
    assert [c.value for c in background["trained"].choices] == ["ja", "nee"]


# --- Determinism and shape -----------------------------------------------------------------------


def test_same_seed_gives_the_same_data(demo):
    assert synthetic.demo_rounds(DEMO_SEED) == demo
    assert synthetic.generate_responses(300, seed=3) == synthetic.generate_responses(300, seed=3)


def test_different_seeds_give_different_data(demo):
    assert synthetic.demo_rounds(DEMO_SEED + 1).baseline != demo.baseline
    assert synthetic.generate_responses(300, seed=3) != synthetic.generate_responses(300, seed=4)


def test_baseline_has_the_reported_composition(demo):
    baseline = demo.baseline
    assert len(baseline) == 162
    assert Counter(r["org_type"] for r in baseline) == {"LT": 90, "GI": 72}
    trained = Counter(r["org_type"] for r in baseline if r["trained"])
    assert trained == {"LT": 21, "GI": 32}  # 23% and 44%, together 33%
    assert {r["municipality"] for r in baseline} <= set(ic.MUNICIPALITIES)


def test_westland_rounds(demo):
    assert demo.westland_baseline == [r for r in demo.baseline if r["municipality"] == "Westland"]
    assert len(demo.westland_baseline) == 34
    assert len(demo.westland_followup) == 36
    assert {r["municipality"] for r in demo.westland_followup} == {"Westland"}


def test_responses_have_the_documented_shape_and_ranges(demo):
    for response in demo.baseline + demo.westland_followup:
        assert set(response) == {"code", "org_type", "municipality", "trained", "items", "grades"}
        assert response["code"] is None or isinstance(response["code"], str)
        assert isinstance(response["trained"], bool)
        assert set(response["items"]) <= set(ic.ITEM_SLUGS)
        assert set(response["grades"]) <= set(ic.GRADE_SLUGS)
        assert all(type(v) is int and 1 <= v <= 5 for v in response["items"].values())
        assert all(type(v) is int and 1 <= v <= 10 for v in response["grades"].values())


def test_a_few_answers_are_skipped(demo):
    answered = sum(len(r["items"]) for r in demo.baseline)
    skipped_share = 1 - answered / (len(demo.baseline) * len(ic.ITEM_SLUGS))
    assert 0.005 < skipped_share < 0.05


def test_codes_are_unique_per_round_and_link_returning_westlanders(demo):
    for responses in (demo.baseline, demo.westland_followup):
        codes = [r["code"] for r in responses if r["code"] is not None]
        assert len(codes) == len(set(codes))
    baseline_codes = {r["code"] for r in demo.westland_baseline} - {None}
    followup_codes = {r["code"] for r in demo.westland_followup} - {None}
    assert len(baseline_codes & followup_codes) >= 10
    assert followup_codes - baseline_codes  # newcomers who chose a code
    other_baseline_codes = {r["code"] for r in demo.baseline} - baseline_codes
    assert not followup_codes & other_baseline_codes


# --- Resemblance to the reported figures ---------------------------------------------------------


@pytest.mark.parametrize("seed", SEEDS)
def test_baseline_means_match_the_report(seed):
    baseline = synthetic.demo_rounds(seed).baseline
    assert_means_near(overall_means(baseline), {**SCALE_TARGETS, **GRADE_TARGETS})


@pytest.mark.parametrize("seed", SEEDS)
def test_westland_follow_up_shows_only_the_rise_in_joint_working(seed):
    rounds = synthetic.demo_rounds(seed)
    before = overall_means(rounds.westland_baseline)
    after = overall_means(rounds.westland_followup)
    assert before["gezamenlijk_optrekken"] == pytest.approx(2.6, abs=TOLERANCE)
    assert after["gezamenlijk_optrekken"] == pytest.approx(2.9, abs=TOLERANCE)
    assert_means_near(before, {**SCALE_TARGETS, **GRADE_TARGETS})
    assert_means_near(after, {**FOLLOWUP_SCALE_TARGETS, **FOLLOWUP_GRADE_TARGETS})
    unchanged = set(SCALE_TARGETS) - {"gezamenlijk_optrekken"}
    assert all(abs(after[s] - SCALE_TARGETS[s]) <= TOLERANCE for s in unchanged)


def test_linked_westlanders_give_a_paired_rise_of_about_three_tenths(demo):
    comparisons = stats.compare_response_rounds(
        demo.westland_baseline, demo.westland_followup, ic.SCALES, ic.GRADE_SLUGS
    )
    joint = comparisons["gezamenlijk_optrekken"]
    assert isinstance(joint, Comparison)
    assert joint.test == "paired"
    assert joint.n_a >= 10
    assert joint.mean_difference == pytest.approx(0.3, abs=0.1)
    for slug in set(SCALE_TARGETS) - {"gezamenlijk_optrekken"}:
        other = comparisons[slug]
        assert isinstance(other, Comparison)
        assert abs(other.mean_difference) < 0.15, slug


def test_subgroup_differences_follow_the_report(demo):
    support = report(demo.baseline).grades["steun_eigen_organisatie"]
    by_training = support.by_group["trained"]
    by_org = support.by_group["org_type"]
    assert isinstance(by_training["trained"], Summary)
    assert isinstance(by_training["untrained"], Summary)
    assert isinstance(by_org["GI"], Summary) and isinstance(by_org["LT"], Summary)
    assert by_training["trained"].mean > by_training["untrained"].mean  # reported 7.1 vs 5.9
    assert by_org["GI"].mean > by_org["LT"].mean  # reported 6.6 vs 6.0


@pytest.mark.parametrize("seed", SEEDS)
def test_baseline_alphas_are_realistic(seed):
    for slug, measure in report(synthetic.demo_rounds(seed).baseline).scales.items():
        assert isinstance(measure.alpha, Alpha)
        assert 0.6 <= measure.alpha.alpha <= 0.9, slug


def test_reverse_worded_items_run_against_their_scale(demo):
    # Raw answers to a negatively worded item must fall as the other items rise; otherwise
    # reverse scoring would destroy the scale instead of repairing it.
    for scale in ic.SCALES:
        matrix = stats.answer_matrix(
            [r["items"] for r in demo.baseline], [i.slug for i in scale.items]
        )
        forward = [not item.reverse_scored for item in scale.items]
        forward_mean = np.nanmean(matrix[:, forward], axis=1)
        for column, item in enumerate(scale.items):
            if item.reverse_scored:
                present = ~np.isnan(matrix[:, column])
                correlation = np.corrcoef(matrix[present, column], forward_mean[present])[0, 1]
                assert correlation < -0.3, item.slug


# --- Large rounds --------------------------------------------------------------------------------


def test_generated_round_has_the_requested_size_and_mix(large_round):
    assert len(large_round) == 10_000
    lt_share = sum(r["org_type"] == "LT" for r in large_round) / 10_000
    trained_share = sum(r["trained"] for r in large_round) / 10_000
    assert lt_share == pytest.approx(90 / 162, abs=0.02)
    assert trained_share == pytest.approx(0.33, abs=0.02)
    assert {r["municipality"] for r in large_round} == set(ic.MUNICIPALITIES)


def test_generated_round_means_and_alphas(large_round):
    result = report(large_round)
    assert_means_near(overall_means(large_round), {**SCALE_TARGETS, **GRADE_TARGETS})
    for slug, measure in result.scales.items():
        assert isinstance(measure.alpha, Alpha)
        assert 0.7 <= measure.alpha.alpha <= 0.85, slug
