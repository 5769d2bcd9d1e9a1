"""What the feedback app keeps about a person, for the download and for account deletion.

Comments stay after an account is deleted: the account itself is anonymised (shown as
"voormalig lid"), so the discussion keeps its context. Personal traces that serve only the
person — notifications, follows, visits, preferences — are deleted with the account."""

from django.utils.translation import gettext_lazy as _

from samenspel.privacy import registry
from samenspel.privacy.registry import iso

from .models import Comment, Notification, NotificationPreference, PageFollow, PageVisit


@registry.exporter("feedback", label=_("Comments and notifications"))
def export_feedback(user):
    return {
        "comments": [
            {
                "page": comment.page.title,
                "anchor": comment.anchor,
                "kind": comment.kind,
                "body": comment.body,
                "name_hidden_from_readers": comment.hide_name,
                "created_at": iso(comment.created_at),
            }
            for comment in Comment.objects.filter(author=user).select_related("page")
        ],
        "notifications": [
            {"message": n.message, "created_at": iso(n.created_at), "read_at": iso(n.read_at)}
            for n in Notification.objects.filter(recipient=user)
        ],
        "followed_pages": [f.page.title for f in PageFollow.objects.filter(user=user)],
        "followed_since": [
            {"page": f.page.title, "since": iso(f.created_at)}
            for f in PageFollow.objects.filter(user=user).select_related("page")
        ],
    }


@registry.eraser("feedback")
def erase_feedback_traces(user):
    for model, field in [
        (Notification, "recipient"),
        (NotificationPreference, "user"),
        (PageFollow, "user"),
        (PageVisit, "user"),
    ]:
        model.objects.filter(**{field: user}).delete()


registry.processing(
    "feedback.comments",
    app="learning.feedback",
    label=_("Comments, reports and moderation"),
    purpose=_("Letting practitioners comment on the method and keeping the discussion civil."),
    data=_(
        "The text of your comment, the page and passage, your name (unless you choose to hide "
        "it from readers), reports about comments and moderation decisions."
    ),
    subjects=_("Members who comment, report or moderate."),
    legal_basis="public_task",
    recipients=_(
        "Members who read the page; moderators and the task team see the author even when the "
        "name is hidden from readers."
    ),
    retention=_(
        "As long as the page exists. When you delete your account your comments stay, shown as "
        "“voormalig lid”."
    ),
)
registry.processing(
    "feedback.ledger",
    app="learning.feedback",
    label=_("Feedback ledger"),
    purpose=_("Tracing which remarks from practice led to which decisions about the method."),
    data=_("Feedback items, their status history and decisions, and who took them."),
    subjects=_("The task team and editors; members whose comment led to an item."),
    legal_basis="public_task",
    recipients=_("The task team and editors; the public register shows items without names."),
    retention=_("Permanently: the ledger is the history of the method."),
)
registry.processing(
    "feedback.notifications",
    app="learning.feedback",
    label=_("Notifications and followed pages"),
    purpose=_(
        "Telling you what changed on pages you follow or read: on the page, on your start "
        "page and in the weekly e-mail if you switch it on."
    ),
    data=_(
        "Notifications, your notification preferences (including the weekly e-mail and when "
        "it was last sent), pages you follow and since when, the last version of a page you "
        "saw."
    ),
    subjects=_("Members."),
    legal_basis="public_task",
    recipients=_("Only you."),
    retention=_("Until you delete your account."),
)
