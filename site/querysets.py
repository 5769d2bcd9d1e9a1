from types import SimpleNamespace

from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .roles import Role


class MembershipQuerySet(models.QuerySet):
    def for_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(user=user)


class OrganisationQuerySet(models.QuerySet):
    def administered_by(self, user):
        if not user.is_authenticated:
            return self.none()
        if user.is_superuser:
            return self.all()
        return self.filter(memberships__user=user, memberships__role=Role.ORG_ADMIN).distinct()

    def of_user(self, user):
        if not user.is_authenticated:
            return self.none()
        return self.filter(memberships__user=user).distinct()


class InvitationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(accepted_at__isnull=True, expires_at__gt=timezone.now())


def hidden_page_paths(user, session=None):
    """Tree paths of the pages whose Wagtail view restriction ``user`` does not pass; the
    restriction covers each page's subtree. Wagtail's own ``accept_request`` decides (login,
    groups — superusers pass — and shared passwords, which pass only when ``session`` records
    them), so the rule is the one the page itself applies when it is served."""

    asker = SimpleNamespace(user=user, session=session if session is not None else {})
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    return [r.page.path for r in restrictions if not r.accept_request(asker)]


def on_hidden_pages(user, session=None, field="page"):
    """A Q matching rows whose ``field`` page the user may not view (empty Q matches nothing)."""

    query = Q(pk__in=[])
    for path in hidden_page_paths(user, session):
        query |= Q(**{f"{field}__path__startswith": path})
    return query


def page_viewable(request, page):
    """Whether the page's view restrictions (its own and its ancestors') let this request in."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
