"""The case bank in a real browser: submit a story, review it, second approval, find it."""

import re

import pytest

from samenspel.models import Organisation
from samenspel.roles import Role
from tests.site.factories import PASSWORD, OrganisationFactory, member, site_tree

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

STORY_TRIGGER = "Marieke Bakker belde de casusregisseur omdat Daan niet meer naar school ging."
STORY_COURSE = (
    "De jeugdbeschermer en de casusregisseur maakten met Marieke een tijdslijn.\n\n"
    "Daan ging daarna weer naar basisschool De Klimop."
)


@pytest.fixture
def people(transactional_db):
    """The page tree, a professional of a municipality and an editor of the programme."""
    site_tree()
    member(
        OrganisationFactory(name="Delft", slug="delft"),
        Role.PROFESSIONAL,
        email="professional.lt@samenspel.example",
    )
    programme = OrganisationFactory(
        name="Opgaveteam", slug="opgaveteam", kind=Organisation.Kind.PROGRAMME
    )
    member(programme, Role.EDITOR, email="editor@samenspel.example")


def log_in(page, live_server, email):
    page.goto(live_server.url + "/accounts/login/")
    page.get_by_label("E-mail").fill(email)
    page.get_by_label("Wachtwoord").fill(PASSWORD)
    page.keyboard.press("Enter")
    page.wait_for_url(live_server.url + "/")


def log_out(page):
    page.get_by_role("button", name="Uitloggen").click()
    page.wait_for_load_state()


def test_submission_review_approval_and_search(page, live_server, people):
    log_in(page, live_server, "professional.lt@samenspel.example")
    page.goto(live_server.url + "/casusbank/")
    page.get_by_role("link", name="Deel een casus die niet goed ging").first.click()

    # Step 1: names and places first
    assert page.get_by_label("Ging niet goed").is_checked()
    page.get_by_label("Soort casus").select_option("ots_necessary")
    page.get_by_label("Namen en plaatsen die in het verhaal voorkomen").fill(
        "Marieke Bakker = moeder\nDaan\nDe Klimop"
    )
    page.get_by_role("button", name="Volgende: je verhaal").click()

    # Step 2: the story; an empty required field keeps what was typed
    page.get_by_label("Titel").fill("Schoolverzuim dat bleef terugkomen")
    page.get_by_label("Het gezin").fill("Moeder Marieke Bakker en haar zoon Daan.")
    page.get_by_label("Verloop").fill(STORY_COURSE)
    page.get_by_role("button", name="Volgende: kenmerken").click()
    assert page.get_by_label("Verloop").input_value() == STORY_COURSE
    assert page.locator("#id_trigger").get_attribute("aria-invalid") == "true"
    page.get_by_label("Aanleiding").fill(STORY_TRIGGER)
    page.get_by_label("Afloop").fill("Er kwam toch een ondertoezichtstelling.")
    page.get_by_role("button", name="Volgende: kenmerken").click()

    # Step 3: facts; submitting runs the de-identifier (first use loads the model)
    page.locator("#id_region").select_option("medium_municipality")
    page.locator("#id_kader").select_option("compulsion")
    page.get_by_label("Periode").fill("2022–2023")
    page.get_by_label("Tijdslijn").check()
    page.get_by_role("button", name="Indienen om te anonimiseren").click(timeout=180_000)
    page.wait_for_url(re.compile(r".*/controleren/$"), timeout=180_000)

    # Side by side: the raw story with marks, the draft without the names
    assert page.get_by_role("heading", name="Controleer je concept").is_visible()
    assert page.locator("mark", has_text="Daan").first.is_visible()
    course_draft = page.locator("#id_course").input_value()
    assert "Daan" not in course_draft and "Klimop" not in course_draft
    page.get_by_role("button", name="Bevestigen: er staat niets herleidbaars meer in").click()
    page.wait_for_url(re.compile(r".*/inzendingen/$"))
    assert page.get_by_text("Wacht op tweede goedkeuring").is_visible()
    log_out(page)

    # The second person: an editor approves
    log_in(page, live_server, "editor@samenspel.example")
    page.goto(live_server.url + "/casusbank/beoordelen/")
    page.get_by_role("link", name="Schoolverzuim dat bleef terugkomen").click()
    assert "Marieke" not in page.content() and "Klimop" not in page.content()
    page.get_by_label("Goedkeuren en publiceren").check()
    page.get_by_role("button", name="Besluit vastleggen").click()
    page.wait_for_url(re.compile(r".*/casusbank/casus/schoolverzuim.*"))
    assert page.get_by_text("De casus is gepubliceerd.").is_visible()

    # Findable through full text and facets, with counts
    page.goto(live_server.url + "/casusbank/zoeken/")
    page.get_by_label("Zoekwoorden").fill("schoolverzuim")
    page.locator("main").get_by_role("button", name="Zoeken", exact=True).click()
    page.get_by_label(re.compile(r"^Ging niet goed")).check()
    page.get_by_role("button", name="Filters toepassen").click()
    assert page.get_by_role("link", name="Schoolverzuim dat bleef terugkomen").is_visible()
    assert page.get_by_role("heading", name="1 casus").is_visible()
