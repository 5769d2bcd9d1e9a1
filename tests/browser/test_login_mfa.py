"""Two-step verification as an editor meets it (issue 13): the first login leads through the
TOTP set-up to the recovery codes; the next login asks for the code."""

import re

import pytest

from tests.logins import totp_code
from tests.site.factories import PASSWORD

from .helpers import enter_code, log_in, log_out

pytestmark = pytest.mark.browser


def test_an_editor_sets_up_two_step_verification_at_first_login(
    page, live_server, transactional_db, settings, editor
):
    settings.SAMENSPEL_ENFORCE_MFA = True
    page.goto(live_server.url + "/admin/")
    assert "/accounts/login/" in page.url  # Wagtail's admin has no login of its own
    page.get_by_label("E-mail").fill(editor.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    # Guided to the set-up; allauth first asks for the password once more.
    assert "/accounts/reauthenticate/" in page.url
    assert "Stel eerst tweestapsverificatie in" in page.content()
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/accounts/2fa/totp/activate/" in page.url
    secret = page.locator("#authenticator_secret").input_value()
    enter_code(page, totp_code(secret))
    assert "/accounts/2fa/recovery-codes/" in page.url
    assert len(re.findall(r"\b\d{8}\b", page.content())) >= 10
    page.goto(live_server.url + "/admin/")
    assert page.url.endswith("/admin/")
    page.goto(live_server.url + "/organisaties/")
    log_out(page)
    # The next login asks for the code before the admin opens.
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(editor.email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/accounts/2fa/authenticate/" in page.url
    page.goto(live_server.url + "/admin/")
    assert "/accounts/" in page.url  # not in the admin without the code


def test_the_shared_log_in_helper_enters_the_code(page, live_server, transactional_db, settings):
    from samenspel.roles import Role
    from tests.logins import enrol
    from tests.site.factories import OrganisationFactory, member

    settings.SAMENSPEL_ENFORCE_MFA = True
    programme = OrganisationFactory(slug="opgaveteam", kind="programme")
    editor = member(programme, Role.EDITOR, email="emre.mfa@example.org")
    enrol(editor)
    log_in(page, live_server.url, editor.email)
    page.goto(live_server.url + "/feedback/beheer/")
    assert page.url.endswith("/feedback/beheer/")
