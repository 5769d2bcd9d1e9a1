from django import forms
from django.core.exceptions import ValidationError
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision

from toolkit.models import BuildingBlockPage, MethodRelease

from .anchors import block_in_revision
from .choices import Decision, Status
from .models import Comment, FeedbackItem, NotificationPreference
from .reports import MAX_YEAR, MIN_YEAR, parse_period
from .sanitize import sanitise_comment, visible_text
from .services import allowed_transitions

MAX_COMMENT_LENGTH = 4000


class CommentBodyMixin:
    def clean_body(self):
        cleaned = sanitise_comment(self.cleaned_data["body"])
        if not visible_text(cleaned):
            raise ValidationError(
                _("Your comment contains no readable text. Write your comment in plain words."),
                code="empty",
            )
        return cleaned


def body_field():
    return forms.CharField(
        label=_("Your comment"),
        max_length=MAX_COMMENT_LENGTH,
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "At most %(max)s characters. Plain text; links are allowed. A blank line starts a "
            "new paragraph."
        )
        % {"max": f"{MAX_COMMENT_LENGTH:,}".replace(",", ".")},
        error_messages={
            "required": _("Write your comment first."),
            "max_length": _(
                "Your comment is too long: at most %(limit_value)d characters, you typed "
                "%(show_value)d. Shorten it or split it into two comments."
            ),
        },
    )


class CommentForm(CommentBodyMixin, forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    page = forms.IntegerField(widget=forms.HiddenInput)
    revision = forms.IntegerField(widget=forms.HiddenInput, required=False)
    anchor = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)
    parent = forms.IntegerField(widget=forms.HiddenInput, required=False)
    kind = forms.ChoiceField(
        label=_("What kind of comment is this?"),
        choices=[("", _("Choose…")), *Comment._meta.get_field("kind").choices],
        required=False,
    )
    body = body_field()
    hide_name = forms.BooleanField(
        label=_("Do not show my name to other readers"),
        help_text=_("Editors and the task team still see who wrote it."),
        required=False,
    )

    def clean(self):
        data = super().clean()
        page = Page.objects.live().filter(pk=data.get("page")).first()
        if page is None:
            raise ValidationError(_("This page no longer exists; your comment was not saved."))
        data["page"] = page
        parent = self._clean_parent(page, data)
        if parent is None and not data.get("kind"):
            self.add_error("kind", _("Choose what kind of comment this is."))
        data["revision"] = self._clean_revision(page, data)
        anchor = data.get("anchor") or ""
        if parent is not None:
            anchor = parent.anchor
        elif anchor and block_in_revision(data["revision"], anchor) is None:
            raise ValidationError(_("The section you commented on no longer exists on this page."))
        data["anchor"] = anchor
        return data

    def _clean_parent(self, page, data):
        if not data.get("parent"):
            data["parent"] = None
            return None
        parent = Comment.objects.filter(pk=data["parent"], page=page).first()
        if parent is None:
            raise ValidationError(_("The comment you replied to no longer exists."))
        # One level of replies: a reply to a reply joins the same thread.
        data["parent"] = parent.parent or parent
        return data["parent"]

    def _clean_revision(self, page, data):
        revision = None
        if data.get("revision"):
            revision = Revision.page_revisions.filter(
                pk=data["revision"], object_id=str(page.pk)
            ).first()
        return revision or page.live_revision


class CommentEditForm(CommentBodyMixin, forms.ModelForm):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    body = body_field()

    class Meta:
        model = Comment
        fields = ["kind", "body", "hide_name"]
        labels = {"kind": _("What kind of comment is this?")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.instance.parent_id:
            del self.fields["kind"]
        else:
            self.fields["kind"].required = True

    def clean_body(self):
        return CommentBodyMixin.clean_body(self)


class ReportForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    reason = forms.CharField(
        label=_("Why should an editor look at this comment?"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Tell us briefly why you report this comment.")},
    )


class ModerationForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    reason = forms.CharField(
        label=_("Reason"),
        max_length=1000,
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give a reason; it is kept in the moderation history.")},
    )


def building_block_choices():
    """Pages an item can concern: building blocks, and also handbook chapters and other content
    pages, since comments are made on those too (every page below the home page)."""
    return Page.objects.filter(depth__gt=2).order_by("title")


def building_block_picker(item=None, page_ids=()):
    """What an editor picks for an item: the building blocks (live or not), plus the pages of
    the comments the item bundles (``page_ids``: a comment on a chapter) and any other page the
    item already concerns, so saving the form never drops one."""
    pages = Q(pk__in=BuildingBlockPage.objects.values("pk")) | Q(pk__in=list(page_ids))
    if item is not None and item.pk:
        pages |= Q(pk__in=item.building_blocks.values("pk"))
    return Page.objects.filter(pages).order_by("title")


class FeedbackItemForm(forms.ModelForm):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    comments = forms.ModelMultipleChoiceField(
        queryset=Comment.objects.all(), required=False, widget=forms.MultipleHiddenInput
    )

    class Meta:
        model = FeedbackItem
        fields = [
            "title",
            "summary",
            "building_blocks",
            "factor_level",
            "addressee",
            "is_public",
            "comments",
        ]
        widgets = {
            "summary": forms.Textarea(attrs={"rows": 5}),
            "building_blocks": forms.CheckboxSelectMultiple,
        }
        error_messages = {"title": {"required": _("Give the item a short title.")}}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        comment_pages = [
            pk for pk in self.initial.get("building_blocks") or () if isinstance(pk, int)
        ]
        self.fields["building_blocks"].queryset = building_block_picker(
            self.instance, comment_pages
        )


class StatusChangeForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    to_status = forms.ChoiceField(label=_("New status"))
    decision = forms.ChoiceField(
        label=_("Decision"), choices=[("", "—"), *Decision.choices], required=False
    )
    reason = forms.CharField(
        label=_("Reason"),
        widget=forms.Textarea(attrs={"rows": 4}),
        required=False,
        help_text=_("Required for a decision. Shown in the public register and to contributors."),
    )

    def __init__(self, *args, item, **kwargs):
        super().__init__(*args, **kwargs)

        self.item = item
        self.fields["to_status"].choices = [(s.value, s.label) for s in allowed_transitions(item)]
        release_field = release_choice_field()
        if release_field is not None:
            self.fields["release"] = release_field

    def clean(self):
        data = super().clean()
        status = data.get("to_status")
        if status == Status.DECIDED:
            if not data.get("decision"):
                self.add_error("decision", _("Choose a decision."))
            if not (data.get("reason") or "").strip():
                self.add_error("reason", _("Every decision needs a reason."))
        if status == Status.RELEASED:
            if "release" not in self.fields:
                raise ValidationError(_("There is no published method release yet."))
            if not data.get("release"):
                self.add_error("release", _("Choose the release in which the item was processed."))
            if self.item.decision == Decision.REJECTED:
                self.add_error("to_status", _("An item that was not adopted cannot be processed."))
        return data


def release_choice_field():
    # Only published releases: a draft release has no public page to point the register at.
    published = MethodRelease.objects.filter(published=True)
    if not published.exists():
        return None  # "no method releases yet" (clean) rather than an empty list
    return forms.ModelChoiceField(label=_("Release"), queryset=published, required=False)


class PreferenceForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["email_on_status_change", "weekly_digest"]


class FollowForm(forms.Form):
    """The follow button: ``follow`` is 1 (follow) or 0 (stop following); without it, a toggle
    (older forms); ``next`` is where to go back to."""

    follow = forms.TypedChoiceField(
        choices=[("1", _("Follow")), ("0", _("Unfollow"))],
        coerce=lambda value: value == "1",
        required=False,
        empty_value=None,
    )
    next = forms.CharField(required=False, max_length=2000)


class DigestForm(forms.ModelForm):
    class Meta:
        model = NotificationPreference
        fields = ["weekly_digest"]


class PeriodForm(forms.Form):
    """The period of the period report: a month (2026-03) or a quarter (2026-K1)."""

    periode = forms.CharField(
        label=_("Period"),
        required=False,
        max_length=20,
        help_text=_("A month (2026-03) or a quarter (2026-K1)."),
    )

    def clean_periode(self):
        text = self.cleaned_data["periode"]
        if not text:
            return None
        period = parse_period(text)
        if period is None:
            raise ValidationError(
                _(
                    "Enter a period as year-month (2026-03) or year-quarter (2026-K1), with a "
                    "year from %(first)s to %(last)s."
                ),
                params={"first": MIN_YEAR, "last": MAX_YEAR},
                code="invalid",
            )
        return period
