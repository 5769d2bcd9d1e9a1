"""Model permissions Wagtail's snippet admin checks, granted to the role groups after migrate."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from samenspel.roles import ROLE_GROUPS, Role

# Editors and the task team manage method releases in the snippet admin ("Versies werkwijze").
RELEASE_PERMISSIONS = ("add_methodrelease", "change_methodrelease", "view_methodrelease")
RELEASE_ROLES = (Role.EDITOR, Role.TASK_TEAM)


def grant_release_permissions(app_config, using="default", **kwargs):
    # This app's post_migrate handler can run before auth's, so make sure the rows exist.
    create_permissions(app_config, verbosity=0, using=using)
    permissions = Permission.objects.using(using).filter(
        content_type__app_label="toolkit", codename__in=RELEASE_PERMISSIONS
    )
    for role in RELEASE_ROLES:
        group, _ = Group.objects.using(using).get_or_create(name=ROLE_GROUPS[role])
        group.permissions.add(*permissions)
