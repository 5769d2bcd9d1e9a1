"""The roles a member can hold in an organisation, and the Django groups they map to."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PROFESSIONAL = "professional", _("Professional")
    BEHAVIOURAL_SCIENTIST = "behavioural_scientist", _("Behavioural scientist")
    FACILITATOR = "facilitator", _("LOT facilitator")
    EDITOR = "editor", _("Method editor")
    TASK_TEAM = "taskteam", _("Task team member")
    ORG_ADMIN = "orgadmin", _("Organisation admin")


# Group names are stable identifiers (used in migrations and workflows), shown in the admin.
ROLE_GROUPS = {
    Role.PROFESSIONAL: "Professionals",
    Role.BEHAVIOURAL_SCIENTIST: "Gedragswetenschappers",
    Role.FACILITATOR: "LOT-facilitatoren",
    Role.EDITOR: "Redacteuren",
    Role.TASK_TEAM: "Opgaveteam",
    Role.ORG_ADMIN: "Organisatiebeheerders",
}

# Method ownership was unclear in the past; editing the method and deciding on feedback are held
# centrally, by members of the programme organisation only.
CENTRAL_ROLES = frozenset({Role.EDITOR, Role.TASK_TEAM})
