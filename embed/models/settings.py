import hashlib
import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

DEFAULT_PRIMARY_COLOUR = "#0b5c8a"
API_KEY_PREFIX = "sse_"


def hash_api_key(key):
    """Keys are 256-bit random tokens, so a plain SHA-256 is enough (no brute force possible);
    it lets a request find its organisation with one indexed lookup."""
    return hashlib.sha256(key.encode()).hexdigest()


class EmbedSettings(models.Model):
    """How one organisation shows the method on its intranet."""

    class Version(models.TextChoices):
        LATEST = "latest", _("Always the latest version")
        PINNED = "pinned", _("Pinned to a release")

    organisation = models.OneToOneField(
        "samenspel.Organisation", on_delete=models.CASCADE, related_name="embed_settings"
    )
    allowed_origins = models.JSONField(
        _("allowed intranet origins"),
        default=list,
        blank=True,
        help_text=_("Normalised scheme://host[:port] values that may frame the embed views."),
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    primary_colour = models.CharField(
        _("primary colour"), max_length=7, default=DEFAULT_PRIMARY_COLOUR
    )
    version = models.CharField(
        _("method version"), max_length=10, choices=Version.choices, default=Version.LATEST
    )
    # The release's version string, not a foreign key: the site shell keeps no schema dependency
    # on the toolkit (its migrations stay independent), and a version string is stable.
    pinned_release = models.CharField(_("pinned release"), max_length=20, blank=True)
    api_key_hash = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    api_key_hint = models.CharField(max_length=12, blank=True, editable=False)
    api_key_created_at = models.DateTimeField(null=True, blank=True, editable=False)
    updated_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("embed settings")
        verbose_name_plural = _("embed settings")

    def __str__(self):
        return str(self.organisation)

    @property
    def is_pinned(self):
        return self.version == self.Version.PINNED and bool(self.pinned_release)

    def rotate_api_key(self):
        """A new key; only its hash is kept, so the caller must show the key now or never."""
        key = API_KEY_PREFIX + secrets.token_urlsafe(32)
        self.api_key_hash = hash_api_key(key)
        self.api_key_hint = key[: len(API_KEY_PREFIX) + 4]
        self.api_key_created_at = timezone.now()
        self.save(update_fields=["api_key_hash", "api_key_hint", "api_key_created_at"])
        return key


class EmbedSupplement(models.Model):
    """'Zo doen wij dit in <organisation>': a local addition shown below a building block."""

    organisation = models.ForeignKey(
        "samenspel.Organisation", on_delete=models.CASCADE, related_name="embed_supplements"
    )
    page = models.ForeignKey(
        "wagtailcore.Page", on_delete=models.CASCADE, related_name="embed_supplements"
    )
    text = models.TextField(_("local supplement"))
    updated_at = models.DateTimeField(auto_now=True)
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )

    class Meta:
        ordering = ["page__title"]
        verbose_name = _("local supplement")
        verbose_name_plural = _("local supplements")
        constraints = [
            models.UniqueConstraint(
                fields=["organisation", "page"], name="one_supplement_per_page_and_organisation"
            )
        ]

    def __str__(self):
        return f"{self.organisation}: {self.page}"
