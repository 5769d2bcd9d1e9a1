"""A professional shares a story full of identifiers and follows its de-identification in the
browser: the progress page changes state without reloading, a failure offers "Probeer opnieuw",
and the draft shows none of the identifiers. The tasks go through the database queue and a
real worker run (``db_worker --batch``), as in production."""

import re
from datetime import timedelta
from pathlib import Path

import pytest
from django.core.management import call_command

from casebank import deidentify as deidentify_package
from casebank import tasks
from casebank.models import Case, RawSubmission
from casebank.models.pages import CaseIndexPage
from samenspel.roles import Role
from tests.quality.axe import assert_no_axe_violations
from tests.site.factories import OrganisationFactory, member

from .helpers import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(__file__).resolve().parent.parent.parent / "test-artifacts"
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
EMAIL = "casusdeler@example.org"

# Every identifier kind, in sentences a practitioner writes; each string must be gone from the
# draft. (section, kind, identifier) -- the sections below contain them all.
STORY = {
    "title": "Schoolverzuim dat bleef terugkomen",
    "family": (
        "Moeder Marieke Bakker (38) woont met haar zoon Daan aan de Laan van Meerdervoort 412, "
        "2563 AB Den Haag, in de wijk Duindorp. Opa woont in Den Hoorn."
    ),
    "trigger": (
        "Op 14 maart 2023 belde basisschool De Klimop omdat Daan (9 jaar) niet meer kwam. "
        "Veilig Thuis kreeg een melding onder zaaknummer VT-2023-04817."
    ),
    "course": (
        "Moeder is bereikbaar op 06-12345678 en via marieke.bakker@example.nl. Op Instagram "
        "heet ze @mariekeb83 en haar blog staat op https://www.mariekebakker.nl/over-mij. "
        "Haar rekening NL91ABNA0417164300 liep achter en haar BSN is 123456782. De auto met "
        "kenteken 12-ABC-3 werd in beslag genomen. Daan ging naar de GGZ-instelling Parnassia. "
        "Buurman Kees Jansen hielp mee; hij woont in Moerwijk."
    ),
    "outcome": "Er kwam toch een ondertoezichtstelling.",
}
IDENTIFIERS = [
    ("person (listed)", "Marieke"),
    ("person (listed)", "Bakker"),
    ("person (listed)", "Daan"),
    ("person (not listed)", "Kees"),
    ("person (not listed)", "Jansen"),
    ("age", "(38)"),
    ("age", "9 jaar"),
    ("date", "14 maart 2023"),
    ("address", "Laan van Meerdervoort"),
    ("postcode", "2563 AB"),
    ("neighbourhood", "Duindorp"),
    ("neighbourhood", "Moerwijk"),
    ("village", "Den Hoorn"),
    ("school", "Klimop"),
    ("institution", "Parnassia"),
    ("phone", "12345678"),
    ("e-mail", "marieke.bakker@example.nl"),
    ("handle", "mariekeb83"),
    ("url", "mariekebakker.nl"),
    ("IBAN", "NL91ABNA0417164300"),
    ("BSN", "123456782"),
    ("licence plate", "12-ABC-3"),
    ("case number", "VT-2023-04817"),
]
# Leak classes the outside tester found (issue 12), written as sentences of their own and
# asserted like the identifiers above.
LEAK_CLASSES = [
    ("employer", "Ze werkt als caissière bij Jumbo.", "Jumbo"),
    ("employer", "Haar broer werkt bij PostNL.", "PostNL"),
    ("handle without @", "Op TikTok heet ze mariekeb_83.", "mariekeb_83"),
    ("spelled-out e-mail", "Mail naar marieke [at] example [dot] nl.", "example [dot] nl"),
    ("neighbourhood in lower case", "Haar zus woont in de schilderswijk.", "schilderswijk"),
    ("phone, spaced hyphen", "Bel de buurvrouw op 070 - 345 67 89.", "345 67 89"),
    ("phone, foreign", "Vader belt uit België: +32 470 12 34 56.", "470 12 34 56"),
]
SECTIONS = ("title", "family", "trigger", "course", "outcome")


def story():
    sections = dict(STORY)
    identifiers = list(IDENTIFIERS)
    sections["course"] += " " + " ".join(sentence for _k, sentence, _i in LEAK_CLASSES)
    identifiers += [(kind, identifier) for kind, _s, identifier in LEAK_CLASSES]
    return sections, identifiers


@pytest.fixture
def world(home, settings):
    """A member of Delft, the case bank in the menu, and tasks queued in the database."""
    settings.TASKS = DB_TASKS
    home.add_child(instance=CaseIndexPage(title="Casusbank", slug="casusbank", show_in_menus=True))
    delft = OrganisationFactory(name="Delft", slug="delft")
    return member(delft, Role.PROFESSIONAL, email=EMAIL)


def run_worker():
    """What the production worker does, once: every task that is due, then stop."""
    call_command("db_worker", "--batch", "--no-startup-delay", "--no-reload", verbosity=0)


def screenshot(page, name):
    ARTIFACTS.mkdir(exist_ok=True)
    for width in (1280, 390):
        page.set_viewport_size({"width": width, "height": 900})
        page.screenshot(path=str(ARTIFACTS / f"casebank-{name}-{width}.png"), full_page=True)
    page.set_viewport_size({"width": 1280, "height": 900})


def live_message(page):
    return page.locator("#progress-message")


def submit_story(page, live_server, sections):
    """From the home page through the three steps; ends on the progress page."""
    page.goto(live_server.url + "/")
    page.get_by_role("navigation", name="Hoofdmenu").get_by_role("link", name="Casusbank").click()
    page.get_by_role("link", name="Deel een casus die niet goed ging").first.click()
    page.get_by_label("Soort casus").select_option("ots_necessary")
    page.get_by_label("Namen en plaatsen die in het verhaal voorkomen").fill(
        "Marieke Bakker = moeder\nDaan"
    )
    page.get_by_role("button", name="Volgende: je verhaal").click()
    for name in SECTIONS:
        page.locator(f"#id_{name}").fill(sections[name])
    page.get_by_role("button", name="Volgende: kenmerken").click()
    page.locator("#id_region").select_option("medium_municipality")
    page.locator("#id_kader").select_option("compulsion")
    page.get_by_label("Periode").fill("2023")
    with page.expect_navigation():
        page.get_by_role("button", name="Indienen om te anonimiseren").click()
    assert re.search(r"/inzendingen/\d+/controleren/$", page.url)
    page.evaluate("window.__sameDocument = true")  # gone if the page reloads


def wait_for_state(page, text):
    """The live region shows ``text`` while the document is still the one loaded at submit."""
    page.wait_for_function(
        "text => window.__sameDocument === true &&"
        " document.getElementById('progress-message').textContent.includes(text)",
        arg=text,
        timeout=60_000,
    )


def test_story_with_every_identifier_kind_progress_and_draft(page, live_server, world):
    sections, identifiers = story()
    log_in(page, live_server.url, EMAIL)
    submit_story(page, live_server, sections)

    # Waiting for the worker: the page says so, in a live region, and has no meta refresh.
    message = live_message(page)
    assert message.get_attribute("aria-live") == "polite"
    assert "wacht op zijn beurt" in message.inner_text()
    assert page.locator("meta[http-equiv='refresh']").count() == 0
    assert not page.get_by_role("button", name="Probeer opnieuw").is_visible()
    screenshot(page, "progress-waiting")
    assert_no_axe_violations(page, "progress page, waiting")

    run_worker()
    wait_for_state(page, "Je concept staat klaar.")
    page.wait_for_selector("#id_course", timeout=30_000)  # the script opened the draft
    assert page.get_by_role("heading", name="Controleer je concept").is_visible()

    draft = "\n".join(page.locator(f"#id_{name}").input_value() for name in SECTIONS)
    leaks = [f"{kind}: {value!r}" for kind, value in identifiers if value in draft]
    assert not leaks, "visible in the draft:\n" + "\n".join(leaks) + "\n\n" + draft
    assert "[postcode]" in draft and "[telefoonnummer]" in draft and "[bsn]" in draft
    screenshot(page, "draft")


def test_failure_shows_retry_without_reload_and_keeps_the_story(
    page, live_server, world, monkeypatch
):
    sections, _identifiers = story()
    log_in(page, live_server.url, EMAIL)
    submit_story(page, live_server, sections)
    case = Case.objects.get(submitter__email=EMAIL)

    real = deidentify_package.deidentify

    def broken(text, **kwargs):
        raise RuntimeError("a detector fault")

    # Every attempt fails; the retries are due at once so one worker run uses them all up.
    monkeypatch.setattr(deidentify_package, "deidentify", broken)
    monkeypatch.setattr(tasks, "DEIDENTIFY_RETRY_DELAYS", (timedelta(0),) * 3)
    run_worker()
    wait_for_state(page, "Het anonimiseren van je verhaal is niet gelukt")
    retry = page.get_by_role("button", name="Probeer opnieuw")
    assert retry.is_visible()
    assert "Er is niets verloren van wat je schreef" in live_message(page).inner_text()
    assert RawSubmission.objects.get(case=case).sections["course"] == sections["course"]
    screenshot(page, "progress-failed")
    assert_no_axe_violations(page, "progress page, failed with retry")

    # Without JavaScript the failed page says the same and offers the same button.
    page.reload()
    assert page.get_by_role("button", name="Probeer opnieuw").is_visible()

    monkeypatch.setattr(deidentify_package, "deidentify", real)  # the fault is repaired
    with page.expect_navigation():
        page.get_by_role("button", name="Probeer opnieuw").click()
    assert "wacht op zijn beurt" in live_message(page).inner_text()
    page.evaluate("window.__sameDocument = true")
    run_worker()
    wait_for_state(page, "Je concept staat klaar.")
    page.wait_for_selector("#id_course", timeout=30_000)
    assert "Marieke" not in page.locator("#id_family").input_value()
