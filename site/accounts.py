"""allauth is the one way in: the account adapter, who must use two-step verification, and the
session rules for those roles (see docs/accounts-and-roles.md)."""

import time

from allauth.account import forms as account_forms
from allauth.account.adapter import DefaultAccountAdapter, get_adapter
from allauth.account.authentication import get_authentication_records
from allauth.account.internal.flows.login import record_authentication
from allauth.mfa.adapter import DefaultMFAAdapter
from allauth.mfa.models import Authenticator
from allauth.mfa.totp import views as totp_views
from django.conf import settings
from django.contrib.auth import get_user_model

from .clientip import client_ip
from .permissions import has_role

LOGIN_AT = "samenspel_login_at"
SEEN_AT = "samenspel_seen_at"


def user_display(user):
    """How allauth names a user in its pages and mails: never the internal username."""
    return str(user)


class AccountAdapter(DefaultAccountAdapter):
    """Membership comes from invitations; anyone may register, but roles are granted."""

    def get_login_redirect_url(self, request):
        pending = request.session.pop("samenspel_invitation_next", None)
        return pending or super().get_login_redirect_url(request)

    def get_client_ip(self, request):
        """allauth's rate limits count per client the way every other limit does
        (``samenspel.clientip``, behind ``TRUSTED_PROXY_COUNT`` proxies)."""
        return client_ip(request)

    def populate_username(self, request, user):
        """The username is an internal, unique handle nobody logs in with: the e-mail address
        when it is free and fits, else allauth's unique name derived from it. (Without this,
        every sign-up stored an empty username, and the second one failed on uniqueness.)"""
        if not user.username:
            email = (user.email or "").lower()
            User = get_user_model()
            max_length = User._meta.get_field("username").max_length
            taken = User.objects.filter(username__iexact=email).exists()
            if email and len(email) <= max_length and not taken:
                user.username = email
        super().populate_username(request, user)


def check_own_password(user, password):
    """True when ``password`` is ``user``'s. Through allauth's reauthentication, so every
    attempt counts toward the same lockout as the login page (5 wrong per 5 minutes), and a
    locked-out account is refused here too (ValidationError "too many attempts")."""
    return get_adapter().reauthenticate(user, password or "")


class ChangePasswordForm(account_forms.ChangePasswordForm):
    """allauth's form, with the current password checked under the login lockout."""

    def clean_oldpassword(self):
        if not check_own_password(self.user, self.cleaned_data.get("oldpassword")):
            raise get_adapter().validation_error("enter_current_password")
        return self.cleaned_data["oldpassword"]


def requires_mfa(user):
    """Editors, the task team (who also review cases), organisation admins, staff and
    superusers must use two-step verification."""
    if not user.is_authenticated:
        return False
    return user.is_superuser or user.is_staff or has_role(user, *settings.SAMENSPEL_MFA_ROLES)


def has_totp(user):
    return Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()


def session_used_mfa(request):
    """True when this session's login for this user passed a second factor (allauth records
    every authentication step in the session; an authenticator merely existing is not enough)."""
    records = get_authentication_records(request, request.user)
    return any(record.get("method") == "mfa" for record in records)


def note_login(request):
    now = time.time()
    request.session[LOGIN_AT] = now
    request.session[SEEN_AT] = now


class MFAAdapter(DefaultMFAAdapter):
    """Those who must use two-step verification cannot switch it off (when it is enforced)."""

    def can_delete_authenticator(self, authenticator):
        if authenticator.type != Authenticator.Type.TOTP or not settings.SAMENSPEL_ENFORCE_MFA:
            return True
        return not requires_mfa(authenticator.user)


class ActivateTOTPView(totp_views.ActivateTOTPView):
    """allauth's TOTP set-up; a correct code at set-up counts as this session's second step, so
    a person enrolling at first login goes on to the recovery codes and their work."""

    def form_valid(self, form):
        response = super().form_valid(form)
        authenticator = Authenticator.objects.get(
            user=self.request.user, type=Authenticator.Type.TOTP
        )
        record_authentication(
            self.request,
            self.request.user,
            "mfa",
            id=authenticator.pk,
            type=authenticator.type,
            enrolled=True,
        )
        return response


activate_totp = ActivateTOTPView.as_view()
