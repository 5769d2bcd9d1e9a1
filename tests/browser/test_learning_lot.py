"""A facilitator runs a LOT in a real browser, and three colleagues answer the questionnaire."""

import datetime

import pytest
from django.utils import timezone

from learning.instrument_content import GRADES, ITEMS
from tests.quality.axe import assert_no_axe_violations
from tests.site.factories import PASSWORD

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page, live_server, email):
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.get_by_role("button", name="Inloggen").click()
    page.wait_for_url(lambda url: "/accounts/login/" not in url)


def answer_questionnaire(browser, url, org_type, answer, check_accessibility=False):
    context = browser.new_context(locale="nl-NL")  # a fresh browser: no account, no cookies
    respondent = context.new_page()
    respondent.set_default_timeout(15_000)
    respondent.goto(url)
    if check_accessibility:
        assert_no_axe_violations(respondent, "questionnaire")
    respondent.get_by_role("group", name="Bij welk soort organisatie werk je?").get_by_label(
        org_type
    ).check()
    respondent.get_by_label("In welke gemeente werk je (het meest)?").select_option("Delft")
    respondent.get_by_role("group", name="Heb je de training").get_by_label("Nee").check()
    for item in ITEMS:
        respondent.locator(f"input[name='item_{item.slug}'][value='{answer}']").check()
    for grade in GRADES:
        respondent.locator(f"select[name='grade_{grade.slug}']").select_option(str(answer + 3))
    respondent.get_by_role("button", name="Mijn antwoorden versturen").click()
    respondent.get_by_role("heading", name="Bedankt voor je antwoorden").wait_for()
    context.close()


def test_facilitator_runs_a_lot_end_to_end(page, browser, live_server, delft, facilitator):
    log_in(page, live_server, facilitator.email)

    # A LOT for the facilitator's municipality.
    page.goto(live_server.url + "/leren/lot/")
    page.get_by_role("link", name="LOT starten").click()
    page.get_by_label("Naam").fill("LOT Delft")
    page.get_by_label("Gemeente").select_option(label="Delft")
    page.get_by_role("button", name="LOT aanmaken").click()
    page.get_by_role("heading", name="LOT Delft", level=1).wait_for()

    # A session from the case discussion template.
    page.get_by_role("link", name="Bijeenkomst plannen").click()
    page.get_by_label("Sjabloon voor de bijeenkomst").select_option("casusbespreking")
    day = timezone.localdate() + datetime.timedelta(days=14)
    page.get_by_label("Datum").fill(day.isoformat())
    page.get_by_label("Begintijd").fill("14:00")
    page.get_by_label("Plaats").fill("Stadskantoor Delft")
    page.get_by_role("button", name="Bijeenkomst plannen").click()
    page.get_by_role("heading", name="Casusbespreking volgens de incidentmethode").wait_for()
    assert_no_axe_violations(page, "session")

    # The run view works without JavaScript through a form post.
    page.get_by_role("link", name="Bijeenkomst leiden").click()
    first_phase = page.locator("h1").inner_text()
    assert_no_axe_violations(page, "run view")
    page.get_by_role("button", name="Volgende fase").click()
    assert page.locator("h1").inner_text() != first_phase
    page.go_back()
    page.go_back()

    # An improvement proposal becomes a feedback item in one step.
    page.goto(page.url)
    page.get_by_text("Opbrengst noteren").click()
    outcomes = page.get_by_role("region", name="Aantekeningen en opbrengsten")
    outcomes.get_by_label("Soort").select_option("proposal")
    outcomes.get_by_label("Tekst").fill(
        "Voeg een voorbeeld toe van een eerste gezamenlijk gesprek."
    )
    page.get_by_role("button", name="Opbrengst opslaan").click()
    page.get_by_role("button", name="Maak er een feedbackitem van").click()
    page.get_by_text("Als feedbackitem naar het Opgaveteam gestuurd.").wait_for()
    assert page.get_by_text("Naar het Opgaveteam gestuurd", exact=True).is_visible()

    # A measurement round for this LOT with an anonymous link.
    page.goto(live_server.url + "/leren/lot/")
    page.get_by_role("link", name="LOT Delft").click()
    page.get_by_role("link", name="Open een meetronde voor dit LOT").click()
    page.get_by_label("Titel").fill("Nulmeting LOT Delft")
    page.get_by_label("Soort").select_option("baseline")
    page.get_by_label("Voor").select_option("lot")
    today = timezone.localdate()
    page.get_by_label("Opent op").fill(today.isoformat())
    page.get_by_label("Sluit op").fill((today + datetime.timedelta(days=14)).isoformat())
    # The open link accepts at most this many answers (issue 13, finding 4); the LOT expects
    # colleagues beyond its registered members.
    page.get_by_label("Verwacht aantal respondenten").fill("8")
    page.get_by_role("button", name="Meetronde openen").click()
    link = page.locator(".respondent-link").inner_text()

    for org_type, answer in [
        ("Lokaal team", 4),
        ("Gecertificeerde instelling", 2),
        ("Lokaal team", 3),
    ]:
        answer_questionnaire(browser, link, org_type, answer)

    # Three responses: counted, but too few to show any figure.
    page.reload()
    assert page.get_by_text("3 volledige antwoorden").is_visible()
    assert page.get_by_text("zodra minimaal 5 mensen hebben geantwoord").is_visible()
    assert page.locator("main svg[role='img']").count() == 0

    # Two more colleagues answer: now the charts and tables appear.
    for org_type, answer in [("Gecertificeerde instelling", 4), ("Lokaal team", 5)]:
        answer_questionnaire(browser, link, org_type, answer)
    page.reload()
    assert page.locator("main svg[role='img']").count() == 2
    assert page.get_by_role("table", name="Schalen").count() == 1
    assert page.get_by_role("row", name="Gedeelde visie").first.is_visible()
    assert_no_axe_violations(page, "report")
