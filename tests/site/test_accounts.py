"""Log in by e-mail, verification, password reset and two-factor authentication (allauth)."""

import re

import pytest
from allauth.mfa.models import Authenticator
from allauth.mfa.totp.internal.auth import TOTP, generate_totp_secret
from django.core import mail

from tests.logins import totp_code
from tests.site.factories import PASSWORD


def test_login_with_email_and_password(client, professional):
    response = client.post("/accounts/login/", {"login": professional.email, "password": PASSWORD})
    assert response.status_code == 302
    assert client.get("/organisaties/").status_code == 200


def test_wrong_password_is_refused_in_dutch(client, professional):
    response = client.post("/accounts/login/", {"login": professional.email, "password": "fout"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "wachtwoord is niet correct" in html
    assert f'value="{professional.email}"' in html


def test_signup_requires_email_verification(client, db):
    response = client.post(
        "/accounts/signup/",
        {"email": "nieuw@example.org", "password1": PASSWORD, "password2": PASSWORD},
    )
    assert response.status_code == 302
    assert len(mail.outbox) == 1
    link = re.search(r"http://testserver(/accounts/confirm-email/\S+)", mail.outbox[0].body).group(
        1
    )
    # Not verified yet: logging in sends the user to the verification notice, not the site.
    client.logout()
    response = client.post("/accounts/login/", {"login": "nieuw@example.org", "password": PASSWORD})
    assert response.url.startswith("/accounts/confirm-email")
    client.post(link)
    response = client.post("/accounts/login/", {"login": "nieuw@example.org", "password": PASSWORD})
    assert response.status_code == 302 and response.url == "/"


def test_password_reset_by_email(client, professional):
    client.post("/accounts/password/reset/", {"email": professional.email})
    assert len(mail.outbox) == 1
    link = re.search(
        r"http://testserver(/accounts/password/reset/key/\S+)", mail.outbox[0].body
    ).group(1)
    form_url = client.get(link).url
    new_password = "een-nieuw-wachtwoord-42"
    response = client.post(form_url, {"password1": new_password, "password2": new_password})
    assert response.status_code == 302
    professional.refresh_from_db()
    assert professional.check_password(new_password)


def test_totp_is_asked_after_password_once_activated(client, professional):
    secret = generate_totp_secret()
    TOTP.activate(professional, secret)
    response = client.post("/accounts/login/", {"login": professional.email, "password": PASSWORD})
    assert response.url == "/accounts/2fa/authenticate/"
    assert client.get("/organisaties/").status_code == 302  # not logged in yet
    response = client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    assert response.status_code == 200
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert client.get("/organisaties/").status_code == 200


def test_everyone_can_activate_totp(client, professional):
    client.post("/accounts/login/", {"login": professional.email, "password": PASSWORD})
    # Activating a second factor asks for the password once more (allauth's reauthentication).
    assert client.get("/accounts/2fa/totp/activate/").url.startswith("/accounts/reauthenticate/")
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    secret = page.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302
    assert Authenticator.objects.filter(user=professional, type=Authenticator.Type.TOTP).exists()


@pytest.mark.parametrize("fixture", ["editor", "task_team"])
def test_mfa_enforced_for_method_owners_when_enabled(client, db, settings, request, fixture):
    settings.SAMENSPEL_ENFORCE_MFA = True
    user = request.getfixturevalue(fixture)
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 302 and response.url == "/accounts/2fa/totp/activate/"
    # An authenticator alone is not enough: this session has not passed the second step.
    secret = generate_totp_secret()
    TOTP.activate(user, secret)
    response = client.get("/admin/")
    assert response.url == "/accounts/2fa/reauthenticate/?next=%2Fadmin%2F"
    client.post(response.url, {"code": totp_code(secret)})
    assert client.get("/admin/").status_code == 200


def test_mfa_not_enforced_for_professionals(client, settings, professional):
    settings.SAMENSPEL_ENFORCE_MFA = True
    client.force_login(professional)
    assert client.get("/organisaties/").status_code == 200


def test_failed_logins_are_rate_limited(client, professional):
    for _ in range(5):
        client.post("/accounts/login/", {"login": professional.email, "password": "fout"})
    # Even the right password is refused until the limit expires.
    response = client.post("/accounts/login/", {"login": professional.email, "password": PASSWORD})
    assert response.status_code == 200
    assert "Te veel inlogpogingen" in response.content.decode()
