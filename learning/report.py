"""The report of a measurement round: a few queries, then learning.stats on numpy arrays.

Everything a person sees or downloads comes from ``build_report``, and every number in it went
through the suppression of ``learning.stats`` (groups under ``MIN_GROUP_SIZE`` are replaced by a
suppressed marker), so the page, the print view and the CSV cannot disagree.
"""

from dataclasses import dataclass, field

import numpy as np
import psycopg
from django.db import connections
from django.db.models import Count, FloatField
from django.db.models.fields.json import KeyTextTransform
from django.db.models.functions import Cast
from django.utils.translation import gettext_lazy as _

from . import stats
from .instrument import structure
from .models import MeasurementRound, Response

BACKGROUND_FIELDS = ("org_type", "municipality", "trained", "code_hash")

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


@dataclass
class Answers:
    """A round's complete responses as numpy arrays, fetched in one query.

    PostgreSQL (or SQLite) extracts every answer from the JSON columns, so Python never parses
    JSON; a skipped answer arrives as NULL and becomes nan.
    """

    org_types: np.ndarray
    municipalities: np.ndarray
    trained: list
    codes: list
    items: np.ndarray  # n x items, in the instrument's order, as stored (not yet reversed)
    grades: np.ndarray  # n x grades

    def __len__(self):
        return len(self.codes)


def fetch_answers(measurement_round, spec, municipality=None):
    rows = Response.objects.filter(
        measurement_round=measurement_round, status=Response.Status.COMPLETE
    )
    if municipality:
        rows = rows.filter(municipality=municipality)
    columns = {
        f"a{i}": Cast(KeyTextTransform(slug, field), FloatField())
        for i, (field, slug) in enumerate(
            [("items", slug) for slug in spec.item_slugs]
            + [("grades", slug) for slug in spec.grade_slugs]
        )
    }
    fetched = fetch_rows(rows.annotate(**columns).values_list(*BACKGROUND_FIELDS, *columns))
    n_items = len(spec.item_slugs)
    values = np.array([row[4:] for row in fetched], dtype=float).reshape(len(fetched), -1)
    return Answers(
        org_types=np.array([row[0] for row in fetched], dtype=str),
        municipalities=np.array([row[1] for row in fetched], dtype=str),
        trained=[row[2] for row in fetched],
        codes=[row[3] or None for row in fetched],
        items=values[:, :n_items],
        grades=values[:, n_items:],
    )


def fetch_rows(queryset):
    """Rows as plain tuples; on PostgreSQL through a binary cursor, which skips parsing text.

    The values are plain strings, booleans and floats, so Django's row converters add nothing.
    """
    sql, params = queryset.query.sql_with_params()
    connection = connections[queryset.db]
    connection.ensure_connection()
    if connection.vendor == "postgresql":
        # Django's own cursors bind parameters client-side, which rules out binary results.
        with psycopg.Cursor(connection.connection) as cursor:
            cursor.execute(sql, params, binary=True)
            return cursor.fetchall()
    return list(queryset)


def scale_matrices(answers, spec):
    """Per scale, the reverse-scored (n x k) item matrix."""
    flags = [item.reverse_scored for scale in spec.scales for item in scale.items]
    scored = stats.score_items(answers.items, flags)
    matrices, start = {}, 0
    for scale in spec.scales:
        matrices[scale.slug] = scored[:, start : start + len(scale.items)]
        start += len(scale.items)
    return matrices


def round_statistics(answers, spec):
    """The standard round report of learning.stats: LT vs GI, trained vs not, per municipality."""
    trained = np.array([value is True for value in answers.trained], dtype=bool)
    untrained = np.array([value is False for value in answers.trained], dtype=bool)
    return stats.round_report(
        scale_items=scale_matrices(answers, spec),
        grades={slug: answers.grades[:, i] for i, slug in enumerate(spec.grade_slugs)},
        breakdowns={
            "org_type": answers.org_types,
            "trained": np.where(trained, "trained", np.where(untrained, "untrained", "unknown")),
            "municipality": answers.municipalities,
        },
        comparisons={
            stats.ORG_TYPE_COMPARISON: (answers.org_types == "LT", answers.org_types == "GI"),
            stats.TRAINING_COMPARISON: (trained, untrained),
        },
    )


def measure_scores(answers, spec):
    scores = {
        slug: stats.scale_scores(matrix) for slug, matrix in scale_matrices(answers, spec).items()
    }
    scores.update({slug: answers.grades[:, i] for i, slug in enumerate(spec.grade_slugs)})
    return scores


def compare_with_baseline(baseline, current, spec):
    """Follow-up minus baseline per measure: paired where codes link, otherwise Welch."""
    before, after = measure_scores(baseline, spec), measure_scores(current, spec)
    return {
        slug: stats.compare_rounds(before[slug], baseline.codes, after[slug], current.codes)
        for slug in before
    }


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
    answers = fetch_answers(measurement_round, spec)
    round_report = round_statistics(answers, spec)
    baseline_summaries, changes = {}, {}
    if measurement_round.baseline_id:
        report.baseline_round = measurement_round.baseline
        baseline = fetch_answers(
            measurement_round.baseline, spec, municipality=baseline_municipality(measurement_round)
        )
        report.baseline_n = len(baseline)
        if len(baseline):
            baseline_report = round_statistics(baseline, spec)
            baseline_summaries = {**baseline_report.scales, **baseline_report.grades}
            changes = compare_with_baseline(baseline, answers, spec)
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
