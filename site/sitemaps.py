"""sitemap.xml: the public pages only.

Wagtail's sitemap lists live pages without view restrictions. Page types whose content is for
members only (the case bank, the LOT area) return no sitemap URLs themselves; cases, LOTs and
embeds are not pages, so they never appear. The method's published releases and the privacy
statement are added as plain Django sitemap entries."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse
from wagtail.contrib.sitemaps import Sitemap as WagtailSitemap


class PageSitemap(WagtailSitemap):
    pass


class ReleaseSitemap(Sitemap):
    def items(self):
        from toolkit.models import MethodRelease

        return MethodRelease.objects.published().order_by("-date", "-pk")

    def lastmod(self, release):
        return release.date


class StaticSitemap(Sitemap):
    def items(self):
        return ["privacy:statement", "toolkit:change_log"]

    def location(self, name):
        return reverse(name)


def sitemaps():
    return {"pages": PageSitemap, "releases": ReleaseSitemap, "static": StaticSitemap}
