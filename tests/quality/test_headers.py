"""Security headers and CSRF tokens on every page a URL pattern or the page tree can reach.

Walks every URL pattern that reverses without arguments plus every live Wagtail page of the demo
site, anonymously and as a logged-in professional, and asserts on each response: no server
error, X-Content-Type-Options nosniff, a Referrer-Policy, a Content-Security-Policy that forbids
framing (except where framing is the point), and a CSRF token in every POST form.
"""

from html.parser import HTMLParser

import pytest
from django.contrib.auth import get_user_model
from django.urls import NoReverseMatch, URLPattern, URLResolver, get_resolver, reverse
from wagtail.models import Page

# The Wagtail admin frames its own previews; the intranet embed views set frame-ancestors per
# organisation (tested in tests/embed). Their other headers are still checked.
FRAMEABLE_PREFIXES = ("/admin/", "/embed/", "/oembed/")
# Not pages: the admin (Wagtail's own suite) and the log-out action.
SKIPPED_PREFIXES = ("/admin/", "/accounts/logout/")
MEMBER = "professional.lt@samenspel.example"


def reversible_paths():
    """Every named URL pattern that needs no arguments, by path."""
    paths = set()

    def walk(resolver, namespace):
        for pattern in resolver.url_patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                try:
                    paths.add(reverse(namespace + pattern.name))
                except NoReverseMatch:
                    continue

    walk(get_resolver(), "")
    return sorted(p for p in paths if not p.startswith(SKIPPED_PREFIXES))


def site_paths():
    pages = Page.objects.live().filter(depth__gt=1).specific()
    return sorted({page.url for page in pages if page.url} | set(reversible_paths()))


class PostForms(HTMLParser):
    """Collects, per <form method=post>, whether a csrfmiddlewaretoken input is inside."""

    def __init__(self):
        super().__init__()
        self.forms, self._open = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form" and (attrs.get("method") or "").lower() == "post":
            self._open = {"action": attrs.get("action") or "", "csrf": False}
            self.forms.append(self._open)
        elif tag == "input" and self._open and attrs.get("name") == "csrfmiddlewaretoken":
            self._open["csrf"] = bool(attrs.get("value"))

    def handle_endtag(self, tag):
        if tag == "form":
            self._open = None


def header_problems(path, response):
    problems = []
    if response.status_code >= 500:
        return [f"HTTP {response.status_code}"]
    if response.get("X-Content-Type-Options") != "nosniff":
        problems.append("no X-Content-Type-Options: nosniff")
    if not response.get("Referrer-Policy"):
        problems.append("no Referrer-Policy")
    csp = response.get("Content-Security-Policy", "")
    if not path.startswith(FRAMEABLE_PREFIXES) and "frame-ancestors 'none'" not in csp:
        problems.append(f"CSP without frame-ancestors 'none': {csp!r}")
    content_type = response.get("Content-Type", "")
    if content_type.startswith("text/html"):
        parser = PostForms()
        parser.feed(response.content.decode(response.charset or "utf-8", "replace"))
        for form in parser.forms:
            if not form["csrf"]:
                problems.append(f"POST form to {form['action']!r} without a CSRF token")
    return problems


def check_every_path(client):
    failures = []
    checked = 0
    for path in site_paths():
        response = client.get(path, follow=False)
        checked += 1
        failures += [f"{path}: {problem}" for problem in header_problems(path, response)]
    return checked, failures


@pytest.fixture
def member_client(client, seeded_module):
    client.force_login(get_user_model().objects.get(email=MEMBER))
    return client


@pytest.mark.django_db
def test_anonymous_pages_send_security_headers_and_csrf_tokens(client, seeded_module):
    checked, failures = check_every_path(client)
    assert checked > 20
    assert not failures, "\n".join(failures)


@pytest.mark.django_db
def test_member_pages_send_security_headers_and_csrf_tokens(member_client):
    checked, failures = check_every_path(member_client)
    assert checked > 20
    assert not failures, "\n".join(failures)


def test_form_parser_notices_a_missing_token():
    parser = PostForms()
    parser.feed(
        '<form method="post" action="/a"><input name="csrfmiddlewaretoken" value="x"></form>'
        '<form method="POST" action="/b"><input name="q"></form><form action="/c"></form>'
    )
    assert [(f["action"], f["csrf"]) for f in parser.forms] == [("/a", True), ("/b", False)]
