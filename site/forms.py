from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Invitation, Membership, User
from .roles import Role
from .search import MAX_QUERY, clean_query


def role_choices(organisation):
    return [(role.value, role.label) for role in organisation.allowed_roles()]


class InvitationForm(forms.ModelForm):
    personal_data = True  # the privacy notice shows next to it (docs/privacy.md)

    class Meta:
        model = Invitation
        fields = ["email", "role"]

    def __init__(self, *args, organisation, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation = organisation
        self.fields["role"].choices = role_choices(organisation)
        self.fields["email"].widget.attrs["autocomplete"] = "email"

    def clean_email(self):
        email = self.cleaned_data["email"].strip().lower()
        if (
            Invitation.objects.pending()
            .filter(organisation=self.organisation, email__iexact=email)
            .exists()
        ):
            raise forms.ValidationError(_("This person already has an open invitation."))
        return email

    def clean(self):
        cleaned = super().clean()
        email, role = cleaned.get("email"), cleaned.get("role")
        if (
            email
            and role
            and Membership.objects.filter(
                organisation=self.organisation, user__email__iexact=email, role=role
            ).exists()
        ):
            self.add_error("email", _("This person already has that role in your organisation."))
        return cleaned


class MemberRolesForm(forms.Form):
    roles = forms.MultipleChoiceField(
        label=_("Roles"), required=False, widget=forms.CheckboxSelectMultiple
    )

    def __init__(self, *args, organisation, member, acting_user, **kwargs):
        super().__init__(*args, **kwargs)
        self.organisation, self.member, self.acting_user = organisation, member, acting_user
        self.fields["roles"].choices = role_choices(organisation)

    def clean_roles(self):
        roles = set(self.cleaned_data["roles"])
        if self.member == self.acting_user and Role.ORG_ADMIN not in roles:
            raise forms.ValidationError(
                _("You cannot take away your own admin role. Ask another admin to do this.")
            )
        return roles


class SiteSearchForm(forms.Form):
    """The header's search: one question over everything the reader may see (samenspel.search).
    A longer question is cut, not refused (``clean_q``)."""

    q = forms.CharField(
        label=_("Search"),
        required=False,
        widget=forms.TextInput(
            attrs={"type": "search", "autocomplete": "off", "maxlength": MAX_QUERY}
        ),
    )

    def clean_q(self):
        return clean_query(self.cleaned_data["q"])


class ProfileForm(forms.ModelForm):
    """Your name as members see it (the account hub)."""

    personal_data = True

    class Meta:
        model = User
        fields = ["first_name", "last_name", "display_name"]

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["first_name"].widget.attrs["autocomplete"] = "given-name"
        self.fields["last_name"].widget.attrs["autocomplete"] = "family-name"
        self.fields["display_name"].widget.attrs["autocomplete"] = "nickname"
