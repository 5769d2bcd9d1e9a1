"""Faceted search over published cases: Dutch full text plus filters, counts per facet.

PostgreSQL: a stored, GIN-indexed tsvector (config 'dutch', title weighted above the body),
``websearch_to_tsquery`` for the query, ``ts_rank`` for relevance. SQLite (development): every
word must occur in the plain search document; relevance falls back to date.

Facets are rows of ``CaseFacetValue``. Within a facet the chosen values are OR-ed, across facets
AND-ed. The counts are disjunctive, as shoppers expect: a facet's counts ignore that facet's own
selection (so choosing "drang" still shows how many "dwang" cases there are) and apply all the
others. One GROUP BY for the facets without a selection, one per facet with a selection.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Count, Exists, F, OuterRef
from django.utils.translation import gettext_lazy as _

from .choices import (
    CaseForm,
    CaseType,
    Cluster,
    Kader,
    LegalStep,
    Outcome,
    Polarity,
    Product,
    Region,
)
from .models import Case, CaseFacetValue
from .permissions import can_read_cases
from .toolkit_links import building_block_choices

SEARCH_CONFIG = "dutch"
PER_PAGE = 20
SORTS = ("relevance", "date")


def facet_definitions():
    """(facet key, Dutch legend, choices) in display order."""
    return [
        ("case_type", _("Case type"), CaseType.choices),
        ("outcome", _("How did it go?"), Outcome.choices),
        ("form", _("Form"), CaseForm.choices),
        ("building_block", _("Building block"), building_block_choices()),
        ("product", _("Product"), Product.choices),
        ("kader", _("Framework (kader)"), Kader.choices),
        ("legal_step", _("Legal steps"), LegalStep.choices),
        ("region", _("Region"), Region.choices),
        ("cluster", _("Cluster"), Cluster.choices),
        ("factor", _("Factor"), Polarity.choices),
    ]


FACETS = (
    "case_type",
    "outcome",
    "form",
    "building_block",
    "product",
    "kader",
    "legal_step",
    "region",
    "cluster",
    "factor",
)


def search_vector_expression():
    return SearchVector("title", weight="A", config=SEARCH_CONFIG) + SearchVector(
        "search_document", weight="B", config=SEARCH_CONFIG
    )


@dataclass
class FacetValue:
    value: str
    label: str
    count: int
    selected: bool


@dataclass
class Facet:
    key: str
    legend: str
    values: list[FacetValue] = field(default_factory=list)


@dataclass
class SearchOutcome:
    page: object
    total: int
    facets: list[Facet]
    query: str
    sort: str


def published_for(user):
    if not can_read_cases(user):
        return Case.objects.none()
    return Case.objects.published()


def with_text(queryset, query):
    query = (query or "").strip()
    if not query:
        return queryset, False
    if connection.vendor == "postgresql":
        search_query = SearchQuery(query, config=SEARCH_CONFIG, search_type="websearch")
        queryset = queryset.filter(search_vector=search_query).annotate(
            rank=SearchRank(F("search_vector"), search_query)
        )
        return queryset, True
    for word in query.split():
        queryset = queryset.filter(search_document__icontains=word.strip('"'))
    return queryset, False


def with_filters(queryset, filters, skip=None):
    for facet, values in filters.items():
        if facet == skip or not values:
            continue
        queryset = queryset.filter(
            Exists(
                CaseFacetValue.objects.filter(case=OuterRef("pk"), facet=facet, value__in=values)
            )
        )
    return queryset


def facet_counts(text_matches, filters):
    """{facet: {value: count}} computed with GROUP BY queries in the database."""
    counts = {facet: {} for facet in FACETS}
    selected = [facet for facet in FACETS if filters.get(facet)]
    unselected = [facet for facet in FACETS if facet not in selected]
    matching = with_filters(text_matches, filters).values("pk")
    rows = (
        CaseFacetValue.objects.filter(case__in=matching, facet__in=unselected)
        .values_list("facet", "value")
        .annotate(n=Count("case_id"))
        .order_by()
    )
    for facet, value, n in rows:
        counts[facet][value] = n
    for facet in selected:
        matching = with_filters(text_matches, filters, skip=facet).values("pk")
        rows = (
            CaseFacetValue.objects.filter(case__in=matching, facet=facet)
            .values_list("value")
            .annotate(n=Count("case_id"))
            .order_by()
        )
        counts[facet] = dict(rows)
    return counts


def search(user, query="", filters=None, sort="relevance", page_number=1, per_page=PER_PAGE):
    filters = {facet: list(values) for facet, values in (filters or {}).items() if values}
    text_matches, ranked = with_text(published_for(user), query)
    results = with_filters(text_matches, filters)
    if sort == "relevance" and ranked:
        results = results.order_by("-rank", "-published_at", "-pk")
    else:
        sort = "date" if not ranked else sort
        results = results.order_by("-published_at", "-pk")
    results = results.only(
        "pk", "slug", "title", "case_type", "form", "outcome_kind", "kader", "region",
        "period", "published_at", "family",
    )  # fmt: skip
    page = Paginator(results, per_page).get_page(page_number)
    counts = facet_counts(text_matches, filters)
    facets = []
    for key, legend, choices in facet_definitions():
        chosen = set(filters.get(key, ()))
        values = [
            FacetValue(value, str(label), counts[key].get(value, 0), value in chosen)
            for value, label in choices
            if counts[key].get(value) or value in chosen
        ]
        facets.append(Facet(key, str(legend), values))
    return SearchOutcome(page, page.paginator.count, facets, query or "", sort)
