"""The anonymous page cache in front of sessions and routing (samenspel.pagecache)."""

import pytest
from django.http import HttpResponse
from django.test import Client, RequestFactory
from wagtail.models import Page, Site

from samenspel.models import HomePage, StandardPage
from samenspel.pagecache import is_shareable

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


def test_a_shared_page_carries_no_per_visitor_state(home):
    Client().get("/")  # fills the cache
    visitor = Client(enforce_csrf_checks=True)
    page = visitor.get("/", HTTP_ACCEPT_LANGUAGE="en")
    assert page[HIT] == "hit"
    html = page.content.decode()
    assert "csrfmiddlewaretoken" not in html and not page.cookies  # nothing of one visitor
    assert page["Cache-Control"] == "public, max-age=0, s-maxage=300"
    assert "Cookie" in page["Vary"] and "Accept-Language" in page["Vary"]
    assert page["Content-Language"] == "nl"
    response = visitor.get("/taal/nl/?next=/")  # the one language; old links keep working
    assert (response.status_code, response["Location"]) == (302, "/")
    assert visitor.get("/")[HIT] == "hit"


def test_the_language_link_goes_back_to_this_site_only(client, home):
    response = client.get("/taal/nl/?next=https://evil.example/")
    assert response["Location"] == "/"
    assert client.get("/taal/en/?next=/").status_code == 404


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


def test_personal_pages_are_never_kept_by_shared_caches(client, home, professional):
    client.force_login(professional)
    response = client.get("/")
    assert set(response["Cache-Control"].split(", ")) == {"private", "no-store"}
    anonymous_login_form = Client().get("/accounts/login/")  # a CSRF token: this visitor's own
    assert "csrfmiddlewaretoken" in anonymous_login_form.content.decode()
    assert "private" in anonymous_login_form["Cache-Control"]
    assert "public" not in anonymous_login_form["Cache-Control"]


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
    request = RequestFactory().get("/")
    assert is_shareable(request, HttpResponse("ok"))
    with_cookie = HttpResponse("ok")
    with_cookie.set_cookie("sessionid", "x")
    private = HttpResponse("ok", headers={"Cache-Control": "private"})
    assert not is_shareable(request, with_cookie) and not is_shareable(request, private)
    request.META["CSRF_COOKIE_NEEDS_UPDATE"] = True  # the page holds a CSRF token
    assert not is_shareable(request, HttpResponse("ok"))


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
