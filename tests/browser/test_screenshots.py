"""The main pages at 1280 and 390 px for each role, with a picture of each.

Every page is checked for what a reader relies on: it loads, it has one h1, nothing sticks out
sideways on a phone (no horizontal scrolling at 390 px), and on a phone the header stays small
(its menu folds behind the "Menu" button). The pictures go to ``$SCREENSHOTS_DIR`` (default
``test-artifacts/screenshots``); ``docs/screenshots/`` holds a committed set, made with
``SCREENSHOTS_DIR=docs/screenshots pytest tests/browser/test_screenshots.py``.
"""

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from django.core.management import call_command

from samenspel.demo_data import DEMO_PASSWORD

from .helpers import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

WIDTHS = {"desktop": (1280, 800), "mobile": (390, 844)}
MOBILE_HEADER_MAX = 100  # px of 844: the logo row and the menu button

ANONYMOUS = None
PROFESSIONAL = "professional.lt@samenspel.example"
FACILITATOR = "facilitator@samenspel.example"
EDITOR = "editor@samenspel.example"
TASK_TEAM = "taskteam@samenspel.example"
ORG_ADMIN = "orgadmin@samenspel.example"


def first_live(model_path):
    def path():
        from django.apps import apps  # the app registry is ready only once the test runs

        model = apps.get_model(model_path)
        page = model.objects.live().order_by("path").first()
        return page.url

    return path


def building_block_with_steps():
    from toolkit.models import BuildingBlockPage  # models load after Django's set-up

    for block in BuildingBlockPage.objects.live().order_by("path"):
        if block.steps:
            return block.url
    return None


@dataclass(frozen=True)
class Shot:
    name: str
    path: str | Callable[[], str | None]
    act: Callable | None = None


def submit_empty(page):
    """Submit the main form as it is, without the browser's own checks: the server's errors."""
    with page.expect_navigation():
        page.locator("main form").last.evaluate("form => form.submit()")


ROLES = {
    ANONYMOUS: [
        Shot("home", "/"),
        Shot("building-block", building_block_with_steps),
        Shot("handbook-chapter", first_live("toolkit.ChapterPage")),
        Shot("feedback-register", "/feedbackregister/"),
        Shot("login-with-errors", "/accounts/login/", act=submit_empty),
    ],
    PROFESSIONAL: [
        Shot("home", "/"),
        Shot("case-search", "/casusbank/zoeken/?q=school"),
        Shot("notifications", "/meldingen/"),
        Shot("share-a-case", "/casusbank/delen/"),
    ],
    FACILITATOR: [
        Shot("lot-list", "/leren/lot/"),
        Shot("new-lot-with-errors", "/leren/lot/nieuw/", act=submit_empty),
    ],
    EDITOR: [Shot("case-approval-queue", "/casusbank/beoordelen/")],
    TASK_TEAM: [Shot("feedback-dashboard", "/feedback/beheer/")],
    ORG_ADMIN: [Shot("my-organisations", "/organisaties/")],
}


def role_name(email):
    return email.split("@")[0].split(".")[0] if email else "anonymous"


@pytest.fixture
def demo(transactional_db):
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


def out_dir():
    folder = Path(os.environ.get("SCREENSHOTS_DIR", "test-artifacts/screenshots"))
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def check(page, width, label, failures):
    h1s = page.locator("main h1")
    if h1s.count() != 1:
        failures.append(f"{label}: {h1s.count()} h1 elements in main")
    scroll_width = page.evaluate("document.documentElement.scrollWidth")
    if scroll_width > width:
        failures.append(f"{label}: {scroll_width} px wide, wider than the {width} px screen")
    header = page.locator("header.site-header").bounding_box()["height"]
    if width < 600 and header > MOBILE_HEADER_MAX:
        failures.append(f"{label}: the header takes {header:.0f} px on a phone")


@pytest.mark.parametrize("device", WIDTHS)
def test_main_pages_for_every_role(browser, live_server, demo, device):
    width, height = WIDTHS[device]
    folder, failures = out_dir(), []
    for email, shots in ROLES.items():
        context = browser.new_context(locale="nl-NL", viewport={"width": width, "height": height})
        page = context.new_page()
        if email:
            log_in(page, live_server.url, email, DEMO_PASSWORD)
        for shot in shots:
            path = shot.path() if callable(shot.path) else shot.path
            label = f"{role_name(email)} {shot.name} at {width} px"
            response = page.goto(live_server.url + path)
            if response.status != 200:
                failures.append(f"{label}: HTTP {response.status} for {path}")
                continue
            if shot.act:
                shot.act(page)
            check(page, width, label, failures)
            page.screenshot(path=folder / f"{role_name(email)}-{shot.name}-{width}.png")
        context.close()
    assert not failures, "\n".join(failures)


def test_the_phone_menu_opens_closes_and_works_by_keyboard(browser, live_server, demo):
    context = browser.new_context(locale="nl-NL", viewport={"width": 390, "height": 844})
    page = context.new_page()
    log_in(page, live_server.url, ORG_ADMIN, DEMO_PASSWORD)
    page.goto(live_server.url + "/")
    menu_button = page.get_by_role("button", name="Menu")
    main_menu = page.get_by_role("navigation", name="Hoofdmenu")
    assert menu_button.get_attribute("aria-expanded") == "false"
    assert (
        not main_menu.is_visible()
        and not page.get_by_role("link", name="Mijn gegevens").is_visible()
    )

    menu_button.focus()
    page.keyboard.press("Enter")
    assert menu_button.get_attribute("aria-expanded") == "true"
    assert main_menu.get_by_role("link", name="Bouwstenen").is_visible()
    assert page.get_by_role("link", name="Mijn gegevens").is_visible()
    assert page.get_by_role("search").get_by_label("Zoeken op de site").is_visible()

    page.keyboard.press("Escape")
    assert menu_button.get_attribute("aria-expanded") == "false"
    assert not main_menu.is_visible()
    assert page.evaluate("document.activeElement.getAttribute('aria-controls')") == "site-menu"

    # On a wide screen there is no button: the menu is always there.
    page.set_viewport_size({"width": 1280, "height": 800})
    assert not menu_button.is_visible() and main_menu.is_visible()
    context.close()


def test_an_error_summary_takes_focus_and_leads_to_the_field(browser, live_server, demo):
    context = browser.new_context(locale="nl-NL", viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(live_server.url + "/accounts/login/")
    submit_empty(page)
    summary = page.locator("[data-error-summary]")
    assert page.evaluate("document.activeElement.hasAttribute('data-error-summary')")
    assert summary.get_by_role("heading").inner_text() == "Er ging iets mis"
    link = summary.get_by_role("link").first
    target = link.get_attribute("href")
    link.click()
    assert page.evaluate("document.activeElement.id") == target[1:]
    context.close()
