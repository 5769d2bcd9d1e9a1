from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from toolkit.vocabulary import FactorLevel

from ..choices import Addressee, Decision, SourceKind, Status
from ..querysets import FeedbackItemQuerySet


class FeedbackItem(models.Model):
    """One point of feedback on the method, bundled by the task team from comments, LOT outcomes,
    case insights or intranet remarks, and carried to a decision and a release."""

    title = models.CharField(_("title"), max_length=200)
    summary = models.TextField(_("summary"), blank=True)
    building_blocks = models.ManyToManyField(
        "wagtailcore.Page",
        blank=True,
        related_name="feedback_items",
        verbose_name=_("building blocks"),
    )
    factor_level = models.CharField(
        _("factor level"), max_length=20, choices=FactorLevel.choices, blank=True
    )
    addressee = models.CharField(
        _("addressed to"),
        max_length=24,
        choices=Addressee.choices,
        default=Addressee.TASK_TEAM,
    )
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.RECEIVED, db_index=True
    )
    decision = models.CharField(_("decision"), max_length=20, choices=Decision.choices, blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    release = models.ForeignKey(
        "toolkit.MethodRelease",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="feedback_items",
        verbose_name=_("processed in release"),
    )
    source_kind = models.CharField(
        _("source"), max_length=10, choices=SourceKind.choices, default=SourceKind.COMMENT
    )
    source_type = models.ForeignKey(
        ContentType, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )
    source_id = models.CharField(max_length=64, blank=True)
    source_object = GenericForeignKey("source_type", "source_id")
    organisation = models.ForeignKey(
        "samenspel.Organisation",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("organisation"),
        help_text=_("For remarks attributed to an organisation rather than a person."),
    )
    comments = models.ManyToManyField(
        "feedback.Comment", blank=True, related_name="feedback_items", verbose_name=_("comments")
    )
    is_public = models.BooleanField(
        _("show in the public register"),
        default=False,
        help_text=_(
            "Only the title, summary, status and decision are shown; never names or comment text."
        ),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created_at = models.DateTimeField(_("received at"), auto_now_add=True, db_index=True)
    updated_at = models.DateTimeField(auto_now=True)

    objects = FeedbackItemQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("feedback item")
        verbose_name_plural = _("feedback items")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("feedback:item_detail", args=[self.pk])


class FeedbackStatusChange(models.Model):
    """The history of an item: every status change and decision, with its reason and author."""

    item = models.ForeignKey(FeedbackItem, on_delete=models.CASCADE, related_name="history")
    from_status = models.CharField(max_length=16, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=16, choices=Status.choices)
    decision = models.CharField(max_length=20, choices=Decision.choices, blank=True)
    reason = models.TextField(_("reason"), blank=True)
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    at = models.DateTimeField(db_index=True)

    class Meta:
        ordering = ["at", "pk"]
        verbose_name = _("status change")
        verbose_name_plural = _("status changes")

    def __str__(self):
        return f"{self.item_id}: {self.from_status} → {self.to_status}"
