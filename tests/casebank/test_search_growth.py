"""The case-bank search's facet counts are cached per case-bank generation (issue 14,
"Growth"): the queries of a repeated search do not grow with the number of cases, and every
case save (publish, unpublish, change) shows in the next counts."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from casebank import search
from casebank.choices import Status
from casebank.models import Case
from tests.site.factories import UserFactory

from .test_search import HELP, HINDER, counts, make

pytestmark = pytest.mark.django_db


def queries_of(user, **arguments):
    with CaptureQueriesContext(connection) as queries:
        outcome = search.search(user, **arguments)
        list(outcome.page)
    assert not [q for q in queries if "GROUP BY" in q["sql"]]  # counts from the cache
    return len(queries), outcome


def counted(user, **arguments):
    """A search that fills the facet cache: its one GROUP BY counts the facets."""
    with CaptureQueriesContext(connection) as queries:
        search.search(user, **arguments)
    assert len([q for q in queries if "GROUP BY" in q["sql"]]) == 1


@pytest.mark.parametrize(
    "arguments",
    [{}, {"filters": {"kader": ["pressure"]}}, {"query": "weging"}],
    ids=["unfiltered", "filtered", "text"],
)
def test_search_queries_do_not_grow_with_cases(professional, arguments):
    for day in range(3):
        make(f"weging-klein-{day}", day, [HELP], kader="pressure", course="Een weging.")
    counted(professional, **arguments)
    few, _ = queries_of(professional, **arguments)
    for day in range(30):
        make(f"weging-groot-{day}", 10 + day, [HINDER], kader="pressure", course="Een weging.")
    counted(professional, **arguments)  # new cases: counted again
    many, outcome = queries_of(professional, **arguments)
    assert many == few
    assert outcome.total == 33


def test_counts_follow_publish_unpublish_and_change(professional):
    first = make("weging-vrijwillig", 1, [HELP], building_blocks=["weging"])
    second = make("tijdslijn-drang", 2, [HINDER], kader="pressure")
    outcome = search.search(professional)
    assert outcome.total == 2 and counts(outcome, "kader") == {"voluntary": 1, "pressure": 1}
    filtered = search.search(professional, filters={"kader": ["pressure"]})
    assert counts(filtered, "factor") == {"hindering": 1}

    make("weging-dwang", 3, [HINDER], kader="compulsion")  # published
    outcome = search.search(professional)
    assert outcome.total == 3
    assert counts(outcome, "kader") == {"voluntary": 1, "pressure": 1, "compulsion": 1}

    second.status = Status.REJECTED
    second.save()  # taken off the case bank
    outcome = search.search(professional)
    assert outcome.total == 2 and "pressure" not in counts(outcome, "kader")
    assert search.search(professional, filters={"kader": ["pressure"]}).total == 0

    make("weging-vrijwillig", 1, [HINDER], kader="pressure")  # the first case, changed
    first.refresh_from_db()
    assert first.kader == "pressure"
    outcome = search.search(professional)
    assert counts(outcome, "kader") == {"pressure": 1, "compulsion": 1}
    assert counts(outcome, "factor") == {"hindering": 2}


def test_readers_without_case_access_get_no_counts(cases_reader_less, professional):
    make("weging-vrijwillig", 1, [HELP])
    search.search(professional)  # cached for readers
    outcome = search.search(cases_reader_less)
    assert outcome.total == 0
    assert all(not facet.values for facet in outcome.facets)
    assert Case.objects.published().count() == 1


@pytest.fixture
def cases_reader_less(db):
    """A signed-up user of no organisation: may not read cases."""
    return UserFactory()
