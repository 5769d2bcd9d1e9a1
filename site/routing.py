"""Page routing with a memory: which site a host is, and which page a path on it leads to.

Wagtail finds a page by walking the tree from the site's root, one query (and one specific
object) per path segment. Readers ask for the same few addresses all day, so the answer
(page id, model and expected URL path) is cached per site and path until the next publish; the
page itself is still loaded fresh, and when it no longer lives at that path or is no longer
live, Wagtail's own routing answers instead. Sub-routes of routable pages and everything else
go through Wagtail unchanged: only a page's own address is remembered.
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.models import Page, Site
from wagtail.url_routing import RouteResult
from wagtail.views import serve as wagtail_serve

from .cache import PAGES

TIMEOUT = 60 * 60
NO_SITE = "none"


def serve(request, path):
    """Wagtail's serve view, told the site and route beforehand when they are remembered."""
    site = remembered_site(request)
    if site is not None:
        route = remembered_route(request, site, path)
        if route is not None:
            request._wagtail_route_for_request = route  # Wagtail's documented per-request cache
    return wagtail_serve(request, path)


def remembered_site(request):
    """Wagtail's site for this host and port; remembered until a site or page changes."""
    host = request.META.get("HTTP_HOST") or request.META.get("SERVER_NAME", "")
    key = f"samenspel:site:{PAGES.current()}:{host}:{request.get_port()}"
    site = cache.get(key)
    if site is None:
        site = Site.find_for_request(request) or NO_SITE
        cache.set(key, site, TIMEOUT)
    request._wagtail_site = None if site == NO_SITE else site  # Wagtail's per-request cache
    return request._wagtail_site


def route_key(site, path):
    return f"samenspel:route:{PAGES.current()}:{site.pk}:{path}"


def remembered_route(request, site, path):
    key = route_key(site, path)
    entry = cache.get(key)
    if entry is None:
        entry = route_entry(request, site, path)
        cache.set(key, entry or (), TIMEOUT)
    if not entry:
        return None
    page_id, content_type_id, url_path = entry
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        model = None
    page = model and model.objects.filter(pk=page_id, live=True, url_path=url_path).first()
    if page is None:
        return None
    route = page.route(request, [])
    return route if isinstance(route, RouteResult) and route.page.pk == page_id else None


def route_entry(request, site, path):
    """(page id, content type id, url path) when the path is a page's own address."""
    route = Page.route_for_request(request, path)
    del request._wagtail_route_for_request  # routed again below, with the remembered answer
    if route is None:
        return None
    page = route.page
    if page.url_path != site.root_page.url_path + path:
        return None  # a sub-route of a routable page
    return (page.pk, page.content_type_id, page.url_path)
