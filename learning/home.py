"""What learning adds to the site's start page (samenspel.home; hooks in wagtail_hooks.py): a
member's next LOT session and their open actions, and shortcuts for facilitators. Two queries
for the panel, however many LOTs, sessions and actions there are."""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.home import Link
from samenspel.permissions import can

from .models import Action, Lot, Session

OPEN_ACTIONS_SHOWN = 5


def agenda(request, since):
    """The ``home_panels`` hook: your next LOT session and the open actions you own (only for
    members of a LOT)."""
    user = request.user
    if not user.is_authenticated:
        return ""
    session = (
        Session.objects.filter(lot__members__user=user)
        .upcoming(timezone.now())
        .select_related("lot")
        .distinct()
        .first()
    )
    actions = list(
        Action.objects.open()
        .filter(owner__user=user)
        .select_related("lot")
        .order_by("due_on", "pk")[: OPEN_ACTIONS_SHOWN + 1]
    )
    if session is None and not actions:
        return ""
    return render_to_string(
        "learning/includes/home_agenda.html",
        {
            "session": session,
            "actions": actions[:OPEN_ACTIONS_SHOWN],
            "more_actions": len(actions) > OPEN_ACTIONS_SHOWN,
            "today": timezone.localdate(),
        },
        request=request,
    )


def shortcuts(request):
    """The ``home_shortcuts`` hook: your LOTs; starting a LOT or a measurement round for
    facilitators and the task team."""
    user = request.user
    links = []
    if user.is_authenticated and Lot.objects.for_user(user).exists():
        links.append(Link(_("Your LOTs"), reverse("learning:lot_list")))
    if can(user, "learning.add_lot"):
        links.append(Link(_("Start a LOT"), reverse("learning:lot_create")))
    if can(user, "learning.add_round"):
        links.append(Link(_("New measurement round"), reverse("learning:round_create")))
    return links
