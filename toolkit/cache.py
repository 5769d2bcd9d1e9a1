"""Invalidation of the anonymous page cache (samenspel.pagecache) for toolkit content that is
not a page: glossary terms and method releases show on many pages, so a change to them stales
every cached page, as a publish does."""

from samenspel.cache import PAGES


def clear_page_cache(**kwargs):
    """Invalidate every cached page (signal receiver and plain function)."""
    PAGES.bump()
