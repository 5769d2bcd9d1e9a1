"""What feedback adds to the site's start page and account hub (samenspel.home; hooks in
wagtail_hooks.py): for members, what changed in the pages they follow since their previous
visit and what became of their remarks; for everyone, the public feedback register as a place
to start. Each panel costs a fixed number of queries, however much a member follows or wrote.
"""

from django.template.loader import render_to_string
from django.urls import reverse
from django.utils.translation import gettext as _

from samenspel.home import Link
from samenspel.permissions import can

from .follows import followed_pages
from .models import Comment, FeedbackItem, Notification, PageFollow

# Rows per panel; the full lists are on their own pages.
PANEL_ROWS = 5


def followed_changes(request, since):
    """The ``home_panels`` hook: pages you follow that changed since your previous visit (on a
    first visit: the changes you have not read yet)."""
    user = request.user
    if not can(user, "feedback.follow_page"):
        return ""
    rows = followed_pages(user, since=since)
    if since is None:
        rows = [row for row in rows if row.unseen]
    return render_to_string(
        "feedback/includes/home_follows.html",
        {
            "rows": rows[:PANEL_ROWS],
            "more": max(len(rows) - PANEL_ROWS, 0),
            "follows": PageFollow.objects.filter(user=user).count(),
            "since": since,
        },
        request=request,
    )


def remarks(request, since):
    """The ``home_panels`` hook: what became of your remarks (the feedback items your comments
    were bundled into, newest change first) and how many wait to be picked up."""
    user = request.user
    if not can(user, "feedback.post_comment"):
        return ""
    items = list(
        FeedbackItem.objects.filter(comments__author=user)
        .select_related("release")
        .distinct()
        .order_by("-updated_at", "-pk")[: PANEL_ROWS + 1]
    )
    waiting = Comment.objects.filter(
        author=user, parent__isnull=True, deleted_at__isnull=True, feedback_items__isnull=True
    ).count()
    unread = Notification.objects.filter(recipient=user, read_at__isnull=True).count()
    return render_to_string(
        "feedback/includes/home_remarks.html",
        {
            "items": items[:PANEL_ROWS],
            "more": len(items) > PANEL_ROWS,
            "waiting": waiting,
            "unread": unread,
            "since": since,
        },
        request=request,
    )


def start_links(request):
    """The ``home_start_links`` hook: the public feedback register."""
    return [
        Link(
            _("Feedback register"),
            reverse("feedback:register"),
            _("What practice said about the method, and what the task team decided."),
        )
    ]


def shortcuts(request):
    """The ``home_shortcuts`` hook: the ledger for the task team; what you follow."""
    user = request.user
    links = []
    if can(user, "feedback.view_dashboard"):
        links += [
            Link(_("Feedback ledger"), reverse("feedback:dashboard")),
            Link(_("New comments to bundle"), reverse("feedback:inbox")),
        ]
    if can(user, "feedback.follow_page"):
        links.append(Link(_("What you follow"), reverse("feedback:follows")))
    return links


def account_links(request):
    """The ``account_links`` hook of the account hub."""
    return [
        Link(
            _("What you follow"),
            reverse("feedback:follows"),
            _("Building blocks and chapters you follow, and the weekly e-mail."),
        ),
        Link(
            _("Notification settings"),
            reverse("feedback:preferences"),
            _("E-mail when your feedback changes status."),
        ),
        Link(_("Notifications"), reverse("feedback:notifications")),
    ]
