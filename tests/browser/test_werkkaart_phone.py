"""On a phone (390 px) a professional reads a building block's worksheets and fills one in on
the work card."""

import pytest

from tests.quality.axe import assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def toolkit_content(transactional_db):
    from samenspel import demo as site_demo
    from toolkit import demo

    site_demo.seed(log=lambda *args: None)
    demo.seed(log=lambda *args: None)


def overflow(page):
    """How many CSS pixels the page is wider than the window (0: no sideways scrolling)."""
    return page.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )


def test_worksheets_fill_in_on_a_phone(page, live_server, toolkit_content):
    page.set_viewport_size({"width": 390, "height": 844})
    page.goto(live_server.url + "/bouwstenen/weging/")
    assert overflow(page) == 0
    worksheet = page.locator(".worksheet").first
    worksheet.scroll_into_view_if_needed()
    label = worksheet.locator(".worksheet__label").first
    # The field's label uses the worksheet's width: no empty answer column beside it.
    assert label.bounding_box()["width"] > 0.8 * worksheet.bounding_box()["width"]

    page.goto(live_server.url + "/bouwstenen/weging/werkkaart/")
    assert overflow(page) == 0
    field = page.get_by_label("Keert het probleem steeds terug?")
    box = field.bounding_box()
    assert box["width"] > 300 and box["x"] >= 0 and box["x"] + box["width"] <= 390
    field.fill("Ja: drie meldingen in twee jaar.")
    assert field.input_value() == "Ja: drie meldingen in twee jaar."
    live = page.locator(".werkkaart__live a")
    assert live.get_attribute("href") == live_server.url + "/bouwstenen/weging/"
    assert page.get_by_role(
        "img", name="QR-code naar de actuele versie van deze bouwsteen"
    ).is_visible()
    assert_no_axe_violations(page, "work card at 390 px")

    # On a desktop the card keeps the same order and still fits (the end-state screenshot).
    page.set_viewport_size({"width": 1280, "height": 900})
    assert overflow(page) == 0
    assert field.input_value() == "Ja: drie meldingen in twee jaar."
