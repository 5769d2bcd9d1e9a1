"""Faceted search: full text, filters, disjunctive counts per facet, sorting, privacy."""

from datetime import UTC, datetime, timedelta

import pytest
from django.urls import reverse

from casebank import indexing, search
from casebank.choices import CaseForm, Status
from casebank.models import Case

BASE = datetime(2024, 1, 1, tzinfo=UTC)


def make(slug, days, factors=(), **values):
    defaults = {
        "slug": slug,
        "title": slug.replace("-", " "),
        "case_type": "ots_prevented",
        "kader": "voluntary",
        "region": "haaglanden",
        "outcome_kind": "well",
        "products": [],
        "building_blocks": [],
        "legal_steps": [],
        "published_at": BASE + timedelta(days=days),
    }
    return indexing.publish_imported({**defaults, **values}, list(factors))


HINDER = {"polarity": "hindering", "cluster": "rules", "level": "context", "text": "Regels"}
HELP = {"polarity": "helping", "cluster": "knowledge_sharing", "level": "", "text": "Intervisie"}


@pytest.fixture
def cases(db):
    return [
        make("weging-vrijwillig", 1, [HELP], building_blocks=["weging"], products=["2a"],
             course="De weging met de gedragswetenschapper hielp."),
        make("tijdslijn-drang", 2, [HINDER], kader="pressure", building_blocks=["tijdslijn"],
             outcome_kind="not_well", course="Een tijdslijn maakte het patroon zichtbaar."),
        make("weging-dwang", 3, [HINDER, HELP], kader="compulsion", case_type="ots_ended",
             building_blocks=["weging", "tijdslijn"], products=["2b"],
             course="De wegingen liepen uiteen; huiselijk geweld bleef terugkomen."),
    ]  # fmt: skip


def counts(outcome, key):
    facet = next(f for f in outcome.facets if f.key == key)
    return {value.value: value.count for value in facet.values}


def test_counts_per_facet(cases, professional):
    outcome = search.search(professional)
    assert outcome.total == 3
    assert counts(outcome, "kader") == {"voluntary": 1, "pressure": 1, "compulsion": 1}
    assert counts(outcome, "building_block") == {"weging": 2, "tijdslijn": 2}
    assert counts(outcome, "factor") == {"helping": 2, "hindering": 2}
    assert counts(outcome, "cluster") == {"rules": 2, "knowledge_sharing": 2}
    assert counts(outcome, "outcome") == {"well": 2, "not_well": 1}


def test_filters_and_across_facets_or_within(cases, professional):
    outcome = search.search(professional, filters={"kader": ["pressure", "compulsion"]})
    assert {case.slug for case in outcome.page} == {"tijdslijn-drang", "weging-dwang"}
    outcome = search.search(
        professional, filters={"kader": ["pressure", "compulsion"], "building_block": ["weging"]}
    )
    assert [case.slug for case in outcome.page] == ["weging-dwang"]


def test_counts_are_disjunctive_within_the_selected_facet(cases, professional):
    outcome = search.search(professional, filters={"kader": ["pressure"]})
    # the kader facet still shows its alternatives...
    assert counts(outcome, "kader") == {"voluntary": 1, "pressure": 1, "compulsion": 1}
    # ...while other facets count within the selection
    assert counts(outcome, "building_block") == {"tijdslijn": 1}


def test_full_text_and_sorting(cases, professional):
    outcome = search.search(professional, query="weging")
    assert {case.slug for case in outcome.page} == {"weging-vrijwillig", "weging-dwang"}
    by_date = search.search(professional, sort="date")
    assert [case.slug for case in by_date.page] == [
        "weging-dwang",
        "tijdslijn-drang",
        "weging-vrijwillig",
    ]


def test_drafts_never_appear_in_search(cases, professional, draft):
    assert draft.status == Status.REVIEW
    outcome = search.search(professional)
    assert draft.pk not in [case.pk for case in outcome.page]


def test_search_page_renders_counts(client, cases, professional):
    client.force_login(professional)
    response = client.get(reverse("casebank:search"), {"kader": "pressure"})
    body = response.content.decode()
    assert response.status_code == 200
    assert "tijdslijn drang" in body and "weging vrijwillig" not in body
    assert "(1)" in body


def test_demo_content_is_searchable(demo_site, professional):
    outcome = search.search(professional)
    assert outcome.total == Case.objects.filter(status="published").count() >= 10
    moments = search.search(professional, filters={"form": [CaseForm.MOMENT_OF_TRUTH]})
    assert moments.total >= 6
    assert counts(moments, "outcome")["not_well"] >= 3
