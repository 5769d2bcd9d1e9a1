from django import forms
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.images.fields import WagtailImageField

from .colours import HEX_COLOUR, MINIMUM_CONTRAST, WHITE, contrast_ratio
from .models import EmbedSettings
from .origins import parse_origins
from .sanitise import clean_plain_text, clean_supplement
from .services import published_releases

SUPPLEMENT_MAX_LENGTH = 2000
REMARK_MAX_LENGTH = 1000
FORM_TOKEN_SALT = "embed.remark"  # noqa: S105 (a signing namespace, not a secret)
FORM_TOKEN_MAX_AGE = 24 * 60 * 60


CORRUPT_IMAGE = _(
    "This file is not a usable image: it may be damaged or cut off. Save it again as PNG or "
    "JPEG and upload it once more."
)


def decode_fully(upload):
    """Raise unless Pillow can decode the whole file. SVG has no pixels to decode."""
    if getattr(upload.image, "format_name", None) == "svg":
        return
    try:
        upload.seek(0)
        with PILImage.open(upload) as image:
            image.verify()  # checksums and structure
        upload.seek(0)
        with PILImage.open(upload) as image:
            image.load()  # every pixel: verify() does not decode the image data
    finally:
        upload.seek(0)


class DecodedImageField(WagtailImageField):
    """Wagtail's image field reads only the header, and its size check lets Pillow's errors out
    (a truncated PNG gave a 500); a damaged file here gets a Dutch message instead."""

    def to_python(self, data):
        try:
            upload = super().to_python(data)
            if upload is not None:
                decode_fully(upload)
        except ValidationError:
            raise
        except Exception:  # noqa: BLE001 (Pillow raises OSError, SyntaxError, ValueError, struct.error, …)
            raise ValidationError(CORRUPT_IMAGE, code="corrupt_image") from None
        return upload


class EmbedSettingsForm(forms.ModelForm):
    personal_data = False  # web addresses of intranets, not data about a person
    origins = forms.CharField(
        label=_("Allowed intranet origins"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4, "spellcheck": "false"}),
        help_text=_(
            "One per line, exactly as the browser shows it: https://intranet.delft.nl (with a "
            "port only if it is not the default). No paths, no wildcards."
        ),
    )
    logo_upload = DecodedImageField(
        label=_("Logo"),
        required=False,
        help_text=_("PNG, JPEG, GIF, WebP or SVG; shown at the top of every embedded page."),
    )
    remove_logo = forms.BooleanField(label=_("Remove the current logo"), required=False)
    pinned_release = forms.ChoiceField(label=_("Pinned release"), required=False)

    class Meta:
        model = EmbedSettings
        fields = ["primary_colour", "version", "pinned_release"]
        widgets = {"version": forms.RadioSelect}
        help_texts = {
            "primary_colour": _(
                "A hexadecimal colour such as #0b5c8a. White text on it, and links in it on "
                "white, need a contrast of at least 4.5:1."
            )
        }

    field_order = ["origins", "primary_colour", "logo_upload", "remove_logo", "version"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["origins"].initial = "\n".join(self.instance.allowed_origins)
        self.fields["pinned_release"].choices = [("", _("— choose a release —"))] + [
            (release.version, f"{release.version} – {release.title} ({release.date:%d-%m-%Y})")
            for release in published_releases()
        ]
        if not self.instance.logo_id:
            del self.fields["remove_logo"]

    def clean_origins(self):
        return parse_origins(self.cleaned_data["origins"])

    def clean_primary_colour(self):
        colour = self.cleaned_data["primary_colour"].strip().lower()
        if not colour.startswith("#"):
            colour = f"#{colour}"
        if not HEX_COLOUR.match(colour):
            raise ValidationError(
                _("Enter the colour as # followed by six hexadecimal digits, e.g. #0b5c8a.")
            )
        ratio = contrast_ratio(colour, WHITE)
        if ratio < MINIMUM_CONTRAST:
            raise ValidationError(
                _(
                    "The colour %(colour)s has too little contrast with white (%(ratio)s:1, "
                    "at least 4.5:1 is needed). Choose a darker colour."
                )
                % {"colour": colour, "ratio": number_format(ratio, 2)}
            )
        return colour

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("version") == EmbedSettings.Version.PINNED:
            if not cleaned.get("pinned_release"):
                self.add_error("pinned_release", _("Choose the release to show."))
        else:
            cleaned["pinned_release"] = ""
        return cleaned

    def save(self, commit=True):
        embed_settings = super().save(commit=False)
        embed_settings.allowed_origins = self.cleaned_data["origins"]
        if self.cleaned_data.get("remove_logo"):
            embed_settings.logo = None
        upload = self.cleaned_data.get("logo_upload")
        if upload:
            embed_settings.logo = get_image_model().objects.create(
                title=f"Logo {embed_settings.organisation.name}", file=upload
            )
        if commit:
            embed_settings.save()
        return embed_settings


class SupplementForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    text = forms.CharField(
        label=_("How we do this in our organisation"),
        required=False,
        max_length=SUPPLEMENT_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
        help_text=_(
            "Public: anyone who opens the embedded page or the API can read it, also outside "
            "your intranet. Write no internal details, names or phone numbers that are not "
            "public. Plain text; an empty line starts a new paragraph. Links to your intranet "
            "are allowed. Leave empty to remove the supplement."
        ),
    )

    def clean_text(self):
        return clean_supplement(self.cleaned_data["text"])


def form_token(organisation, page):
    return signing.dumps([organisation.pk, page.pk], salt=FORM_TOKEN_SALT, compress=True)


class RemarkForm(forms.Form):
    """'Did this page help?' — no account, no cookie, no name."""

    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)

    helpful = forms.TypedChoiceField(
        label=_("Did this page help you?"),
        choices=[("ja", _("Yes")), ("nee", _("No"))],
        coerce=lambda value: value == "ja",
        widget=forms.RadioSelect,
        error_messages={"required": _("Choose yes or no.")},
    )
    remark = forms.CharField(
        label=_("Remark (optional)"),
        required=False,
        max_length=REMARK_MAX_LENGTH,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Goes to the regional task team, on behalf of your organisation. Do not write "
            "names or other details of families or colleagues."
        ),
    )
    token = forms.CharField(widget=forms.HiddenInput)

    def __init__(self, *args, organisation, page, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.page = page
        self.fields["token"].initial = form_token(organisation, page)

    def clean_remark(self):
        return clean_plain_text(self.cleaned_data["remark"], REMARK_MAX_LENGTH)

    def clean_token(self):
        try:
            value = signing.loads(
                self.cleaned_data["token"], salt=FORM_TOKEN_SALT, max_age=FORM_TOKEN_MAX_AGE
            )
        except signing.BadSignature:
            raise ValidationError(
                _("This form has expired. Reload the page and try again.")
            ) from None
        if value != [self.organisation.pk, self.page.pk]:
            raise ValidationError(_("This form has expired. Reload the page and try again."))
        return value
