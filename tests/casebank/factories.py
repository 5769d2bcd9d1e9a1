"""Factories of the case bank: cases (published, or in any state of the submission flow), their
helping and hindering factors, and their facet rows.

``CaseFactory()`` gives a published case whose facets and search document are indexed, as
``approval.approve`` leaves them, so it shows up in the case bank's search and filters. A state
of the submission flow is a trait: ``CaseFactory(review=True, submitter=user)`` is a de-identified
draft waiting for its submitter (with the raw story kept), ``awaiting_approval=True`` one the
submitter confirmed, and ``deidentifying``, ``deidentify_failed``, ``rejected`` and
``abandoned`` the rest. ``factors=[(polarity, cluster, text), ...]`` replaces the two default
factors. To test the flow itself (submit, de-identify, confirm, approve), use ``services``
through the ``draft``/``confirmed``/``published`` fixtures in ``conftest.py`` instead.
"""

import factory
from django.utils import timezone

from casebank import indexing
from casebank.choices import CaseForm, CaseType, Kader, Outcome, Polarity, Region, Status
from casebank.models import Case, CaseFacetValue, CaseFactor, RawSubmission
from tests.site.factories import OrganisationFactory
from toolkit.vocabulary import Cluster

# The states in which the raw story is still kept (deleted on approval, rejection or abandoning).
RAW_KEPT = {
    Status.DEIDENTIFYING,
    Status.DEIDENTIFY_FAILED,
    Status.REVIEW,
    Status.AWAITING_APPROVAL,
}
DEFAULT_FACTORS = [
    (Polarity.HELPING, Cluster.ATTITUDE, "Ouders zaten vanaf het begin aan tafel."),
    (Polarity.HINDERING, Cluster.ORGANISATION, "De wachtlijst bij de specialistische hulp."),
]


class CaseFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Case
        skip_postgeneration_save = True

    class Params:
        deidentifying = factory.Trait(
            status=Status.DEIDENTIFYING, published_at=None, approved_by=None, confirmed_at=None
        )
        deidentify_failed = factory.Trait(
            status=Status.DEIDENTIFY_FAILED, published_at=None, approved_by=None, confirmed_at=None
        )
        review = factory.Trait(
            status=Status.REVIEW, published_at=None, approved_by=None, confirmed_at=None
        )
        awaiting_approval = factory.Trait(
            status=Status.AWAITING_APPROVAL,
            published_at=None,
            approved_by=None,
            confirmed_at=factory.LazyFunction(timezone.now),
        )
        rejected = factory.Trait(status=Status.REJECTED, published_at=None, approved_by=None)
        abandoned = factory.Trait(status=Status.ABANDONED, published_at=None, approved_by=None)

    status = Status.PUBLISHED
    submitter = factory.SubFactory("tests.site.factories.UserFactory")
    organisation = factory.SubFactory(OrganisationFactory)
    approved_by = factory.SubFactory("tests.site.factories.UserFactory")
    confirmed_at = factory.LazyFunction(timezone.now)
    published_at = factory.LazyFunction(timezone.now)
    title = factory.Sequence(lambda n: f"Samen verder met gezin {n}")
    slug = factory.Sequence(lambda n: f"samen-verder-met-gezin-{n}")
    form = CaseForm.CASE
    case_type = CaseType.OTS_PREVENTED
    outcome_kind = Outcome.WELL
    region = Region.MEDIUM_MUNICIPALITY
    kader = Kader.VOLUNTARY
    period = "2024"
    building_blocks = factory.LazyFunction(lambda: ["weging"])
    products = factory.LazyFunction(lambda: ["2a"])
    family = "Moeder met twee kinderen van 6 en 9 jaar."
    trigger = "De school maakte zich zorgen over het jongste kind."
    course = "Het lokale team en de jeugdbeschermer maakten samen een plan.\n\nOuders deden mee."
    outcome = "Geen maatregel nodig."
    lessons = "Begin samen.\nBel elkaar eerder."

    @factory.post_generation
    def raw(case, create, extracted, **kwargs):
        """The raw story, kept while the review runs (``raw=False`` leaves it out)."""
        if create and extracted is not False and case.status in RAW_KEPT:
            RawSubmission.objects.create(
                case=case,
                sections={"title": case.title, "family": case.family, "course": case.course},
                known_names=[],
            )

    @factory.post_generation
    def factors(case, create, extracted, **kwargs):
        if not create:
            return
        rows = DEFAULT_FACTORS if extracted is None else extracted
        CaseFactor.objects.bulk_create(
            CaseFactor(case=case, polarity=polarity, cluster=cluster, text=text, sort_order=i)
            for i, (polarity, cluster, text) in enumerate(rows)
        )
        indexing.sync_index(case)


class CaseFactorFactory(factory.django.DjangoModelFactory):
    """One more factor; call ``indexing.sync_index(case)`` after to refresh the facets."""

    class Meta:
        model = CaseFactor

    case = factory.SubFactory(CaseFactory, factors=[])
    polarity = Polarity.HELPING
    cluster = Cluster.KNOWLEDGE_SHARING
    text = factory.Sequence(lambda n: f"Een helpende factor {n}.")
    sort_order = factory.Sequence(lambda n: n)


class CaseFacetValueFactory(factory.django.DjangoModelFactory):
    """One facet row by hand; ``CaseFactory`` already writes a case's rows from its fields."""

    class Meta:
        model = CaseFacetValue
        django_get_or_create = ("case", "facet", "value")

    case = factory.SubFactory(CaseFactory)
    facet = "case_type"
    value = CaseType.OTHER
