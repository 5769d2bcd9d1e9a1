"""The one place that answers "may this user do X to this object?".

Every feature asks through :func:`can` (or ``user.has_perm(name, obj)``, which reaches the same
rules through django-rules' object permission backend). Predicates look at the user's
memberships, so every answer is scoped to organisation.
"""

import rules

from .cache import MEMBERSHIPS_TIMEOUT, key_memberships, remembered
from .roles import Role


def memberships_of(user):
    """(organisation_id, role) pairs of the user: kept on the user object and in the cache
    (every page a member opens asks), forgotten whenever a membership of theirs changes."""
    if not user.is_authenticated:
        return frozenset()
    cached = getattr(user, "_samenspel_memberships", None)
    if cached is None:
        cached = remembered(
            key_memberships(user.pk),
            lambda: frozenset(user.memberships.values_list("organisation_id", "role")),
            MEMBERSHIPS_TIMEOUT,
        )
        user._samenspel_memberships = cached
    return cached


def forget_memberships(user):
    """Drop what this user object remembers (after a change of its memberships; the cached copy
    goes stale by the MEMBERSHIPS generation, samenspel.signals)."""
    user.__dict__.pop("_samenspel_memberships", None)


def has_role(user, *roles, organisation=None):
    organisation_id = getattr(organisation, "pk", organisation)
    return any(
        role in roles and (organisation_id is None or org_id == organisation_id)
        for org_id, role in memberships_of(user)
    )


def organisation_ids(user, *roles):
    return {org_id for org_id, role in memberships_of(user) if not roles or role in roles}


@rules.predicate
def is_superuser(user):
    return user.is_superuser


@rules.predicate
def is_editor(user):
    return has_role(user, Role.EDITOR)


@rules.predicate
def is_task_team(user):
    return has_role(user, Role.TASK_TEAM)


@rules.predicate
def is_member(user):
    return bool(memberships_of(user))


@rules.predicate
def is_member_of(user, organisation):
    return organisation is not None and organisation.pk in organisation_ids(user)


@rules.predicate
def is_admin_of(user, organisation):
    return organisation is not None and has_role(user, Role.ORG_ADMIN, organisation=organisation)


@rules.predicate
def is_admin_of_membership_organisation(user, membership):
    return membership is not None and is_admin_of(user, membership.organisation)


is_method_owner = is_editor | is_task_team | is_superuser

rules.add_perm("samenspel.use_admin", is_method_owner)
rules.add_perm("privacy.view_processing_register", is_task_team | is_superuser)
rules.add_perm("samenspel.view_organisation", is_member_of | is_superuser)
rules.add_perm("samenspel.manage_members", is_admin_of | is_superuser)
rules.add_perm("samenspel.invite_member", is_admin_of | is_superuser)
rules.add_perm("samenspel.change_membership", is_admin_of_membership_organisation | is_superuser)


def can(user, action, obj=None):
    """True when ``user`` may perform ``action`` (a permission name) on ``obj``.

    The project's own permissions are rules only: asking the rule directly spares the two
    queries Django's model backend would make to look for a model permission of that name.
    Active superusers may do everything, as with ``user.has_perm``."""
    if user.is_active and user.is_superuser:
        return True
    if rules.perm_exists(action):
        return rules.has_perm(action, user, obj)
    return user.has_perm(action, obj)
