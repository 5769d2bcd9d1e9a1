from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel


class MethodReleaseQuerySet(models.QuerySet):
    def published(self):
        return self.filter(published=True)

    def up_to(self, release):
        """This release and every earlier one (by date, then id)."""
        return self.filter(
            models.Q(date__lt=release.date) | models.Q(date=release.date, pk__lte=release.pk)
        )


class MethodRelease(ClusterableModel):
    """A version of the method: the changes editors publish together, with a note per page."""

    version = models.CharField(_("version"), max_length=20, unique=True)
    title = models.CharField(_("title"), max_length=200)
    date = models.DateField(_("date"))
    summary = models.TextField(_("summary"), blank=True)
    published = models.BooleanField(
        _("published"),
        default=False,
        help_text=_(
            "Publishing a release pins, for every change note, the page revision that is live now."
        ),
    )

    objects = MethodReleaseQuerySet.as_manager()

    panels = [
        FieldPanel("version"),
        FieldPanel("title"),
        FieldPanel("date"),
        FieldPanel("summary"),
        FieldPanel("published"),
        InlinePanel("change_notes", label=_("Change notes")),
    ]

    class Meta:
        ordering = ["-date", "-pk"]
        verbose_name = _("method release")
        verbose_name_plural = _("method releases")

    def __str__(self):
        return f"{self.version} – {self.title}"

    def get_absolute_url(self):
        return reverse("toolkit:release_detail", args=[self.version])

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        if self.published:
            for note in self.change_notes.filter(revision__isnull=True).select_related("page"):
                note.pin_revision()
                note.save(update_fields=["revision"])


class ChangeNote(models.Model):
    """What a release changed on one page: new, amended or removed, with a short note."""

    class Kind(models.TextChoices):
        NEW = "new", _("new")
        AMENDED = "amended", _("amended")
        REMOVED = "removed", _("removed")

    release = ParentalKey(
        MethodRelease,
        on_delete=models.CASCADE,
        related_name="change_notes",
        verbose_name=_("method release"),
    )
    page = models.ForeignKey(
        "wagtailcore.Page",
        on_delete=models.CASCADE,
        related_name="method_change_notes",
        verbose_name=_("page"),
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.AMENDED)
    note = models.TextField(_("change note"))
    revision = models.ForeignKey(
        "wagtailcore.Revision",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("revision"),
        help_text=_("The revision of the page in this release; set when the release is published."),
    )

    panels = [FieldPanel("page"), FieldPanel("kind"), FieldPanel("note")]

    class Meta:
        ordering = ["release", "pk"]
        verbose_name = _("change note")
        verbose_name_plural = _("change notes")
        constraints = [
            models.UniqueConstraint(fields=["release", "page"], name="one_change_note_per_page")
        ]

    def __str__(self):
        return f"{self.release.version}: {self.page}"

    def save(self, *args, **kwargs):
        if self.release_id and self.release.published:
            self.pin_revision()
        super().save(*args, **kwargs)

    def pin_revision(self):
        if self.revision_id is None and self.page_id:
            self.revision_id = self.page.live_revision_id


def history_from_notes(notes_newest_first):
    """Entries for a page's history, newest first: each release note with its pinned revision
    and the revision of the release before it (for "Wat is er veranderd?" links)."""
    notes = list(reversed(notes_newest_first))
    previous_revision_id = None
    entries = []
    for note in notes:
        entries.append(
            {
                "note": note,
                "release": note.release,
                "revision_id": note.revision_id,
                "previous_revision_id": previous_revision_id,
            }
        )
        if note.revision_id:
            previous_revision_id = note.revision_id
    return list(reversed(entries))
