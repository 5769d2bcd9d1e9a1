"""Browser steps shared by the journey tests: logging in and out, pressing a form's button."""

from tests.factories import PASSWORD

STEP = "stap-samen-wegen-0001"


def log_in(page, base_url, email):
    page.goto(base_url + "/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert "/accounts/login/" not in page.url


def log_out(page):
    submit(page, "Uitloggen")


def submit(page, name):
    with page.expect_navigation():
        page.get_by_role("button", name=name).click()
