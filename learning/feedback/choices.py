"""Stable values (stored in the database) with translatable labels.

The method's factor levels are ``toolkit.vocabulary.FactorLevel``.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class CommentKind(models.TextChoices):
    QUESTION = "question", _("Question")
    SUGGESTION = "suggestion", _("Suggestion")
    PRACTICE = "practice", _("Practice experience")
    BARRIER = "barrier", _("Barrier (a rule that blocks practice)")
    UNCLEAR_TERM = "unclear_term", _("Unclear term")
    ERROR = "error", _("Error")


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    IN_PROGRESS = "in_progress", _("In progress")
    DECIDED = "decided", _("Decided")
    RELEASED = "released", _("Processed in a release")


class Decision(models.TextChoices):
    ADOPTED = "adopted", _("Adopted")
    PARTLY = "partly", _("Partly adopted")
    REJECTED = "rejected", _("Not adopted")


class SourceKind(models.TextChoices):
    COMMENT = "comment", _("Comment")
    LOT = "lot", _("LOT outcome")
    CASE = "case", _("Case insight")
    EMBED = "embed", _("Intranet remark")


class Addressee(models.TextChoices):
    TASK_TEAM = "task_team", _("Task team")
    ORGANISATION_MANAGEMENT = "organisation_management", _("Organisation management")
    MUNICIPALITY = "municipality", _("Municipality")
    REGION = "region", _("Region")


# Which status may follow which. A decision can be reopened (back to "in progress") until it is
# processed in a release; "processed" is final.
TRANSITIONS = {
    Status.RECEIVED: (Status.IN_PROGRESS, Status.DECIDED),
    Status.IN_PROGRESS: (Status.DECIDED,),
    Status.DECIDED: (Status.IN_PROGRESS, Status.RELEASED),
    Status.RELEASED: (),
}
OPEN_STATUSES = (Status.RECEIVED, Status.IN_PROGRESS)
