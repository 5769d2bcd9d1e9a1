"""Logging in the way a person does: password, then the TOTP code (allauth.mfa)."""

import time

from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import (
    TOTP,
    format_hotp_value,
    generate_totp_secret,
    hotp_value,
    yield_hotp_counters_from_time,
)
from allauth.mfa.utils import decrypt

from tests.site.factories import PASSWORD


def totp_code(secret):
    """The code an authenticator app shows now, computed with allauth's own TOTP functions.
    Close to the end of a 30-second window it waits for the next one, so the code is still
    valid when the server checks it (allauth accepts the current window only)."""
    if time.time() % 30 > 27:
        time.sleep(30 - time.time() % 30 + 0.1)
    return format_hotp_value(hotp_value(secret, next(yield_hotp_counters_from_time())))


def enrol(user, secret=None):
    """Give ``user`` a TOTP authenticator; returns its secret."""
    secret = secret or generate_totp_secret()
    TOTP.activate(user, secret)
    return secret


def secret_of(user):
    totp = Authenticator.objects.get(user=user, type=Authenticator.Type.TOTP)
    return decrypt(totp.data["secret"])


def log_in(client, user, password=PASSWORD):
    """Password at allauth's login, then the code when asked for one. Returns the last answer."""
    response = client.post("/accounts/login/", {"login": user.email, "password": password})
    if response.status_code == 302 and response.url.startswith("/accounts/2fa/authenticate/"):
        response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret_of(user))})
    return response


def is_logged_in(client):
    return "_auth_user_id" in client.session
