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
