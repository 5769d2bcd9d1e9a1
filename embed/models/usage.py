from django.db import models
from django.utils.translation import gettext_lazy as _


class EmbedDailyViews(models.Model):
    """How often an organisation's intranet showed a page on one day. No visitor data at all:
    no cookie, IP address or user agent is read for it, only the counter goes up."""

    organisation = models.ForeignKey(
        "samenspel.Organisation", on_delete=models.CASCADE, related_name="embed_views"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    date = models.DateField(_("date"))
    views = models.PositiveIntegerField(_("views"), default=0)

    class Meta:
        ordering = ["-date", "page_id"]
        verbose_name = _("daily embed views")
        verbose_name_plural = _("daily embed views")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "page", "date"], name="one_view_count_per_day"
            )
        ]

    def __str__(self):
        return f"{self.organisation} {self.page_id} {self.date}: {self.views}"


class EmbedRemark(models.Model):
    """'Did this page help?' from a reader on an intranet: attributed to the organisation only."""

    organisation = models.ForeignKey(
        "samenspel.Organisation", on_delete=models.CASCADE, related_name="embed_remarks"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    helpful = models.BooleanField(_("the page helped"), null=True)
    remark = models.TextField(_("remark"), blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    # The feedback ledger's item once forwarded (embed depends on the feedback ledger).
    feedback_item = models.ForeignKey(
        "feedback.FeedbackItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("embed remark")
        verbose_name_plural = _("embed remarks")

    def __str__(self):
        return f"{self.organisation}: {self.page_id} ({self.created_at:%Y-%m-%d})"
