"""Stable values (stored in the database) with translatable labels.

The method's factor levels are ``toolkit.vocabulary.FactorLevel``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommentKind(models.TextChoices):
    QUESTION = "vraag", _("Question")
    SUGGESTION = "suggestie", _("Suggestion")
    PRACTICE = "praktijkervaring", _("Practice experience")
    BARRIER = "knelpunt", _("Barrier (a rule that blocks practice)")
    UNCLEAR_TERM = "onduidelijk_begrip", _("Unclear term")
    ERROR = "fout", _("Error")


class Status(models.TextChoices):
    RECEIVED = "ontvangen", _("Received")
    IN_PROGRESS = "in_behandeling", _("In progress")
    DECIDED = "besluit", _("Decided")
    RELEASED = "verwerkt", _("Processed in a release")


class Decision(models.TextChoices):
    ADOPTED = "overgenomen", _("Adopted")
    PARTLY = "deels", _("Partly adopted")
    REJECTED = "niet_overgenomen", _("Not adopted")


class SourceKind(models.TextChoices):
    COMMENT = "comment", _("Comment")
    LOT = "lot", _("LOT outcome")
    CASE = "case", _("Case insight")
    EMBED = "embed", _("Intranet remark")


class Addressee(models.TextChoices):
    TASK_TEAM = "opgaveteam", _("Task team")
    ORGANISATION_MANAGEMENT = "organisatiemanagement", _("Organisation management")
    MUNICIPALITY = "gemeente", _("Municipality")
    REGION = "regio", _("Region")


# Which status may follow which. A decision can be reopened (back to "in progress") until it is
# processed in a release; "processed" is final.
TRANSITIONS = {
    Status.RECEIVED: (Status.IN_PROGRESS, Status.DECIDED),
    Status.IN_PROGRESS: (Status.DECIDED,),
    Status.DECIDED: (Status.IN_PROGRESS, Status.RELEASED),
    Status.RELEASED: (),
}
OPEN_STATUSES = (Status.RECEIVED, Status.IN_PROGRESS)
