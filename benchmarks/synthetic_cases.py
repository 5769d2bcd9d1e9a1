"""Synthetic published cases for the benchmarks (growth, case bank search): one builder, so both
measure cases made the same way, with factors, facet rows and the search document the case bank
itself would write (``casebank.indexing.facet_rows``).

Import it after Django is set up (it loads the case bank's models). The text is drawn from
``words`` (a vocabulary from the demo cases), so the Dutch full-text search has real words to
find.
"""

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from casebank import indexing
from casebank.choices import CaseForm, CaseType, Kader, LegalStep, Outcome, Polarity, Region
from casebank.choices import Status as CaseStatus
from casebank.models import Case, CaseFacetValue, CaseFactor
from casebank.search import search_vector_expression
from toolkit.vocabulary import Cluster, Product

START = datetime(2020, 1, 1, tzinfo=UTC)


@dataclass(frozen=True)
class CaseShape:
    """How long a synthetic case's texts are, in words, and how its cases are spread in time."""

    trigger: int = 30
    course_paragraphs: int = 3
    course: int = 40
    outcome: int = 30
    max_factors: int = 4
    factor: int = 10
    spacing: timedelta = timedelta(minutes=20)


def add_cases(rng, words, numbers, *, slug_prefix, building_blocks, shape=CaseShape()):
    """Bulk-create published cases numbered ``numbers`` (slug ``<slug_prefix>-<number>``), with
    their factors and facet rows; the search vectors are set afterwards by
    :func:`index_search_vectors`. Returns the cases."""

    def sentence(n):
        return " ".join(rng.choice(words) for _ in range(n)).capitalize() + "."

    cases = []
    for number in numbers:
        case = Case(
            slug=f"{slug_prefix}-{number}",
            title=sentence(6),
            status=CaseStatus.PUBLISHED,
            form=rng.choice([CaseForm.CASE] * 4 + [CaseForm.MOMENT_OF_TRUTH]),
            case_type=rng.choice(CaseType.values),
            outcome_kind=rng.choice(Outcome.values),
            region=rng.choice(Region.values),
            kader=rng.choice(Kader.values),
            period=f"{2018 + number % 6}–{2019 + number % 6}",
            building_blocks=rng.sample(
                building_blocks, min(len(building_blocks), rng.randint(1, 4))
            ),
            products=rng.sample(Product.values, rng.randint(0, 2)),
            legal_steps=rng.sample(LegalStep.values, rng.randint(0, 3)),
            family=sentence(15),
            trigger=sentence(shape.trigger),
            course="\n\n".join(sentence(shape.course) for _ in range(shape.course_paragraphs)),
            outcome=sentence(shape.outcome),
            lessons="\n".join(sentence(10) for _ in range(3)),
            published_at=START + shape.spacing * number,
        )
        case.own_factors = [
            CaseFactor(
                polarity=rng.choice(Polarity.values),
                cluster=rng.choice(Cluster.values),
                text=sentence(shape.factor),
                sort_order=order,
            )
            for order in range(rng.randint(0, shape.max_factors))
        ]
        case.search_document = "\n".join(
            [case.title, case.family, case.trigger, case.course, case.outcome, case.lessons]
            + [factor.text for factor in case.own_factors]
        )
        cases.append(case)
    Case.objects.bulk_create(cases)
    factors, facets = [], []
    for case in cases:
        for factor in case.own_factors:
            factor.case = case
            factors.append(factor)
        pairs = [(factor.polarity, factor.cluster) for factor in case.own_factors]
        rows = indexing.facet_rows(case, factors=pairs)
        facets += [CaseFacetValue(case=case, facet=facet, value=value) for facet, value in rows]
    CaseFactor.objects.bulk_create(factors)
    CaseFacetValue.objects.bulk_create(facets)
    return cases


def index_search_vectors(slug_prefix):
    """The stored Dutch tsvector of every synthetic case that has none yet."""
    Case.objects.filter(search_vector=None, slug__startswith=f"{slug_prefix}-").update(
        search_vector=search_vector_expression()
    )
