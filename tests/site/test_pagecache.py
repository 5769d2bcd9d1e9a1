"""The anonymous page cache in front of sessions and routing (samenspel.pagecache)."""

import re

import pytest
from django.http import HttpResponse
from django.test import Client
from wagtail.models import Page, Site

from samenspel.models import HomePage, StandardPage
from samenspel.pagecache import is_storable

pytestmark = pytest.mark.django_db

HIT = "X-Samenspel-Cache"


@pytest.fixture
def home(db):
    home = Page.get_first_root_node().add_child(
        instance=HomePage(title="Samenspel", slug="start", intro="<p>Welkom.</p>")
    )
    Site.objects.update_or_create(
        is_default_site=True, defaults={"hostname": "testserver", "port": 80, "root_page": home}
    )
    return home


def csrf_token_in(response):
    return re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', response.content.decode())[1]


def test_a_repeat_visit_is_answered_without_touching_the_database(
    client, home, django_assert_num_queries
):
    first = client.get("/")
    assert first.status_code == 200 and HIT not in first
    with django_assert_num_queries(0):
        second = client.get("/")
    assert second[HIT] == "hit"
    assert second.content.decode().count("Welkom.") == 1
    # The headers of the page itself come along: language, framing and content policy.
    for header in (
        "Content-Type",
        "Content-Language",
        "X-Frame-Options",
        "Content-Security-Policy",
    ):
        assert second[header] == first[header]


def test_the_language_switch_form_of_a_cached_page_works_for_a_new_visitor(home):
    Client().get("/")  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/")
    assert page[HIT] == "hit"
    assert "csrftoken" in page.cookies  # a token of their own, not the first visitor's
    response = visitor.post(
        "/i18n/setlang/",
        {"language": "en", "next": "/", "csrfmiddlewaretoken": csrf_token_in(page)},
    )
    assert response.status_code == 302
    english = visitor.get("/")
    assert HIT not in english  # English has its own entry
    assert english["Content-Language"] == "en"
    assert visitor.get("/")[HIT] == "hit"


def test_visitors_with_a_session_are_never_served_from_or_fill_the_cache(
    client, home, professional
):
    client.force_login(professional)
    for _ in range(2):
        response = client.get("/")
        assert HIT not in response
        assert "Log out" in response.content.decode() or "Uitloggen" in response.content.decode()
    anonymous = Client()
    assert HIT not in anonymous.get("/")  # the member's visits stored nothing


def test_a_publish_anywhere_stales_cached_pages_at_once(client, home):
    about = home.add_child(instance=StandardPage(title="Over ons", slug="over", show_in_menus=True))
    client.get("/")
    assert client.get("/")[HIT] == "hit"
    about.title = "Over het netwerk"
    about.save_revision().publish()
    fresh = client.get("/")
    assert HIT not in fresh
    assert "Over het netwerk" in fresh.content.decode()


def test_only_plain_successful_answers_are_stored(client, home):
    for _ in range(2):
        assert HIT not in client.get("/bestaat-niet/")  # 404s are not cached
    ok = HttpResponse("ok")
    assert is_storable(ok)
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("sessionid", "x")
    private = HttpResponse("ok", headers={"Cache-Control": "private"})
    assert not is_storable(with_cookie) and not is_storable(private)


def test_flash_messages_and_credentials_bypass_the_cache(client, home):
    client.get("/")
    assert client.get("/")[HIT] == "hit"
    messages = Client()
    messages.cookies["messages"] = "x"
    assert HIT not in messages.get("/")  # a flash message is for one visitor only
    assert HIT not in client.get("/", HTTP_AUTHORIZATION="Bearer x")


def test_a_request_sees_one_generation_throughout():
    from django.core.cache import cache

    from samenspel.cache import Generation, _finish_request, _start_request

    # The receivers of request_started/finished (sending the signals would also close the
    # test's database connection).
    pages = Generation("test:generation")
    _start_request()
    first = pages.current()
    cache.incr(pages.key)  # another process publishes meanwhile
    assert pages.current() == first  # this request stays consistent
    pages.bump()  # but its own publish counts at once
    assert pages.current() == first + 2
    _finish_request()
    cache.incr(pages.key)
    assert pages.current() == first + 3  # outside requests: read every time
