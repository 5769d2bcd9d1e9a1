"""Caches of the embed views.

Rendering a building block (structured sections, glossary links, link rewriting) is the costly
part of an embed view, and intranets ask for the same few pages all day. The body is cached per
organisation, page, shown revision and language, and so is the whole answer for visitors without
cookies (samenspel.pagecache). Both go stale with the site's page generation (any publish,
glossary or release change, because those change titles and links in other pages' bodies);
whole answers also with the organisation's embed settings and supplements, which set the theme,
the supplement text and the frame-ancestors header.
"""

from django.core.cache import cache
from django.utils.translation import get_language

from samenspel.cache import PAGES, Generation

SETTINGS = Generation("embed:settings:generation")
TIMEOUT = 5 * 60


def clear_settings(**signal_kwargs):
    SETTINGS.bump()


def body_key(organisation, page, site):
    revision = getattr(page, "live_revision_id", None) or getattr(page, "latest_revision_id", "")
    return (
        f"embed:body:{PAGES.current()}:{organisation.pk}:{site.pk}:{page.pk}:{revision}:"
        f"{get_language()}"
    )


def cached_body(key, render):
    body = cache.get(key)
    if body is None:
        body = render()
        cache.set(key, str(body), TIMEOUT)
    return body
