"""The fault settings with the session engine production used before: sessions only in the
cache. Only tests/quality/test_redis_restart.py uses it, to show what a Redis restart did then."""

from tests.quality.fault_settings import *  # noqa: F403

SESSION_ENGINE = "django.contrib.sessions.backends.cache"
