"""Learning and development teams (LOT): members, sessions, agenda, outcomes and actions."""

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from ..calendar_identity import new_calendar_uid
from ..querysets import ActionQuerySet, LotQuerySet, SessionQuerySet


class LotRole(models.TextChoices):
    PROJECT_LEADER = "project_leader", _("Project leader")
    BEHAVIOURAL_SCIENTIST = "behavioural_scientist", _("Behavioural scientist")
    LT_PRACTITIONER = "lt", _("Local team practitioner")
    GI_PRACTITIONER = "gi", _("GI practitioner")
    FACILITATOR = "facilitator", _("Facilitator")
    PARENT = "parent", _("Parent")
    EXPERIENCE_EXPERT = "experience_expert", _("Experience expert")


# Parents and experience experts take part without an organisation account.
GUEST_ROLES = frozenset({LotRole.PARENT, LotRole.EXPERIENCE_EXPERT})
# Members who run the LOT: plan sessions, keep notes, open measurement rounds.
MANAGING_ROLES = frozenset({LotRole.FACILITATOR, LotRole.PROJECT_LEADER})


class Lot(models.Model):
    name = models.CharField(_("name"), max_length=160)
    municipality = models.ForeignKey(
        "samenspel.Organisation",
        verbose_name=_("municipality"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="lots",
        limit_choices_to={"kind": "municipality"},
        help_text=_("Leave empty for a regional LOT."),
    )
    description = models.TextField(_("description"), blank=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    objects = LotQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name = _("learning and development team")
        verbose_name_plural = _("learning and development teams")

    def __str__(self):
        return self.name

    def get_absolute_url(self):
        return reverse("learning:lot_detail", args=[self.pk])

    @property
    def is_regional(self):
        return self.municipality_id is None

    def size(self):
        """How many people are in the LOT: accounts (once, whatever their roles) and guests."""
        accounts = self.members.filter(user__isnull=False).values("user").distinct().count()
        return accounts + self.members.filter(user__isnull=True).count()


class LotMember(models.Model):
    """A member of a LOT: an account holder, or a guest (parent, experience expert) by e-mail.

    A guest has no account; a tokenised link (stored hashed) shows them their sessions.
    """

    lot = models.ForeignKey(Lot, on_delete=models.CASCADE, related_name="members")
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="lot_memberships",
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    email = models.EmailField(_("e-mail address"), blank=True)
    role = models.CharField(_("role"), max_length=30, choices=LotRole.choices)
    guest_token_hash = models.CharField(max_length=64, blank=True, db_index=True)
    added_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["role", "name", "email"]
        verbose_name = _("LOT member")
        verbose_name_plural = _("LOT members")
        constraints = [
            models.UniqueConstraint(
                fields=["lot", "user", "role"],
                condition=models.Q(user__isnull=False),
                name="unique_lot_role_per_user",
            ),
            models.CheckConstraint(
                condition=models.Q(user__isnull=False) | ~models.Q(email=""),
                name="lot_member_has_user_or_email",
            ),
        ]

    def __str__(self):
        return f"{self.display_name} ({self.get_role_display()})"

    @property
    def display_name(self):
        if self.user_id:
            return self.user.public_name
        return self.name or self.email

    @property
    def contact_email(self):
        return self.user.email if self.user_id else self.email

    @property
    def is_guest(self):
        return self.user_id is None


class Session(models.Model):
    lot = models.ForeignKey(Lot, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(_("title"), max_length=160)
    template_slug = models.CharField(_("template"), max_length=60, blank=True)
    starts_at = models.DateTimeField(_("date and time"))
    duration_minutes = models.PositiveSmallIntegerField(_("duration in minutes"), default=120)
    location = models.CharField(_("place"), max_length=200, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    # Copied from the template when the session is planned, so later template edits do not
    # change a session that already ran: [{"title", "minutes", "prompts", "facilitator_notes"}].
    phases = models.JSONField(default=list, blank=True)
    current_phase = models.PositiveSmallIntegerField(default=0)
    phase_started_at = models.DateTimeField(null=True, blank=True)
    lessons = models.TextField(_("lessons learned"), blank=True)
    notes = models.TextField(_("notes"), blank=True)
    invitations_sent_at = models.DateTimeField(null=True, blank=True)
    # The calendar entry's identity (RFC 5545): the UID stays for the session's whole life and is
    # tied to this installation's domain, so staging and production never update each other's
    # entries; the SEQUENCE goes up with every change members must see in their calendars.
    calendar_uid = models.CharField(max_length=255, default=new_calendar_uid, editable=False)
    calendar_sequence = models.PositiveIntegerField(default=0, editable=False)
    created_at = models.DateTimeField(auto_now_add=True)

    objects = SessionQuerySet.as_manager()

    class Meta:
        ordering = ["starts_at"]
        verbose_name = _("LOT session")
        verbose_name_plural = _("LOT sessions")

    def __str__(self):
        return f"{self.title} ({timezone.localtime(self.starts_at):%d-%m-%Y})"

    def get_absolute_url(self):
        return reverse("learning:session_detail", args=[self.pk])

    @property
    def ends_at(self):
        return self.starts_at + timezone.timedelta(minutes=self.duration_minutes)

    def carried_over_actions(self):
        """Open actions from earlier sessions of this LOT: they stay on the agenda until closed."""
        return (
            Action.objects.open()
            .filter(lot_id=self.lot_id, session__starts_at__lt=self.starts_at)
            .select_related("owner__user", "session")
        )


class AgendaItem(models.Model):
    class Kind(models.TextChoices):
        BUILDING_BLOCK = "building_block", _("Building block")
        CASE = "case", _("Case")
        QUESTIONNAIRE = "questionnaire", _("Questionnaire results")
        TEXT = "text", _("Free text")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="agenda_items")
    sort_order = models.PositiveSmallIntegerField(default=0)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=200)
    building_block = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("building block"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    case_url = models.URLField(_("link to the case bank"), blank=True)
    description = models.TextField(_("description"), blank=True)
    measurement_round = models.ForeignKey(
        "learning.MeasurementRound",
        verbose_name=_("measurement round"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    minutes = models.PositiveSmallIntegerField(_("minutes"), null=True, blank=True)

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda items")

    def __str__(self):
        return self.title


class Attendance(models.Model):
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="attendance")
    member = models.ForeignKey(LotMember, on_delete=models.CASCADE, related_name="attendance")
    present = models.BooleanField(default=False)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["session", "member"], name="one_attendance_per_member")
        ]

    def __str__(self):
        return f"{self.member} @ {self.session}"


class Outcome(models.Model):
    """A lesson, barrier or improvement proposal noted during a session."""

    class Kind(models.TextChoices):
        LESSON = "lesson", _("Lesson")
        BARRIER = "barrier", _("Barrier")
        PROPOSAL = "proposal", _("Improvement proposal")

    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="outcomes")
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    text = models.TextField(_("text"))
    building_block = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("building block"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    # The feedback item this proposal became (learning depends on the feedback ledger).
    feedback_item = models.ForeignKey(
        "feedback.FeedbackItem",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["kind", "pk"]
        verbose_name = _("session outcome")
        verbose_name_plural = _("session outcomes")

    def __str__(self):
        return self.text[:80]


class Action(models.Model):
    lot = models.ForeignKey(Lot, on_delete=models.CASCADE, related_name="actions")
    session = models.ForeignKey(Session, on_delete=models.CASCADE, related_name="actions")
    description = models.CharField(_("action"), max_length=300)
    owner = models.ForeignKey(
        LotMember,
        verbose_name=_("owner"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="actions",
    )
    due_on = models.DateField(_("due date"))
    closed_at = models.DateTimeField(null=True, blank=True)

    objects = ActionQuerySet.as_manager()

    class Meta:
        ordering = ["due_on", "pk"]
        verbose_name = _("action")
        verbose_name_plural = _("actions")

    def __str__(self):
        return self.description

    @property
    def is_open(self):
        return self.closed_at is None
