"""A real oEmbed client against a running server: Wagtail's own OEmbedFinder, given the address
a reader copies from the browser, finds the provider through the page's discovery link."""

import re
from html.parser import HTMLParser

import pytest
import requests
from wagtail.embeds.exceptions import EmbedNotFoundException
from wagtail.embeds.finders.oembed import OEmbedFinder

pytestmark = pytest.mark.django_db(transaction=True)


class DiscoveryLinks(HTMLParser):
    """The oEmbed discovery links of a page, as a consumer reads them."""

    def __init__(self):
        super().__init__()
        self.links = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "link" and attributes.get("type") == "application/json+oembed":
            self.links.append(attributes["href"])


def discover(url):
    parser = DiscoveryLinks()
    # Generous: the first request to a fresh server on a busy machine compiles templates.
    parser.feed(requests.get(url, timeout=60).text)
    return parser.links


def finder_for(live_server):
    """Wagtail's finder with this site as a provider, as a CMS would configure it."""
    endpoint = live_server.url + "/oembed/"
    return OEmbedFinder(
        providers=[{"endpoint": endpoint, "urls": [re.escape(live_server.url) + r"/.+"]}]
    )


def test_wagtails_finder_embeds_a_pages_own_address(live_server, tree, delft_embed):
    page_url = live_server.url + "/bouwstenen/weging/"
    (discovered,) = discover(page_url)
    assert discovered.startswith(live_server.url + "/oembed/?url=")

    embed = finder_for(live_server).find_embed(page_url, max_width=500)
    assert embed["type"] == "rich" and embed["title"] == "Weging"
    assert embed["provider_name"] == "Samenspel" and embed["width"] == 500
    assert f'<a href="{page_url}">Weging</a>' in embed["html"]
    assert embed["cache_until"]

    # The same client with an organisation's embed address gets its themed iframe.
    embed_url = live_server.url + "/embed/delft/bouwstenen/weging/"
    embed = finder_for(live_server).find_embed(embed_url)
    assert f'<iframe src="{embed_url}"' in embed["html"]


def test_wagtails_finder_gets_nothing_for_private_or_missing_pages(live_server, tree):
    assert discover(live_server.url + "/toegankelijkheid/") == []
    finder = finder_for(live_server)
    for path in ("/bouwstenen/besloten/", "/bouwstenen/bestaat-niet/", "/casusbank/"):
        with pytest.raises(EmbedNotFoundException):
            finder.find_embed(live_server.url + path)
