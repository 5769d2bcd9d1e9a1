"""The one module that owns the site's caching: key builders, timeouts and generations.

Two idioms, nothing else:

- **Generations.** A generation is a counter in the cache; every key of a cache that goes stale
  when some content changes includes the current value of its generation, so bumping the
  counter invalidates every such key at once without listing them. Which model changes bump
  which generation is declared with :func:`samenspel.signals.bump_on_change` and wired in one
  place, ``samenspel.signals``; nothing deletes a key to invalidate it.
- **Expiry.** Every entry has a timeout (below); entries whose inputs never change (a rendering
  of one page revision, the anchor state between two revisions) only expire.

Keys are built only here (``key_*`` functions), so a key's parts and its generation can be read
in one place. Within one request a generation is read once and remembered (the generation
memo, reset by Django's request signals), so every cache a request uses sees the same generation
and a page costs one cache round trip for it, not one per cache. Outside requests (commands,
background tasks) it is read every time.
"""

import hashlib

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started

# --- timeouts (seconds) ------------------------------------------------------------------------

PAGE_TIMEOUT = 60 * 60  # whole anonymous answers (samenspel.pagecache)
EMBED_TIMEOUT = 5 * 60  # whole embed answers and embed bodies
ROUTE_TIMEOUT = 60 * 60  # remembered page routes
MENU_TIMEOUT = 60 * 60
BREADCRUMBS_TIMEOUT = 60 * 60
MEMBERSHIPS_TIMEOUT = 60 * 60
GLOSSARY_TIMEOUT = 60 * 60
ARTICLE_TIMEOUT = 60 * 60  # the shared part of a building block
COMMENT_FORM_TIMEOUT = 60 * 60
THREADS_TIMEOUT = 60 * 60  # a page's comment threads as members or moderators read them
VIEW_RESTRICTIONS_TIMEOUT = 60 * 60
ANCHOR_STATE_TIMEOUT = 7 * 24 * 60 * 60  # revisions never change
SEARCH_TIMEOUT = 10 * 60  # anonymous search answers; also stale with PAGES
OEMBED_TIMEOUT = 60 * 60
# Case-bank facet counts; also stale with CASES. Short, as facet rows are rebuilt just after the
# case's save that bumps the generation (a search in between may store the old counts).
CASE_FACETS_TIMEOUT = 10 * 60

# --- generations -------------------------------------------------------------------------------

_request = Local()


def _start_request(**kwargs):
    _request.generations = {}


def _finish_request(**kwargs):
    _request.generations = None


request_started.connect(_start_request, dispatch_uid="samenspel-generations-start")
request_finished.connect(_finish_request, dispatch_uid="samenspel-generations-finish")


class Generation:
    def __init__(self, key):
        self.key = key

    def __repr__(self):
        return f"Generation({self.key!r})"

    def current(self):
        remembered = getattr(_request, "generations", None)
        if remembered is not None and self.key in remembered:
            return remembered[self.key]
        value = cache.get(self.key)
        if value is None:
            value = 1
            cache.add(self.key, value, timeout=None)
        if remembered is not None:
            remembered[self.key] = value
        return value

    def bump(self):
        """Invalidate every key built with this generation."""
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, 2, timeout=None)
        if remembered := getattr(_request, "generations", None):
            remembered.pop(self.key, None)


class GenerationFamily:
    """One generation per object (e.g. per user), built from the object's primary key."""

    def __init__(self, prefix):
        self.prefix = prefix

    def __call__(self, pk):
        return Generation(f"{self.prefix}:{pk}:generation")


# Bumped by every page publish or unpublish, site change, and by content that pages show
# without being pages themselves (glossary terms, method releases): titles, menus and links on
# one page change when another is published.
PAGES = Generation("samenspel:pages:generation")
# An organisation's embed settings and supplements (theme, supplement text, frame-ancestors).
EMBED_SETTINGS = Generation("embed-settings:generation")
# Every save or delete of a case (submission, review, publish, unpublish): the case-bank
# search's facet counts.
CASES = Generation("cases:generation")
# One user's memberships (what every permission rule reads).
MEMBERSHIPS = GenerationFamily("samenspel:memberships")
# Every save or delete of a comment, and every change of a member's name: the comment threads
# shown on pages.
COMMENTS = Generation("samenspel:comments:generation")

# --- key builders ------------------------------------------------------------------------------


def _digest(text):
    return hashlib.sha256(text.encode("utf-8", "surrogateescape")).hexdigest()[:32]


def key_page(scheme, language, host, full_path):
    """A whole anonymous answer (samenspel.pagecache); its generations are stored with it.

    v2: entries name their on_hit callback by dotted path, and embed's moved (samenspel.embed ->
    embed); entries stored before that must not be found after a deploy."""
    return f"pagecache:v2:{scheme}:{language}:{_digest(host + full_path)}"


def key_route(site_pk, path):
    return f"samenspel:route:{PAGES.current()}:{site_pk}:{_digest(path)}"


def key_menu(site_pk, language):
    return f"samenspel:menu:{PAGES.current()}:{site_pk}:{language}"


def key_breadcrumbs(page_pk, host):
    """A page's trail of live ancestors (titles and addresses as seen from ``host``)."""
    return f"samenspel:breadcrumbs:{PAGES.current()}:{page_pk}:{_digest(host)}"


def key_memberships(user_pk):
    return f"samenspel:memberships:{MEMBERSHIPS(user_pk).current()}:{user_pk}"


def key_glossary():
    return f"glossary:{PAGES.current()}"


def key_search_lexicon():
    """The glossary's words and synonyms as the site search expands queries (toolkit.search)."""
    return f"search-lexicon:{PAGES.current()}"


def key_article(page_pk, revision_pk, language):
    """The shared part of a building block (toolkit.slots)."""
    return f"article:{PAGES.current()}:{page_pk}:{revision_pk}:{language}"


def key_comment_form(page_pk, revision_pk, language):
    return f"comment-form:{language}:{page_pk}:{revision_pk}"


def key_page_threads(page_pk, audience, latest):
    """The comment threads of a page as every reader of one ``audience`` reads them."""
    return f"page-threads:{COMMENTS.current()}:{page_pk}:{audience}:{latest}"


def key_view_restrictions():
    """Every page view restriction of the site (page path, kind, groups)."""
    return f"samenspel:view-restrictions:{PAGES.current()}"


def key_anchor_state(from_revision_pk, to_revision_pk, anchor):
    return f"anchor-state:{from_revision_pk}:{to_revision_pk}:{anchor}"


def key_visit(user_pk, page_pk):
    return f"page-visit:{user_pk}:{page_pk}"


def key_case_facets(query, filters):
    """Facet counts of the case-bank search for a text query and filters (normalised by the
    caller: sorted facets and values); the same for every reader who may read cases."""
    return f"case-facets:{CASES.current()}:{_digest(repr((query, filters)))}"


def key_embed_body(organisation_pk, site_pk, page_pk, revision, language):
    return (
        f"embed-body:{PAGES.current()}:{organisation_pk}:{site_pk}:{page_pk}:{revision}:{language}"
    )


def key_embed_views(organisation_pk, page_pk, day):
    """A counter, not a cached value: views not yet written to the day's row."""
    return f"embed-views:{day.isoformat()}:{organisation_pk}:{page_pk}"


def remembered(key, compute, timeout):
    """The cached value of ``key``, computed and stored when missing (``None`` is not stored)."""
    value = cache.get(key)
    if value is None:
        value = compute()
        if value is not None:
            cache.set(key, value, timeout)
    return value
