"""Remembered page routes (samenspel.routing): fewer queries, never a wrong page."""

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from wagtail.models import Page, Site

from samenspel.models import HomePage, StandardPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(db):
    home = Page.get_first_root_node().add_child(instance=HomePage(title="Samenspel", slug="start"))
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    about = home.add_child(instance=StandardPage(title="Over", slug="over"))
    team = about.add_child(instance=StandardPage(title="Het team", slug="team"))
    elsewhere = home.add_child(instance=StandardPage(title="Elders", slug="elders"))
    return home, about, team, elsewhere


def queries(client, url):
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url, HTTP_COOKIE="sessionid=none")  # past the anonymous cache
    return response, len(captured)


def test_a_remembered_route_costs_fewer_queries(client, pages):
    first, cold = queries(client, "/over/team/")
    second, warm = queries(client, "/over/team/")
    assert first.status_code == second.status_code == 200
    assert "Het team" in second.content.decode()
    assert warm < cold


def test_a_moved_or_unpublished_page_is_not_served_at_its_old_address(client, pages):
    _home, _about, team, elsewhere = pages
    queries(client, "/over/team/")  # remembered
    team.move(elsewhere, pos="last-child")  # a move publishes nothing
    old = queries(client, "/over/team/")[0]
    assert (old.status_code, old["Location"]) == (301, "/elders/team/")  # Wagtail's redirect
    assert queries(client, "/elders/team/")[0].status_code == 200
    queries(client, "/elders/team/")
    Page.objects.get(pk=team.pk).specific.unpublish()
    assert queries(client, "/elders/team/")[0].status_code == 404


def test_a_changed_site_root_takes_effect_at_once(client, pages):
    home, about, _team, _elsewhere = pages
    assert queries(client, "/team/")[0].status_code == 404
    site = Site.objects.get(is_default_site=True)
    site.root_page = about
    site.save()  # as the admin does
    assert queries(client, "/team/")[0].status_code == 200
    assert queries(client, "/over/team/")[0].status_code == 404
