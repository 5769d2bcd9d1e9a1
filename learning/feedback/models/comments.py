from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from ..choices import CommentKind
from ..querysets import CommentQuerySet


class Comment(models.Model):
    """A remark of a professional on one section or step (a StreamField block) of a page.

    It records the revision the reader saw, so that when the anchored block changes in a later
    revision the comment says so instead of drifting onto other text.
    """

    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="feedback_comments"
    )
    anchor = models.CharField(
        _("anchor"),
        max_length=64,
        blank=True,
        help_text=_("The id of the section or step (block) the comment is about; empty = page."),
    )
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revision seen"),
    )
    parent = models.ForeignKey(
        "self",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="replies",
        verbose_name=_("reply to"),
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="feedback_comments",
        verbose_name=_("author"),
    )
    kind = models.CharField(_("kind"), max_length=24, choices=CommentKind.choices, blank=True)
    body = models.TextField(_("comment"), help_text=_("Sanitised HTML."))
    hide_name = models.BooleanField(
        _("hide my name from other readers"),
        default=False,
        help_text=_("Editors and the task team still see who wrote it."),
    )
    created_at = models.DateTimeField(_("posted at"), auto_now_add=True, db_index=True)
    edited_at = models.DateTimeField(_("edited at"), null=True, blank=True)
    deleted_at = models.DateTimeField(_("deleted at"), null=True, blank=True)
    is_hidden = models.BooleanField(_("hidden by a moderator"), default=False, db_index=True)
    hidden_reason = models.TextField(_("reason for hiding"), blank=True)

    objects = CommentQuerySet.as_manager()

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("comment")
        verbose_name_plural = _("comments")
        indexes = [models.Index(fields=["page", "anchor"])]

    def __str__(self):
        return f"{self.get_kind_display() or _('Reply')} #{self.pk} — {self.page.title}"

    @property
    def is_reply(self):
        return self.parent_id is not None

    @property
    def is_deleted(self):
        return self.deleted_at is not None


class CommentReport(models.Model):
    """A reader's report that a comment is inappropriate; moderators see the open ones."""

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="reports")
    reporter = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+"
    )
    reason = models.TextField(_("reason"), max_length=1000)
    created_at = models.DateTimeField(auto_now_add=True)
    resolved_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created_at"]
        verbose_name = _("report")
        verbose_name_plural = _("reports")
        constraints = [
            models.UniqueConstraint(fields=["comment", "reporter"], name="feedback_one_report")
        ]

    def __str__(self):
        return f"{self.comment_id}: {self.reason[:40]}"


class ModerationAction(models.Model):
    """Every hide or restore, with its reason: moderation is traceable."""

    class Action(models.TextChoices):
        HIDE = "hide", _("Hidden")
        RESTORE = "restore", _("Restored")

    comment = models.ForeignKey(Comment, on_delete=models.CASCADE, related_name="moderation")
    action = models.CharField(max_length=8, choices=Action.choices)
    reason = models.TextField(_("reason"))
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-at", "-pk"]
        verbose_name = _("moderation action")
        verbose_name_plural = _("moderation actions")

    def __str__(self):
        return f"{self.get_action_display()} #{self.comment_id}"
