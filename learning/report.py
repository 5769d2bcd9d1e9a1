"""The report of a measurement round: a few queries, then learning.stats on numpy arrays.

Everything a person sees or downloads comes from ``build_report``, and every number in it went
through the suppression of ``learning.stats`` (groups under ``MIN_GROUP_SIZE`` are replaced by a
suppressed marker), so the page, the print view and the CSV cannot disagree.
"""

from dataclasses import dataclass, field

from django.db.models import Count
from django.utils.translation import gettext_lazy as _

from . import stats
from .instrument import structure
from .models import MeasurementRound, Response

RESPONSE_FIELDS = ("org_type", "municipality", "trained", "code_hash", "items", "grades")

ORG_TYPE_GROUPS = (("LT", _("Local team")), ("GI", _("Certified institution")))
TRAINING_GROUPS = (("trained", _("Trained")), ("untrained", _("Not trained")))
TEST_NAMES = {"welch": _("Welch's t-test"), "paired": _("paired t-test")}


@dataclass
class Measure:
    kind: str  # "scale" or "grade"
    slug: str
    name: str
    low: int
    high: int
    overall: dict
    alpha: dict | None
    org_type: list
    org_type_test: dict
    training: list
    training_test: dict
    municipalities: list
    baseline: dict | None = None
    change: dict | None = None
    higher_is_better: bool = True


@dataclass
class Report:
    measurement_round: MeasurementRound
    n_complete: int
    n_incomplete: int
    shown: bool
    scales: list = field(default_factory=list)
    grades: list = field(default_factory=list)
    baseline_round: MeasurementRound | None = None
    baseline_n: int = 0
    min_group_size: int = stats.MIN_GROUP_SIZE

    @property
    def measures(self):
        return [*self.scales, *self.grades]


def fetch_responses(measurement_round, municipality=None):
    """Complete responses of a round as ``ResponseData``-shaped dicts, in one query."""
    rows = Response.objects.filter(
        measurement_round=measurement_round, status=Response.Status.COMPLETE
    )
    if municipality:
        rows = rows.filter(municipality=municipality)
    return [
        {
            "org_type": org_type,
            "municipality": municipality_name,
            "trained": trained,
            "code": code_hash or None,
            "items": items,
            "grades": grades,
        }
        for org_type, municipality_name, trained, code_hash, items, grades in rows.values_list(
            *RESPONSE_FIELDS
        )
    ]


def baseline_municipality(measurement_round):
    """Which part of a wider baseline to compare a follow-up with.

    A municipal or municipal-LOT follow-up is compared with the respondents of that
    municipality in its (regional) baseline, because the baseline was measured once for all.
    """
    if measurement_round.scope == MeasurementRound.Scope.MUNICIPALITY:
        organisation = measurement_round.municipality
    elif measurement_round.lot_id:
        organisation = measurement_round.lot.municipality
    else:
        organisation = None
    baseline = measurement_round.baseline
    if organisation is None or baseline is None or baseline.scope == measurement_round.scope:
        return None
    return organisation.name


def build_report(measurement_round):
    spec = structure(measurement_round.instrument)
    counts = dict(
        Response.objects.filter(measurement_round=measurement_round)
        .values_list("status")
        .annotate(n=Count("pk"))
    )
    n_complete = counts.get(Response.Status.COMPLETE, 0)
    report = Report(
        measurement_round=measurement_round,
        n_complete=n_complete,
        n_incomplete=counts.get(Response.Status.INCOMPLETE, 0),
        shown=n_complete >= stats.MIN_GROUP_SIZE,
    )
    if not report.shown:
        return report
    responses = fetch_responses(measurement_round)
    round_report = stats.report_from_responses(responses, spec.scales, spec.grade_slugs)
    baseline_summaries, changes = {}, {}
    if measurement_round.baseline_id:
        report.baseline_round = measurement_round.baseline
        baseline_responses = fetch_responses(
            measurement_round.baseline, municipality=baseline_municipality(measurement_round)
        )
        report.baseline_n = len(baseline_responses)
        if baseline_responses:
            baseline_report = stats.report_from_responses(
                baseline_responses, spec.scales, spec.grade_slugs
            )
            baseline_summaries = {**baseline_report.scales, **baseline_report.grades}
            changes = stats.compare_response_rounds(
                baseline_responses, responses, spec.scales, spec.grade_slugs
            )
    for scale in spec.scales:
        report.scales.append(
            measure(
                "scale", scale.slug, scale.name, stats.AGREEMENT_RANGE,
                round_report.scales[scale.slug], baseline_summaries, changes,
            )
        )  # fmt: skip
    for grade in spec.grades:
        row = measure(
            "grade", grade.slug, grade.name, stats.GRADE_RANGE,
            round_report.grades[grade.slug], baseline_summaries, changes,
        )  # fmt: skip
        row.higher_is_better = grade.higher_is_better
        report.grades.append(row)
    return report


def measure(kind, slug, name, value_range, result, baseline_summaries, changes):
    by_org = result.by_group.get("org_type", {})
    by_training = result.by_group.get("trained", {})
    by_municipality = result.by_group.get("municipality", {})
    baseline = baseline_summaries.get(slug)
    return Measure(
        kind=kind,
        slug=slug,
        name=name,
        low=value_range[0],
        high=value_range[1],
        overall=summary_cell(result.overall),
        alpha=alpha_cell(result.alpha) if kind == "scale" else None,
        org_type=[(label, summary_cell(by_org.get(key))) for key, label in ORG_TYPE_GROUPS],
        org_type_test=comparison_cell(result.comparisons.get(stats.ORG_TYPE_COMPARISON)),
        training=[(label, summary_cell(by_training.get(key))) for key, label in TRAINING_GROUPS],
        training_test=comparison_cell(result.comparisons.get(stats.TRAINING_COMPARISON)),
        municipalities=[
            (name, summary_cell(cell)) for name, cell in sorted(by_municipality.items()) if name
        ],
        baseline=summary_cell(baseline.overall) if baseline else None,
        change=comparison_cell(changes[slug]) if slug in changes else None,
    )


def summary_cell(summary):
    if not isinstance(summary, stats.Summary):
        return {"suppressed": True}
    return {
        "suppressed": False,
        "n": summary.n,
        "mean": summary.mean,
        "sd": summary.sd,
        "ci_low": summary.ci_low,
        "ci_high": summary.ci_high,
    }


def alpha_cell(alpha):
    if not isinstance(alpha, stats.Alpha):
        return {"suppressed": True}
    return {"suppressed": False, "alpha": alpha.alpha, "n": alpha.n_complete}


def comparison_cell(comparison):
    if not isinstance(comparison, stats.Comparison):
        return {"suppressed": True}
    return {
        "suppressed": False,
        "test": comparison.test,
        "test_name": TEST_NAMES[comparison.test],
        "n_a": comparison.n_a,
        "n_b": comparison.n_b,
        "difference": comparison.mean_difference,
        "ci_low": comparison.ci_low,
        "ci_high": comparison.ci_high,
        "t": comparison.t,
        "df": comparison.df,
        "p": comparison.p_value,
        "g": comparison.hedges_g,
    }
