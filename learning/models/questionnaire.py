"""The collaboration questionnaire: instrument (editable), measurement rounds and responses."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Orderable

from ..querysets import RoundQuerySet
from ..tokens import new_salt, new_token


class Instrument(ClusterableModel):
    """A questionnaire editors maintain in the Wagtail admin (Snippets → Vragenlijsten).

    Stored answers refer to item and grade slugs, so a slug is never renamed once a round used it;
    wordings may be polished.
    """

    slug = models.SlugField(_("slug"), max_length=60, unique=True)
    version = models.CharField(_("version"), max_length=20, default="1")
    title = models.CharField(_("title"), max_length=200)
    introduction = models.TextField(_("introduction"), blank=True)

    panels = [
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("version"),
        FieldPanel("introduction"),
        InlinePanel("grades", label=_("Grades 1–10")),
    ]

    class Meta:
        verbose_name = _("questionnaire")
        verbose_name_plural = _("questionnaires")

    def __str__(self):
        return self.title


class Scale(ClusterableModel):
    instrument = models.ForeignKey(Instrument, on_delete=models.CASCADE, related_name="scales")
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=120)
    description = models.CharField(_("description"), max_length=300, blank=True)

    panels = [
        FieldPanel("instrument"),
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("description"),
        FieldPanel("sort_order"),
        InlinePanel("items", label=_("Statements (1–5 agreement)")),
    ]

    class Meta:
        ordering = ["instrument", "sort_order", "pk"]
        verbose_name = _("scale")
        verbose_name_plural = _("scales")
        constraints = [
            models.UniqueConstraint(fields=["instrument", "slug"], name="unique_scale_slug")
        ]

    def __str__(self):
        return self.name


class Item(Orderable):
    scale = ParentalKey(Scale, on_delete=models.CASCADE, related_name="items")
    slug = models.SlugField(_("slug"), max_length=60)
    text = models.CharField(_("statement"), max_length=300)
    reverse_scored = models.BooleanField(
        _("reverse scored"),
        default=False,
        help_text=_("A negatively worded statement: agreeing means a worse collaboration."),
    )

    panels = [FieldPanel("text"), FieldPanel("slug"), FieldPanel("reverse_scored")]

    class Meta(Orderable.Meta):
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def __str__(self):
        return self.text


class Grade(Orderable):
    instrument = ParentalKey(Instrument, on_delete=models.CASCADE, related_name="grades")
    slug = models.SlugField(_("slug"), max_length=60)
    name = models.CharField(_("name"), max_length=120)
    question = models.CharField(_("question"), max_length=300)
    low_anchor = models.CharField(_("meaning of 1"), max_length=80, blank=True)
    high_anchor = models.CharField(_("meaning of 10"), max_length=80, blank=True)
    higher_is_better = models.BooleanField(_("higher is better"), default=True)
    help_text = models.CharField(_("help text"), max_length=300, blank=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("slug"),
        FieldPanel("question"),
        FieldPanel("low_anchor"),
        FieldPanel("high_anchor"),
        FieldPanel("higher_is_better"),
        FieldPanel("help_text"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("grade")
        verbose_name_plural = _("grades")

    def __str__(self):
        return self.name


class MeasurementRound(models.Model):
    class Kind(models.TextChoices):
        BASELINE = "baseline", _("Baseline")
        FOLLOW_UP = "follow_up", _("Follow-up")

    class Scope(models.TextChoices):
        LOT = "lot", _("One LOT")
        MUNICIPALITY = "municipality", _("One municipality")
        REGION = "region", _("The region")

    instrument = models.ForeignKey(
        Instrument, verbose_name=_("questionnaire"), on_delete=models.PROTECT, related_name="+"
    )
    title = models.CharField(_("title"), max_length=200)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    scope = models.CharField(_("for"), max_length=20, choices=Scope.choices)
    lot = models.ForeignKey(
        "learning.Lot",
        verbose_name=_("LOT"),
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="rounds",
    )
    municipality = models.ForeignKey(
        "samenspel.Organisation",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
        limit_choices_to={"kind": "municipality"},
    )
    baseline = models.ForeignKey(
        "self",
        verbose_name=_("compare with baseline"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="followups",
    )
    opens_on = models.DateField(_("opens on"))
    closes_on = models.DateField(_("closes on"))
    uses_invitations = models.BooleanField(
        _("only by personal invitation"),
        default=False,
        help_text=_("Each invitation link can be used for one response."),
    )
    max_responses = models.PositiveIntegerField(
        _("expected number of respondents"),
        null=True,
        blank=True,
        help_text=_(
            "The anonymous link accepts at most this many sent answers, so nobody can add "
            "made-up responses to the figures. For a LOT round it defaults to the number of LOT "
            "members."
        ),
    )
    # The anonymous link /vragenlijst/<public_token>/; needs no account.
    public_token = models.CharField(max_length=64, unique=True, default=new_token)
    # Keys the hashes of self-chosen codes; a follow-up uses its baseline's salt (see series_salt).
    code_salt = models.CharField(max_length=64, default=new_salt)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["-opens_on", "pk"]
        verbose_name = _("measurement round")
        verbose_name_plural = _("measurement rounds")

    def __str__(self):
        return self.title

    def get_absolute_url(self):
        return reverse("learning:round_report", args=[self.pk])

    def respondent_url(self):
        return reverse("learning:respond", args=[self.public_token])

    @property
    def series_salt(self):
        """The salt of the first round of the series, so codes link across its rounds."""
        first, seen = self, set()
        while first.baseline_id and first.pk not in seen:
            seen.add(first.pk)
            first = first.baseline
        return first.code_salt

    def is_open(self, day=None):
        day = day or timezone.localdate()
        return self.opens_on <= day <= self.closes_on

    def open_link_responses(self):
        """Sent responses that came in through the open (anonymous) link."""
        return self.responses.filter(status=Response.Status.COMPLETE, via_invitation=False)

    def open_link_full(self):
        return (
            self.max_responses is not None
            and self.open_link_responses().count() >= self.max_responses
        )

    def scope_label(self):
        if self.scope == self.Scope.LOT and self.lot_id:
            return self.lot.name
        if self.scope == self.Scope.MUNICIPALITY and self.municipality_id:
            return self.municipality.name
        return _("Haaglanden region")


class RoundInvitation(models.Model):
    """One personal invitation to a round: only the token's hash is kept, never the address.

    The response it leads to is found by a differently keyed hash of the same token, so the
    database holds no link between an invitation and a response.
    """

    measurement_round = models.ForeignKey(
        MeasurementRound, on_delete=models.CASCADE, related_name="invitations"
    )
    token_hash = models.CharField(max_length=64, unique=True)
    used_at = models.DateField(null=True, blank=True)
    created_at = models.DateField(auto_now_add=True)

    def __str__(self):
        return f"{self.measurement_round} #{self.pk}"


class Response(models.Model):
    """One respondent's answers. No user, no e-mail, no IP: nothing links it to a person.

    ``items`` and ``grades`` map slugs to answers; an unanswered question is absent. Dates are
    kept at day precision so a response cannot be matched with a login or e-mail time.
    """

    class Status(models.TextChoices):
        INCOMPLETE = "incomplete", _("Incomplete")
        COMPLETE = "complete", _("Complete")

    measurement_round = models.ForeignKey(
        MeasurementRound, on_delete=models.CASCADE, related_name="responses"
    )
    status = models.CharField(max_length=20, choices=Status.choices, default=Status.INCOMPLETE)
    org_type = models.CharField(max_length=2, blank=True)
    municipality = models.CharField(max_length=60, blank=True)
    trained = models.BooleanField(null=True)
    code_hash = models.CharField(max_length=64, blank=True)
    items = models.JSONField(default=dict)
    grades = models.JSONField(default=dict)
    # Keyed hash of the key that lets the respondent come back; cleared once submitted.
    resume_key_hash = models.CharField(max_length=64, blank=True, db_index=True)
    started_on = models.DateField(default=timezone.localdate)
    submitted_on = models.DateField(null=True, blank=True)
    # Which way in (personal link or the round's open link), never which invitation.
    via_invitation = models.BooleanField(default=False)

    class Meta:
        verbose_name = _("response")
        verbose_name_plural = _("responses")
        indexes = [models.Index(fields=["measurement_round", "status"])]

    def __str__(self):
        return f"{self.measurement_round} #{self.pk} ({self.get_status_display()})"
