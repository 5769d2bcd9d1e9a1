"""One way in (issue 13): allauth is the only login, two-step verification is required for the
privileged roles (enrolment at first login, the second step checked per session), their
sessions end after 30 idle minutes, and sign-up works for everyone."""

import re
import time

import pytest
from allauth.mfa.models import Authenticator
from django.contrib.auth import get_user_model
from django.core import mail

from samenspel.accounts import LOGIN_AT, SEEN_AT
from samenspel.models import Invitation
from samenspel.roles import Role
from tests.logins import enrol, is_logged_in, log_in, totp_code
from tests.site.factories import PASSWORD, UserFactory

User = get_user_model()
PRIVILEGED = ["editor", "task_team", "org_admin", "superuser"]


@pytest.fixture
def mfa_enforced(settings):
    settings.SAMENSPEL_ENFORCE_MFA = True


@pytest.fixture
def superuser(db):
    return UserFactory(email="super@example.org", is_superuser=True, is_staff=True)


# --- allauth is the only login ------------------------------------------------------------------


def test_admin_login_sends_to_allauth_keeping_next(client, db):
    response = client.get("/admin/login/?next=/admin/pages/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=%2Fadmin%2Fpages%2F"
    # An address elsewhere is not passed on.
    assert client.get("/admin/login/?next=https://evil.example/").url == "/accounts/login/"


def test_admin_login_does_not_accept_a_password(client, editor):
    response = client.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not is_logged_in(client)
    assert client.get("/admin/").url == "/accounts/login/?next=/admin/"


def test_admin_password_reset_sends_to_allauth(client, editor):
    for path in ["/admin/password_reset/", "/admin/password_reset/done/"]:
        response = client.post(path, {"email": editor.email})
        assert response.status_code == 302 and response.url == "/accounts/password/reset/"
    assert mail.outbox == []


def test_wagtail_account_settings_have_no_password_fields(client, editor):
    client.force_login(editor)
    page = client.get("/admin/account/")
    assert page.status_code == 200
    html = page.content.decode()
    assert 'type="password"' not in html
    # Instead it points to allauth's pages for the password and the second step.
    assert 'href="/accounts/password/change/"' in html and 'href="/accounts/2fa/"' in html
    assert "Wachtwoord wijzigen" in html


# --- two-step verification ------------------------------------------------------------------------


@pytest.mark.parametrize("role", PRIVILEGED)
def test_privileged_user_is_guided_through_enrolment_at_first_login(
    client, mfa_enforced, request, role
):
    user = request.getfixturevalue(role)
    response = log_in(client, user)
    assert response.status_code == 302 and is_logged_in(client)
    # Anything but the set-up leads to the set-up.
    for path in ["/", "/admin/", "/organisaties/", "/feedback/beheer/", "/mijn-gegevens/"]:
        response = client.get(path)
        assert response.status_code == 302, path
        assert response.url == "/accounts/2fa/totp/activate/", path
    # allauth asks for the password once more before a second factor is added.
    response = client.get("/accounts/2fa/totp/activate/")
    assert response.url.startswith("/accounts/reauthenticate/")
    response = client.post(response.url, {"password": PASSWORD})
    assert response.url == "/accounts/2fa/totp/activate/"
    page = client.get("/accounts/2fa/totp/activate/")
    assert page.status_code == 200
    assert "Stel eerst tweestapsverificatie in" in page.content.decode()
    secret = page.context["form"].secret
    response = client.post("/accounts/2fa/totp/activate/", {"code": "000000"})
    assert response.status_code == 200
    response = client.post("/accounts/2fa/totp/activate/", {"code": totp_code(secret)})
    assert response.status_code == 302 and response.url == "/accounts/2fa/recovery-codes/"
    codes = client.get(response.url)
    assert codes.status_code == 200
    assert len(re.findall(r"\b\d{8}\b", codes.content.decode())) >= 10
    assert Authenticator.objects.filter(user=user, type=Authenticator.Type.TOTP).exists()
    # Set up with a correct code: this session passed the second step.
    assert client.get("/organisaties/").status_code == 200


def test_enrolment_leaves_logout_open(client, mfa_enforced, editor):
    log_in(client, editor)
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and not is_logged_in(client)


@pytest.mark.parametrize(
    "path", ["/admin/", "/feedback/beheer/", "/casusbank/beoordelen/", "/organisaties/"]
)
def test_a_session_that_skipped_the_code_must_enter_it(client, mfa_enforced, editor, path):
    """Finding 1: an editor with TOTP whose session passed only a password got in."""
    secret = enrol(editor)
    client.force_login(editor)  # a password-only session, e.g. from before enrolment
    response = client.get(path)
    assert response.status_code == 302
    assert response.url.startswith("/accounts/2fa/reauthenticate/?next=")
    response = client.post(response.url, {"code": "000000"})
    assert response.status_code == 200
    assert client.get(path).status_code == 302
    response = client.post(
        "/accounts/2fa/reauthenticate/?next=" + path, {"code": totp_code(secret)}
    )
    assert response.status_code == 302 and response.url == path
    assert client.get(path).status_code == 200


def test_privileged_login_asks_the_code_before_anything(client, mfa_enforced, editor):
    secret = enrol(editor)
    response = client.post("/accounts/login/", {"login": editor.email, "password": PASSWORD})
    assert response.url == "/accounts/2fa/authenticate/"
    assert not is_logged_in(client)
    assert client.get("/admin/").status_code == 302
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 302 and is_logged_in(client)
    assert client.get("/admin/").status_code == 200
    assert client.get("/feedback/beheer/").status_code == 200


def test_wrong_codes_lock_the_second_step(client, mfa_enforced, editor):
    secret = enrol(editor)
    client.post("/accounts/login/", {"login": editor.email, "password": PASSWORD})
    for _ in range(5):
        client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert response.status_code == 200
    assert "Te veel" in response.content.decode()
    assert not is_logged_in(client)


def test_privileged_users_cannot_switch_two_step_verification_off(client, mfa_enforced, editor):
    secret = enrol(editor)
    client.force_login(editor)
    client.post("/accounts/2fa/reauthenticate/", {"code": totp_code(secret)})
    response = client.post("/accounts/2fa/totp/deactivate/")
    assert response.status_code == 200
    assert Authenticator.objects.filter(user=editor, type=Authenticator.Type.TOTP).exists()


def test_professionals_need_no_second_step(client, mfa_enforced, professional):
    log_in(client, professional)
    assert client.get("/organisaties/").status_code == 200


# --- sessions -------------------------------------------------------------------------------------


def age(client, **seconds_ago):
    session = client.session
    for key, ago in seconds_ago.items():
        session[key] = time.time() - ago
    session.save()


@pytest.mark.parametrize("role", PRIVILEGED)
def test_privileged_sessions_end_after_30_idle_minutes(client, request, role):
    user = request.getfixturevalue(role)
    client.force_login(user)
    assert client.get("/organisaties/").status_code == 200
    assert client.session.get_expiry_age() == 30 * 60  # the server forgets it too
    age(client, **{SEEN_AT: 29 * 60})
    assert client.get("/organisaties/").status_code == 200
    age(client, **{SEEN_AT: 31 * 60})
    response = client.get("/organisaties/")
    assert response.status_code == 302
    assert response.url == "/accounts/login/?next=/organisaties/"
    assert not is_logged_in(client)


def test_other_sessions_survive_idle_time_but_not_twelve_hours(client, professional):
    client.force_login(professional)
    age(client, **{SEEN_AT: 3 * 60 * 60})
    assert client.get("/organisaties/").status_code == 200
    age(client, **{LOGIN_AT: 12 * 60 * 60 + 60})
    assert client.get("/organisaties/").url == "/accounts/login/?next=/organisaties/"
    assert not is_logged_in(client)


# --- sign-up (finding 3) --------------------------------------------------------------------------


def sign_up(client, email):
    return client.post(
        "/accounts/signup/", {"email": email, "password1": PASSWORD, "password2": PASSWORD}
    )


def test_two_sign_ups_in_a_row(client, db):
    """Finding 3: the second sign-up failed with a 500 (username '' stored twice)."""
    assert sign_up(client, "eerste@example.org").status_code == 302
    assert sign_up(client, "tweede@example.org").status_code == 302
    assert sign_up(client, "Derde@Example.org").status_code == 302


def test_sign_up_when_the_address_is_someone_elses_old_username(client, db):
    UserFactory(email="nu@example.org", username="vroeger@example.org")
    assert sign_up(client, "vroeger@example.org").status_code == 302


def test_invitation_accepted_after_a_stranger_signed_up(client, delft, org_admin):
    assert sign_up(client, "vreemde@example.org").status_code == 302
    invitation = Invitation.objects.create(
        organisation=delft,
        email="nieuw.lid@example.org",
        role=Role.PROFESSIONAL,
        invited_by=org_admin,
    )
    client.logout()
    client.get(f"/uitnodiging/{invitation.token}/")
    mail.outbox.clear()
    assert sign_up(client, "nieuw.lid@example.org").status_code == 302
    link = re.search(r"http://testserver(/accounts/confirm-email/\S+)", mail.outbox[0].body)
    client.post(link.group(1))
    log_in(client, User.objects.get(email="nieuw.lid@example.org"))
    response = client.post(f"/uitnodiging/{invitation.token}/")
    assert response.status_code == 302
    assert delft.memberships.filter(user__email="nieuw.lid@example.org").exists()
