"""What happens to comments and feedback items. Views and other apps call these functions."""

from functools import partial

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from samenspel.tasks import new_delivery

from .choices import TRANSITIONS, Decision, SourceKind, Status
from .models import (
    Comment,
    CommentReport,
    FeedbackItem,
    FeedbackStatusChange,
    ModerationAction,
    Notification,
    NotificationPreference,
)
from .tasks import send_status_email

EDIT_WINDOW_MINUTES = 15


class TransitionError(ValueError):
    """A status change that the lifecycle does not allow (or misses its reason or release)."""


# --- feedback items -------------------------------------------------------------------------


@transaction.atomic
def create_feedback_item(
    *,
    title,
    summary,
    created_by,
    source_kind,
    source_object=None,
    organisation=None,
    building_blocks=(),
):
    """Create a feedback item with status "received" and its first history entry.

    ``source_kind`` is one of "comment", "lot", "case", "embed" (an anonymous remark from an
    intranet embed, attributed to an organisation, never a person). Items start outside the
    public register until the task team has checked their wording (``is_public``).
    """
    if source_kind not in SourceKind.values:
        raise ValueError(f"Unknown source_kind {source_kind!r}")
    item = FeedbackItem(
        title=title[:200],
        summary=summary,
        created_by=created_by,
        source_kind=source_kind,
        organisation=organisation,
    )
    if source_object is not None and not isinstance(source_object, Comment):
        item.source_type = ContentType.objects.get_for_model(source_object)
        item.source_id = str(source_object.pk)
    item.save()
    if building_blocks:
        item.building_blocks.set(building_blocks)
    if isinstance(source_object, Comment):
        item.comments.add(source_object)
    FeedbackStatusChange.objects.create(
        item=item, from_status="", to_status=Status.RECEIVED, by=created_by, at=item.created_at
    )
    return item


def allowed_transitions(item):
    return TRANSITIONS[Status(item.status)]


@transaction.atomic
def change_status(item, *, to_status, by, reason="", decision="", release=None, at=None):
    """Move an item along its lifecycle, record it, and notify everyone whose comment fed it."""
    to_status = Status(to_status)
    if to_status not in allowed_transitions(item):
        raise TransitionError(
            _("An item with status “%(current)s” cannot move to “%(next)s”.")
            % {"current": item.get_status_display(), "next": to_status.label}
        )
    reason = (reason or "").strip()
    if to_status == Status.DECIDED:
        if decision not in Decision.values:
            raise TransitionError(_("Choose a decision."))
        if not reason:
            raise TransitionError(_("Every decision needs a reason."))
    elif to_status == Status.RELEASED:
        if release is None:
            raise TransitionError(_("Choose the release in which the item was processed."))
        if item.decision == Decision.REJECTED:
            raise TransitionError(_("An item that was not adopted cannot be processed."))
        if not release.published:
            raise TransitionError(_("An item can only be processed in a published release."))
    at = at or timezone.now()
    change = FeedbackStatusChange.objects.create(
        item=item,
        from_status=item.status,
        to_status=to_status,
        decision=decision if to_status == Status.DECIDED else "",
        reason=reason,
        by=by,
        at=at,
    )
    item.status = to_status
    if to_status == Status.DECIDED:
        item.decision, item.decision_reason, item.decided_at = decision, reason, at
    elif to_status == Status.IN_PROGRESS:
        item.decision, item.decision_reason, item.decided_at = "", "", None
    if to_status == Status.RELEASED:
        item.release = release
    item.save()
    notify_contributors(item, change)
    return change


def contributors(item):
    """Authors of the (not deleted) comments that fed the item; LOT and embed sources have none."""

    return (
        get_user_model()
        .objects.filter(
            feedback_comments__feedback_items=item, feedback_comments__deleted_at__isnull=True
        )
        .distinct()
    )


def status_message(item, change):
    """The notification text; the item's own wording by the task team, no names."""
    message = _("Feedback item “%(title)s” now has status: %(status)s.") % {
        "title": item.title,
        "status": change.get_to_status_display(),
    }
    if change.to_status == Status.DECIDED:
        message += " " + _("Decision: %(decision)s. Reason: %(reason)s") % {
            "decision": change.get_decision_display(),
            "reason": change.reason,
        }
    elif change.to_status == Status.RELEASED and item.release_id:
        message += " " + _("Processed in: %(release)s.") % {"release": item.release}
    return message


def notify_contributors(item, change):
    """A notification per contributor, and an e-mail to each who did not turn them off; the
    e-mail task gets the notification's id and renders the e-mail itself."""
    recipients = list(contributors(item))
    with override("nl"):
        message = status_message(item, change)
    notifications = Notification.objects.bulk_create(
        Notification(recipient=user, item=item, status_change=change, message=message)
        for user in recipients
    )
    opted_out = set(
        NotificationPreference.objects.filter(
            user__in=recipients, email_on_status_change=False
        ).values_list("user_id", flat=True)
    )
    for notification in notifications:
        user = notification.recipient
        if user.pk in opted_out or not user.email:
            continue
        transaction.on_commit(
            partial(send_status_email.enqueue, notification.pk, delivery=new_delivery())
        )


# --- comments -------------------------------------------------------------------------------


def can_still_edit(comment, now=None):
    now = now or timezone.now()
    return (now - comment.created_at).total_seconds() < EDIT_WINDOW_MINUTES * 60


def delete_comment(comment):
    """Authors delete within the edit window. A comment with replies stays as a stub."""
    if comment.replies.exists():
        comment.body = ""
        comment.deleted_at = timezone.now()
        comment.save(update_fields=["body", "deleted_at"])
    else:
        comment.delete()


@transaction.atomic
def moderate(comment, *, hide, reason, by):
    comment.is_hidden = hide
    comment.hidden_reason = reason if hide else ""
    comment.save(update_fields=["is_hidden", "hidden_reason"])
    ModerationAction.objects.create(
        comment=comment,
        action=ModerationAction.Action.HIDE if hide else ModerationAction.Action.RESTORE,
        reason=reason,
        by=by,
    )
    comment.reports.filter(resolved_at__isnull=True).update(resolved_at=timezone.now())


def report_comment(comment, *, reporter, reason):
    report, _created = CommentReport.objects.update_or_create(
        comment=comment, reporter=reporter, defaults={"reason": reason, "resolved_at": None}
    )
    return report
