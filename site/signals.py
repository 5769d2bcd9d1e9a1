"""The site's signal receivers: Django groups in step with memberships, role groups present after
every migrate, and every cache invalidation of every app.

Invalidation has one idiom: a change bumps a generation (``samenspel.cache``). The shell wires
its own models here; a domain app declares which of its models bump which generation by calling
:func:`bump_on_change` from its own ``signals.py`` (imported in its ``AppConfig.ready``), so the
shell never imports a domain app and every receiver that invalidates a cache is defined here.
"""

from collections import defaultdict

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import m2m_changed, post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

from .accounts import note_login
from .cache import MEMBERSHIPS, PAGES, Generation
from .groups import ensure_role_groups, sync_role_groups
from .models import Membership

# model -> [(generation or family, which member of the family from the instance, fields whose
# saves alone do not bump)]
_BUMPS = defaultdict(list)


def bump_on_change(generation, *models, member=None, except_fields=frozenset()):
    """Bump ``generation`` after every save and delete of an instance of one of ``models``.

    ``generation`` is a :class:`~samenspel.cache.Generation`, or a
    :class:`~samenspel.cache.GenerationFamily` with ``member(instance)`` naming whose. A save
    that names its ``update_fields`` and touches only ``except_fields`` does not bump (a user's
    ``last_login``, written at every log-in, is not what a cache shows)."""
    entry = (generation, member, frozenset(except_fields))
    for model in models:
        if entry in _BUMPS[model]:
            continue
        _BUMPS[model].append(entry)
        for signal in (post_save, post_delete):
            signal.connect(bump_generations, sender=model, dispatch_uid=f"bump-{model._meta}")


def bump_generations(sender, instance, update_fields=None, **kwargs):
    for generation, member, except_fields in _BUMPS.get(sender, ()):
        if update_fields and except_fields.issuperset(update_fields):
            continue
        (generation if isinstance(generation, Generation) else generation(member(instance))).bump()


@receiver([page_published, page_unpublished, post_page_move])
def page_changed(sender, **kwargs):
    PAGES.bump()


bump_on_change(PAGES, Site, PageViewRestriction)
bump_on_change(MEMBERSHIPS, Membership, member=lambda membership: membership.user_id)


@receiver(m2m_changed, sender=PageViewRestriction.groups.through)
def view_restriction_groups_changed(sender, action, **kwargs):
    """A restriction's groups are set after the restriction itself is saved."""
    if action in ("post_add", "post_remove", "post_clear"):
        PAGES.bump()


@receiver([post_save, post_delete], sender=Membership)
def membership_changed(sender, instance, **kwargs):
    sync_role_groups(instance.user)


@receiver(post_migrate)
def create_role_groups(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.label == "samenspel":
        ensure_role_groups()


@receiver(user_logged_in)
def start_session_clock(sender, request, user, **kwargs):
    """The session's maximum age and idle limit count from here (SessionLifetimeMiddleware)."""
    if request is not None and hasattr(request, "session"):
        note_login(request)
