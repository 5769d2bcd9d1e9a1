from django import template

from samenspel.permissions import can

from ..forms import CommentForm
from ..threads import threads_for

register = template.Library()


@register.inclusion_tag("feedback/includes/comments_for.html", takes_context=True)
def comments_for(context, page, anchor=""):
    """The comment thread of one section or step (``anchor`` = the block id) plus a form.

    Usage in a page template, per step: ``{% load feedback_tags %}{% comments_for page block.id %}``
    """
    request = context["request"]
    user = request.user
    threads = threads_for(request, page)
    anchor = str(anchor or "")
    form = None
    if can(user, "feedback.post_comment"):
        form = CommentForm(
            initial={"page": page.pk, "revision": page.live_revision_id, "anchor": anchor},
            auto_id=f"id_comment_{anchor or 'page'}_%s",
        )
    return {
        "request": request,
        "user": user,
        "page": page,
        "anchor": anchor,
        "comments": threads.for_anchor(anchor),
        "form": form,
        "can_read": can(user, "feedback.view_comments"),
        "can_moderate": can(user, "feedback.moderate_comment"),
        "can_report": can(user, "feedback.report_comment"),
    }


@register.inclusion_tag("feedback/includes/release_items.html")
def feedback_items_for_release(release):
    """The feedback items a method release resolved (public register wording only)."""
    from ..models import FeedbackItem

    items = []
    if release is not None:
        items = list(FeedbackItem.objects.public().filter(release=release).order_by("title"))
    return {"items": items, "release": release}


@register.inclusion_tag("feedback/includes/changed_notice.html", takes_context=True)
def changed_since_last_visit(context, page):
    """A notice when the page changed since this reader's previous visit (recorded by the
    ``before_serve_page`` hook)."""
    request = context["request"]
    previous = getattr(request, "_feedback_previous_visit", None)
    changed = (
        previous is not None
        and previous.page_id == page.pk
        and previous.revision_id
        and page.live_revision_id
        and previous.revision_id != page.live_revision_id
    )
    from ..threads import diff_url

    return {
        "changed": changed,
        "previous": previous,
        "diff_url": diff_url(page.pk, previous.revision_id, page.live_revision_id)
        if changed
        else None,
    }


@register.simple_tag(takes_context=True)
def unread_notification_count(context):
    request = context["request"]
    if not request.user.is_authenticated:
        return 0
    return request.user.feedback_notifications.filter(read_at__isnull=True).count()
