"""Production settings for the fault and scale-out tests, except static files: plain storage,
so the server starts without a collectstatic run (those tests are about the database and the
cache, not about static files)."""

from samenspel.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# The fault test has one professional post a comment every tenth of a second; the production
# limit (5 per 10 minutes, learning.feedback.ratelimit) would turn all but the first five into a
# "wait a few minutes" form page. The limit itself is tested in
# tests/feedback/test_sanitising.py (test_rate_limit_per_user_keeps_text).
FEEDBACK_COMMENT_RATE_LIMIT = (100_000, 600)
