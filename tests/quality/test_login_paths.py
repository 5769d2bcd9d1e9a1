"""Every URL that accepts a password, found from the code, and the rules each must meet.

The list is not written by hand: the test walks every URL pattern of the project
(``get_resolver()``), renders each one it can (anonymously, as a professional and as a
superuser; arguments filled in where a pattern has simple converters), and keeps every form with
an ``<input type="password">``; it also inspects each class-based view's form classes for a
``PasswordInput`` widget, so a POST-only endpoint is found too. A login, password or
reauthentication form added later falls into these tests by itself.

Rules (issue 13, finding 1):

- every such form is served by allauth, except the few listed in ``OWN_PASSWORD_CHECKS``, which
  check the password through allauth's reauthentication (so under its lockout);
- a form that logs someone in with a password does not let a user with TOTP in without the code;
- an account locked out at ``/accounts/login/`` (5 wrong passwords) is refused by every form that
  checks a password, also with the right one;
- every form is throttled: repeated wrong submissions are refused.

``/admin/login/`` (Wagtail's own login) was such a path without any of this; it now sends the
visitor to allauth's login and reads nothing posted to it.
"""

import inspect
import re
from html.parser import HTMLParser

import pytest
from django import forms
from django.test import Client
from django.urls import Resolver404, URLPattern, URLResolver, get_resolver, resolve

from samenspel.roles import Role
from tests.logins import enrol, is_logged_in, totp_code
from tests.site.factories import PASSWORD, OrganisationFactory, UserFactory, member

pytestmark = pytest.mark.django_db

# Forms outside allauth that ask for the user's own password, and how it is checked there.
OWN_PASSWORD_CHECKS = {
    "privacy:delete_account": "samenspel.accounts.check_own_password (allauth reauthentication)",
}
# The walk must at least find these (else it is broken, not the site safe).
EXPECTED = {
    "account_login",
    "account_signup",
    "account_reauthenticate",
    "account_change_password",
    "account_reset_password_from_key",
    "privacy:delete_account",
}
NEW_PASSWORD = "een-heel-nieuw-wachtwoord-77"
NEW_FIELD_NAMES = {"password1", "password2", "new_password1", "new_password2"}
SKIP = re.compile(r"logout")  # GET must not end the session used for the walk
THROTTLED = ("Te veel", "Wees geduldig")


# --- finding the forms ------------------------------------------------------------------------


def walk(patterns, prefix="", namespace=""):
    for entry in patterns:
        route = prefix + str(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            yield from walk(entry.url_patterns, route, inner)
        elif isinstance(entry, URLPattern):
            yield route, entry, f"{namespace}{entry.name}" if entry.name else None


def concrete_path(route, fill):
    """A path for ``route``, with converters filled in; None for regular expressions that
    need a match or for ``path`` converters."""
    route = route.replace("^", "").replace("$", "").replace("\\Z", "")
    route = re.sub(r"\(\?P<\w+>[^()]*\)", "1", route)  # a named regex group: "1" fits most

    def value(match):
        converter = match.group(1) or "str"
        return {"int": fill, "str": fill, "slug": "delft", "uuid": None}.get(converter)

    parts = re.split(r"(<(?:(\w+):)?\w+>)", route)
    out = []
    for part in parts:
        converter = re.fullmatch(r"<(?:(\w+):)?\w+>", part or "")
        if converter:
            filled = value(converter)
            if filled is None:
                return None
            out.append(str(filled))
        elif part and re.search(r"[()\[\]*+?\\|{}]", part):
            return None
        elif part:
            out.append(part)
    return "/" + "".join(out)


class PasswordForms(HTMLParser):
    """The forms of a page with their inputs; keeps those with a password input."""

    def __init__(self):
        super().__init__()
        self.forms, self.current = [], None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.current = {"action": attrs.get("action") or "", "inputs": []}
            self.forms.append(self.current)
        elif tag in {"input", "textarea", "select"} and self.current is not None:
            self.current["inputs"].append({"tag": tag, **attrs})

    def handle_endtag(self, tag):
        if tag == "form":
            self.current = None

    @classmethod
    def of(cls, html):
        parser = cls()
        parser.feed(html)
        return [
            form
            for form in parser.forms
            if any(i.get("type") == "password" for i in form["inputs"])
        ]


def own_post_form(html, path):
    """Does the page hold a POST form sent to the page itself?"""
    for tag in re.findall(r"<form\b[^>]*>", html, flags=re.IGNORECASE):
        action = re.search(r'action="([^"]*)"', tag)
        if 'method="post"' in tag.lower() and (not action or action.group(1) in ("", path)):
            return True
    return False


def form_classes_of(callback):
    """Form classes a view names: a class-based view's attributes (and as_view() arguments),
    or the globals a function view's code refers to."""
    view_class = getattr(callback, "view_class", None)
    candidates = list(getattr(callback, "view_initkwargs", {}).values())
    for klass in inspect.getmro(view_class) if view_class else []:
        candidates += list(vars(klass).values())
    function = inspect.unwrap(callback)
    if view_class is None and hasattr(function, "__code__"):
        names = function.__code__.co_names
        candidates += [function.__globals__.get(name) for name in names]
    return [c for c in candidates if inspect.isclass(c) and issubclass(c, forms.BaseForm)]


def has_password_field(form_class):
    return any(
        isinstance(field.widget, forms.PasswordInput) for field in form_class.base_fields.values()
    )


def view_module(callback):
    target = getattr(callback, "view_class", callback)
    return target.__module__


@pytest.fixture
def people(db):
    delft = OrganisationFactory(name="Delft", slug="delft")
    programme = OrganisationFactory(name="Opgaveteam", slug="opgaveteam", kind="programme")
    return {
        "professional": member(delft, Role.PROFESSIONAL, email="pro@example.org"),
        "editor": member(programme, Role.EDITOR, email="redacteur@example.org"),
        "superuser": UserFactory(email="super@example.org", is_superuser=True, is_staff=True),
    }


def find_password_urls(people):
    """{path: {"name", "callback", "forms": [...], "viewer"}} for every password form found."""
    found = {}
    clients = {"anonymous": Client(raise_request_exception=False)}
    for who in ("professional", "superuser"):
        clients[who] = Client(raise_request_exception=False)
        clients[who].force_login(people[who])
    fill = people["superuser"].pk
    inspected, rendered = {}, set()
    for route, pattern, name in walk(get_resolver().url_patterns):
        path = concrete_path(route, fill)
        if any(has_password_field(form) for form in form_classes_of(pattern.callback)):
            inspected[path or route] = (name, pattern.callback)
        if path is None or SKIP.search(path):
            continue
        for who, client in clients.items():
            response = client.get(path)
            if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
                continue
            if own_post_form(response.content.decode(), path):
                rendered.add(path)  # its form is shown: what it holds is what counts
            for form in PasswordForms.of(response.content.decode()):
                action = form["action"] or path
                entry = found.setdefault(action, {"name": None, "forms": [], "viewer": None})
                entry["forms"].append(form)
                if entry["viewer"] is None or who == "anonymous":
                    entry["viewer"] = who
    # A view whose form class has a password field counts unless its page showed its form
    # without one (a setting removed the field), or another view answers its address first.
    for path, (name, callback) in inspected.items():
        if path in rendered or path in found:
            continue
        try:
            reachable = resolve(path).func is callback
        except Resolver404:
            reachable = True  # a route that could not be filled in
        if reachable:
            found[path] = {"name": name, "forms": [], "viewer": None, "callback": callback}
    for action, entry in found.items():
        if "callback" not in entry:
            match = resolve(action.split("?")[0])
            entry["callback"], entry["name"] = match.func, match.view_name
    return found


WALKED = {}


@pytest.fixture
def password_urls(people):
    """Walked once per run (the walk renders a few hundred pages)."""
    if not WALKED:
        WALKED.update(find_password_urls(people))
    return WALKED


# --- posting a found form -----------------------------------------------------------------------


def is_new_password(field):
    return field.get("autocomplete") == "new-password" or field.get("name") in NEW_FIELD_NAMES


def fill(form, email, password):
    data = {}
    for field in form["inputs"]:
        name, kind = field.get("name"), field.get("type", "text")
        if not name or kind in {"submit", "button"}:
            continue
        if kind == "password":
            data[name] = NEW_PASSWORD if is_new_password(field) else password
        elif kind == "checkbox":
            data[name] = field.get("value", "on")
        elif kind == "email" or name in {"login", "email", "username"}:
            data[name] = email
        else:
            data[name] = field.get("value", "")
    return data


def checks_a_password(entry):
    return any(
        not is_new_password(f)
        for form in entry["forms"]
        for f in form["inputs"]
        if f.get("type") == "password"
    )


def lock_out(email):
    outsider = Client()
    for _ in range(5):
        outsider.post("/accounts/login/", {"login": email, "password": "fout-wachtwoord-1"})


def client_for(entry, people, user):
    client = Client()
    if entry["viewer"] != "anonymous":
        client.force_login(user)
    return client


# --- the tests ----------------------------------------------------------------------------------


def test_the_walk_finds_every_known_password_form(password_urls):
    names = {entry["name"] for entry in password_urls.values()}
    assert names >= EXPECTED, f"not found: {EXPECTED - names}"


def test_every_password_form_is_allauths(password_urls):
    outside = {
        path: entry["name"]
        for path, entry in password_urls.items()
        if not view_module(entry["callback"]).startswith("allauth.")
        and entry["name"] not in OWN_PASSWORD_CHECKS
    }
    assert outside == {}, (
        "These addresses accept a password outside allauth. Send them to allauth's pages, or, "
        "for a form that asks for the user's own password, check it with "
        "samenspel.accounts.check_own_password and list it in OWN_PASSWORD_CHECKS."
    )


def test_wagtail_admin_login_leads_to_allauth_and_accepts_nothing(client, people):
    editor = people["editor"]
    response = client.post("/admin/login/", {"username": editor.username, "password": PASSWORD})
    assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert not is_logged_in(client)


def login_forms(password_urls):
    return {
        path: entry
        for path, entry in password_urls.items()
        if entry["viewer"] == "anonymous" and checks_a_password(entry)
    }


def test_no_login_form_lets_a_user_with_totp_in_without_the_code(password_urls, people, settings):
    settings.SAMENSPEL_ENFORCE_MFA = True
    editor = people["editor"]
    secret = enrol(editor)
    assert login_forms(password_urls), "no login form found"
    for path, entry in login_forms(password_urls).items():
        client = Client()
        client.post(path, fill(entry["forms"][0], editor.email, PASSWORD))
        assert not is_logged_in(client), path
        for private in ["/admin/", "/feedback/beheer/", "/casusbank/beoordelen/"]:
            assert client.get(private).status_code == 302, (path, private)
    # The code completes the login at allauth's login (the code is used once).
    client = Client()
    client.post("/accounts/login/", {"login": editor.email, "password": PASSWORD})
    client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert client.get("/feedback/beheer/").status_code == 200


def test_a_locked_out_account_is_refused_by_every_password_check(password_urls, people):
    """Finding 1: locked out at /accounts/login/, still in through /admin/login/."""
    checked = {p: e for p, e in password_urls.items() if checks_a_password(e)}
    assert checked
    for path, entry in checked.items():
        user = member_for(people)
        lock_out(user.email)
        client = client_for(entry, people, user)
        before = is_logged_in(client)
        response = client.post(path, fill(entry["forms"][0], user.email, PASSWORD))
        body = response.content.decode()
        user.refresh_from_db()
        assert response.status_code in (200, 400, 403, 429) and (
            response.status_code == 429 or any(text in body for text in THROTTLED)
        ), path
        assert is_logged_in(client) == before, path
        assert user.check_password(PASSWORD), path


def member_for(people, counter=[0]):  # noqa: B006 - a fresh address per call
    counter[0] += 1
    return UserFactory(email=f"slot{counter[0]}@example.org")


def test_every_password_form_is_throttled(password_urls, people):
    """Finding 1: 25 wrong passwords at /admin/login/ all got 200."""
    for path, entry in password_urls.items():
        if entry["forms"]:
            form = entry["forms"][0]
        else:  # found only in the view's form class: post its password fields
            form = {"inputs": [{"name": "password", "type": "password"}]}
        user = member_for(people)
        client = client_for(entry, people, user)
        statuses, refused = [], False
        for attempt in range(40):
            data = fill(form, f"onbekend{attempt}@example.org", f"fout-{attempt}-wachtwoord")
            response = client.post(path, data)
            statuses.append(response.status_code)
            body = response.content.decode(errors="replace")
            if response.status_code == 429 or any(text in body for text in THROTTLED):
                refused = True
                break
        assert refused, f"{path}: 40 wrong submissions, none refused ({set(statuses)})"


# --- the forms around the password: the second step and the reset request ------------------------


def second_step_client(people, settings):
    settings.SAMENSPEL_ENFORCE_MFA = True
    editor = people["editor"]
    secret = enrol(editor)
    client = Client()
    client.post("/accounts/login/", {"login": editor.email, "password": PASSWORD})
    return client, secret


def test_the_code_form_locks_after_five_wrong_codes(people, settings):
    client, secret = second_step_client(people, settings)
    for _ in range(5):
        client.post("/accounts/2fa/authenticate/", {"code": "000000"})
    response = client.post("/accounts/2fa/authenticate/", {"code": totp_code(secret)})
    assert "Te veel" in response.content.decode()
    assert not is_logged_in(client)


def test_the_code_asked_again_locks_too(people, settings):
    settings.SAMENSPEL_ENFORCE_MFA = True
    editor = people["editor"]
    secret = enrol(editor)
    client = Client()
    client.force_login(editor)  # a session without the second step
    for _ in range(5):
        client.post("/accounts/2fa/reauthenticate/", {"code": "000000"})
    response = client.post("/accounts/2fa/reauthenticate/", {"code": totp_code(secret)})
    assert response.status_code in (200, 429)
    assert client.get("/admin/").status_code == 302


def test_setting_up_totp_is_throttled(people, settings):
    client = Client()
    client.force_login(people["professional"])
    client.post("/accounts/reauthenticate/", {"password": PASSWORD})
    client.get("/accounts/2fa/totp/activate/")
    bodies = [
        client.post("/accounts/2fa/totp/activate/", {"code": "000000"}).content.decode()
        for _ in range(6)
    ]
    assert any(any(text in body for text in THROTTLED) for body in bodies)


def test_password_reset_requests_are_throttled(people):
    client = Client()
    email = people["professional"].email
    statuses = [
        client.post("/accounts/password/reset/", {"email": email}).status_code for _ in range(8)
    ]
    assert 429 in statuses
