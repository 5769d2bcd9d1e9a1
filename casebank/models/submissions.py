from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class RawSubmission(models.Model):
    """The story as the professional wrote it, with the names they listed.

    Kept only while the review runs: deleted (the row, not blanked) when the case is approved or
    rejected, or by ``purge_abandoned_submissions`` after 30 days without activity. It lives in
    its own table so nothing else (the case, its audit entries, task arguments) ever holds it.
    """

    case = models.OneToOneField(
        "casebank.Case", on_delete=models.CASCADE, primary_key=True, related_name="raw"
    )
    sections = models.JSONField(default=dict)
    known_names = models.JSONField(default=list)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)

    class Meta:
        verbose_name = _("raw submission")
        verbose_name_plural = _("raw submissions")

    def __str__(self):
        return f"raw #{self.pk}"  # never the text


class AuditEntry(models.Model):
    """Who did what to a case, and when. Records actions and field names, never text."""

    class Action(models.TextChoices):
        SUBMITTED = "submitted", _("Submitted")
        DEIDENTIFIED = "deidentified", _("De-identified")
        REDEIDENTIFIED = "redeidentified", _("De-identified again with more names")
        DEIDENTIFY_FAILED = "deidentify_failed", _("De-identification failed")
        DEIDENTIFY_RETRIED = "deidentify_retried", _("De-identification started again")
        EDITED = "edited", _("Draft edited")
        CONFIRMED = "confirmed", _("Confirmed by submitter")
        RETURNED = "returned", _("Returned to submitter")
        APPROVED = "approved", _("Approved and published")
        REJECTED = "rejected", _("Rejected")
        RAW_DELETED = "raw_deleted", _("Raw story deleted")
        ABANDONED = "abandoned", _("Abandoned; raw story deleted")

    case = models.ForeignKey(
        "casebank.Case", on_delete=models.CASCADE, related_name="audit_entries"
    )
    action = models.CharField(max_length=20, choices=Action.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)
    details = models.JSONField(
        default=dict, blank=True, help_text=_("Field names, counts and warning codes; no text.")
    )

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")

    def __str__(self):
        return f"{self.get_action_display()} #{self.case_id}"
