"""Faceted search over published cases: Dutch full text plus filters, counts per facet.

PostgreSQL: a stored, GIN-indexed tsvector (config 'dutch', title weighted above the body),
``websearch_to_tsquery`` for the query, ``ts_rank`` for relevance. SQLite (development): every
word must occur in the plain search document; relevance falls back to date.

Facets are rows of ``CaseFacetValue``. Within a facet the chosen values are OR-ed, across facets
AND-ed. The counts are disjunctive, as shoppers expect: a facet's counts ignore that facet's own
selection (so choosing "pressure" still shows how many "compulsion" cases there are) and apply all the
others. One GROUP BY for the facets without a selection, one per facet with a selection.

The counts are the same for every reader who may read cases (all of them see every published
case), so they are cached per text query and filters, keyed by the case-bank generation
(``samenspel.cache.CASES``, bumped by every case save or delete): the unfiltered view, which
counts every published case's facet rows, is counted once per change of the case bank.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import reduce
from operator import and_, or_
from urllib.parse import urlencode

from django.contrib.postgres.search import SearchQuery, SearchRank, SearchVector
from django.core.paginator import Paginator
from django.db import connection
from django.db.models import Exists, F, OuterRef, Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samenspel.cache import CASE_FACETS_TIMEOUT, key_case_facets, remembered
from samenspel.permissions import can
from samenspel.search import Group, Hit
from toolkit.search import expand
from toolkit.vocabulary import Cluster

from .choices import (
    PRODUCT_CHOICES,
    CaseForm,
    CaseType,
    Kader,
    LegalStep,
    Outcome,
    Polarity,
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
        ("product", _("Product"), PRODUCT_CHOICES),
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
    """Cases matching every word of ``query`` (or one of its alternatives: the method search's
    expansion with glossary synonyms and compound parts, ``toolkit.search.expand``)."""
    groups = expand((query or "").strip())
    if not groups:
        return queryset, False
    if connection.vendor == "postgresql":
        search_query = reduce(
            and_,
            (
                reduce(or_, (SearchQuery(alt, config=SEARCH_CONFIG) for alt in group))
                for group in groups
            ),
        )
        queryset = queryset.filter(search_vector=search_query).annotate(
            rank=SearchRank(F("search_vector"), search_query)
        )
        return queryset, True
    for group in groups:
        queryset = queryset.filter(
            reduce(or_, (Q(search_document__icontains=alt) for alt in group))
        )
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
    """{facet: {value: count}} for every facet, in one GROUP BY query.

    The text matches are annotated with one flag per selected facet ("this case passes that
    facet's filter"); a facet row is counted when its case passes every *other* selected facet,
    which gives disjunctive counts for all facets in a single pass over the facet rows.
    """
    selected = [facet for facet in FACETS if filters.get(facet)]
    flags = {f"flag_{index}": facet for index, facet in enumerate(selected)}
    matches = (
        text_matches.order_by()
        .annotate(
            match_id=F("pk"),
            **{
                flag: Exists(
                    CaseFacetValue.objects.filter(
                        case=OuterRef("pk"), facet=facet, value__in=filters[facet]
                    )
                )
                for flag, facet in flags.items()
            },
        )
        .values("match_id", *flags)
    )
    match_sql, params = matches.query.sql_with_params()
    params = list(params)
    condition = "1 = 1"
    if flags:
        whens = []
        for flag, facet in flags.items():
            others = [f"m.{other}" for other in flags if other != flag] or ["1 = 1"]
            whens.append(f"WHEN fv.facet = %s THEN ({' AND '.join(others)})")
            params.append(facet)
        condition = f"CASE {' '.join(whens)} ELSE ({' AND '.join(f'm.{f}' for f in flags)}) END"
        # A case failing two or more selected facets counts nowhere: drop it before the join.
        passed = " + ".join(f"(CASE WHEN mm.{flag} THEN 1 ELSE 0 END)" for flag in flags)
        match_sql = f"SELECT * FROM ({match_sql}) mm WHERE {passed} >= {len(flags) - 1}"  # noqa: S608
    # Only identifiers we built above go into the string; every value is a parameter.
    sql = (
        f"SELECT fv.facet, fv.value, COUNT(*) FROM {CaseFacetValue._meta.db_table} fv "  # noqa: S608
        f"JOIN ({match_sql}) m ON m.match_id = fv.case_id WHERE {condition} "
        "GROUP BY fv.facet, fv.value"
    )
    counts = {facet: {} for facet in FACETS}
    with connection.cursor() as cursor:
        cursor.execute(sql, params)
        for facet, value, n in cursor.fetchall():
            counts.setdefault(facet, {})[value] = n
    return counts


def cached_facet_counts(user, query, text_matches, filters):
    if not can_read_cases(user):
        return {facet: {} for facet in FACETS}
    normalised = (
        " ".join((query or "").split()),
        tuple((facet, tuple(sorted(set(filters[facet])))) for facet in sorted(filters)),
    )
    return remembered(
        key_case_facets(*normalised),
        lambda: facet_counts(text_matches, filters),
        CASE_FACETS_TIMEOUT,
    )


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
    counts = cached_facet_counts(user, query, text_matches, filters)
    paginator = Paginator(results, per_page)
    if not filters.get("form"):
        # Every case has exactly one form, so the form counts add up to the number of
        # results: no separate COUNT query.
        paginator.__dict__["count"] = sum(counts["form"].values())
    page = paginator.get_page(page_number)
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


def site_search(request, text, limit):
    """The case bank's group in the site search (hook ``samenspel_search``): published cases,
    for members who may read cases; never for anonymous readers."""
    user = request.user
    if not can(user, "casebank.read_cases"):
        return []
    outcome = search(user, text, per_page=limit)  # published cases only: published_for()
    hits = [Hit(case.title, case.get_absolute_url()) for case in outcome.page]
    more_url = f"{reverse('casebank:search')}?{urlencode({'q': text})}"
    return [Group("case", _("Cases"), outcome.total, more_url, hits, personal=True)]
