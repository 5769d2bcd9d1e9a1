"""Whole-response cache for anonymous visitors, in front of sessions, authentication and routing.

Most visitors of the method pages are not logged in, and their pages are the same for everyone
who asks in the same language. A view opts its response in with ``cache_for_anonymous()``; this
middleware, placed right after the security middleware and whitenoise, stores the response and
answers the next anonymous request for the same address without touching the session, the user,
Wagtail's routing or the database.

A request counts as anonymous only when it carries no session and no message cookie and no
Authorization header; everybody else goes the normal way. What a stored response depends on is
named by the generation counters (``samenspel.cache.Generation``) the view passes in: bumping one
(a page publish, a glossary edit, new embed settings) stales every entry that named it, checked
on every hit. CSRF tokens in cached forms are replaced by a fresh token for each visitor, exactly
as Django's CSRF middleware would. A view that must still count a visit on a hit passes
``on_hit``: a dotted path and arguments, called for every GET served from the cache.
"""

import hashlib
import re

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.module_loading import import_string
from django.utils.translation import get_language_from_request

from .cache import PAGES

DEFAULT_TIMEOUT = 60 * 60
CSRF_INPUT_PATTERN = r'(name="csrfmiddlewaretoken" value=")[^"]*(")'
CSRF_INPUT = re.compile(CSRF_INPUT_PATTERN.encode())
CSRF_PLACEHOLDER = b"__samenspel_csrf__"
HIT_HEADER = "X-Samenspel-Cache"
# Headers that belong to one answer only; the cached copy gets its own.
UNCACHED_HEADERS = {"set-cookie", "content-length", HIT_HEADER.lower()}
PRIVATE_CACHE_CONTROL = re.compile(r"\b(private|no-store|no-cache)\b")


def cache_for_anonymous(response, *generations, timeout=DEFAULT_TIMEOUT, on_hit=None):
    """Mark ``response`` as the same for every anonymous visitor of this address and language,
    valid until one of ``generations`` is bumped or ``timeout`` seconds pass."""
    response.samenspel_page_cache = {
        "generations": generations,
        "timeout": timeout,
        "on_hit": on_hit,
    }
    return response


def without_csrf_tokens(html):
    """Rendered HTML (str) with its CSRF tokens swapped for a placeholder, to share it."""
    return re.sub(CSRF_INPUT_PATTERN, r"\1" + CSRF_PLACEHOLDER.decode() + r"\2", html)


def with_csrf_token(html, token):
    """Shared HTML with this visitor's CSRF token where the placeholder stands."""
    return html.replace(CSRF_PLACEHOLDER.decode(), token)


def is_anonymous_request(request):
    cookies = request.COOKIES
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def entry_key(request):
    """Keyed by scheme, host, language and path + query string. The host is taken as sent: an
    entry only exists for a host that passed ALLOWED_HOSTS on the way in."""
    address = f"{request.META.get('HTTP_HOST', '')}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode("utf-8", "surrogateescape")).hexdigest()[:32]
    # v2: entries name their on_hit callback by dotted path, and embed's moved (samenspel.embed ->
    # embed); entries stored before that must not be found after a deploy.
    return f"pagecache:v2:{request.scheme}:{get_language_from_request(request)}:{digest}"


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)

    def __call__(self, request):
        if not is_anonymous_request(request):
            return self.get_response(request)
        key = entry_key(request)
        entry = cache.get(key)
        if entry is not None and is_current(entry):
            return self.replay(entry, request)
        response = self.get_response(request)
        if request.method == "GET":
            store(key, response)
        return response

    def replay(self, entry, request):
        content = entry["content"]
        if CSRF_PLACEHOLDER in content:
            self.csrf.process_request(request)
            content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
        response = HttpResponse(content, status=entry["status"])
        for name, value in entry["headers"]:
            response[name] = value
        response[HIT_HEADER] = "hit"
        if entry["on_hit"] and request.method == "GET":
            path, args = entry["on_hit"]
            import_string(path)(*args)
        return self.csrf.process_response(request, response)


def is_current(entry):
    generations = entry["generations"]
    return not generations or cache.get_many(list(generations)) == generations


def store(key, response):
    marks = getattr(response, "samenspel_page_cache", None)
    if marks is None or not is_storable(response):
        return
    content = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
    entry = {
        "status": response.status_code,
        "headers": [(k, v) for k, v in response.items() if k.lower() not in UNCACHED_HEADERS],
        "content": content,
        "generations": {
            generation.key: generation.current() for generation in marks["generations"]
        },
        "on_hit": marks["on_hit"],
    }
    cache.set(key, entry, marks["timeout"])


def is_storable(response):
    """Only complete 200 answers that set no cookie but the CSRF one and allow shared caching."""
    return (
        response.status_code == 200
        and not response.streaming
        and set(response.cookies) <= {settings.CSRF_COOKIE_NAME}
        and not PRIVATE_CACHE_CONTROL.search(response.get("Cache-Control", ""))
    )


class AnonymousCachedPageMixin:
    """Wagtail page mixin: anonymous answers are cached until any page is published."""

    def serve(self, request, *args, **kwargs):
        return cache_for_anonymous(super().serve(request, *args, **kwargs), PAGES)
