"""Forms of the facilitator's LOT pages."""

import datetime

from django import forms
from django.contrib.auth import get_user_model
from django.core.validators import MinValueValidator
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from samenspel.models import Organisation
from samenspel.permissions import can
from toolkit.models import BuildingBlockPage

from .models import Action, AgendaItem, Lot, LotMember, LotRole, MeasurementRound, Outcome
from .models.lot import GUEST_ROLES
from .services import template_choices


def building_block_pages():
    """Live toolkit building block pages."""
    return Page.objects.type(BuildingBlockPage).live().order_by("title")


class LotForm(forms.ModelForm):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)

    class Meta:
        model = Lot
        fields = ["name", "municipality", "description"]

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        municipalities = Organisation.objects.filter(kind=Organisation.Kind.MUNICIPALITY)
        if not can(user, "learning.add_regional_lot"):
            municipalities = [m for m in municipalities if can(user, "learning.add_lot_in", m)]
            self.fields["municipality"].required = True
            self.fields["municipality"].help_text = ""
            self.fields["municipality"].queryset = Organisation.objects.filter(
                pk__in=[m.pk for m in municipalities]
            )

    def clean_municipality(self):
        municipality = self.cleaned_data.get("municipality")
        if municipality is None and not can(self.user, "learning.add_regional_lot"):
            raise forms.ValidationError(_("Choose the municipality of this LOT."))
        if municipality is not None and not can(self.user, "learning.add_lot_in", municipality):
            raise forms.ValidationError(_("You cannot start a LOT for this municipality."))
        return municipality


class MemberForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    email = forms.EmailField(
        label=_("E-mail address"),
        help_text=_(
            "Colleagues with a Samenspel account are added by their account's address. Parents "
            "and experience experts need no account: they receive a personal link by e-mail."
        ),
    )
    name = forms.CharField(label=_("Name (for guests)"), max_length=120, required=False)
    role = forms.ChoiceField(label=_("Role in the LOT"), choices=LotRole.choices)

    def __init__(self, *args, lot, **kwargs):
        super().__init__(*args, **kwargs)
        self.lot = lot
        self.fields["email"].widget.attrs["autocomplete"] = "off"

    def clean(self):
        cleaned = super().clean()
        email, role = cleaned.get("email"), cleaned.get("role")
        if not email or not role:
            return cleaned
        email = email.strip().lower()
        cleaned["email"] = email
        user = get_user_model().objects.filter(email__iexact=email).first()
        if role in GUEST_ROLES:
            cleaned["user"] = None
            if self.lot.members.filter(email__iexact=email, role=role).exists():
                self.add_error("email", _("This person is already a member with that role."))
        else:
            if user is None:
                self.add_error(
                    "email",
                    _(
                        "No Samenspel account uses this address. Ask their organisation admin "
                        "to invite them first, or choose the role parent or experience expert."
                    ),
                )
            elif self.lot.members.filter(user=user, role=role).exists():
                self.add_error("email", _("This person is already a member with that role."))
            cleaned["user"] = user
        return cleaned

    def save(self):
        data = self.cleaned_data
        return LotMember.objects.create(
            lot=self.lot,
            user=data["user"],
            email="" if data["user"] else data["email"],
            name=data.get("name", ""),
            role=data["role"],
        )


def local_datetime(date, time):
    """The wall-clock time in the site's time zone (zoneinfo: fold=0, the first occurrence)."""
    return timezone.make_aware(datetime.datetime.combine(date, time))


def clock_change_problem(moment):
    """Why a wall-clock time cannot be planned, or None.

    On the spring clock change 02:00-02:59 does not exist, and on the autumn one it happens twice;
    zoneinfo would silently move or pick one, so a session would land an hour off.
    """
    round_trip = timezone.localtime(moment.astimezone(datetime.UTC), moment.tzinfo)
    if round_trip.replace(tzinfo=None) != moment.replace(tzinfo=None):
        return _(
            "This time does not exist on this day: the clocks go forward an hour. "
            "Choose another time."
        )
    if moment.utcoffset() != moment.replace(fold=1).utcoffset():
        return _(
            "This time occurs twice on this day, because the clocks go back an hour. "
            "Choose another time."
        )
    return None


class SessionForm(forms.Form):
    template = forms.ChoiceField(label=_("Session template"), choices=())
    title = forms.CharField(
        label=_("Title"),
        max_length=160,
        required=False,
        help_text=_("Leave empty to use the template's title."),
    )
    # The browser's date and time inputs read and write ISO values, whatever the language.
    date = forms.DateField(
        label=_("Date"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    time = forms.TimeField(
        label=_("Start time"), widget=forms.TimeInput(attrs={"type": "time"}, format="%H:%M")
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration in minutes"),
        min_value=15,
        max_value=600,
        required=False,
        help_text=_("Leave empty to use the template's duration."),
    )
    location = forms.CharField(label=_("Place"), max_length=200, required=False)
    online_url = forms.URLField(label=_("Online link"), required=False, assume_scheme="https")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["template"].choices = template_choices()

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("location") and not cleaned.get("online_url"):
            self.add_error("location", _("Give a place or an online link."))
        if cleaned.get("date") and cleaned.get("time"):
            starts_at = local_datetime(cleaned["date"], cleaned["time"])
            problem = clock_change_problem(starts_at)
            if problem:
                self.add_error("time", problem)
            else:
                cleaned["starts_at"] = starts_at
        return cleaned


class SessionEditForm(SessionForm):
    """The planning form without the template: a planned session keeps the phases it was given.

    Title and duration are required here, since there is no template to fall back on.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["template"]
        for name in ("title", "duration_minutes"):
            self.fields[name].required = True
            self.fields[name].help_text = ""

    @staticmethod
    def initial_for(session):
        starts_at = timezone.localtime(session.starts_at)
        return {
            "title": session.title,
            "date": starts_at.date(),
            "time": starts_at.time().replace(second=0, microsecond=0),
            "duration_minutes": session.duration_minutes,
            "location": session.location,
            "online_url": session.online_url,
        }


class AgendaItemForm(forms.ModelForm):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    case_url = forms.URLField(
        label=_("Link to the case bank"), required=False, assume_scheme="https"
    )

    class Meta:
        model = AgendaItem
        fields = [
            "kind",
            "title",
            "building_block",
            "case_url",
            "description",
            "measurement_round",
            "minutes",
        ]
        widgets = {"description": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, lot, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["building_block"].queryset = building_block_pages()
        self.fields["measurement_round"].queryset = MeasurementRound.objects.for_user(user)
        self.fields["case_url"].help_text = _(
            "A link to a case in the case bank, or describe the case briefly below "
            "(no names, ages, dates or places)."
        )

    def clean(self):
        cleaned = super().clean()
        kind = cleaned.get("kind")
        if kind == AgendaItem.Kind.BUILDING_BLOCK and not cleaned.get("building_block"):
            if not building_block_pages().exists():
                if not cleaned.get("description"):
                    self.add_error("description", _("Describe the building block."))
            else:
                self.add_error("building_block", _("Choose a building block."))
        if (
            kind == AgendaItem.Kind.CASE
            and not cleaned.get("case_url")
            and not cleaned.get("description")
        ):
            self.add_error("case_url", _("Link to a case or describe it briefly."))
        if kind == AgendaItem.Kind.QUESTIONNAIRE and not cleaned.get("measurement_round"):
            self.add_error("measurement_round", _("Choose a measurement round."))
        return cleaned


class AttendanceForm(forms.Form):
    present = forms.MultipleChoiceField(
        label=_("Present"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, session, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["present"].choices = [
            (str(member.pk), str(member)) for member in session.lot.members.select_related("user")
        ]


class NotesForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    lessons = forms.CharField(label=_("Lessons learned"), required=False, widget=forms.Textarea)
    notes = forms.CharField(label=_("Notes"), required=False, widget=forms.Textarea)


class OutcomeForm(forms.ModelForm):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)

    class Meta:
        model = Outcome
        fields = ["kind", "text", "building_block"]
        widgets = {"text": forms.Textarea(attrs={"rows": 3})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["building_block"].queryset = building_block_pages()
        self.fields["building_block"].help_text = _(
            "Improvement proposals are made per building block."
        )


class ActionForm(forms.ModelForm):
    class Meta:
        model = Action
        fields = ["description", "owner", "due_on"]
        widgets = {"due_on": forms.DateInput(attrs={"type": "date"})}

    def __init__(self, *args, lot, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["owner"].queryset = lot.members.select_related("user")
        self.fields["owner"].required = True


class RoundForm(forms.ModelForm):
    class Meta:
        model = MeasurementRound
        fields = [
            "title",
            "kind",
            "scope",
            "lot",
            "municipality",
            "baseline",
            "opens_on",
            "closes_on",
            "uses_invitations",
            "max_responses",
        ]
        widgets = {
            "opens_on": forms.DateInput(attrs={"type": "date"}),
            "closes_on": forms.DateInput(attrs={"type": "date"}),
        }

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user
        self.fields["lot"].queryset = Lot.objects.for_user(user)
        self.fields["baseline"].queryset = MeasurementRound.objects.for_user(user)
        self.fields["max_responses"].validators.append(MinValueValidator(1))
        self.fields["max_responses"].widget.attrs["min"] = 1
        lot_id = str(self.initial.get("lot") or "")
        lot = self.fields["lot"].queryset.filter(pk=lot_id).first() if lot_id.isdigit() else None
        if lot is not None and not self.is_bound:
            self.initial["max_responses"] = lot.size() or None

    def clean(self):
        cleaned = super().clean()
        scope, lot = cleaned.get("scope"), cleaned.get("lot")
        if cleaned.get("max_responses") is None and not cleaned.get("uses_invitations"):
            if scope == MeasurementRound.Scope.LOT and lot is not None and lot.size():
                cleaned["max_responses"] = lot.size()
            elif scope in MeasurementRound.Scope.values:
                self.add_error(
                    "max_responses",
                    _(
                        "Enter how many respondents you expect: the anonymous link accepts no "
                        "more sent answers than this."
                    ),
                )
        municipality = cleaned.get("municipality")
        if scope == MeasurementRound.Scope.LOT:
            if lot is None:
                self.add_error("lot", _("Choose the LOT."))
            elif not can(self.user, "learning.manage_lot", lot):
                self.add_error("lot", _("You cannot open a round for this LOT."))
        if scope == MeasurementRound.Scope.MUNICIPALITY:
            if municipality is None:
                self.add_error("municipality", _("Choose the municipality."))
            elif not (
                can(self.user, "learning.add_regional_lot")
                or can(self.user, "learning.add_lot_in", municipality)
            ):
                self.add_error("municipality", _("You cannot open a round for this municipality."))
        if scope == MeasurementRound.Scope.REGION and not can(
            self.user, "learning.add_regional_lot"
        ):
            self.add_error("scope", _("Only the task team opens a regional round."))
        opens, closes = cleaned.get("opens_on"), cleaned.get("closes_on")
        if opens and closes and closes < opens:
            self.add_error("closes_on", _("The closing date lies before the opening date."))
        if cleaned.get("kind") == MeasurementRound.Kind.FOLLOW_UP and not cleaned.get("baseline"):
            self.add_error("baseline", _("Choose the baseline this follow-up is compared with."))
        return cleaned


class RoundInvitationsForm(forms.Form):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)
    emails = forms.CharField(
        label=_("E-mail addresses"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "One address per line. Each person receives a personal link that works for one "
            "response. Samenspel does not keep the addresses."
        ),
    )

    def clean_emails(self):
        validator = forms.EmailField()
        addresses, wrong = [], []
        for line in self.cleaned_data["emails"].replace(",", "\n").splitlines():
            address = line.strip()
            if not address:
                continue
            try:
                addresses.append(validator.clean(address))
            except forms.ValidationError:
                wrong.append(address)
        if wrong:
            raise forms.ValidationError(
                _("These are not e-mail addresses: %(list)s") % {"list": ", ".join(wrong)}
            )
        if not addresses:
            raise forms.ValidationError(_("Enter at least one e-mail address."))
        return sorted(set(addresses))


class RoundLinksForm(forms.Form):
    count = forms.IntegerField(
        label=_("Number of personal links"),
        min_value=1,
        max_value=500,
        help_text=_(
            "Each link works for one sent response. The links are shown once: copy them and hand "
            "them out; Samenspel keeps only a fingerprint of each."
        ),
    )


class RoundCapForm(forms.ModelForm):
    class Meta:
        model = MeasurementRound
        fields = ["max_responses"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["max_responses"].required = True
        self.fields["max_responses"].validators.append(MinValueValidator(1))
        self.fields["max_responses"].widget.attrs["min"] = 1
