"""axe-core (WCAG 2.1 A and AA) on every public and logged-in template, in a real browser, and
more than axe's confirmed violations on every page state: axe's ARIA "needs review" results,
every aria-describedby / aria-labelledby pointing at an element with text, a <title> that names
the page, and the Nu HTML checker (vnu) over the HTML as the server sent it (all pages in one run).
The same walk checks the language of every page state (tests/quality/pagetext.py): no stored codes
such as "Vto_checklist", no English dates, no label said twice ("Organisatie · Organisatie").

The pages are data: append a ``Visit`` to ``VISITS`` for every new template or template state
(a form with errors, an empty list, an embed view). One test walks the whole list on one seeded
database and reports every violation of every page at once, so a failure shows the full picture.

Every Wagtail page type that has a live page in the demo tree is visited too (the first live page
of each type), so new page types are covered without touching this file.
"""

from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from urllib.parse import urlsplit

import pytest
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.utils import timezone
from wagtail.models import Page

from samenspel.demo_data import DEMO_PASSWORD
from samenspel.models import Invitation, Organisation
from samenspel.roles import Role
from tests.quality.axe import axe_violations, beyond_axe_problems, describe_violations
from tests.quality.nuchecker import describe_nu_errors, nu_errors
from tests.quality.pagetext import text_problems

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ORG_ADMIN = "orgadmin@samenspel.example"
PROFESSIONAL = "professional.lt@samenspel.example"
EDITOR = "editor@samenspel.example"
TOTP_USER = "taskteam@samenspel.example"  # gets an authenticator below
FACILITATOR = "facilitator@samenspel.example"


def first_building_block(_context):
    from toolkit.models import BuildingBlockPage

    return BuildingBlockPage.objects.live().order_by("path").first()


def building_block_url(context):
    block = first_building_block(context)
    return block and block.url


def comments_of_block(context):
    block = first_building_block(context)
    return block and f"/reacties/pagina/{block.pk}/"


def embed_of_block(context):
    block = first_building_block(context)
    return block and "/embed/delft/" + "/".join(block.url_path.strip("/").split("/")[1:]) + "/"


def side_by_side_diff(_context):
    """The diff of the first building block with two published versions, side by side."""
    from toolkit.diff import published_revisions
    from toolkit.models import BuildingBlockPage

    for block in BuildingBlockPage.objects.live().order_by("path"):
        revisions = list(published_revisions(block))
        if len(revisions) > 1:
            ids = f"{revisions[0].pk}/{revisions[-1].pk}"
            return f"/wat-is-er-veranderd/{block.pk}/{ids}/?weergave=naast"
    return None


def published_case(_context):
    from casebank.choices import Status
    from casebank.models import Case

    case = Case.objects.filter(status=Status.PUBLISHED).order_by("pk").first()
    return case and case.get_absolute_url()


RISKY_CASE = {
    "title": "Samen verder na de diagnose",
    "family": "Moeder, vader en een tweeling; een van de kinderen heeft mucoviscidose.",
    "course": "Vader werkt als hoefsmid. Het gezin stond in de krant.",
    "region": "wassenaar",
    "period": "2022",
    "case_type": "ots_prevented",
}


def risky_case(status):
    """A case by the demo professional with quasi-identifiers and a high k level."""
    from casebank import indexing
    from casebank.models import Case, RawSubmission
    from casebank.risk import check_case

    submitter = get_user_model().objects.get(email=PROFESSIONAL)
    case = Case.objects.create(
        status=status, submitter=submitter, slug=f"axe-{Case.objects.count()}", **RISKY_CASE
    )
    case.risk_warnings = check_case(case)
    case.confirmed_at = timezone.now()
    case.save()
    RawSubmission.objects.create(case=case, sections={"family": RISKY_CASE["family"]})
    indexing.sync_index(case)
    return case


def case_for_approval(_context):
    from casebank.choices import Status

    return f"/casusbank/beoordelen/{risky_case(Status.AWAITING_APPROVAL).pk}/"


def case_to_review(_context):
    from casebank.choices import Status

    return f"/casusbank/inzendingen/{risky_case(Status.REVIEW).pk}/controleren/"


def approve_without_confirmation(page):
    form = page.locator("main form.form").first
    form.locator("[name='decision'][value='approve']").check()
    with page.expect_navigation():
        form.evaluate("form => form.submit()")


def open_questionnaire(_context):
    from learning.models import MeasurementRound

    for measurement_round in MeasurementRound.objects.order_by("pk"):
        if measurement_round.is_open():
            return measurement_round.respondent_url()
    return None


def round_report(_context):
    from learning.models import MeasurementRound

    measurement_round = MeasurementRound.objects.filter(responses__isnull=False).first()
    return measurement_round and f"/leren/meting/{measurement_round.pk}/"


def facilitators_session(_context):
    from django.contrib.auth import get_user_model

    from learning.models import Session
    from samenspel.permissions import can

    facilitator = get_user_model().objects.get(email=FACILITATOR)
    for session in Session.objects.select_related("lot").order_by("pk"):
        if can(facilitator, "learning.manage_lot", session.lot) and session.agenda_items.exists():
            return session
    return None


def session_page(action):
    def path(context):
        session = facilitators_session(context)
        return session and f"/leren/bijeenkomst/{session.pk}/{action}/"

    return path


def agenda_item_page(action):
    def path(context):
        session = facilitators_session(context)
        item = session and session.agenda_items.order_by("pk").first()
        return item and f"/leren/agendapunt/{item.pk}/{action}/"

    return path


@dataclass(frozen=True)
class Visit:
    """One page state to check. ``path`` is a string or a function of the test context (a dict
    with ``invitation_token``, ``other_invitation_token``, ``organisation_slug``); ``act`` runs
    after loading (to fill and submit a form, say); ``user`` is a demo user's e-mail or None."""

    label: str
    path: str | Callable[[dict], str | None]  # None: the feature has no such page yet
    user: str | None = None
    act: Callable | None = None
    status: int = 200
    reauthenticate: bool = False  # allauth asks for the password again before MFA changes


def submit_form(form_selector, **values):
    """An ``act`` that fills fields by name and submits the form without browser validation,
    so the server's error messages are what gets checked."""

    def act(page):
        form = page.locator(form_selector).first
        for name, value in values.items():
            form.locator(f"[name='{name}']").first.fill(value)
        with page.expect_navigation():
            form.evaluate("form => form.submit()")

    return act


VISITS = [
    # Anonymous
    Visit("home", "/"),
    Visit("accessibility statement", "/toegankelijkheid/"),
    Visit("privacy statement", "/privacy/"),
    Visit("colophon", "/colofon/"),
    Visit("not found", "/bestaat-niet/", status=404),
    Visit("login", "/accounts/login/"),
    Visit(
        "login with error",
        "/accounts/login/",
        act=submit_form("main form", login="onbekend@example.org", password="fout-wachtwoord"),
    ),
    Visit("signup", "/accounts/signup/"),
    Visit(
        "signup with errors",
        "/accounts/signup/",
        act=submit_form("main form", email="geen-adres", password1="kort", password2="anders"),
    ),
    Visit("password reset", "/accounts/password/reset/"),
    Visit(
        "password reset with error",
        "/accounts/password/reset/",
        act=submit_form("main form", email="geen-adres"),
    ),
    Visit("password reset done", "/accounts/password/reset/done/"),
    Visit("verification sent", "/accounts/confirm-email/"),
    Visit("invitation, logged out", lambda c: f"/uitnodiging/{c['invitation_token']}/"),
    Visit("invitation invalid", "/uitnodiging/ongeldig/", status=404),
    # Organisation admin (a professional too)
    Visit("my organisations", "/organisaties/", user=ORG_ADMIN),
    Visit("members", lambda c: f"/organisaties/{c['organisation_slug']}/leden/", user=ORG_ADMIN),
    Visit(
        "members, invitation with errors",
        lambda c: f"/organisaties/{c['organisation_slug']}/leden/",
        user=ORG_ADMIN,
        act=submit_form("main form", email="geen-adres"),
    ),
    Visit("account e-mail", "/accounts/email/", user=ORG_ADMIN),
    Visit("change password", "/accounts/password/change/", user=ORG_ADMIN),
    Visit(
        "change password with errors",
        "/accounts/password/change/",
        user=ORG_ADMIN,
        act=submit_form("main form", oldpassword="fout", password1="kort", password2="anders"),
    ),
    Visit("two-factor overview", "/accounts/2fa/", user=ORG_ADMIN),
    Visit(
        "two-factor activation", "/accounts/2fa/totp/activate/", user=ORG_ADMIN, reauthenticate=True
    ),
    Visit("reauthenticate", "/accounts/reauthenticate/", user=ORG_ADMIN),
    Visit(
        "invitation, wrong user",
        lambda c: f"/uitnodiging/{c['invitation_token']}/",
        user=ORG_ADMIN,
        status=403,
    ),
    # The invited professional
    Visit(
        "invitation, accept",
        lambda c: f"/uitnodiging/{c['invitation_token']}/",
        user=PROFESSIONAL,
    ),
    # A user with two-factor authentication (the login itself passes the TOTP step)
    Visit("two-factor overview with TOTP", "/accounts/2fa/", user=TOTP_USER),
    Visit("deactivate TOTP", "/accounts/2fa/totp/deactivate/", user=TOTP_USER, reauthenticate=True),
    Visit("recovery codes", "/accounts/2fa/recovery-codes/", user=TOTP_USER, reauthenticate=True),
    Visit("feedback dashboard", "/feedback/beheer/", user=TOTP_USER),
    Visit("feedback inbox", "/feedback/beheer/reacties/", user=TOTP_USER),
    Visit("feedback report", "/feedback/beheer/rapportage/", user=TOTP_USER),
    Visit("questionnaire report with charts", round_report, user=TOTP_USER),
    Visit("privacy statement with register downloads", "/privacy/", user=TOTP_USER),
    # An editor sees the Wagtail user bar on pages
    Visit("home as editor", "/", user=EDITOR),
    Visit("case approval queue", "/casusbank/beoordelen/", user=EDITOR),
    Visit("case approval with a high risk score", case_for_approval, user=EDITOR),
    Visit(
        "case approval, high risk not confirmed",
        case_for_approval,
        user=EDITOR,
        act=approve_without_confirmation,
    ),
    # Feature pages, anonymous
    Visit("search results", "/zoeken/?q=gezin"),
    Visit("method releases", "/versies/"),
    Visit("what changed, side by side", side_by_side_diff),
    Visit("feedback register", "/feedbackregister/"),
    Visit("embed view", embed_of_block),
    Visit("questionnaire", open_questionnaire),
    # Feature pages, a professional
    Visit("comments of a page", comments_of_block, user=PROFESSIONAL),
    Visit("what changed", "/wat-is-er-veranderd/", user=PROFESSIONAL),
    Visit("notifications", "/meldingen/", user=PROFESSIONAL),
    Visit("notification preferences", "/meldingen/voorkeuren/", user=PROFESSIONAL),
    Visit("case-bank search", "/casusbank/zoeken/?q=school", user=PROFESSIONAL),
    Visit("case", published_case, user=PROFESSIONAL),
    Visit("share a case", "/casusbank/delen/", user=PROFESSIONAL),
    Visit("my case submissions", "/casusbank/inzendingen/", user=PROFESSIONAL),
    Visit("review my draft, with risk warnings", case_to_review, user=PROFESSIONAL),
    Visit("my data", "/mijn-gegevens/", user=PROFESSIONAL),
    # The start page per person, following and the account hub
    Visit("start page as professional", "/", user=PROFESSIONAL),
    Visit("start page as facilitator", "/", user=FACILITATOR),
    Visit("building block with follow button", building_block_url, user=PROFESSIONAL),
    Visit(
        "building block, followed",
        building_block_url,
        user=PROFESSIONAL,
        act=submit_form("form.follow-form"),
    ),
    Visit("what you follow", "/volgen/", user=PROFESSIONAL),
    Visit("account hub", "/account/", user=PROFESSIONAL),
    Visit("change your name", "/account/profiel/", user=PROFESSIONAL),
    Visit(
        "change your name with errors",
        "/account/profiel/",
        user=PROFESSIONAL,
        act=submit_form("main form.form", display_name="x" * 200),
    ),
    Visit("delete account", "/mijn-gegevens/account-verwijderen/", user=PROFESSIONAL),
    Visit(
        "delete account with errors",
        "/mijn-gegevens/account-verwijderen/",
        user=PROFESSIONAL,
        act=submit_form("main form.form", password="fout-wachtwoord"),
    ),
    # LOT facilitator
    Visit("LOT list", "/leren/lot/", user=FACILITATOR),
    Visit("new LOT", "/leren/lot/nieuw/", user=FACILITATOR),
    Visit("new measurement round", "/leren/metingen/nieuw/", user=FACILITATOR),
    Visit("edit session", session_page("bewerken"), user=FACILITATOR),
    Visit(
        "edit session with errors",
        session_page("bewerken"),
        user=FACILITATOR,
        act=submit_form("main form.form", title="", date="31-02-2026"),
    ),
    Visit("delete session", session_page("verwijderen"), user=FACILITATOR),
    Visit("edit agenda item", agenda_item_page("bewerken"), user=FACILITATOR),
    Visit("delete agenda item", agenda_item_page("verwijderen"), user=FACILITATOR),
    # Organisation admin: intranet embedding
    Visit("intranet embedding settings", "/organisaties/delft/intranet/", user=ORG_ADMIN),
]


@pytest.fixture
def context(transactional_db):
    call_command("seed_demo", stdout=open("/dev/null", "w"))  # noqa: SIM115
    delft = Organisation.objects.get(slug="delft")
    admin = get_user_model().objects.get(email=ORG_ADMIN)
    invitation = Invitation.objects.create(
        organisation=delft,
        email=PROFESSIONAL,
        role=Role.BEHAVIOURAL_SCIENTIST,
        invited_by=admin,
        expires_at=timezone.now() + timedelta(days=7),
    )
    give_totp(get_user_model().objects.get(email=TOTP_USER))
    ensure_open_round()
    return {"invitation_token": invitation.token, "organisation_slug": delft.slug}


def ensure_open_round():
    """The questionnaire needs a round that is open today."""
    from learning.instrument import seed_instrument
    from learning.models import MeasurementRound

    if any(r.is_open() for r in MeasurementRound.objects.all()):
        return
    today = timezone.localdate()
    MeasurementRound.objects.create(
        instrument=seed_instrument(),
        title="Toegankelijkheidsmeting",
        kind=MeasurementRound.Kind.BASELINE,
        scope=MeasurementRound.Scope.REGION,
        opens_on=today - timedelta(days=1),
        closes_on=today + timedelta(days=7),
    )


TOTP_SECRET = "JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP"


def give_totp(user):
    from allauth.mfa.recovery_codes.internal.auth import RecoveryCodes
    from allauth.mfa.totp.internal.auth import TOTP

    TOTP.activate(user, TOTP_SECRET)
    RecoveryCodes.activate(user)


def current_totp_code():
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    counter = next(iter(yield_hotp_counters_from_time()))
    return format_hotp_value(hotp_value(TOTP_SECRET, counter))


def page_type_visits():
    """The first live page of every page type in the tree, visited anonymously."""
    seen, visits = set(), []
    for page in Page.objects.live().filter(depth__gt=1).specific().order_by("path"):
        if page.content_type_id in seen:
            continue
        seen.add(page.content_type_id)
        visits.append(Visit(f"{type(page).__name__} «{page.title}»", page.url))
    return visits


def log_in(page, base_url, email, failures):
    page.context.clear_cookies()
    page.goto(base_url + "/accounts/login/")
    page.locator("main form [name='login']").fill(email)
    page.locator("main form [name='password']").fill(DEMO_PASSWORD)
    with page.expect_navigation():
        page.locator("main form [name='password']").press("Enter")
    if "/2fa/authenticate" in page.url:
        collect_violations(page, "two-factor login step", failures)
        page.locator("main form [name='code']").fill(current_totp_code())
        with page.expect_navigation():
            page.locator("main form [name='code']").press("Enter")
    assert "/accounts/login" not in page.url, f"login as {email} failed"
    assert "/2fa/authenticate" not in page.url, f"two-factor step for {email} failed"


class SavedPages:
    """The HTML of each page state as the server sent it (the last main-frame document
    response), saved for one run of the Nu HTML checker at the end."""

    def __init__(self, page, folder):
        self.folder, self.labels, self.document = folder, {}, None
        page.on("response", self.remember)

    def remember(self, response):
        request = response.request
        if request.resource_type == "document" and request.frame.parent_frame is None:
            self.document = response

    def save(self, label):
        if self.document is None or 300 <= self.document.status < 400:
            return  # a redirect has no page of its own
        path = self.folder / f"{len(self.labels):03d}.html"
        path.write_bytes(self.document.body())
        self.labels[str(path)] = label


def collect_violations(page, label, failures, saved=None):
    violations = axe_violations(page)
    if violations:
        failures.append(describe_violations(violations, label))
    if problems := beyond_axe_problems(page) + text_problems(page):
        failures.append(f"{label}:\n" + "\n".join(problems))
    if saved is not None:
        saved.save(label)


def test_every_template_passes_axe_wcag21_aa(page, live_server, context, tmp_path):
    failures, skipped = [], []
    saved = SavedPages(page, tmp_path)
    visits = page_type_visits() + VISITS
    current_user = None
    for visit in visits:
        if visit.user != current_user:
            if visit.user is None:
                page.context.clear_cookies()
            else:
                log_in(page, live_server.url, visit.user, failures)
            current_user = visit.user
        path = visit.path(context) if callable(visit.path) else visit.path
        if path is None:
            skipped.append(visit.label)
            continue
        response = page.goto(live_server.url + path)
        if visit.reauthenticate and "/accounts/reauthenticate/" in page.url:
            page.locator("main form [name='password']").fill(DEMO_PASSWORD)
            with page.expect_navigation() as navigation:
                page.locator("main form [name='password']").press("Enter")
            response = navigation.value
        if response is None or response.status != visit.status:
            failures.append(
                f"{visit.label}: HTTP {response and response.status}, expected {visit.status}"
            )
            continue
        if urlsplit(page.url).path != urlsplit(live_server.url + path).path:
            failures.append(f"{visit.label}: redirected to {page.url}")
            continue
        if visit.act:
            visit.act(page)
        collect_violations(page, f"{visit.label} ({path})", failures, saved)
    if skipped:
        print("axe: no such page in the demo data yet:", ", ".join(skipped))
    assert len(saved.labels) > len(VISITS) // 2, "the pages' HTML was not saved for the checker"
    if errors := nu_errors(saved.labels):
        failures.append(describe_nu_errors(errors, saved.labels))
    assert not failures, "\n\n".join(failures)


def test_axe_helper_reports_violations(browser):
    """The check itself can fail: a page with an unlabelled field and an image without alt."""
    context = browser.new_context()
    page = context.new_page()
    page.set_content(
        '<!DOCTYPE html><html lang="nl"><head><title>t</title></head><body><main>'
        '<img src="data:,"><input type="text"></main></body></html>'
    )
    report = describe_violations(axe_violations(page), "sample")
    context.close()
    assert "[image-alt]" in report
    assert "[label]" in report


def test_the_checks_beyond_axe_report_problems(browser, tmp_path):
    """Each extra check can fail: a description pointing nowhere, an empty label, a title that
    names only the site, and markup the Nu HTML checker rejects (a list inside a <p>)."""
    html = (
        '<!DOCTYPE html><html lang="nl"><head><title> · Samenspel</title></head><body><main>'
        '<p id="empty"> </p><label for="a">Naam</label><input id="a" aria-describedby="a_help">'
        '<section aria-labelledby="empty"><h2>Reacties</h2></section>'
        "<p><span><ul><li>Minstens 12 tekens</li></ul></span></p>"
        "<p>Vto_checklist, 2 Dec 2026, Helpend · Organisatie · Organisatie</p>"
        "<code>id_count_helptext</code></main></body></html>"
    )
    context = browser.new_context()
    page = context.new_page()
    page.set_content(html)
    problems = "\n".join(beyond_axe_problems(page) + text_problems(page))
    context.close()
    assert 'aria-describedby="a_help" on <input id="a">: no element with that id' in problems
    assert 'aria-labelledby="empty" on <section>: the element has no text' in problems
    assert "[title]" in problems
    assert "[raw code] Vto_checklist" in problems and "helptext" not in problems
    assert "[English date] 2 Dec" in problems
    assert "[repeated label] Organisatie · Organisatie" in problems
    sample = tmp_path / "sample.html"
    sample.write_text(html)
    report = describe_nu_errors(nu_errors([sample]), {str(sample): "sample"})
    assert report.startswith("sample:")
    assert "“p”" in report
