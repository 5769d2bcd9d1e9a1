"""Model permissions Wagtail's snippet admin checks, granted to the role groups after migrate."""

from samenspel.groups import grant_model_permissions
from samenspel.roles import Role

# Editors and the task team manage two snippets in the admin:
# - method releases ("Versies werkwijze"): add, change, view. No delete: a published release pins
#   page revisions and feedback items point at it ("verwerkt in release"); superusers can delete.
# - glossary terms ("Begrippenlijst"): add, change, view and delete. A term is plain editorial
#   content with nothing pointing at it; deleting one only removes its links from the pages.
SNIPPET_ACTIONS = {
    "methodrelease": ("add", "change", "view"),
    "glossaryterm": ("add", "change", "view", "delete"),
}
SNIPPET_ROLES = (Role.EDITOR, Role.TASK_TEAM)


def grant_snippet_permissions(app_config, using="default", **kwargs):
    for model, actions in SNIPPET_ACTIONS.items():
        grant_model_permissions(app_config, SNIPPET_ROLES, (model,), actions, using=using)
