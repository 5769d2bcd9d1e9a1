"""The learning network's groups in the site search (hook ``samenspel_search``): the reader's
LOTs and their sessions, as the visibility rules give them (``Lot.objects.for_user``: their own
LOTs, every LOT of a municipality they administer, all for the task team). Members only; the
question is matched on names and titles with the method search's expansion
(``toolkit.search.expand``)."""

from functools import reduce
from operator import or_

from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from samenspel.search import Group, Hit
from toolkit.search import expand

from .models import Lot, Session


def _matching(queryset, field, groups):
    for group in groups:
        queryset = queryset.filter(reduce(or_, (Q(**{f"{field}__icontains": a}) for a in group)))
    return queryset


def site_search(request, text, limit):
    user = request.user
    if not user.is_authenticated:
        return []
    groups = expand(text)
    if not groups:
        return []
    lot_list = reverse("learning:lot_list")
    lots = _matching(Lot.objects.for_user(user), "name", groups).order_by("name", "pk")
    sessions = _matching(Session.objects.for_user(user), "title", groups).order_by(
        "-starts_at", "pk"
    )
    found = []
    for kind, label, queryset, title in (
        ("lot", _("My LOTs"), lots, "name"),
        ("lot_session", _("LOT sessions"), sessions, "title"),
    ):
        rows = list(queryset[: limit + 1])  # one more than shown: "5+" without a COUNT
        if not rows:
            continue
        hits = [Hit(getattr(row, title), row.get_absolute_url()) for row in rows[:limit]]
        more = len(rows) > limit
        found.append(Group(kind, label, len(hits), lot_list, hits, more=more, personal=True))
    return found
