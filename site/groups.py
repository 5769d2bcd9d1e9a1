"""Roles map to Django groups. Group permissions carry what Wagtail itself checks."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission
from wagtail.models import GroupPagePermission, Page

from .permissions import forget_memberships
from .roles import ROLE_GROUPS, Role

ADMIN_ACCESS = ("wagtailadmin", "access_admin")
PAGE_PERMISSIONS = {
    Role.EDITOR: ["add_page", "change_page", "lock_page", "unlock_page"],
    Role.TASK_TEAM: ["add_page", "change_page", "publish_page", "lock_page", "unlock_page"],
}


def ensure_role_groups():
    """Create the role groups with their permissions; safe to run any number of times."""
    groups = {role: Group.objects.get_or_create(name=name)[0] for role, name in ROLE_GROUPS.items()}
    access = Permission.objects.filter(
        content_type__app_label=ADMIN_ACCESS[0], codename=ADMIN_ACCESS[1]
    ).first()
    root = Page.get_first_root_node()
    for role, codenames in PAGE_PERMISSIONS.items():
        if access:
            groups[role].permissions.add(access)
        if root is None:
            continue
        for permission in Permission.objects.filter(
            content_type__app_label="wagtailcore", codename__in=codenames
        ):
            GroupPagePermission.objects.get_or_create(
                group=groups[role], page=root, permission=permission
            )
    return groups


def grant_model_permissions(app_config, roles, models, actions=None, using="default"):
    """Give the role groups Django model permissions of an app, from its post_migrate handler.

    ``models`` are model names of the app ("glossaryterm"); ``actions`` ("add", "change",
    "delete", "view") limit the grant to those, without them every permission of the models
    is granted.
    """
    # The app's post_migrate handler can run before auth's, so make sure the rows exist.
    create_permissions(app_config, verbosity=0, using=using)
    permissions = Permission.objects.using(using).filter(
        content_type__app_label=app_config.label, content_type__model__in=models
    )
    if actions is not None:
        permissions = permissions.filter(
            codename__in=[f"{action}_{model}" for model in models for action in actions]
        )
    for role in roles:
        group, _ = Group.objects.using(using).get_or_create(name=ROLE_GROUPS[role])
        group.permissions.add(*permissions)


def sync_role_groups(user):
    """Make the user's role groups exactly those of their memberships' roles."""
    role_group_names = set(ROLE_GROUPS.values())
    wanted = {ROLE_GROUPS[Role(role)] for role in user.memberships.values_list("role", flat=True)}
    current = set(user.groups.filter(name__in=role_group_names).values_list("name", flat=True))
    if wanted - current:
        user.groups.add(*Group.objects.filter(name__in=wanted - current))
    if current - wanted:
        user.groups.remove(*Group.objects.filter(name__in=current - wanted))
    forget_memberships(user)
