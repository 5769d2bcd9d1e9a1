"""Cache of rendered embed bodies.

Rendering a building block (structured sections, glossary links, link rewriting) is the costly
part of an embed view, and intranets ask for the same few pages all day. The body is cached per
organisation, page, shown revision and language; any page publish or unpublish anywhere bumps a
generation number that is part of every key, because a publish can change titles and links in
other pages' bodies. A short timeout bounds how long a glossary edit (not a page publish) takes
to show.
"""

from django.core.cache import cache
from django.utils.translation import get_language

from samenspel.cache import Generation

BODIES = Generation("embed:body:generation")
TIMEOUT = 5 * 60


clear_bodies = BODIES.bump


def body_key(organisation, page, site):
    revision = getattr(page, "live_revision_id", None) or getattr(page, "latest_revision_id", "")
    return (
        f"embed:body:{BODIES.current()}:{organisation.pk}:{site.pk}:{page.pk}:{revision}:"
        f"{get_language()}"
    )


def cached_body(key, render):
    body = cache.get(key)
    if body is None:
        body = render()
        cache.set(key, str(body), TIMEOUT)
    return body
