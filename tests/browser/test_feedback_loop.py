"""The whole loop in a real browser: a professional comments on a step, an editor turns it into
a feedback item and decides it, and the professional sees the decision in their notifications."""

import json

import pytest
from wagtail.models import Page, Site

from samenspel.models import HomePage
from samenspel.roles import Role
from tests.factories import PASSWORD, OrganisationFactory, member
from toolkit.models import BuildingBlockIndexPage, BuildingBlockPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STEP = "stap-samen-wegen-0001"


@pytest.fixture
def step_page(transactional_db):
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Samenspel", slug="start"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    steps = [
        {
            "type": "step",
            "value": {"title": "Samen wegen", "what": "Weeg samen met de GI of meer nodig is."},
            "id": STEP,
        }
    ]
    index = home.add_child(instance=BuildingBlockIndexPage(title="Bouwstenen", slug="bouwstenen"))
    page = index.add_child(
        instance=BuildingBlockPage(
            title="Weging", slug="weging", summary="Samen wegen.", steps=json.dumps(steps)
        )
    )
    page.save_revision().publish()
    return page


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


def test_comment_to_decision_to_notification(page, live_server, step_page):
    delft = OrganisationFactory(name="Delft", slug="delft")
    programme = OrganisationFactory(name="Opgaveteam", slug="opgaveteam", kind="programme")
    member(delft, Role.PROFESSIONAL, email="lotte@example.org", first_name="Lotte")
    member(programme, Role.EDITOR, email="emre@example.org", first_name="Emre")

    # The professional comments on the step.
    log_in(page, live_server.url, "lotte@example.org")
    page.goto(f"{live_server.url}/bouwstenen/weging/")
    step = page.locator(f"#blok-{STEP}")
    step.get_by_text("Reageer op dit onderdeel").click()
    step.get_by_label("Wat voor reactie is dit?").select_option(
        label="Knelpunt (een regel die de praktijk blokkeert)"
    )
    step.get_by_label("Uw reactie").fill("Zonder toestemming van ouders mag ik de GI niet bellen.")
    with page.expect_navigation():
        step.get_by_role("button", name="Reactie plaatsen").click()
    assert page.get_by_text("Uw reactie is geplaatst").is_visible()
    log_out(page)

    # The editor bundles it into a feedback item and decides it.
    log_in(page, live_server.url, "emre@example.org")
    page.goto(live_server.url + "/feedback/beheer/reacties/")
    page.locator("input[name=comments]").first.check()
    submit(page, "Feedbackitem maken van selectie")
    page.get_by_label("Titel").fill("Toestemming ouders bij consultatie GI")
    page.get_by_label("Samenvatting").fill(
        "Professionals weten niet wanneer ze de GI mogen raadplegen."
    )
    submit(page, "Opslaan")
    assert page.locator(".item-status").inner_text() == "Ontvangen"
    page.get_by_label("Nieuwe status").select_option(label="Besluit")
    page.get_by_label("Besluit", exact=True).select_option(label="Overgenomen")
    page.get_by_label("Reden").fill("De stap krijgt een uitleg over anoniem advies (product 1).")
    submit(page, "Status wijzigen")
    assert page.locator(".item-status").inner_text() == "Besluit"
    log_out(page)

    # The professional sees what became of the remark.
    log_in(page, live_server.url, "lotte@example.org")
    page.goto(live_server.url + "/meldingen/")
    notification = page.locator(".notification").first
    assert "Toestemming ouders bij consultatie GI" in notification.inner_text()
    assert "Overgenomen" in notification.inner_text()
    assert "anoniem advies" in notification.inner_text()
