import time
from abc import ABC, abstractmethod
from urllib.parse import unquote_to_bytes, urlencode

from django.conf import settings
from django.contrib import messages
from django.contrib.auth import logout
from django.contrib.auth.views import redirect_to_login
from django.http import Http404, HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.urls import Resolver404, get_resolver, resolve, reverse
from django.utils.translation import gettext as _

from .accounts import LOGIN_AT, SEEN_AT, has_totp, note_login, requires_mfa, session_used_mfa
from .views import health

JSON_PREFIXES = ("/oembed/", "/api/")
# Open to everyone logged in, whatever their second step: files, the health check, language.
ALWAYS_OPEN_PREFIXES = (
    "/static/",
    "/media/",
    "/healthz",
    "/readyz",
    "/i18n/",
    "/favicon.ico",
)
# A user who must use two-step verification but has not set it up reaches only these.
ENROLMENT_URL_NAMES = frozenset(
    {
        "mfa_activate_totp",
        "mfa_view_recovery_codes",
        "mfa_download_recovery_codes",
        "mfa_generate_recovery_codes",
        "account_reauthenticate",
        "account_logout",
    }
)
# A user with TOTP whose session skipped the code reaches only these until they enter one.
SECOND_STEP_URL_NAMES = frozenset({"mfa_reauthenticate", "account_logout"})


def url_name(request):
    try:
        return resolve(request.path_info).url_name
    except Resolver404:
        return None


class GuardMiddleware(ABC):
    """A middleware whose ``check(request)`` may answer instead of the view (None: go on)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.check(request)
        return response or self.get_response(request)

    @abstractmethod
    def check(self, request):
        """A response that ends the request here, or None."""


class RequireMFAMiddleware(GuardMiddleware):
    """Two-step verification for the roles that need it (``samenspel.accounts.requires_mfa``).

    When enforced (``SAMENSPEL_ENFORCE_MFA``, on by default): such a user without TOTP reaches
    only the set-up pages (TOTP, then the recovery codes), logging out, static files and the
    health check; a user with TOTP whose session did not pass the second step (allauth's
    authentication records in the session hold no "mfa" step) is asked for a code first.
    """

    def check(self, request):
        user = request.user
        if not settings.SAMENSPEL_ENFORCE_MFA or not user.is_authenticated:
            return None
        if request.path.startswith(ALWAYS_OPEN_PREFIXES) or not requires_mfa(user):
            return None
        if session_used_mfa(request):  # no query: the session passed the second step
            return None
        name = url_name(request)
        if not has_totp(user):
            if name in ENROLMENT_URL_NAMES:
                return None
            messages.warning(
                request,
                _("Your role requires two-step verification. Set it up first, then continue."),
                fail_silently=True,
            )
            return redirect(reverse("mfa_activate_totp"))
        if name in SECOND_STEP_URL_NAMES:
            return None
        target = reverse("mfa_reauthenticate") + "?" + urlencode({"next": request.get_full_path()})
        return redirect(target)


class SessionLifetimeMiddleware(GuardMiddleware):
    """Every session ends ``SAMENSPEL_SESSION_MAX_AGE`` seconds after its login; for the roles
    that need two-step verification it also ends after ``SAMENSPEL_PRIVILEGED_IDLE_SECONDS``
    without a request. The session's own expiry follows along, so the server forgets it too."""

    def check(self, request):
        if not request.user.is_authenticated:
            return None
        session, now = request.session, time.time()
        login_at = session.get(LOGIN_AT)
        if login_at is None:  # a session from before this rule: its clock starts now
            note_login(request)
            login_at = now
        privileged = requires_mfa(request.user)
        seen_at = session.get(SEEN_AT, now)
        expired = now - login_at > settings.SAMENSPEL_SESSION_MAX_AGE or (
            privileged and now - seen_at > settings.SAMENSPEL_PRIVILEGED_IDLE_SECONDS
        )
        if expired:
            logout(request)
            messages.info(
                request,
                _("Your session has ended. Please log in again."),
                fail_silently=True,
            )
            return redirect_to_login(request.get_full_path(), reverse("account_login"))
        idle = settings.SAMENSPEL_PRIVILEGED_IDLE_SECONDS
        # Renewed at most once a minute (a session write), and at once after the login.
        if privileged and (now - seen_at > 60 or session.get_expiry_age() != idle):
            session[SEEN_AT] = now
            session.set_expiry(idle)
        return None


class AdminFramingMiddleware:
    """The Wagtail admin frames its own previews; every other page keeps X-Frame-Options DENY."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path.startswith("/admin/"):
            response["X-Frame-Options"] = "SAMEORIGIN"
            response["Content-Security-Policy"] = "frame-ancestors 'self'"
        return response


class RejectNulBytesMiddleware:
    """A NUL byte in the address is never meaningful, and PostgreSQL refuses it in any query:
    answer 400 before a view passes it to the database."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        address = request.path_info.encode() + b"?" + request.META.get("QUERY_STRING", "").encode()
        if b"\x00" in unquote_to_bytes(address):
            if request.path_info.startswith(JSON_PREFIXES):
                return JsonResponse({"error": "Invalid character in the address."}, status=400)
            return HttpResponseBadRequest("Ongeldig teken in het adres.")
        return self.get_response(request)


class SiteNotFoundPageMiddleware:
    """In development (DEBUG), show the site's own Dutch 404 page instead of Django's technical
    one, so `make run` looks like production. ``SAMENSPEL_DEBUG_404=1`` brings the technical
    page back for a developer who wants to see which URL patterns were tried.

    Two routes lead to a 404: a view raises Http404 (``process_exception``), or no URL pattern
    matches (the response comes back without a ``resolver_match``). A view that deliberately
    returns its own 404 response (an expired invitation, say) is left alone."""

    def __init__(self, get_response):
        self.get_response = get_response

    def active(self):
        return settings.DEBUG and not settings.SAMENSPEL_DEBUG_404

    def __call__(self, request):
        response = self.get_response(request)
        if (
            response.status_code == 404
            and self.active()
            and getattr(request, "resolver_match", None) is None
        ):
            return self.not_found(request, None)
        return response

    def process_exception(self, request, exception):
        if isinstance(exception, Http404) and self.active():
            return self.not_found(request, exception)
        return None

    def not_found(self, request, exception):
        handler = get_resolver().resolve_error_handler(404)
        return handler(request, exception or Http404())


class HealthProbeMiddleware:
    """Answers the probes (``/healthz``, ``/readyz``) before any middleware that needs the
    database or the cache (page cache, sessions, login, two-step verification, redirects), so a
    probe reports a broken cache or database instead of failing inside another middleware, and
    no probe ever creates a session or meets a login redirect."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        probe = {"/healthz": health.healthz, "/readyz": health.readyz}.get(request.path_info)
        if probe is None or request.method not in {"GET", "HEAD"}:
            return self.get_response(request)
        response = probe(request)
        # The header middleware further in is skipped: the same headers as every page.
        from csp.utils import build_policy

        response["X-Frame-Options"] = "DENY"
        response["Content-Security-Policy"] = build_policy()
        return response
