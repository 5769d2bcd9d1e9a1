"""A professional follows a building block with the keyboard only and switches on the weekly
e-mail; an editor changes the block and the task team publishes it; the professional's start
page and digest (the real task, the locmem e-mail backend) show the change. Then the account
hub, keyboard only."""

from datetime import timedelta
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from playwright.sync_api import expect

from learning.feedback.models import NotificationPreference, PageFollow
from samenspel.roles import Role
from tests.logins import enrol
from tests.quality.axe import axe_violations, describe_violations
from tests.site.factories import OrganisationFactory, member
from toolkit.demo import seed_workflow

from .helpers import log_in, log_out, submit_summary_for_review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
NEW_SUMMARY = "Samen wegen, met een voorbeeld uit Delft."
MAX_TABS = 120


def focused(page):
    return page.evaluate(
        """() => {
            const el = document.activeElement;
            return {text: (el.innerText || "").trim(), name: el.name || "", type: el.type || ""};
        }"""
    )


def tab_to(page, text=None, **attributes):
    """Press Tab until the focused element has this text (or these attributes: ``name``,
    ``type``); fail when it cannot be reached."""
    for _ in range(MAX_TABS):
        page.keyboard.press("Tab")
        element = focused(page)
        if text is not None and element["text"] == text:
            return
        if attributes and all(element[key] == value for key, value in attributes.items()):
            return
    raise AssertionError(f"{text or attributes} cannot be reached with the Tab key")


def press_enter(page):
    with page.expect_navigation():
        page.keyboard.press("Enter")


def assert_axe_clean(page, label):
    violations = axe_violations(page)
    assert not violations, describe_violations(violations, label)


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def test_follow_a_block_see_the_change_on_the_start_page_and_in_the_digest(
    page, live_server, step_page
):
    url = live_server.url
    block = step_page
    seed_workflow(block.get_parent())
    delft = OrganisationFactory(name="Delft", slug="delft")
    programme = OrganisationFactory(name="Opgaveteam", slug="opgaveteam", kind="programme")
    professional = member(delft, email="noor@example.org", first_name="Noor")
    enrol(member(programme, Role.EDITOR, email="emre@example.org", first_name="Emre"))
    enrol(member(programme, Role.TASK_TEAM, email="tess@example.org", first_name="Tess"))

    # The professional follows the building block, with the keyboard only.
    log_in(page, url, "noor@example.org")
    assert_axe_clean(page, "start page of a new member")
    page.goto(f"{url}{block.url}")
    tab_to(page, "Volgen")
    press_enter(page)
    expect(page.get_by_role("status").filter(has_text="Je volgt nu")).to_contain_text(
        "Je volgt nu “Weging”"
    )
    expect(page.get_by_role("button", name="Niet meer volgen")).to_be_visible()
    assert PageFollow.objects.filter(user=professional, page=block).exists()
    assert_axe_clean(page, "building block, followed")
    screenshot(page, "follow-building-block")

    # ... and switches on the weekly e-mail on the page of what they follow.
    tab_to(page, "Wat je volgt")
    press_enter(page)
    assert page.url.endswith("/volgen/")
    tab_to(page, type="checkbox")
    page.keyboard.press("Space")
    tab_to(page, "Opslaan")
    press_enter(page)
    assert NotificationPreference.objects.get(user=professional).weekly_digest
    expect(page.get_by_role("row", name="Weging")).to_be_visible()
    assert_axe_clean(page, "what you follow")
    screenshot(page, "follows")
    log_out(page)

    # The editor changes the block and submits it; the task team approves, which publishes it.
    log_in(page, url, "emre@example.org")
    submit_summary_for_review(page, url, block, NEW_SUMMARY)
    page.goto(url + "/")
    log_out(page)
    log_in(page, url, "tess@example.org")
    page.goto(f"{url}/admin/pages/{block.pk}/edit/")
    page.get_by_role("button", name="Meer acties").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    page.goto(url + "/")
    log_out(page)

    # An hour and more later the professional comes back: the start page names the change.
    get_user_model().objects.filter(pk=professional.pk).update(
        last_visit_at=timezone.now() - timedelta(hours=2)
    )
    log_in(page, url, "noor@example.org")
    panel = page.get_by_role("region", name="Veranderd sinds je vorige bezoek")
    expect(panel.get_by_role("link", name="Weging", exact=True)).to_be_visible()
    expect(panel.get_by_role("link", name="Wat is er veranderd in Weging")).to_be_visible()
    assert_axe_clean(page, "start page with a change")
    screenshot(page, "start-page-member")

    # The weekly digest, through the real command and task, tells the same.
    mail.outbox.clear()
    call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert [m.to for m in mail.outbox] == [["noor@example.org"]]
    assert "Weging" in mail.outbox[0].body and block.url in mail.outbox[0].body

    # The diff from the start page shows the new text.
    with page.expect_navigation():
        panel.get_by_role("link", name="Wat is er veranderd in Weging").click()
    expect(page.locator("ins").first).to_contain_text("voorbeeld uit Delft")


def test_the_account_hub_with_the_keyboard_only(page, live_server, home):
    url = live_server.url
    member(OrganisationFactory(name="Delft", slug="delft"), email="noor@example.org")
    log_in(page, url, "noor@example.org")
    tab_to(page, "Account")
    press_enter(page)
    assert page.url.endswith("/account/")
    expect(page.get_by_role("heading", level=1)).to_have_text("Je account")
    assert_axe_clean(page, "account hub")
    screenshot(page, "account-hub")
    for link, address in [
        ("Tweestapsverificatie", "/accounts/2fa/"),
        ("Wat je volgt", "/volgen/"),
        ("Mijn gegevens", "/mijn-gegevens/"),
        ("Je naam wijzigen", "/account/profiel/"),
    ]:
        page.goto(url + "/account/")
        page.keyboard.press("Tab")  # the skip link, the page's first stop
        page.keyboard.press("Enter")  # straight to the content, past the header
        tab_to(page, link)
        press_enter(page)
        assert page.url.endswith(address), (link, page.url)

    # Changing your name, keyboard only, back to the hub.
    tab_to(page, name="display_name")
    page.keyboard.type("Noor V.")
    tab_to(page, "Opslaan")
    press_enter(page)
    assert page.url.endswith("/account/")
    expect(page.get_by_role("main")).to_contain_text("Noor V.")
