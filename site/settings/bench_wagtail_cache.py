"""Benchmark only: production settings with wagtail-cache in place of the site's own page cache.

``benchmarks/site_load.py`` starts a second gunicorn with this module to measure wagtail-cache
(https://github.com/coderedcorp/wagtail-cache) in front of the same pages, in the same run as
the site's own cache (``samenspel.pagecache``) and nginx ``proxy_cache``. Not for serving:
nothing here purges wagtail-cache's entries when a page is published, and the counted embed
views are not counted on its hits. wagtail-cache is installed by ``make bench`` only.
"""

from .production import *  # noqa: F403

# wagtail-cache's two middlewares wrap the stack in Django's cache-middleware order (update
# first, fetch last, after authentication: it skips logged-in users by request.user).
MIDDLEWARE = [
    "wagtailcache.cache.UpdateCacheMiddleware",
    *(m for m in MIDDLEWARE if m != "samenspel.pagecache.AnonymousPageCacheMiddleware"),  # noqa: F405
    "wagtailcache.cache.FetchFromCacheMiddleware",
]
WAGTAIL_CACHE = True
WAGTAIL_CACHE_BACKEND = "default"
