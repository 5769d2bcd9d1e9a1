"""The header search with the keyboard only: suggestions in an ARIA combobox, the results page
grouped by kind, axe clean with the suggestions open and on the results."""

import pytest

from tests.quality.axe import axe_violations, describe_violations
from tests.site.factories import site_tree
from tests.toolkit.factories import BuildingBlockPageFactory, GlossaryTermFactory, publish
from toolkit.models import BuildingBlockIndexPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

MAX_TABS = 40


@pytest.fixture
def method(transactional_db):
    site_tree()
    index = BuildingBlockIndexPage.objects.get()
    GlossaryTermFactory(term="Gezinspatroon", definition="Wat in een gezin steeds terugkomt.")
    return publish(
        BuildingBlockPageFactory(
            parent=index, title="Gezinspatronen", summary="Patronen in het gezin herkennen."
        )
    )


def tab_to(page, selector):
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        if page.evaluate(f"() => document.activeElement.matches({selector!r})"):
            return
    raise AssertionError(f"{selector} not reached with Tab")


def test_keyboard_user_finds_a_building_block_through_the_suggestions(page, live_server, method):
    page.goto(live_server.url + "/")
    tab_to(page, "#site-search-q")
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") == "combobox"
    assert box.get_attribute("aria-expanded") == "false"

    page.keyboard.type("gezinspatronen")
    listbox = page.get_by_role("listbox", name="Suggesties")
    listbox.wait_for(state="visible")
    assert box.get_attribute("aria-expanded") == "true"
    assert box.get_attribute("aria-controls") == "site-search-listbox"
    groups = listbox.get_by_role("group")
    assert groups.count() == 2  # building blocks and the glossary
    assert "Bouwstenen (1)" in groups.first.inner_text()
    page.get_by_role("status").filter(has_text="suggestie").wait_for()

    violations = axe_violations(page)
    assert not violations, describe_violations(violations, "suggestions open")

    page.keyboard.press("ArrowDown")
    active = box.get_attribute("aria-activedescendant")
    option = page.locator(f"#{active}")
    assert option.get_attribute("role") == "option"
    assert option.get_attribute("aria-selected") == "true"
    assert option.inner_text() == "Gezinspatronen"
    assert page.evaluate("() => document.activeElement.id") == "site-search-q"  # focus stays

    page.keyboard.press("Escape")
    assert box.get_attribute("aria-expanded") == "false"
    assert box.get_attribute("aria-activedescendant") is None
    page.keyboard.press("ArrowDown")  # opens again
    page.keyboard.press("ArrowDown")
    with page.expect_navigation():
        page.keyboard.press("Enter")
    assert page.url == live_server.url + method.url


def test_keyboard_user_submits_the_question_and_reads_grouped_results(page, live_server, method):
    page.goto(live_server.url + "/")
    tab_to(page, "#site-search-q")
    page.keyboard.type("gezinspatroon")
    page.get_by_role("listbox", name="Suggesties").wait_for(state="visible")
    with page.expect_navigation():
        page.keyboard.press("Enter")  # no suggestion chosen: the form is sent
    assert "/zoeken/alles/?q=gezinspatroon" in page.url
    assert page.get_by_role("heading", name="Bouwstenen 1").is_visible()
    assert page.get_by_role("link", name="Gezinspatronen").first.is_visible()
    more = page.get_by_role("link", name="Alle resultaten in Bouwstenen")
    assert "kind=building_block" in more.get_attribute("href")
    violations = axe_violations(page)
    assert not violations, describe_violations(violations, "results")

    page.set_viewport_size({"width": 390, "height": 844})
    page.screenshot(path="test-artifacts/site-search-390.png", full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})
    page.screenshot(path="test-artifacts/site-search-1280.png", full_page=True)


def test_without_javascript_the_search_is_a_plain_form(browser, live_server, method):
    context = browser.new_context(java_script_enabled=False)
    page = context.new_page()
    page.goto(live_server.url + "/")
    box = page.locator("#site-search-q")
    assert box.get_attribute("role") is None  # no half-made combobox
    box.fill("gezinspatronen")
    with page.expect_navigation():
        box.press("Enter")
    assert page.get_by_role("link", name="Gezinspatronen").first.is_visible()
    context.close()
