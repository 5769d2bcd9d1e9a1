"""sitemap.xml: the public pages only.

Wagtail's sitemap lists live pages without view restrictions. Page types whose content is for
members only (the case bank, the LOT area) return no sitemap URLs themselves; cases, LOTs and
embeds are not pages, so they never appear. Apps add their own non-page entries through the
``register_sitemaps`` hook (a function returning ``{name: Sitemap class}``); the toolkit adds its
published releases and change log that way. The shell adds the privacy statement."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from wagtail import hooks
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap
from wagtail.contrib.sitemaps.views import sitemap


class PageSitemap(WagtailSitemap):
    pass


class StaticSitemap(Sitemap):
    def items(self):
        return ["privacy:statement"]

    def location(self, name):
        return reverse(name)


def sitemaps():
    found = {"pages": PageSitemap}
    for register in hooks.get_hooks("register_sitemaps"):
        found.update(register())
    found["static"] = StaticSitemap
    return found


def sitemap_view(request):
    """Wagtail's sitemap view over the sections known once every app's hooks are loaded."""
    return sitemap(request, sitemaps=sitemaps())
