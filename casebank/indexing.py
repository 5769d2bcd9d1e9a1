"""What the case bank's search reads: a case's facet rows and search document, kept in step with
the case (``sync_index``), its public slug, and the import of published cases (demo)."""

from django.db import connection, transaction
from django.utils.text import slugify

from .choices import CaseForm, Status
from .models import Case, CaseFacetValue, CaseFactor
from .models.cases import TEXT_SECTIONS
from .risk import check_case
from .risk_score import combination_fields
from .search import search_vector_expression


def unique_slug(title, pk):
    base = slugify(title)[:100] or "casus"
    slug, counter = base, 2
    while Case.objects.filter(slug=slug).exclude(pk=pk).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


def facet_rows(case, factors=None):
    """The (facet, value) pairs the faceted search filters and counts on. ``factors``: the
    case's (polarity, cluster) pairs when the caller has them already (bulk loads)."""
    rows = {
        ("case_type", case.case_type),
        ("form", case.form),
        ("outcome", case.outcome_kind),
        ("kader", case.kader),
        ("region", case.region),
    }
    rows |= {("building_block", slug) for slug in case.building_blocks}
    rows |= {("product", value) for value in case.products}
    rows |= {("legal_step", value) for value in case.legal_steps}
    if factors is None:
        factors = case.factors.values_list("polarity", "cluster")
    for polarity, cluster in factors:
        rows |= {("cluster", cluster), ("factor", polarity)}
    return {(facet, value) for facet, value in rows if value}


def search_document(case):
    parts = [str(getattr(case, name) or "") for name in TEXT_SECTIONS]
    parts += [case.side_box, case.why_tense, case.period]
    parts += list(case.factors.values_list("text", flat=True))
    return "\n".join(part for part in parts if part)


def sync_index(case):
    """Rebuild the case's facet rows and search document (and tsvector on PostgreSQL)."""
    CaseFacetValue.objects.filter(case=case).delete()
    CaseFacetValue.objects.bulk_create(
        CaseFacetValue(case=case, facet=facet, value=value) for facet, value in facet_rows(case)
    )
    case.search_document = search_document(case)
    combination = combination_fields(case)
    for name, value in combination.items():
        setattr(case, name, value)
    Case.objects.filter(pk=case.pk).update(search_document=case.search_document, **combination)
    if connection.vendor == "postgresql":
        Case.objects.filter(pk=case.pk).update(search_vector=search_vector_expression())


@transaction.atomic
def publish_imported(values, factors, *, form=CaseForm.CASE):
    """Create or update a published case from trusted, already fictional content (demo)."""
    case, _created = Case.objects.update_or_create(
        slug=values["slug"],
        defaults={**values, "form": form, "status": Status.PUBLISHED},
    )
    current = list(case.factors.values("polarity", "cluster", "level", "text"))
    if current != factors:
        case.factors.all().delete()
        CaseFactor.objects.bulk_create(
            CaseFactor(case=case, sort_order=index, **factor)
            for index, factor in enumerate(factors)
        )
    case.risk_warnings = check_case(case)
    Case.objects.filter(pk=case.pk).update(risk_warnings=case.risk_warnings)
    sync_index(case)
    return case
