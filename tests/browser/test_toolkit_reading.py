"""A professional opens a building block, searches as they type, and prints the work card."""

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


@pytest.fixture
def toolkit_content(transactional_db):
    from samenspel import demo as site_demo
    from toolkit import demo

    site_demo.seed(log=lambda *args: None)
    demo.seed(log=lambda *args: None)


def test_open_building_block_search_and_print(page, live_server, toolkit_content):
    page.goto(live_server.url + "/bouwstenen/")
    page.get_by_role("link", name="Gezinspatronen").first.click()
    assert page.get_by_role("heading", level=1).inner_text() == "Gezinspatronen"
    assert page.get_by_role("heading", name="Stappen").is_visible()
    step_id = page.locator("li.step").first.get_attribute("id")
    assert step_id.startswith("blok-")

    # Search as you type: results appear without submitting the form.
    page.goto(live_server.url + "/zoeken/")
    page.get_by_label("Zoeken in de werkwijze").press_sequentially("gezinspatronen", delay=20)
    page.locator("#search-results mark").first.wait_for()
    assert "gezinspatronen" in page.url  # the address follows the search
    page.locator("#search-results").get_by_role("link", name="Gezinspatronen").click()
    page.wait_for_url("**/bouwstenen/gezinspatronen/")

    # The work card: the print button calls window.print(); print media hides navigation.
    page.get_by_role("link", name="Werkkaart afdrukken").click()
    page.evaluate("window.__printed = false; window.print = () => { window.__printed = true; }")
    page.get_by_role("button", name="Afdrukken").click()
    assert page.evaluate("window.__printed")
    page.emulate_media(media="print")
    assert not page.locator(".site-header").is_visible()
    assert page.locator(".werkkaart__meta").inner_text().startswith("Versie 1.0")
    pdf = page.pdf()
    assert pdf.startswith(b"%PDF")
