"""The Wagtail admin's account settings point to allauth for the password and two-step
verification (the admin has no password management of its own)."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks


@hooks.register("register_account_menu_item")
def change_password_at_allauth(request):
    return {
        "url": reverse("account_change_password"),
        "label": _("Change password"),
        "help_text": _("Your password is changed on the site's own account pages."),
    }


@hooks.register("register_account_menu_item")
def two_step_verification_at_allauth(request):
    return {
        "url": reverse("mfa_index"),
        "label": _("Two-step verification"),
        "help_text": _("Your authenticator app and recovery codes."),
    }
