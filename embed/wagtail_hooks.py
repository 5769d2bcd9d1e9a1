"""Wagtail integration: oEmbed discovery links in the <head> of every full-site page that can be
embedded (the toolkit's ``toolkit_page_head`` slot, toolkit/slots.py)."""

from urllib.parse import urlsplit

from django.template.loader import render_to_string
from wagtail import hooks

from .embeddable import is_embeddable_type, is_private
from .views import oembed_discovery_url


@hooks.register("toolkit_page_head")
def oembed_discovery(request, page):
    """A discovery link on a live, public page of an embeddable type, at the page's own
    address only (not on its work card or other sub-routes, nor in previews)."""
    if getattr(request, "is_preview", False) or not page.live or not is_embeddable_type(page):
        return None
    relative_url = page.get_url(request)
    if not relative_url or urlsplit(relative_url).path != request.path or is_private(page):
        return None
    full_url = request.build_absolute_uri(relative_url)
    return render_to_string(
        "embed/oembed_discovery.html",
        {"oembed_url": oembed_discovery_url(request, full_url), "title": page.title},
    )
