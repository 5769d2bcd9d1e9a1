from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..querysets import ReactionQuerySet


class Recognition(models.Model):
    """A reader's "herkenbaar in mijn praktijk" mark: one per reader per case."""

    case = models.ForeignKey("casebank.Case", on_delete=models.CASCADE, related_name="recognitions")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["case", "user"], name="casebank_one_recognition")
        ]

    def __str__(self):
        return f"{self.user_id} → {self.case_id}"


class Reaction(models.Model):
    """A reader's reaction to a published case; post-moderated like comments."""

    case = models.ForeignKey("casebank.Case", on_delete=models.CASCADE, related_name="reactions")
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="case_reactions"
    )
    body = models.TextField(_("reaction"), help_text=_("Sanitised HTML."))
    created_at = models.DateTimeField(auto_now_add=True)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False)
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)
    hidden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    objects = ReactionQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("reaction")
        verbose_name_plural = _("reactions")

    def __str__(self):
        return f"{_('Reaction')} #{self.pk}"
