"""Model permissions Wagtail's snippet admin checks, granted to the role groups after migrate."""

from django.contrib.auth.management import create_permissions
from django.contrib.auth.models import Group, Permission

from samenspel.roles import ROLE_GROUPS, Role

# Editors and the task team manage two snippets in the admin:
# - method releases ("Versies werkwijze"): add, change, view. No delete: a published release pins
#   page revisions and feedback items point at it ("verwerkt in release"); superusers can delete.
# - glossary terms ("Begrippenlijst"): add, change, view and delete. A term is plain editorial
#   content with nothing pointing at it; deleting one only removes its links from the pages.
SNIPPET_PERMISSIONS = (
    "add_methodrelease",
    "change_methodrelease",
    "view_methodrelease",
    "add_glossaryterm",
    "change_glossaryterm",
    "view_glossaryterm",
    "delete_glossaryterm",
)
SNIPPET_ROLES = (Role.EDITOR, Role.TASK_TEAM)


def grant_snippet_permissions(app_config, using="default", **kwargs):
    # This app's post_migrate handler can run before auth's, so make sure the rows exist.
    create_permissions(app_config, verbosity=0, using=using)
    permissions = Permission.objects.using(using).filter(
        content_type__app_label="toolkit", codename__in=SNIPPET_PERMISSIONS
    )
    for role in SNIPPET_ROLES:
        group, _ = Group.objects.using(using).get_or_create(name=ROLE_GROUPS[role])
        group.permissions.add(*permissions)
