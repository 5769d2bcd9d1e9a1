from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    LT = "lt", _("Local team")
    GI = "gi", _("Certified institution")
    FAMILY = "family", _("Parents and family")
    BEHAVIOURAL_SCIENTIST = "gedragswetenschapper", _("Behavioural scientist")
    YOUNG_PERSON = "jeugdige", _("Young person")
    OTHER = "other", _("Other people involved")


class Phase(models.TextChoices):
    WEIGH = "wegen", _("Weighing")
    INVESTIGATE = "onderzoeken", _("Investigating")
    ANALYSE = "analyseren", _("Analysing")
    CHANGE = "veranderen", _("Changing")
    SECURE = "borgen", _("Securing")


class Product(models.TextChoices):
    ONE = "1", _("Product 1")
    TWO_A = "2a", _("Product 2a")
    TWO_B = "2b", _("Product 2b")


class Status(models.TextChoices):
    CONCEPT = "concept", _("Draft concept")
    IN_DEVELOPMENT = "in_ontwikkeling", _("In development")
    ADOPTED = "vastgesteld", _("Established")
    UNDER_REVISION = "in_herziening", _("Under revision")


def labels(choices, keys):
    lookup = dict(choices.choices)
    return [lookup.get(key, key) for key in keys]
