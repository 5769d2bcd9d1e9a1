"""The toolkit's entries in sitemap.xml besides its pages: published releases and the change log
(registered through the shell's ``register_sitemaps`` hook in wagtail_hooks.py)."""

from django.contrib.sitemaps import Sitemap
from django.urls import reverse

from .models import MethodRelease


class ReleaseSitemap(Sitemap):
    def items(self):
        return MethodRelease.objects.published().order_by("-date", "-pk")

    def lastmod(self, release):
        return release.date


class ChangeLogSitemap(Sitemap):
    def items(self):
        return ["toolkit:change_log"]

    def location(self, name):
        return reverse(name)


def toolkit_sitemaps():
    return {"releases": ReleaseSitemap, "toolkit": ChangeLogSitemap}
