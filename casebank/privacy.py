"""What the case bank keeps about a person, and its retention rule for raw stories.

Submitted cases stay after an account is deleted (the submitter link is cleared by the
account's anonymisation, and published cases hold no personal data of the submitter).
Reactions and "herkenbaar" marks stay too, attributed to "voormalig lid"."""

from datetime import timedelta

from django.utils.translation import gettext_lazy as _

from samenspel.privacy import registry
from samenspel.privacy.registry import iso

from .models import AuditEntry, Case, Reaction, Recognition
from .services import RAW_RETENTION_DAYS, purge_abandoned


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
