"""What the case bank keeps about a person, and its retention rule for raw stories.

Submitted cases stay after an account is deleted (the submitter link is cleared by the
account's anonymisation, and published cases hold no personal data of the submitter).
Reactions and "herkenbaar" marks stay too, attributed to "voormalig lid"."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from samenspel.privacy import registry
from samenspel.privacy.registry import iso

from .approval import RAW_RETENTION_DAYS, purge_abandoned
from .models import AuditEntry, Case, Reaction, Recognition


@registry.exporter("casebank", label=_("Case bank"))
def export_casebank(user):
    return {
        "submitted_cases": [
            {"title": case.title, "status": case.status, "created_at": iso(case.created_at)}
            for case in Case.objects.filter(submitter=user)
        ],
        "reactions": [
            {"case": r.case.title, "body": r.body, "created_at": iso(r.created_at)}
            for r in Reaction.objects.filter(author=user).select_related("case")
        ],
        "recognised_cases": [
            r.case.title for r in Recognition.objects.filter(user=user).select_related("case")
        ],
        # An approver's confirmation of a high re-identification risk (k, level, when).
        "risk_confirmations": [
            {"case": entry.case.title, "at": iso(entry.at), **entry.details["risk"]}
            for entry in AuditEntry.objects.filter(
                actor=user, action=AuditEntry.Action.APPROVED, details__risk__confirmed=True
            ).select_related("case")
        ],
    }


@registry.retention(
    "casebank.raw_submissions",
    days=RAW_RETENTION_DAYS,
    description=_("Raw case stories untouched for 30 days (the review never ended)."),
)
def purge_raw_submissions(cutoff):
    # purge_abandoned computes its own cutoff from ``now``; shift ``now`` to match this one.
    return purge_abandoned(now=cutoff + timedelta(days=RAW_RETENTION_DAYS))


registry.processing(
    "casebank.submissions",
    app="casebank",
    label=_("Case stories before review (raw submissions)"),
    purpose=_(
        "De-identifying a case story and having two reviewers check it before anyone else reads it."
    ),
    data=_(
        "The story as you wrote it and the names you listed, which may include details about a "
        "family; your account as submitter."
    ),
    subjects=_("The submitting professional; family members and others described in the story."),
    legal_basis="public_task",
    special_categories=_(
        "A story about youth care can contain health data about a child or parent (special "
        "category, AVG art. 9). The raw text is seen only by the submitter and the two "
        "reviewers, is de-identified automatically and by hand, and is deleted as soon as the "
        "review ends. Only the de-identified case is kept and published."
    ),
    recipients=_("You, and the two reviewers (editors or task team) who check the case."),
    retention=_(
        "Deleted when the case is approved or rejected, or automatically when nothing happened "
        "for 30 days."
    ),
    retention_rules=("casebank.raw_submissions",),
)
registry.processing(
    "casebank.cases",
    app="casebank",
    label=_("Published cases, reactions and recognitions"),
    purpose=_("Learning from each other's cases across organisations."),
    data=_(
        "The de-identified case (no names, addresses, exact dates or other details that point "
        "to a family), who submitted and reviewed it, audit entries without text, reactions "
        "and “herkenbaar” marks."
    ),
    subjects=_("Members who submit, review or react. Families are not identifiable."),
    legal_basis="public_task",
    special_categories=_(
        "The de-identified case still describes youth care in general terms. Re-identification "
        "is made unlikely by removing direct and indirect identifiers and by the two-person "
        "review, but cannot be ruled out completely; cases are therefore visible only to "
        "logged-in members."
    ),
    recipients=_("Logged-in members of the learning network."),
    retention=_(
        "As long as the case is published; reactions stay as “voormalig lid” when you "
        "delete your account."
    ),
)
