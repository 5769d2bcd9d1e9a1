"""Vocabularies of the case bank: the values behind every structured field and search facet.

The method's own vocabulary (products, clusters, factor levels) comes from ``toolkit.vocabulary``;
this module holds what only the case bank describes.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from toolkit.vocabulary import PRODUCT_DESCRIPTIONS, Product


class CaseType(models.TextChoices):
    OTS_PREVENTED = "ots_prevented", _("OTS prevented")
    OTS_ENDED = "ots_ended", _("OTS ended")
    OTS_NECESSARY = "ots_necessary", _("OTS necessary after all")
    COLLABORATION_DURING_OTS = "collaboration_during_ots", _("Collaboration during an OTS")
    OTHER = "other", _("Other")


class CaseForm(models.TextChoices):
    CASE = "case", _("Case")
    MOMENT_OF_TRUTH = "moment", _("Moment of truth")


class Outcome(models.TextChoices):
    """How it went, so that stories that went wrong are as findable as success stories."""

    WELL = "well", _("Went well")
    MIXED = "mixed", _("Mixed")
    NOT_WELL = "not_well", _("Did not go well")


class Kader(models.TextChoices):
    VOLUNTARY = "voluntary", _("Voluntary (vrijwillig)")
    PRESSURE = "pressure", _("Pressure (drang)")
    COMPULSION = "compulsion", _("Compulsion (dwang, a measure)")


class SizeClass(models.TextChoices):
    LARGE = "large", _("large")
    MEDIUM = "medium", _("medium")
    MEDIUM_SMALL = "medium_small", _("medium-small")
    SMALL = "small", _("small")


class Region(models.TextChoices):
    """Where a case took place: one of the H10 municipalities or a generalised area.

    Naming a municipality is allowed but the risk check warns for the smaller ones and suggests
    the generalised area of the same size class instead.
    """

    DEN_HAAG = "den_haag", "Den Haag"
    ZOETERMEER = "zoetermeer", "Zoetermeer"
    DELFT = "delft", "Delft"
    WESTLAND = "westland", "Westland"
    LEIDSCHENDAM_VOORBURG = "leidschendam_voorburg", "Leidschendam-Voorburg"
    RIJSWIJK = "rijswijk", "Rijswijk"
    PIJNACKER_NOOTDORP = "pijnacker_nootdorp", "Pijnacker-Nootdorp"
    MIDDEN_DELFLAND = "midden_delfland", "Midden-Delfland"
    VOORSCHOTEN = "voorschoten", "Voorschoten"
    WASSENAAR = "wassenaar", "Wassenaar"
    MEDIUM_MUNICIPALITY = "medium_municipality", _("A medium-sized municipality in Haaglanden")
    SMALLER_MUNICIPALITY = "smaller_municipality", _("A smaller municipality in Haaglanden")
    HAAGLANDEN = "haaglanden", _("Haaglanden (not specified)")


# Size classes of the H10 by number of inhabitants (CBS, rounded): Den Haag ~560k; Zoetermeer,
# Delft, Westland 100–130k; Leidschendam-Voorburg, Rijswijk, Pijnacker-Nootdorp 55–80k;
# Midden-Delfland, Voorschoten, Wassenaar under 30k.
MUNICIPALITY_SIZE = {
    Region.DEN_HAAG: SizeClass.LARGE,
    Region.ZOETERMEER: SizeClass.MEDIUM,
    Region.DELFT: SizeClass.MEDIUM,
    Region.WESTLAND: SizeClass.MEDIUM,
    Region.LEIDSCHENDAM_VOORBURG: SizeClass.MEDIUM_SMALL,
    Region.RIJSWIJK: SizeClass.MEDIUM_SMALL,
    Region.PIJNACKER_NOOTDORP: SizeClass.MEDIUM_SMALL,
    Region.MIDDEN_DELFLAND: SizeClass.SMALL,
    Region.VOORSCHOTEN: SizeClass.SMALL,
    Region.WASSENAAR: SizeClass.SMALL,
}

# The generalised area a named municipality should become.
GENERALISED_REGION = {
    SizeClass.LARGE: Region.DEN_HAAG,
    SizeClass.MEDIUM: Region.MEDIUM_MUNICIPALITY,
    SizeClass.MEDIUM_SMALL: Region.SMALLER_MUNICIPALITY,
    SizeClass.SMALL: Region.SMALLER_MUNICIPALITY,
}


# Cases list products with what they mean, not only their number.
PRODUCT_CHOICES = [(product.value, PRODUCT_DESCRIPTIONS[product]) for product in Product]


class LegalStep(models.TextChoices):
    VEILIG_THUIS = "veilig_thuis", "Veilig Thuis"
    VTO = "vto", _("VTO (request for investigation)")
    JBT = "jbt", _("JBT (youth protection table)")
    RVDK = "rvdk", _("RvdK (child protection board)")
    VOTS = "vots", _("VOTS (provisional supervision order)")
    OTS = "ots", _("OTS (supervision order)")


class Polarity(models.TextChoices):
    HELPING = "helping", _("Helping")
    HINDERING = "hindering", _("Hindering")


class Implementation(models.TextChoices):
    """How far the local team had implemented the method when the case ran."""

    STARTING = "starting", _("Just starting")
    PARTLY = "partly", _("Partly (some people trained)")
    LARGELY = "largely", _("Largely")
    FULLY = "fully", _("Fully embedded")


class Status(models.TextChoices):
    DRAFTING = "drafting", _("Being written")
    DEIDENTIFYING = "deidentifying", _("Being de-identified")
    DEIDENTIFY_FAILED = "deidentify_failed", _("De-identification failed")
    REVIEW = "review", _("Review by submitter")
    AWAITING_APPROVAL = "awaiting_approval", _("Awaiting second approval")
    PUBLISHED = "published", _("Published")
    REJECTED = "rejected", _("Rejected")
    ABANDONED = "abandoned", _("Abandoned")


# Statuses in which the review is still running (the raw story may exist).
OPEN_STATUSES = (
    Status.DRAFTING,
    Status.DEIDENTIFYING,
    Status.DEIDENTIFY_FAILED,
    Status.REVIEW,
    Status.AWAITING_APPROVAL,
)
