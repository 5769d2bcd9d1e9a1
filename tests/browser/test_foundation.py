"""The site shell in a real browser: Dutch home page, keyboard login, language switch."""

import pytest

from samenspel.demo_data import DEMO_PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def seeded(transactional_db):
    from django.core.management import call_command

    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_keyboard_user_logs_in_and_switches_language(page, live_server, seeded):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    assert skip.evaluate("element => element === document.activeElement")

    page.get_by_role("link", name="Inloggen").click()
    page.get_by_label("E-mail").fill("professional.lt@samenspel.example")
    page.get_by_label("Wachtwoord").fill(DEMO_PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/")
    assert page.get_by_role("button", name="Uitloggen").is_visible()

    page.get_by_role("link", name="English").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("navigation", name="Main menu").is_visible()
