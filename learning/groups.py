"""Model permissions Wagtail's snippet admin checks, granted to the role groups after migrate
(as toolkit/groups.py does for the toolkit's snippets)."""

from samenspel.groups import grant_model_permissions
from samenspel.roles import Role

# Method editors and the task team maintain the questionnaire in the Wagtail admin (snippets).
INSTRUMENT_MODELS = ("instrument", "scale")
INSTRUMENT_EDITOR_ROLES = (Role.EDITOR, Role.TASK_TEAM)


def grant_instrument_permissions(app_config, using="default", **kwargs):
    grant_model_permissions(app_config, INSTRUMENT_EDITOR_ROLES, INSTRUMENT_MODELS, using=using)
