"""Site basics: sitemap.xml (public pages only), robots.txt, the Atom feed of method releases,
the favicon, the footer links and the Dutch 404 page in development."""

from datetime import date
from urllib.parse import urlsplit

import pytest
from defusedxml import ElementTree as ET
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Page, PageViewRestriction

from casebank.choices import Status
from casebank.models import Case
from learning.models import Lot
from toolkit.models import BuildingBlockPage, MethodRelease

pytestmark = pytest.mark.django_db

SITEMAP_NS = {"s": "http://www.sitemaps.org/schemas/sitemap/0.9"}
ATOM_NS = {"a": "http://www.w3.org/2005/Atom"}


def sitemap_locations(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)
    return [loc.text for loc in root.findall("s:url/s:loc", SITEMAP_NS)]


@pytest.fixture
def public_and_private_content(site_tree):
    """The page tree with the statement pages and three building blocks, plus a published case
    and a LOT with a session: the private areas the sitemap must leave out."""
    from samenspel import demo as site_demo
    from tests.casebank.factories import CaseFactory
    from tests.learning.factories import SessionFactory
    from tests.toolkit.factories import BuildingBlockPageFactory, publish
    from toolkit.models import BuildingBlockIndexPage

    site_demo.seed_pages()  # the accessibility statement and colophon (site/content/pages.json)
    index = BuildingBlockIndexPage.objects.get()
    for _ in range(3):
        publish(BuildingBlockPageFactory(parent=index))
    CaseFactory()
    SessionFactory()


def test_sitemap_lists_public_pages_and_never_private_areas(client, public_and_private_content):
    block = BuildingBlockPage.objects.live().public().order_by("path").first()
    restricted = BuildingBlockPage.objects.live().order_by("path").last()
    PageViewRestriction.objects.create(page=restricted, restriction_type="login")
    draft = BuildingBlockPage.objects.live().order_by("path")[1]
    draft.unpublish()

    locations = sitemap_locations(client)
    paths = [urlsplit(loc).path for loc in locations]

    assert block.url in paths  # a public building block
    assert "/toegankelijkheid/" in paths and "/versies/" in paths and "/privacy/" in paths
    assert restricted.url not in paths
    assert draft.url not in paths
    assert not [p for p in paths if p.startswith(("/casusbank/", "/embed/", "/leren/"))]
    cases = Case.objects.filter(status=Status.PUBLISHED)
    assert cases.exists()
    for case in cases:
        assert case.get_absolute_url() not in paths
    assert Lot.objects.exists()  # there is a LOT, and none is listed (no /leren/ above)


def test_robots_txt_allows_the_method_and_points_to_the_sitemap(client):
    response = client.get("/robots.txt")
    text = response.content.decode()
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = text.splitlines()
    for private in ["/admin/", "/accounts/", "/casusbank/", "/embed/", "/mijn-gegevens/"]:
        assert f"Disallow: {private}" in lines
    assert "Allow: /" in lines
    assert "Disallow: /" not in lines  # the public method stays crawlable
    assert "Sitemap: http://testserver/sitemap.xml" in lines


@pytest.fixture
def releases(db, home):
    from toolkit.models import ChangeNote

    old = MethodRelease.objects.create(
        version="1.0", title="Eerste versie", date=date(2026, 1, 5), summary="Start.",
        published=True,
    )  # fmt: skip
    new = MethodRelease.objects.create(
        version="1.1", title="Tweede versie", date=date(2026, 6, 1),
        summary="Nieuwe bouwsteen over het gezinsplan.", published=True,
    )  # fmt: skip
    ChangeNote.objects.create(release=new, page=home, note="Inleiding herschreven.")
    MethodRelease.objects.create(
        version="2.0-concept", title="Concept", date=date(2026, 9, 1), published=False
    )
    return old, new


def test_atom_feed_lists_published_releases_newest_first(client, releases):
    response = client.get(reverse("toolkit:release_feed"))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/atom+xml")
    root = ET.fromstring(response.content)
    entries = root.findall("a:entry", ATOM_NS)
    titles = [e.find("a:title", ATOM_NS).text for e in entries]
    assert titles == ["1.1 – Tweede versie", "1.0 – Eerste versie"]  # no draft release
    newest = entries[0]
    assert newest.find("a:link", ATOM_NS).get("href") == "http://testserver/versies/1.1/"
    summary = newest.find("a:summary", ATOM_NS).text
    assert "Nieuwe bouwsteen over het gezinsplan." in summary
    assert "Inleiding herschreven." in summary


def test_pages_link_the_feed_favicon_and_paperwork(client, home):
    html = client.get("/").content.decode()
    assert 'type="application/atom+xml"' in html and "/versies/atom.xml" in html
    assert 'rel="icon"' in html and "favicon.svg" in html
    for href in ['href="/privacy/"', 'href="/toegankelijkheid/"', 'href="/colofon/"']:
        assert href in html


def test_favicon_ico_leads_to_the_icon(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 302
    assert response["Location"].endswith("favicon.png")


def dev_middleware():
    from samenspel.settings import dev

    return dev.MIDDLEWARE


@pytest.mark.parametrize("path", ["/bestaat-niet/", "/geen-pagina.txt"])
def test_development_shows_the_dutch_404_page(client, home, path):
    with override_settings(DEBUG=True, MIDDLEWARE=dev_middleware()):
        response = client.get(path, HTTP_ACCEPT_LANGUAGE="nl")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()
    assert "Using the URLconf" not in response.content.decode()


def test_developers_can_still_see_the_technical_404(client, home):
    with override_settings(DEBUG=True, MIDDLEWARE=dev_middleware(), SAMENSPEL_DEBUG_404=True):
        response = client.get("/bestaat-niet/")
    assert response.status_code == 404
    assert "Pagina niet gevonden" not in response.content.decode()


def test_a_views_own_404_page_is_kept_in_development(client, home):
    with override_settings(DEBUG=True, MIDDLEWARE=dev_middleware()):
        response = client.get("/uitnodiging/ongeldig/")
    assert response.status_code == 404
    assert Page.objects.exists()


FOOTER_LINKS = [
    'href="/privacy/"',
    'href="/toegankelijkheid/"',
    'href="/colofon/"',
    'href="/feedbackregister/"',  # added by the feedback app through the footer hook
]


@pytest.mark.parametrize(
    ("path", "logged_in", "status"),
    [
        ("/", False, 200),
        ("/bestaat-niet/", False, 404),
        ("/accounts/login/", False, 200),
        ("/accounts/signup/", False, 200),
        ("/privacy/", False, 200),
        ("/versies/", False, 200),
        ("/", True, 200),
        ("/mijn-gegevens/", True, 200),
        ("/organisaties/", True, 200),
        ("/leren/lot/", True, 200),
        ("/casusbank/delen/", True, 200),
    ],
)
def test_footer_links_the_paperwork_on_every_page_state(
    client, home, professional, path, logged_in, status
):
    if logged_in:
        client.force_login(professional)
    response = client.get(path)
    assert response.status_code == status
    footer = response.content.decode().split('<footer class="site-footer', 1)[1]
    for href in FOOTER_LINKS:
        assert href in footer
