"""The method's vocabulary: one definition of the keys every part of Samenspel shares.

Stored values are stable keys; labels are translatable (English msgids, Dutch catalogue). The
toolkit owns the method, so the vocabulary lives here, and the layers above it (feedback,
learning, the case bank) import it from here rather than defining their own copy:

* ``Role`` — who is involved in a building block (LT, GI, family, ...).
* ``Phase`` — the five phases of the method, in order.
* ``Product`` — the three GI products municipalities buy.
* ``Status`` — the status of a building block.
* ``FactorLevel`` — the four levels at which factors influence collaboration.
* ``Cluster`` — the five clusters of helping and hindering factors (moments of truth).
* ``WorksheetKind`` — the kinds of worksheet a building block offers (timeline, family pattern, ...).
* ``CORE_BUILDING_BLOCKS`` — the slugs of the method's ten core building blocks.

The ``...Key`` aliases are the same values as ``Literal`` types, for the shapes of content files.
"""

from typing import Literal

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LT = "lt", _("Local team")
    GI = "gi", _("Certified institution")
    FAMILY = "family", _("Parents and family")
    BEHAVIOURAL_SCIENTIST = "behavioural_scientist", _("Behavioural scientist")
    YOUNG_PERSON = "young_person", _("Young person")
    OTHER = "other", _("Other people involved")


class Phase(models.TextChoices):
    WEIGH = "weigh", _("Weighing")
    INVESTIGATE = "investigate", _("Investigating")
    ANALYSE = "analyse", _("Analysing")
    CHANGE = "change", _("Changing")
    SECURE = "secure", _("Securing")


class Product(models.TextChoices):
    ONE = "1", _("Product 1")
    TWO_A = "2a", _("Product 2a")
    TWO_B = "2b", _("Product 2b")


# What each product means, for lists where the bare "Product 2a" says too little (case bank).
PRODUCT_DESCRIPTIONS = {
    Product.ONE: _("Product 1: anonymous advice"),
    Product.TWO_A: _("Product 2a: joint work, local team leads"),
    Product.TWO_B: _("Product 2b: GI leads in the voluntary framework"),
}


class Status(models.TextChoices):
    CONCEPT = "concept", _("Draft concept")
    IN_DEVELOPMENT = "in_development", _("In development")
    ADOPTED = "adopted", _("Established")
    UNDER_REVISION = "under_revision", _("Under revision")


class FactorLevel(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional")
    INTERPERSONAL = "interpersonal", _("Interpersonal")
    ORGANISATION = "organisation", _("Organisation")
    CONTEXT = "context", _("Context")


class Cluster(models.TextChoices):
    ATTITUDE = "attitude", _("Attitude of participants")
    DECISION_MAKING = "decision_making", _("Decision-making process")
    RULES = "rules", _("Rules of the game")
    ORGANISATION = "organisation", _("Organisation")
    KNOWLEDGE_SHARING = "knowledge_sharing", _("Knowledge sharing")


class WorksheetKind(models.TextChoices):
    TIMELINE = "timeline", _("Timeline")
    FAMILY_PATTERN = "family_pattern", _("Family pattern")
    VTO_CHECKLIST = "vto_checklist", _("VTO checklist")
    CHECKLIST = "checklist", _("Checklist")


# The method's ten core building blocks (later releases may add more).
CORE_BUILDING_BLOCKS: tuple[str, ...] = (
    "samenwerking",
    "samenwerkingsprincipes",
    "reflectie",
    "directe-en-stabiele-veiligheid",
    "weging",
    "privacy",
    "tijdslijn",
    "voorgeschiedenis-en-situatie-gezin",
    "gezinspatronen",
    "van-patroon-naar-haalbare-eindsituatie",
)

RoleKey = Literal[tuple(Role.values)]
PhaseKey = Literal[tuple(Phase.values)]
ProductKey = Literal[tuple(Product.values)]
StatusKey = Literal[tuple(Status.values)]
FactorLevelKey = Literal[tuple(FactorLevel.values)]
ClusterKey = Literal[tuple(Cluster.values)]
WorksheetKindKey = Literal[tuple(WorksheetKind.values)]
