"""Which pages an intranet may show, and how an embed URL maps to a page.

An explicit allow-list: the handbook (with its chapters, products and glossary) and the building
blocks. Anything else — the case bank, learning and LOT pages, plain site pages — is never
embeddable, whatever its privacy settings.
"""

from wagtail.models import Page, Site

from samenspel.querysets import view_restrictions
from toolkit.models import (
    BuildingBlockIndexPage,
    BuildingBlockPage,
    ChapterPage,
    GlossaryPage,
    HandbookPage,
    ProductIndexPage,
    ProductPage,
)

EMBEDDABLE_PAGE_TYPES = (
    HandbookPage,
    ChapterPage,
    ProductIndexPage,
    ProductPage,
    GlossaryPage,
    BuildingBlockIndexPage,
    BuildingBlockPage,
)
# Building blocks get local supplements ("Zo doen wij dit in ...").
SUPPLEMENTABLE_PAGE_TYPES = (BuildingBlockPage,)


def embeddable_models():
    return list(EMBEDDABLE_PAGE_TYPES)


def is_embeddable_type(page):
    return page.specific_class in EMBEDDABLE_PAGE_TYPES


def is_supplementable(page):
    return page.specific_class in SUPPLEMENTABLE_PAGE_TYPES


def embeddable_pages(site=None):
    """Live, public pages of the allow-listed types, in tree order."""
    queryset = Page.objects.live().public().type(*embeddable_models())
    if site is not None:
        queryset = queryset.descendant_of(site.root_page, inclusive=True)
    return queryset.order_by("path")


def supplementable_pages(site=None):
    return embeddable_pages(site).type(*SUPPLEMENTABLE_PAGE_TYPES)


def is_private(page):
    """Behind a view restriction (login, groups or password) on the page or an ancestor. The
    restrictions are remembered until the next change (``samenspel.querysets``), so the
    discovery link on a logged-in page costs no query."""
    return any(page.path.startswith(path) for path, _restriction in view_restrictions())


def page_path(page, site):
    """The page's path below the site root, e.g. 'bouwstenen/weging/' ('' for the root)."""
    return page.url_path[len(site.root_page.url_path) :]


def find_page(site, path):
    """The live page at ``path`` (relative to the site root), or None."""
    clean = "/".join(part for part in path.split("/") if part)
    url_path = site.root_page.url_path + (clean + "/" if clean else "")
    return Page.objects.live().filter(url_path=url_path).first()


def site_for(request):
    return Site.find_for_request(request) or Site.objects.filter(is_default_site=True).first()


class Resolution:
    """What an embed or oEmbed request for a page path finds."""

    FOUND = "found"
    MISSING = "missing"  # no such live page, or a type that is never embeddable
    PRIVATE = "private"

    def __init__(self, status, page=None):
        self.status = status
        self.page = page


def resolve(site, path):
    page = find_page(site, path) if site else None
    if page is None:
        return Resolution(Resolution.MISSING)
    if is_private(page):
        return Resolution(Resolution.PRIVATE)
    if not is_embeddable_type(page):
        return Resolution(Resolution.MISSING)
    return Resolution(Resolution.FOUND, page.specific)
