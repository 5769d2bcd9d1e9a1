"""A cache generation counter: bumping it invalidates every key built with it at once.

Used where one change (a publish) can stale many cached entries whose keys cannot be listed:
the toolkit's anonymous page cache and the embed body cache."""

from django.core.cache import cache


class Generation:
    def __init__(self, key):
        self.key = key

    def current(self):
        value = cache.get(self.key)
        if value is None:
            value = 1
            cache.add(self.key, value, timeout=None)
        return value

    def bump(self, **signal_kwargs):
        """Invalidate (also usable as a signal receiver)."""
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, 2, timeout=None)


# Bumped by every page publish or unpublish (samenspel.signals) and by content that pages show
# without being pages themselves (glossary terms, method releases): titles, menus and links on
# one page change when another is published.
PAGES = Generation("samenspel:pages:generation")
