"""The site chrome (templates/base.html and samenspel/includes/): breadcrumbs on every page below
the home page, the footer's links from the apps' hook, Django messages as NL Design System
alerts, the error summary of the one form template, and the "Op deze pagina" contents list."""

import pytest
from bs4 import BeautifulSoup
from django.contrib.messages import constants
from django.contrib.messages.storage.fallback import FallbackStorage
from django.template import Context, Template
from django.test import RequestFactory
from django.utils import translation

from learning.feedback.forms import ReportForm
from tests.site.factories import StandardPageFactory

pytestmark = pytest.mark.django_db


def soup_of(response):
    return BeautifulSoup(response.content.decode(), "html.parser")


def trail(soup):
    nav = soup.find("nav", class_="utrecht-breadcrumb-nav")
    return nav and [(a.text, a["href"]) for a in nav.find_all("a")]


def test_the_home_page_has_no_breadcrumbs(client, site_tree):
    assert trail(soup_of(client.get("/"))) is None


def test_a_page_shows_its_ancestors_not_itself(client, site_tree):
    handbook = site_tree.get_children().get(slug="handboek")
    chapter = StandardPageFactory(parent=handbook, title="Fasen", slug="fasen")
    StandardPageFactory(parent=chapter, title="Wegen", slug="wegen")
    soup = soup_of(client.get("/handboek/fasen/wegen/"))
    assert trail(soup) == [
        ("Samenspel", "/"),
        ("Handboek", "/handboek/"),
        ("Fasen", "/handboek/fasen/"),
    ]
    assert soup.find("nav", class_="utrecht-breadcrumb-nav")["aria-label"]


def test_a_view_below_a_section_page_shows_the_section(client, site_tree, facilitator):
    client.force_login(facilitator)
    soup = soup_of(client.get("/leren/lot/"))
    assert trail(soup) == [("Samenspel", "/"), ("Leren en LOT", "/leren/")]


def test_a_view_outside_the_page_tree_leads_home(client, site_tree):
    assert trail(soup_of(client.get("/feedbackregister/"))) == [("Samenspel", "/")]


def test_the_footer_lists_the_paperwork_and_the_feedback_register(client, site_tree):
    footer = soup_of(client.get("/privacy/")).find("footer")
    hrefs = [a["href"] for a in footer.find_all("a")]
    for href in ["/privacy/", "/toegankelijkheid/", "/colofon/", "/feedbackregister/", "/versies/"]:
        assert href in hrefs
    assert any(href.startswith("mailto:") for href in hrefs)


def test_the_header_has_one_search_box_to_the_site_search(client, site_tree):
    soup = soup_of(client.get("/"))
    form = soup.select_one("header form[role=search]")
    assert form["method"] == "get" and form["action"] == "/zoeken/alles/"  # the site-wide search
    field = form.find("input", attrs={"name": "q"})
    assert form.find("label", attrs={"for": field["id"]}).text.strip()
    assert soup.select_one("header button[aria-controls=site-menu]")["aria-expanded"] == "false"


def render_with_messages(*messages):
    request = RequestFactory().get("/")
    request.session = {}
    storage = FallbackStorage(request)
    for level, text in messages:
        storage.add(level, text)
    html = Template(
        '{% for message in messages %}{% include "samenspel/includes/alert.html" '
        "with level=message.tags %}{% endfor %}"
    ).render(Context({"messages": storage}))
    return BeautifulSoup(html, "html.parser")


def test_messages_are_alerts_of_their_kind_with_the_kind_in_words():
    with translation.override("nl"):
        soup = render_with_messages(
            (constants.SUCCESS, "Opgeslagen."), (constants.ERROR, "Niet gelukt.")
        )
    ok, error = soup.find_all("div", class_="utrecht-alert")
    assert "utrecht-alert--ok" in ok["class"] and "Gelukt:" in ok.text and "Opgeslagen." in ok.text
    assert "utrecht-alert--error" in error["class"] and error.text.split()[0] == "Fout:"


def render_form(form):
    with translation.override("nl"):
        return BeautifulSoup(Template("{{ form }}").render(Context({"form": form})), "html.parser")


def test_a_form_with_errors_starts_with_a_summary_linking_to_each_field():
    soup = render_form(ReportForm(data={}))
    summary = soup.find(attrs={"data-error-summary": True})
    assert summary is soup.find(True)  # the first element of the form
    assert summary["tabindex"] == "-1"
    assert soup.find(id=summary["aria-labelledby"]).text == "Er ging iets mis"
    links = summary.find_all("a")
    assert links, "every field error is a link"
    for link in links:
        assert soup.find(id=link["href"][1:]) is not None, link["href"]
    assert any(link["href"] == "#id_reason" for link in links)


def test_a_valid_or_unbound_form_has_no_summary():
    assert render_form(ReportForm()).find(attrs={"data-error-summary": True}) is None


def render_contents(body, layout=""):
    template = Template(
        "{% load samenspel_chrome %}{% contents_list "
        + layout
        + " %}"
        + body
        + "{% endcontents_list %}"
    )
    with translation.override("nl"):
        return BeautifulSoup(template.render(Context()), "html.parser")


def test_the_contents_list_links_every_h2_and_gives_missing_ids():
    soup = render_contents(
        '<h2 id="doel">Doel</h2><p>x</p><h2>Wie doet <em>wat</em></h2><h2>Stappen</h2><h3>Niet</h3>'
    )
    nav = soup.find("nav", class_="contents-list")
    assert soup.find(id=nav["aria-labelledby"]).text == "Op deze pagina"
    links = [(a["href"], a.text) for a in nav.find_all("a")]
    assert links == [
        ("#doel", "Doel"),
        ("#kop-wie-doet-wat", "Wie doet wat"),
        ("#kop-stappen", "Stappen"),
    ]
    for href, _text in links:
        assert soup.find("h2", id=href[1:]) is not None
    assert soup.find("div", class_="with-contents") is not None


def test_the_contents_list_keeps_ids_unique_and_can_stay_inline():
    soup = render_contents("<h2>Tips</h2><h2>Tips</h2><h2>Tips</h2>", '"inline"')
    ids = [h2["id"] for h2 in soup.find_all("h2")]
    assert ids == ["kop-tips", "kop-tips-2", "kop-tips-3"]
    assert soup.find("div", class_="with-contents") is None
    assert soup.find("nav", class_="contents-list") is not None


def test_a_short_page_gets_no_contents_list():
    soup = render_contents("<h2>Een</h2><h2>Twee</h2>")
    assert soup.find("nav") is None and len(soup.find_all("h2")) == 2
