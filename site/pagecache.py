"""Whole answers for anonymous visitors, and the Cache-Control header of every answer.

Most visitors of the method pages are not logged in, and their pages are the same for everyone
who asks in the same language. A view marks its response as such with
``cache_for_anonymous()``; this middleware, placed right after the security middleware and
whitenoise, then

- stores it and answers the next anonymous request for the same address without touching the
  session, the user, Wagtail's routing or the database, until one of the generations the view
  named (``samenspel.cache``) is bumped or the entry expires; and
- sends ``Cache-Control: public, max-age=0, s-maxage=…`` so a front cache or CDN may serve it
  too (browsers ask again each time; shared caches keep it ``SAMENSPEL_SHARED_CACHE_SECONDS``,
  and ``wagtail.contrib.frontend_cache`` purges a page's URL when it is published).

Every other answer that has no Cache-Control of its own gets ``private`` (and ``no-store`` when
the visitor has a session or credentials): pages with a person's data, a CSRF token or a cookie
are never shared.

A request counts as anonymous only when it carries no session and no message cookie and no
Authorization header. A marked answer is shared only when it sets no cookie and used no CSRF
token: a page everybody shares carries no per-visitor state (the language switch is a link). A
view that must still count a visit on a hit passes ``on_hit``: a dotted path and arguments,
called for every GET served from the cache; such answers tell shared caches to revalidate every
time (``public, no-cache``), so the count stays complete behind a front cache.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import patch_cache_control, patch_vary_headers
from django.utils.module_loading import import_string
from django.utils.translation import get_language_from_request

from .cache import PAGE_TIMEOUT, PAGES, key_page

HIT_HEADER = "X-Samenspel-Cache"
# Headers that belong to one answer only; the cached copy gets its own.
UNCACHED_HEADERS = {"set-cookie", "content-length", HIT_HEADER.lower()}


def cache_for_anonymous(response, *generations, timeout=PAGE_TIMEOUT, on_hit=None):
    """Mark ``response`` as the same for every anonymous visitor of this address and language,
    valid until one of ``generations`` is bumped or ``timeout`` seconds pass."""
    response.samenspel_page_cache = {
        "generations": generations,
        "timeout": timeout,
        "on_hit": on_hit,
    }
    return response


def is_anonymous_request(request):
    cookies = request.COOKIES
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in cookies
        and "messages" not in cookies
        and "HTTP_AUTHORIZATION" not in request.META
    )


def entry_key(request):
    """Keyed by scheme, host, language (cookie or Accept-Language, as LocaleMiddleware decides)
    and path + query string. The host is taken as sent: an entry only exists for a host that
    passed ALLOWED_HOSTS on the way in."""
    return key_page(
        request.scheme,
        get_language_from_request(request),
        request.META.get("HTTP_HOST", ""),
        request.get_full_path(),
    )


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not is_anonymous_request(request):
            response = self.get_response(request)
            if request.method in ("GET", "HEAD"):
                add_cache_control(response, shared=False, personal=True)
            return response
        key = entry_key(request)
        entry = cache.get(key)
        if entry is not None and is_current(entry):
            return replay(entry, request)
        response = self.get_response(request)
        marks = getattr(response, "samenspel_page_cache", None)
        shared = marks is not None and is_shareable(request, response)
        revalidate = bool(shared and marks["on_hit"])
        add_cache_control(response, shared, personal=False, revalidate=revalidate)
        if shared and request.method == "GET":
            store(key, response, marks)  # with the Cache-Control and Vary just set
        return response


def replay(entry, request):
    response = HttpResponse(entry["content"], status=entry["status"])
    for name, value in entry["headers"]:
        response[name] = value
    response[HIT_HEADER] = "hit"
    if entry["on_hit"] and request.method == "GET":
        path, args = entry["on_hit"]
        import_string(path)(*args)
    return response


def is_current(entry):
    generations = entry["generations"]
    return not generations or cache.get_many(list(generations)) == generations


def store(key, response, marks):
    entry = {
        "status": response.status_code,
        "headers": [(k, v) for k, v in response.items() if k.lower() not in UNCACHED_HEADERS],
        "content": response.content,
        "generations": {
            generation.key: generation.current() for generation in marks["generations"]
        },
        "on_hit": marks["on_hit"],
    }
    cache.set(key, entry, marks["timeout"])


def is_shareable(request, response):
    """Only complete 200 answers that set no cookie, used no CSRF token and did not ask to stay
    private."""
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and "private" not in cache_control
        and "no-store" not in cache_control
    )


def add_cache_control(response, shared, personal, revalidate=False):
    if response.has_header("Cache-Control"):
        return
    if shared:
        patch_vary_headers(response, ("Cookie", "Accept-Language"))
        if revalidate:
            patch_cache_control(response, public=True, no_cache=True)
        else:
            patch_cache_control(
                response, public=True, max_age=0, s_maxage=settings.SAMENSPEL_SHARED_CACHE_SECONDS
            )
    elif personal:
        patch_cache_control(response, private=True, no_store=True)
    else:
        patch_cache_control(response, private=True)


class AnonymousCachedPageMixin:
    """Wagtail page mixin: anonymous answers are cached until any page is published. A
    member's answer is never marked (it may hold their own data, e.g. the start page)."""

    def serve(self, request, *args, **kwargs):
        response = super().serve(request, *args, **kwargs)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return response
        return cache_for_anonymous(response, PAGES)
