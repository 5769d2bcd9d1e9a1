"""Per-user rate limit for new comments, kept in Django's cache (Redis in production).

Default: at most 5 comments (replies included) per 10 minutes; settings
FEEDBACK_COMMENT_RATE_LIMIT = (count, seconds) overrides it.
"""

import time

from django.conf import settings
from django.core.cache import cache

DEFAULT_LIMIT = (5, 600)


def _limit():
    return getattr(settings, "FEEDBACK_COMMENT_RATE_LIMIT", DEFAULT_LIMIT)


def _key(user):
    return f"feedback:comment-times:{user.pk}"


def recent_posts(user, now=None):
    count, window = _limit()
    now = now or time.time()
    return [t for t in cache.get(_key(user), []) if now - t < window]


def is_limited(user):
    count, _window = _limit()
    return len(recent_posts(user)) >= count


def record_post(user):
    _count, window = _limit()
    now = time.time()
    cache.set(_key(user), [*recent_posts(user, now), now], window)
