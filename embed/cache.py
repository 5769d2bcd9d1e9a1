"""The embed views' use of the cache (keys, timeouts and generations: samenspel.cache).

Rendering a building block (structured sections, glossary links, link rewriting) is the costly
part of an embed view, and intranets ask for the same few pages all day. The body is cached per
organisation, page, shown revision and language, and so is the whole answer for visitors without
cookies (samenspel.pagecache). Both go stale with the site's page generation (any publish,
glossary or release change, because those change titles and links in other pages' bodies);
whole answers also with the organisations' embed settings and supplements
(``EMBED_SETTINGS``), which set the theme, the supplement text and the frame-ancestors header.
"""

from django.utils.translation import get_language

from samenspel.cache import EMBED_TIMEOUT, key_embed_body, remembered


def cached_body(organisation, page, site, render):
    revision = getattr(page, "live_revision_id", None) or getattr(page, "latest_revision_id", "")
    key = key_embed_body(organisation.pk, site.pk, page.pk, revision, get_language())
    return remembered(key, lambda: str(render()), EMBED_TIMEOUT)
