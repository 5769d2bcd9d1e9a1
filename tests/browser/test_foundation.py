"""The site shell in a real browser: Dutch home page, keyboard login, language switch."""

import pytest

from tests.site.factories import PASSWORD, OrganisationFactory, member, site_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def shell(transactional_db):
    """The page tree and one professional of a municipality (factories)."""
    site_tree()
    member(OrganisationFactory(), email="professional.lt@samenspel.example")


def test_keyboard_user_logs_in_and_the_site_stays_dutch(page, live_server, shell):
    page.goto(live_server.url + "/")
    assert page.locator("html").get_attribute("lang") == "nl"
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Naar de inhoud")
    assert skip.evaluate("element => element === document.activeElement")

    page.get_by_role("link", name="Inloggen").click()
    page.get_by_label("E-mail").fill("professional.lt@samenspel.example")
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/")
    assert page.get_by_role("button", name="Uitloggen").is_visible()
    assert page.locator("html").get_attribute("lang") == "nl"
