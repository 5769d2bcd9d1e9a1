"""Links inside an embed stay in the embed; everything else opens outside the frame."""

import re
from urllib.parse import urlsplit

from django.urls import reverse
from django.utils.html import escape

from .embeddable import embeddable_pages

ANCHOR_TAG = re.compile(r"<a\s[^>]*>", re.IGNORECASE)
HREF = re.compile(r"""\shref=(["'])(.*?)\1""", re.IGNORECASE | re.DOTALL)
TARGET = re.compile(r"""\s(target|rel)=(["']).*?\2""", re.IGNORECASE | re.DOTALL)


def embed_url(organisation, path):
    path = path.strip("/")
    return reverse("embed:page", args=[organisation.slug, f"{path}/" if path else ""])


def local_path(href, request):
    """The path of a link to this site ('/bouwstenen/weging/'), or None for other links."""
    if href.startswith("//"):
        return None
    parts = urlsplit(href)
    if (parts.scheme or parts.netloc) and parts.netloc.lower() != request.get_host().lower():
        return None
    if not parts.path.startswith("/"):
        return None
    return parts.path


class LinkRewriter:
    """Rewrites hrefs in rendered HTML for one organisation's embed.

    Links to embeddable pages point at the embed URL of the same page; links to other pages of
    this site become absolute and open on top of the intranet page; fragment links stay.
    """

    def __init__(self, request, organisation, site):
        self.request = request
        self.organisation = organisation
        self.site = site
        self.root_url_path = site.root_page.url_path

    def __call__(self, html):
        tags = ANCHOR_TAG.findall(html)
        paths = {local_path(self.href_of(tag), self.request) for tag in tags} - {None}
        embeddable = self.embeddable_paths(paths)
        return ANCHOR_TAG.sub(lambda match: self.rewrite(match.group(0), embeddable), html)

    @staticmethod
    def href_of(tag):
        match = HREF.search(tag)
        return match.group(2) if match else ""

    def embeddable_paths(self, paths):
        wanted = {self.root_url_path + path.strip("/") + "/": path for path in paths}
        wanted[self.root_url_path] = "/"
        found = embeddable_pages(self.site).filter(url_path__in=list(wanted))
        return {wanted[url_path] for url_path in found.values_list("url_path", flat=True)}

    def rewrite(self, tag, embeddable):
        href = self.href_of(tag)
        if not href or href.startswith("#"):
            return tag
        path = local_path(href, self.request)
        fragment = urlsplit(href).fragment
        if path is not None and path in embeddable:
            new_href = embed_url(self.organisation, path) + (f"#{fragment}" if fragment else "")
            return self.with_href(tag, escape(new_href))
        if path is not None:
            href = self.request.build_absolute_uri(href)
        # ``href`` is still HTML-escaped as it appeared in the markup: keep it that way.
        return self.with_href(tag, href)[:-1] + ' target="_blank" rel="noopener">'

    @staticmethod
    def with_href(tag, escaped_href):
        return HREF.sub(lambda _match: f' href="{escaped_href}"', TARGET.sub("", tag), count=1)
