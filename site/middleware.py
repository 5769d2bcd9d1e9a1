from urllib.parse import unquote_to_bytes

from django.conf import settings
from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import redirect
from django.urls import reverse

from .permissions import has_role

JSON_PREFIXES = ("/oembed/", "/api/")
MFA_EXEMPT_PREFIXES = ("/accounts/", "/static/", "/healthz", "/i18n/")


class RequireMFAMiddleware:
    """Editors and task-team members must set up TOTP before anything else, when enforced.

    Production turns this on (SAMENSPEL_ENFORCE_MFA); everyone else may opt in to two-factor
    authentication from their account page.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.must_set_up_mfa(request):
            return redirect(reverse("mfa_activate_totp"))
        return self.get_response(request)

    def must_set_up_mfa(self, request):
        user = request.user
        if not settings.SAMENSPEL_ENFORCE_MFA or not user.is_authenticated:
            return False
        if request.path.startswith(MFA_EXEMPT_PREFIXES):
            return False
        needs_mfa = user.is_superuser or has_role(user, *settings.SAMENSPEL_MFA_ROLES)
        return needs_mfa and not user.authenticator_set.exists()


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
        from django.http import Http404

        if isinstance(exception, Http404) and self.active():
            return self.not_found(request, exception)
        return None

    def not_found(self, request, exception):
        from django.http import Http404
        from django.urls import get_resolver

        handler = get_resolver().resolve_error_handler(404)
        return handler(request, exception or Http404())
