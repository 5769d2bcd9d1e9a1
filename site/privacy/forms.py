from django import forms
from django.utils.translation import gettext_lazy as _

from samenspel.accounts import check_own_password


class DeleteAccountForm(forms.Form):
    password = forms.CharField(
        label=_("Your password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    understood = forms.BooleanField(
        label=_("I understand that my account is deleted for good and cannot be restored."),
    )

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.user = user

    def clean_password(self):
        password = self.cleaned_data["password"]
        # Under the login lockout: this field must not be a way to guess passwords.
        if not check_own_password(self.user, password):
            raise forms.ValidationError(_("This password is not correct."))
        return password
