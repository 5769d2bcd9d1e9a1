"""The whole loop in a real browser: a professional comments on a step, an editor turns it into
a feedback item and decides it, and the professional sees the decision in their notifications."""

import pytest

from samenspel.roles import Role
from tests.site.factories import OrganisationFactory, member

from .helpers import STEP, log_in, log_out, submit

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


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
    step.get_by_label("Je reactie").fill("Zonder toestemming van ouders mag ik de GI niet bellen.")
    with page.expect_navigation():
        step.get_by_role("button", name="Reactie plaatsen").click()
    assert page.get_by_text("Je reactie is geplaatst").is_visible()
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
