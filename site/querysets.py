from types import SimpleNamespace

from django.db import models
from django.db.models import Q
from django.utils import timezone
from wagtail.models import PageViewRestriction

from .cache import VIEW_RESTRICTIONS_TIMEOUT, key_view_restrictions, remembered
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
    return [path for path, r in view_restrictions() if not r.accept_request(asker)]


def view_restrictions():
    """[(page path, restriction with its groups)] for every view restriction, remembered until
    the next change of a restriction, its groups, or a page's place (``PAGES``)."""
    return remembered(key_view_restrictions(), _read_view_restrictions, VIEW_RESTRICTIONS_TIMEOUT)


def _read_view_restrictions():
    restrictions = PageViewRestriction.objects.select_related("page").prefetch_related("groups")
    return [(r.page.path, _without_page(r)) for r in restrictions]


def _without_page(restriction):
    restriction.page = None  # the path is kept beside it; the page row need not be cached
    return restriction


def on_hidden_pages(user, session=None, field="page"):
    """A Q matching rows whose ``field`` page the user may not view (empty Q matches nothing)."""

    query = Q(pk__in=[])
    for path in hidden_page_paths(user, session):
        query |= Q(**{f"{field}__path__startswith": path})
    return query


def page_viewable(request, page):
    """Whether the page's view restrictions (its own and its ancestors') let this request in."""
    return all(restriction.accept_request(request) for restriction in page.get_view_restrictions())
