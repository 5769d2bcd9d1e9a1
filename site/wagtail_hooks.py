"""The Wagtail admin's account settings point to allauth for the password and two-step
verification (the admin has no password management of its own); the shell's own shortcuts on
the start page."""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail import hooks

from .home import Link
from .permissions import can, has_role
from .roles import Role


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


@hooks.register("home_shortcuts", order=900)
def account_shortcuts(request):
    """The shell's own start-page shortcuts (samenspel.home): editing for the method's owners,
    members for organisation admins, and the account hub for everyone."""
    user = request.user
    shortcuts = []
    if can(user, "samenspel.use_admin"):
        shortcuts.append(Link(_("Editing"), reverse("wagtailadmin_home")))
    if has_role(user, Role.ORG_ADMIN):
        shortcuts.append(
            Link(_("Manage members of your organisation"), reverse("samenspel:my_organisations"))
        )
    shortcuts.append(Link(_("Your account"), reverse("samenspel:account")))
    return shortcuts
