"""Fixtures shared by every suite: organisations, users per role, the demo site, a browser."""

import os
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from samenspel.models import HomePage, Organisation
from samenspel.roles import Role

from .site.factories import OrganisationFactory, member, site_tree

ARTIFACTS = Path(__file__).resolve().parent.parent / "test-artifacts"
CHROMIUM = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")


@pytest.fixture
def delft(db):
    return OrganisationFactory(name="Delft", slug="delft", local_team_name="Delft Support")


@pytest.fixture
def zoetermeer(db):
    return OrganisationFactory(
        name="Zoetermeer", slug="zoetermeer", local_team_name="plusteam Jeugd- en Gezinshulp"
    )


@pytest.fixture
def gi(db):
    return OrganisationFactory(
        name="Jeugdbescherming West", slug="jeugdbescherming-west", kind=Organisation.Kind.GI
    )


@pytest.fixture
def programme(db):
    return OrganisationFactory(
        name="Opgaveteam", slug="opgaveteam", kind=Organisation.Kind.PROGRAMME
    )


@pytest.fixture
def professional(delft):
    return member(delft, Role.PROFESSIONAL, email="professional@example.org")


@pytest.fixture
def other_professional(zoetermeer):
    return member(zoetermeer, Role.PROFESSIONAL, email="collega@example.org")


@pytest.fixture
def org_admin(delft):
    return member(delft, Role.ORG_ADMIN, Role.PROFESSIONAL, email="beheer@example.org")


@pytest.fixture
def editor(programme):
    return member(programme, Role.EDITOR, email="redacteur@example.org")


@pytest.fixture
def task_team(programme):
    return member(programme, Role.TASK_TEAM, email="opgaveteam@example.org")


@pytest.fixture
def facilitator(delft):
    return member(delft, Role.FACILITATOR, email="facilitator@example.org")


@pytest.fixture
def demo_site(db):
    call_command("seed_demo", stdout=open(os.devnull, "w"))  # noqa: SIM115


@pytest.fixture(name="site_tree")
def site_tree_fixture(db):
    """The demo's page tree without its content: home and the four sections (factories)."""
    return site_tree()


@pytest.fixture
def home(db):
    """The site's home page "Samenspel" at /start/, root of the default site."""
    root = Page.get_first_root_node()
    home = root.add_child(instance=HomePage(title="Samenspel", slug="start"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "localhost", "root_page": home}
    )
    return home


@pytest.fixture(scope="session")
def browser():
    """Debian's Chromium driven by Playwright; Playwright's own browser download is not used."""
    if not Path(CHROMIUM).exists() and not shutil.which("chromium"):
        pytest.fail(f"Chromium not found at {CHROMIUM}: run `make test`, which installs it.")
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM,
            args=[
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
            ],
        )
        yield browser
        browser.close()


def is_transactional(item):
    marker = item.get_closest_marker("django_db")
    uses_transactions = {"live_server", "transactional_db"} & set(item.fixturenames)
    return bool(uses_transactions or (marker and marker.kwargs.get("transaction")))


@pytest.fixture(autouse=True)
def wagtail_baseline(request):
    """Transactional tests (browser tests with ``live_server``) end with a flush, which empties
    what Wagtail's data migrations created. Recreate that baseline before each of them, so no
    test depends on whether a transactional test ran earlier."""
    if is_transactional(request.node):
        request.getfixturevalue("transactional_db")
        restore_wagtail_baseline()


def restore_wagtail_baseline():
    from django.conf import settings
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Collection, Locale, Page, Site

    from samenspel.groups import ensure_role_groups

    locale, _ = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
    if not Collection.objects.exists():
        Collection.add_root(name="Root")
    page_type = ContentType.objects.get_for_model(Page)
    if not Page.objects.exists():
        Page.add_root(
            instance=Page(title="Root", slug="root", locale=locale, content_type=page_type)
        )
    if not Site.objects.exists():
        welcome = Page.get_first_root_node().add_child(
            instance=Page(title="Welkom", slug="home", locale=locale, content_type=page_type)
        )
        Site.objects.create(hostname="localhost", port=80, root_page=welcome, is_default_site=True)
    ensure_role_groups()


@pytest.fixture
def page(browser, request):
    """A fresh browser page; a full-page screenshot of its end state lands in test-artifacts/."""
    context = browser.new_context(locale="nl-NL")
    page = context.new_page()
    page.set_default_timeout(15_000)
    yield page
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"{request.node.name}.png"), full_page=True)
    context.close()


@pytest.fixture(autouse=True)
def fresh_cache():
    """Rate limits and cached pages live in the cache; no test may inherit another's."""
    from django.core.cache import cache

    cache.clear()
    yield
    cache.clear()


@pytest.fixture(autouse=True)
def task_payloads_hold_only_ids():
    """Every task enqueued anywhere in the suite gets ids and short keys only (no e-mail body,
    no story): an enqueue that breaks the rule fails the test that made it."""
    from django_tasks.signals import task_enqueued

    from .taskpayloads import PROJECT_PACKAGES, payload_problems

    def check(sender, task_result, **kwargs):
        if not task_result.task.module_path.startswith(PROJECT_PACKAGES):
            return  # Wagtail's own tasks (reference index, front-cache purges)
        problems = payload_problems(task_result.args, task_result.kwargs)
        assert not problems, f"{task_result.task.module_path} enqueued with {problems}"

    task_enqueued.connect(check, dispatch_uid="task-payload-guard")
    yield
    task_enqueued.disconnect(dispatch_uid="task-payload-guard")
