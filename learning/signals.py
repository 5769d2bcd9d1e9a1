from django.contrib.auth.models import Group, Permission

from samenspel.roles import ROLE_GROUPS, Role

# Method editors and the task team maintain the questionnaire in the Wagtail admin (snippets).
INSTRUMENT_MODELS = ("instrument", "scale")
INSTRUMENT_EDITOR_ROLES = (Role.EDITOR, Role.TASK_TEAM)


def grant_instrument_permissions(**kwargs):
    permissions = Permission.objects.filter(
        content_type__app_label="learning", content_type__model__in=INSTRUMENT_MODELS
    )
    if not permissions:
        return
    for role in INSTRUMENT_EDITOR_ROLES:
        group, _ = Group.objects.get_or_create(name=ROLE_GROUPS[role])
        group.permissions.add(*permissions)
