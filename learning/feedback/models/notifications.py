from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    """An in-site message to a professional about what became of their feedback."""

    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback_notifications"
    )
    item = models.ForeignKey(
        "feedback.FeedbackItem", on_delete=models.CASCADE, related_name="notifications"
    )
    status_change = models.ForeignKey(
        "feedback.FeedbackStatusChange", on_delete=models.CASCADE, null=True, related_name="+"
    )
    message = models.TextField(_("message"))
    created_at = models.DateTimeField(auto_now_add=True, db_index=True)
    read_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")

    def __str__(self):
        return self.message[:60]


class NotificationPreference(models.Model):
    """Per-user choices; kept here because the user model belongs to the site shell."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="feedback_preference"
    )
    email_on_status_change = models.BooleanField(
        _(
            "e-mail me when feedback I gave changes status, and (as a reviewer) when a case "
            "awaits my approval"
        ),
        default=True,
    )
    weekly_digest = models.BooleanField(
        _("send me a weekly e-mail with changes to building blocks I follow"), default=False
    )
    last_digest_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("notification preference")
        verbose_name_plural = _("notification preferences")

    def __str__(self):
        return str(self.user)


class PageFollow(models.Model):
    """A reader follows a building block (any page) for the weekly digest."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="followed_pages"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="feedback_follow")]

    def __str__(self):
        return f"{self.user_id} → {self.page_id}"


class PageVisit(models.Model):
    """The last time a logged-in reader saw a page, and which revision was live then."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="page_visits"
    )
    page = models.ForeignKey("wagtailcore.Page", on_delete=models.CASCADE, related_name="+")
    revision = models.ForeignKey(
        "wagtailcore.Revision", on_delete=models.SET_NULL, null=True, related_name="+"
    )
    seen_at = models.DateTimeField()

    class Meta:
        constraints = [models.UniqueConstraint(fields=["user", "page"], name="feedback_visit")]

    def __str__(self):
        return f"{self.user_id} @ {self.page_id}"
