"""Browser steps shared by the journey tests: logging in and out, pressing a form's button."""

from tests.site.factories import PASSWORD

STEP = "stap-samen-wegen-0001"


def log_in(page, base_url, email, password=PASSWORD):
    """allauth's login; when the site asks for the two-step code, the code of the user's TOTP
    authenticator (computed as the person's authenticator app would)."""
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(password)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    if "/accounts/2fa/authenticate/" in page.url:
        enter_code(page, current_code(email))
    assert "/accounts/login/" not in page.url


def current_code(email):
    from django.contrib.auth import get_user_model

    from tests.logins import secret_of, totp_code

    return totp_code(secret_of(get_user_model().objects.get(email=email)))


def enter_code(page, code):
    page.locator("main input[name='code']").fill(code)
    with page.expect_navigation():
        page.locator("main input[name='code']").press("Enter")


def log_out(page):
    submit(page, "Uitloggen")


def submit(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()


def submit_summary_for_review(page, base_url, block, summary):
    """As a logged-in editor: change a building block's summary in the admin and send it to the
    method's review step (editors cannot publish themselves)."""
    page.goto(f"{base_url}/admin/pages/{block.pk}/edit/")
    page.get_by_role("textbox", name="Samenvatting").fill(summary)
    page.get_by_role("button", name="Meer acties").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Stuur door naar Redactie werkwijze").click()
