"""A cache generation counter: bumping it invalidates every key built with it at once.

Used where one change (a publish) can stale many cached entries whose keys cannot be listed:
the page cache, remembered sites, routes and menus, shared page bodies and embed bodies.

Within one request a generation is read once and remembered, so every cache the request uses
sees the same generation and a page costs one cache round trip for it, not one per cache.
Outside requests (commands, background tasks) it is read every time.
"""

from asgiref.local import Local
from django.core.cache import cache
from django.core.signals import request_finished, request_started

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

    def bump(self, **signal_kwargs):
        """Invalidate (also usable as a signal receiver)."""
        try:
            cache.incr(self.key)
        except ValueError:
            cache.set(self.key, 2, timeout=None)
        if remembered := getattr(_request, "generations", None):
            remembered.pop(self.key, None)


# Bumped by every page publish or unpublish (samenspel.signals) and by content that pages show
# without being pages themselves (glossary terms, method releases): titles, menus and links on
# one page change when another is published.
PAGES = Generation("samenspel:pages:generation")
