"""An editor publishes a method release in a real browser: the building-block change goes
through the task team's review, the editor groups it in a release with a change note and marks
the adopted feedback item as processed in it; a reader then finds the release in the change log,
in the block's history and in the public feedback register."""

import datetime
import re

import pytest
from playwright.sync_api import expect

from learning.feedback.choices import Decision, SourceKind, Status
from learning.feedback.services import change_status, create_feedback_item
from samenspel.roles import Role
from tests.site.factories import OrganisationFactory, member
from toolkit.demo import seed_workflow
from toolkit.models import ChangeNote, MethodRelease

from .helpers import log_in, log_out, submit, submit_summary_for_review

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_SUMMARY = "Samen wegen, en bij twijfel anoniem advies vragen aan de GI."
NOTE = "Uitleg toegevoegd over anoniem advies bij de GI (product 1)."


@pytest.fixture
def block(step_page):
    """A live building block that was part of release 1.0, under the editorial workflow."""
    page = step_page
    page.refresh_from_db()  # the note pins the live revision
    first = MethodRelease.objects.create(
        version="1.0", title="Eerste versie", date=datetime.date(2026, 1, 15), published=True
    )
    ChangeNote.objects.create(
        release=first, page=page, kind=ChangeNote.Kind.NEW, note="Bouwsteen opgenomen."
    )
    seed_workflow(page.get_parent())
    return page


def test_editor_publishes_a_release_that_resolves_feedback(page, live_server, block):
    programme = OrganisationFactory(name="Opgaveteam", slug="opgaveteam", kind="programme")
    editor = member(programme, Role.EDITOR, email="emre@example.org", first_name="Emre")
    member(programme, Role.TASK_TEAM, email="tess@example.org", first_name="Tess")
    item = create_feedback_item(
        title="Anoniem advies vragen aan de GI",
        summary="Professionals weten niet dat ze de GI anoniem mogen raadplegen.",
        created_by=editor,
        source_kind=SourceKind.COMMENT,
        building_blocks=[block],
    )
    change_status(
        item,
        to_status=Status.DECIDED,
        by=editor,
        decision=Decision.ADOPTED,
        reason="De bouwsteen krijgt een uitleg over anoniem advies.",
    )
    item.is_public = True
    item.save(update_fields=["is_public"])
    url = live_server.url

    # The editor changes the building block and submits it for review; editors cannot publish.
    log_in(page, url, "emre@example.org")
    submit_summary_for_review(page, url, block, NEW_SUMMARY)
    expect(page.get_by_text("Live + ter goedkeuring")).to_be_visible()
    leave_admin(page, url)

    # A task-team member approves the change, which publishes it.
    log_in(page, url, "tess@example.org")
    page.goto(f"{url}/admin/pages/{block.pk}/edit/")
    page.get_by_role("button", name="Meer acties").click()
    with page.expect_navigation():
        page.get_by_role("button", name="Goedkeuren en publiceren", exact=True).click()
    leave_admin(page, url)

    # The editor groups the change in release 1.1 with a change note and publishes it.
    log_in(page, url, "emre@example.org")
    page.goto(f"{url}/admin/")
    follow(page, page.get_by_role("link", name="Versies werkwijze"))
    follow(page, page.get_by_role("link", name="Versie van de werkwijze toevoegen"))
    page.get_by_role("textbox", name="Versie").fill("1.1")
    page.get_by_role("textbox", name="Titel").fill("Anoniem advies")
    page.get_by_role("textbox", name="Datum").fill("2026-03-02")
    page.get_by_role("textbox", name="Samenvatting").fill("Verwerkt de feedback uit de praktijk.")
    page.get_by_role("checkbox", name="Gepubliceerd").check()
    page.get_by_role("button", name="Voeg Wijzigingsnotities toe").click()
    page.get_by_role("button", name="Kies een pagina").click()
    chooser = page.get_by_role("dialog")
    chooser.wait_for()
    chooser.get_by_role("textbox", name="Zoekterm").fill("Weging")
    chooser.get_by_role("link", name="Weging").click()
    chooser.wait_for(state="hidden")
    page.get_by_role("combobox", name="Soort").select_option(label="gewijzigd")
    page.get_by_role("textbox", name="Wijzigingsnotitie").fill(NOTE)
    with page.expect_navigation():
        page.get_by_role("button", name="Opslaan").click()
    expect(page.get_by_text("'1.1 – Anoniem advies' aangemaakt")).to_be_visible()

    # ... and records that the adopted feedback item was processed in it.
    page.goto(f"{url}/feedback/beheer/items/{item.pk}/")
    page.get_by_label("Nieuwe status").select_option(label="Verwerkt in release")
    page.get_by_label("Release").select_option(label="1.1 – Anoniem advies")
    submit(page, "Status wijzigen")
    expect(page.locator(".item-status")).to_have_text("Verwerkt in release")
    log_out(page)

    # A reader finds the release in the change log, with its change note for the block.
    page.goto(f"{url}/versies/")
    release = page.get_by_role("region", name=re.compile(r"^Versie 1\.1,"))
    expect(release.get_by_role("heading")).to_contain_text("huidig")
    expect(release).to_contain_text(f"Weging: {NOTE}")
    follow(page, release.get_by_role("link", name="Versie 1.1"))
    changes = page.get_by_role("table", name="Wijzigingen in deze versie")
    expect(changes.get_by_role("row", name=f"Weging gewijzigd {NOTE}")).to_be_visible()
    resolved = page.locator("section").filter(
        has=page.get_by_role("heading", name="Feedback uit de praktijk verwerkt in deze release")
    )
    expect(resolved).to_contain_text("Anoniem advies vragen aan de GI — Overgenomen")

    # The building block shows the new text and its history names the release, with a diff.
    page.goto(f"{url}/bouwstenen/weging/")
    expect(page.get_by_text(NEW_SUMMARY)).to_be_visible()
    history = page.get_by_role("region", name="Geschiedenis van deze pagina")
    entry = history.get_by_role("listitem").filter(has_text="Gewijzigd in 1.1")
    expect(entry).to_contain_text(NOTE)
    follow(page, entry.get_by_role("link", name="Wat is er veranderd?"))
    expect(page.locator("ins").first).to_contain_text("anoniem advies vragen aan de GI")

    # The feedback item's public register entry says in which release it was processed.
    page.goto(f"{url}/versies/1.1/")
    follow(page, resolved.get_by_role("link", name="Anoniem advies vragen aan de GI"))
    processed = page.locator("dt", has_text="Verwerkt in release").locator("+ dd")
    expect(processed).to_have_text("1.1 – Anoniem advies")


def follow(page, link):
    with page.expect_navigation():
        link.click()


def leave_admin(page, url):
    page.goto(url + "/")
    log_out(page)
