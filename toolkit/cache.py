"""Page cache for anonymous visitors.

Anonymous GET requests of toolkit pages are served from Django's cache, keyed by page, language
and query string. Any publish or unpublish (and any change to glossary terms or releases) bumps a
generation number that is part of every key, which clears all cached toolkit pages at once:
publishing one building block changes listings, related-block titles and the handbook's table of
contents elsewhere, so clearing a single key would leave stale pages behind.
"""

import hashlib
import re

from django.core.cache import cache
from django.middleware.csrf import get_token
from django.utils.translation import get_language

from samenspel.cache import Generation

PAGES = Generation("toolkit:page-cache:generation")
TIMEOUT = 60 * 60
CSRF_INPUT = re.compile(rb'(name="csrfmiddlewaretoken" value=")[^"]*(")')
CSRF_PLACEHOLDER = b"__samenspel_csrf__"


def clear_page_cache(**kwargs):
    """Invalidate every cached toolkit page (signal receiver and plain function)."""
    PAGES.bump()


def is_cacheable(request):
    user = getattr(request, "user", None)
    return (
        request.method in ("GET", "HEAD")
        and not (user and user.is_authenticated)
        and not getattr(request, "is_preview", False)
        and "messages" not in request.COOKIES
    )


def cache_key(page_id, request):
    """Keyed by page, language and path + query string (a page's routes share its id)."""
    address = f"{request.path}?{request.META.get('QUERY_STRING', '')}"
    digest = hashlib.sha256(address.encode()).hexdigest()[:24]
    return f"toolkit:page:{PAGES.current()}:{page_id}:{get_language()}:{digest}"


def store(key, response):
    """Cache a rendered response, with its CSRF tokens swapped for a placeholder."""
    if response.status_code != 200 or response.cookies:
        return
    content = CSRF_INPUT.sub(rb"\1" + CSRF_PLACEHOLDER + rb"\2", response.content)
    headers = {
        k: v for k, v in response.items() if k.lower() in {"content-type", "content-disposition"}
    }
    cache.set(key, (content, headers), TIMEOUT)


def fetch(key, request):
    """The cached response for this request, with a fresh CSRF token for this visitor, or None."""
    from django.http import HttpResponse

    hit = cache.get(key)
    if hit is None:
        return None
    content, headers = hit
    if CSRF_PLACEHOLDER in content:
        content = content.replace(CSRF_PLACEHOLDER, get_token(request).encode())
    response = HttpResponse(content)
    for name, value in headers.items():
        response[name] = value
    response["X-Samenspel-Cache"] = "hit"
    return response


def serve_cached(request, page_id, render):
    """Serve ``render()`` through the cache when the request allows it."""
    if not is_cacheable(request):
        return render()
    key = cache_key(page_id, request)
    cached = fetch(key, request)
    if cached is not None:
        return cached
    response = render()
    if hasattr(response, "render") and not getattr(response, "is_rendered", True):
        response.render()
    store(key, response)
    return response
