"""Page routing with a memory: which page a path below a site's root page leads to.

Wagtail finds a page by walking the tree from the site's root, two queries (the child and its
specific object) per path segment. Readers ask for the same few addresses all day, so the site's
root page (:class:`RememberedRoutesMixin`, through Wagtail's public ``Page.route()``) remembers
per path which page it is the own address of (page id, model and URL path) until the next
publish, move or site change (``PAGES``); the page itself is still loaded fresh, and when it no
longer lives at that path or is no longer live, Wagtail's own routing answers instead.
Sub-routes of routable pages and everything else go through Wagtail unchanged: only a page's own
address is remembered. The site itself is found by Wagtail (``Site.find_for_request``, one query
per request, which Wagtail remembers for the rest of the request).
"""

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from wagtail.url_routing import RouteResult

from .cache import ROUTE_TIMEOUT, key_route


class RememberedRoutesMixin:
    """For the page type that is a site's root page."""

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        path = "/".join(path_components) + "/"
        key = key_route(self.pk, path)
        entry = cache.get(key)
        if entry:
            result = remembered_route(request, entry)
            if result is not None:
                return result
        result = super().route(request, path_components)  # Http404 when there is no such page
        if entry is None:
            cache.set(key, own_address(self, result, path) or (), ROUTE_TIMEOUT)
        return result


def own_address(root, result, path):
    """(page id, content type id, url path) when the route is a page's own address."""
    page = result.page if isinstance(result, RouteResult) else None
    if page is None or page.url_path != root.url_path + path:
        return None  # a sub-route of a routable page: the page lives at a shorter path
    return (page.pk, page.content_type_id, page.url_path)


def remembered_route(request, entry):
    page_id, content_type_id, url_path = entry
    try:
        model = ContentType.objects.get_for_id(content_type_id).model_class()
    except ContentType.DoesNotExist:
        return None
    page = model and model.objects.filter(pk=page_id, live=True, url_path=url_path).first()
    if page is None:
        return None
    result = page.route(request, [])
    return result if isinstance(result, RouteResult) and result.page.pk == page_id else None
