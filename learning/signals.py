from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from samenspel.roles import ROLE_GROUPS, Role

# Method editors and the task team maintain the questionnaire in the Wagtail admin (snippets).
INSTRUMENT_MODELS = ("instrument", "scale")
INSTRUMENT_EDITOR_ROLES = (Role.EDITOR, Role.TASK_TEAM)


def grant_instrument_permissions(app_config, using="default", **kwargs):
    # This app's post_migrate handler can run before auth's, so make sure the rows exist.
    create_permissions(app_config, verbosity=0, using=using)
    permissions = Permission.objects.using(using).filter(
        content_type__app_label="learning", content_type__model__in=INSTRUMENT_MODELS
    )
    for role in INSTRUMENT_EDITOR_ROLES:
        group, _ = Group.objects.using(using).get_or_create(name=ROLE_GROUPS[role])
        group.permissions.add(*permissions)
