"""The second approval of a case (two-person rule): the reviewers' e-mail, return, approve (the
raw story is deleted) or reject, and the purge of raw stories left too long."""

from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMessage, get_connection
from django.db import transaction
from django.db.models import Exists, OuterRef
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from learning.feedback.models import NotificationPreference
from samenspel.permissions import can
from samenspel.roles import Role

from .audit import audit
from .choices import Status
from .indexing import sync_index, unique_slug
from .models import AuditEntry, Case, RawSubmission
from .permissions import is_reviewer

RAW_RETENTION_DAYS = 30


def review_request_recipients(case):
    """Who hears that ``case`` awaits approval: active editors and task-team members who may
    approve it (never the submitter), with a verified address, who did not turn off status
    e-mails (``NotificationPreference.email_on_status_change``, the project's one opt-out)."""
    verified = EmailAddress.objects.filter(
        user=OuterRef("pk"), email__iexact=OuterRef("email"), verified=True
    )
    users = (
        get_user_model()
        .objects.filter(is_active=True, memberships__role__in=[Role.EDITOR, Role.TASK_TEAM])
        .exclude(email="")
        .filter(Exists(verified))
    )
    if case.submitter_id is not None:
        users = users.exclude(pk=case.submitter_id)
    opted_out = NotificationPreference.objects.filter(email_on_status_change=False)
    users = users.exclude(pk__in=opted_out.values("user_id"))
    return [
        user for user in users.distinct().order_by("pk") if can(user, "casebank.approve_case", case)
    ]


def review_request_message(case):
    """Subject and body in Dutch: that a case awaits a second review, and the link to the
    approval page. Deliberately nothing of the case itself: no title, text, region or names."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "approval_url": base + reverse("casebank:approval_detail", args=[case.pk]),
        "queue_url": base + reverse("casebank:approval_queue"),
        "preferences_url": base + reverse("feedback:preferences"),
    }
    with override("nl"):
        subject = _("A case awaits a second review")
        body = render_to_string("casebank/email/review_request.txt", context)
    return subject, body


@transaction.atomic
def send_review_request_mail(case_id):
    """Background task body: one e-mail per reviewer, once per confirmation. The confirmation's
    audit entry (locked while sending) records how many reviewers were told; a second run for
    the same confirmation finds that and sends nothing. A case returned and confirmed again is
    a new confirmation, so the reviewers hear of it again."""
    case = Case.objects.filter(pk=case_id, status=Status.AWAITING_APPROVAL).first()
    if case is None:
        return 0
    entry = (
        AuditEntry.objects.select_for_update()
        .filter(case=case, action=AuditEntry.Action.CONFIRMED)
        .order_by("-at", "-pk")
        .first()
    )
    if entry is None or "reviewers_notified" in entry.details:
        return 0
    recipients = review_request_recipients(case)
    subject, body = review_request_message(case)
    messages = [
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        for user in recipients
    ]
    sent = get_connection().send_messages(messages) if messages else 0
    entry.details = {**entry.details, "reviewers_notified": len(messages)}
    entry.save(update_fields=["details"])
    return sent


def check_second_reviewer(case, user):
    """The two-person rule: a reviewer (editor or task team) who is not the submitter."""
    if case.status != Status.AWAITING_APPROVAL:
        raise PermissionDenied(_("This case is not waiting for approval."))
    if case.submitter_id == user.pk:
        raise PermissionDenied(_("You cannot approve a case you submitted yourself."))
    if not (user.is_superuser or is_reviewer(user)):
        raise PermissionDenied(_("Only editors and task-team members approve cases."))


@transaction.atomic
def return_to_submitter(case, user, note=""):
    check_second_reviewer(case, user)
    case.status = Status.REVIEW
    case.confirmed_at = None
    case.save(update_fields=["status", "confirmed_at", "updated_at"])
    audit(case, AuditEntry.Action.RETURNED, user, note=note[:1000])


@transaction.atomic
def approve(case, user, *, risk=None):
    """Second approval: publish, then delete the raw story for good.

    ``risk``: the k estimate the approver saw and whether they confirmed a high risk
    ({"k", "level", "confirmed"}; numbers and codes only), recorded in the audit entry, whose
    actor and time say who confirmed and when."""
    check_second_reviewer(case, user)
    case.status = Status.PUBLISHED
    case.approved_by = user
    case.published_at = timezone.now()
    case.slug = unique_slug(case.title, case.pk)
    case.save()
    details = {"warnings": [w["code"] for w in case.risk_warnings]}
    if risk is not None:
        details["risk"] = {key: risk[key] for key in ("k", "level", "confirmed") if key in risk}
    audit(case, AuditEntry.Action.APPROVED, user, **details)
    end_review(case, user)
    sync_index(case)


@transaction.atomic
def reject(case, user, note=""):
    check_second_reviewer(case, user)
    case.status = Status.REJECTED
    case.save(update_fields=["status", "updated_at"])
    audit(case, AuditEntry.Action.REJECTED, user, note=note[:1000])
    end_review(case, user)


def end_review(case, user, action=AuditEntry.Action.RAW_DELETED):
    """Delete the raw story (the row itself) and the offsets that pointed into it."""
    deleted, _details = RawSubmission.objects.filter(case=case).delete()
    Case.objects.filter(pk=case.pk).update(findings={})
    case.findings = {}
    if deleted:
        audit(case, action, user)


def purge_abandoned(now=None, days=RAW_RETENTION_DAYS):
    """Delete raw stories untouched for ``days``; unfinished submissions become abandoned."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    purged = 0
    for case_id in RawSubmission.objects.filter(updated_at__lt=cutoff).values_list(
        "case_id", flat=True
    ):
        with transaction.atomic():
            case = Case.objects.select_for_update().get(pk=case_id)
            if case.status in (
                Status.DRAFTING,
                Status.DEIDENTIFYING,
                Status.DEIDENTIFY_FAILED,
                Status.REVIEW,
            ):
                case.status = Status.ABANDONED
                case.save(update_fields=["status", "updated_at"])
            end_review(case, None, AuditEntry.Action.ABANDONED)
            purged += 1
    return purged
