"""The round report: numbers checked against scipy, and suppression of small groups everywhere."""

import csv
import io

import numpy as np
import pytest
from scipy import stats as scipy_stats

from learning import instrument_content as content
from learning.models import MeasurementRound, Response
from learning.report import build_report
from learning.synthetic import generate_responses

from .conftest import add_responses, make_round

pytestmark = pytest.mark.django_db


def scale_scores(responses, scale_slug):
    scale = content.scale_by_slug(scale_slug)
    rows = []
    for r in responses:
        values = [
            (6 - r["items"][i.slug]) if i.reverse_scored else r["items"][i.slug]
            for i in scale.items
            if i.slug in r["items"]
        ]
        rows.append(np.mean(values) if len(values) * 2 >= len(scale.items) else np.nan)
    return np.array(rows)


def main_of(response):
    page = response.content.decode()
    return page.split('<main id="main"', 1)[1].split("</main>", 1)[0]


def csv_rows(client, measurement_round):
    response = client.get(f"/leren/meting/{measurement_round.pk}/export.csv")
    assert response.status_code == 200
    text = response.content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text), delimiter=";"))


def test_report_matches_scipy(instrument):
    responses = generate_responses(80, seed=3)
    measurement_round = make_round(instrument)
    add_responses(measurement_round, responses)
    report = build_report(measurement_round)
    scores = scale_scores(responses, "gedeelde_visie")
    answered = scores[~np.isnan(scores)]
    visie = next(m for m in report.scales if m.slug == "gedeelde_visie")
    assert visie.overall["n"] == answered.size
    assert visie.overall["mean"] == pytest.approx(answered.mean())
    assert visie.overall["sd"] == pytest.approx(answered.std(ddof=1))
    low, high = scipy_stats.t.interval(
        0.95, answered.size - 1, loc=answered.mean(), scale=scipy_stats.sem(answered)
    )
    assert (visie.overall["ci_low"], visie.overall["ci_high"]) == pytest.approx((low, high))
    org = np.array([r["org_type"] for r in responses])
    lt, gi = scores[org == "LT"], scores[org == "GI"]
    expected = scipy_stats.ttest_ind(lt[~np.isnan(lt)], gi[~np.isnan(gi)], equal_var=False)
    assert visie.org_type_test["test"] == "welch"
    assert visie.org_type_test["p"] == pytest.approx(expected.pvalue)
    assert visie.org_type_test["t"] == pytest.approx(expected.statistic)
    grade = next(m for m in report.grades if m.slug == "samenwerking_algemeen")
    grades = np.array([r["grades"].get("samenwerking_algemeen", np.nan) for r in responses])
    assert grade.overall["mean"] == pytest.approx(np.nanmean(grades))
    # Cronbach's alpha from its definition on listwise-complete, reverse-scored items.
    scale = content.scale_by_slug("gedeelde_visie")
    matrix = np.array(
        [
            [
                (6 - r["items"][i.slug]) if i.reverse_scored else r["items"][i.slug]
                for i in scale.items
            ]
            for r in responses
            if all(i.slug in r["items"] for i in scale.items)
        ],
        dtype=float,
    )
    k = matrix.shape[1]
    alpha = k / (k - 1) * (1 - matrix.var(axis=0, ddof=1).sum() / matrix.sum(axis=1).var(ddof=1))
    assert visie.alpha["alpha"] == pytest.approx(alpha)


def test_followup_uses_paired_test_where_codes_link(instrument):
    baseline_responses = generate_responses(30, seed=11)
    for r in baseline_responses:
        r["code"] = None
    for i, r in enumerate(baseline_responses[:12]):
        r["code"] = f"Code {i}"
    followup_responses = generate_responses(30, seed=12)
    for r in followup_responses:
        r["code"] = None
    for i, r in enumerate(followup_responses[:12]):
        r["code"] = f"code{i}"  # case and spaces do not matter
    baseline = make_round(instrument)
    add_responses(baseline, baseline_responses)
    followup = make_round(
        instrument, title="Vervolg", kind=MeasurementRound.Kind.FOLLOW_UP, baseline=baseline
    )
    add_responses(followup, followup_responses)
    report = build_report(followup)
    slug = "gezamenlijk_optrekken"
    change = next(m for m in report.scales if m.slug == slug).change
    assert change["test"] == "paired"
    before = scale_scores(baseline_responses[:12], slug)
    after = scale_scores(followup_responses[:12], slug)
    both = ~(np.isnan(before) | np.isnan(after))
    expected = scipy_stats.ttest_rel(after[both], before[both])
    assert change["n_a"] == both.sum()
    assert change["p"] == pytest.approx(expected.pvalue)


def test_codes_are_stored_hashed_per_series(instrument):
    baseline = make_round(instrument)
    add_responses(baseline, [{**generate_responses(1, seed=1)[0], "code": "tulp42"}])
    followup = make_round(instrument, kind=MeasurementRound.Kind.FOLLOW_UP, baseline=baseline)
    add_responses(followup, [{**generate_responses(1, seed=2)[0], "code": "TULP 42"}])
    other = make_round(instrument)
    add_responses(other, [{**generate_responses(1, seed=3)[0], "code": "tulp42"}])
    hashes = list(Response.objects.order_by("pk").values_list("code_hash", flat=True))
    assert all("tulp" not in h.lower() for h in hashes)
    assert hashes[0] == hashes[1]  # same series: linkable
    assert hashes[2] != hashes[0]  # another series: a different salt


def test_fewer_than_five_respondents_shows_nothing(client, instrument, task_team):
    measurement_round = make_round(instrument)
    add_responses(measurement_round, generate_responses(4, seed=5))
    client.force_login(task_team)
    page = main_of(client.get(f"/leren/meting/{measurement_round.pk}/"))
    assert "minimaal 5" in page
    assert "<svg" not in page
    rows = csv_rows(client, measurement_round)
    assert rows[1][-1] == "onderdrukt"
    assert all(cell in ("", "onderdrukt", "Alle") for row in rows[1:] for cell in row)


def responses_with(n, **overrides):
    responses = generate_responses(n, seed=n)
    for r in responses:
        r.update(overrides)
    return responses


def test_small_groups_are_suppressed_in_every_breakdown_and_the_csv(client, instrument, task_team):
    # 20 LT trained in Delft, 3 GI untrained in Westland: every small group must disappear,
    # and its complement too (otherwise total minus the visible group gives it away).
    measurement_round = make_round(instrument)
    add_responses(
        measurement_round,
        responses_with(20, org_type="LT", trained=True, municipality="Delft")
        + responses_with(3, org_type="GI", trained=False, municipality="Westland"),
    )
    report = build_report(measurement_round)
    assert report.shown
    for measure in report.measures:
        assert not measure.overall["suppressed"]
        assert all(cell["suppressed"] for _label, cell in measure.org_type)
        assert all(cell["suppressed"] for _label, cell in measure.training)
        assert all(cell["suppressed"] for _name, cell in measure.municipalities)
        assert measure.org_type_test["suppressed"]
        assert measure.training_test["suppressed"]
    client.force_login(task_team)
    rows = csv_rows(client, measurement_round)
    breakdown = [row for row in rows if len(row) > 1 and row[0] != "onderdeel" and row[1] != "Alle"]
    assert breakdown
    for row in breakdown:
        assert row[-1] == "onderdrukt"
        assert row[2:-1] == [""] * len(row[2:-1])
    page = client.get(f"/leren/meting/{measurement_round.pk}/").content.decode()
    assert "onderdrukt" in page


def test_small_baseline_group_suppresses_the_change(instrument):
    baseline = make_round(instrument)
    add_responses(baseline, responses_with(3, municipality="Westland", code=None))
    followup = make_round(instrument, kind=MeasurementRound.Kind.FOLLOW_UP, baseline=baseline)
    add_responses(followup, responses_with(12, municipality="Westland", code=None))
    report = build_report(followup)
    for measure in report.measures:
        assert measure.baseline["suppressed"]
        assert measure.change["suppressed"]


def test_incomplete_responses_are_counted_not_used(client, instrument, task_team):
    measurement_round = make_round(instrument)
    add_responses(measurement_round, generate_responses(6, seed=9))
    add_responses(measurement_round, generate_responses(2, seed=10), Response.Status.INCOMPLETE)
    report = build_report(measurement_round)
    assert (report.n_complete, report.n_incomplete) == (6, 2)
    assert report.scales[0].overall["n"] <= 6


def test_report_page_has_svg_charts_and_tables(client, regional_round, task_team):
    client.force_login(task_team)
    response = client.get(f"/leren/meting/{regional_round.pk}/")
    assert response.status_code == 200
    page = main_of(response)
    assert page.count('role="img"') == 2
    assert '<title id="chart-scales-title">' in page
    assert "<caption>" in page and 'scope="row"' in page
    assert "Welch" in page
    assert "<script" not in page
    printed = client.get(f"/leren/meting/{regional_round.pk}/afdrukken/")
    assert printed.status_code == 200 and "Gedeelde visie" in printed.content.decode()


def test_demo_westland_followup_compares_with_westland_part_of_baseline(client, demo_site):
    from django.contrib.auth import get_user_model

    followup = MeasurementRound.objects.get(title="Vervolgmeting samenwerking Westland")
    report = build_report(followup)
    assert report.n_complete == 36
    assert report.baseline_n == 34
    optrekken = next(m for m in report.scales if m.slug == "gezamenlijk_optrekken")
    assert optrekken.change["test"] == "paired"
    assert optrekken.baseline["mean"] == pytest.approx(2.6, abs=0.06)
    assert optrekken.overall["mean"] == pytest.approx(2.9, abs=0.06)
    # The demo facilitator of Westland reads it, with baseline bars beside this round's.
    client.force_login(get_user_model().objects.get(email="facilitator@samenspel.example"))
    page = main_of(client.get(f"/leren/meting/{followup.pk}/"))
    assert "Verandering sinds de nulmeting" in page and "gepaarde t-toets" in page
    assert "chart__bar--baseline" in page and "chart__bar--current" in page


def test_demo_baseline_resembles_reported_figures(demo_site):
    baseline = MeasurementRound.objects.get(title="Nulmeting samenwerking regio Haaglanden")
    report = build_report(baseline)
    assert report.n_complete == 162
    by_slug = {m.slug: m for m in report.measures}
    assert by_slug["gedeelde_visie"].overall["mean"] == pytest.approx(2.7, abs=0.05)
    assert by_slug["gezamenlijk_optrekken"].overall["mean"] == pytest.approx(2.6, abs=0.05)
    assert by_slug["samenwerking_algemeen"].overall["mean"] == pytest.approx(5.4, abs=0.05)
    org = dict(by_slug["gedeelde_visie"].org_type)
    assert sum(cell["n"] for cell in org.values()) <= 162
