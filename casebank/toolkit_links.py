"""Links from cases into the toolkit's building blocks, tolerant of the toolkit's state.

The case bank only knows building blocks by slug; when ``toolkit.BuildingBlockPage`` exists and
has a live page with that slug, the case links to it, otherwise the slug is shown as a label.
"""

from toolkit.models import BuildingBlockPage
from toolkit.vocabulary import CORE_BUILDING_BLOCKS as BUILDING_BLOCKS


def label_for_slug(slug):
    return slug.replace("-", " ").capitalize().replace(" en ", " & ")


def building_block_pages(slugs=None):
    """{slug: page} of the live building-block pages, optionally only those in ``slugs``."""
    pages = BuildingBlockPage.objects.live().only("id", "slug", "title", "url_path")
    if slugs is not None:
        pages = pages.filter(slug__in=list(slugs))
    return {page.slug: page for page in pages}


def building_block_choices():
    """(slug, title) of the toolkit's building blocks, or of the known slugs without a toolkit."""
    pages = building_block_pages()
    if pages:
        return sorted(((slug, page.title) for slug, page in pages.items()), key=lambda c: c[1])
    return [(slug, label_for_slug(slug)) for slug in BUILDING_BLOCKS]


def building_block_links(slugs):
    pages = building_block_pages(slugs)
    links = []
    for slug in slugs:
        page = pages.get(slug)
        links.append(
            {
                "slug": slug,
                "title": page.title if page else label_for_slug(slug),
                "url": page.url if page else "",
            }
        )
    return links
