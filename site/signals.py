"""Keep Django groups in step with memberships, role groups present after every migrate, and
cached pages fresh after every publish."""

from django.contrib.auth.signals import user_logged_in
from django.db.models.signals import post_delete, post_migrate, post_save
from django.dispatch import receiver
from wagtail.models import Site
from wagtail.signals import page_published, page_unpublished

from .accounts import note_login
from .cache import PAGES
from .groups import ensure_role_groups, sync_role_groups
from .models import Membership


@receiver([post_save, post_delete], sender=Membership)
def membership_changed(sender, instance, **kwargs):
    sync_role_groups(instance.user)


@receiver(post_migrate)
def create_role_groups(sender, app_config=None, **kwargs):
    if app_config is not None and app_config.label == "samenspel":
        ensure_role_groups()


@receiver([page_published, page_unpublished])
@receiver([post_save, post_delete], sender=Site)
def clear_page_caches(sender, **kwargs):
    PAGES.bump()


@receiver(user_logged_in)
def start_session_clock(sender, request, user, **kwargs):
    """The session's maximum age and idle limit count from here (SessionLifetimeMiddleware)."""
    if request is not None and hasattr(request, "session"):
        note_login(request)
