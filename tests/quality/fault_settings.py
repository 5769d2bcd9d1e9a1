"""Production settings for the fault and scale-out tests, except static files: plain storage,
so the server starts without a collectstatic run (those tests are about the database and the
cache, not about static files)."""

from samenspel.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}

# The fault test has one professional post a comment every tenth of a second and anonymous
# respondents (all from 127.0.0.1) send questionnaire answers; the production limits
# (samenspel.ratelimits: 5 comments per 10 minutes, 60 questionnaire posts per hour per address)
# would turn most of them into "wait a few minutes" pages. The limits themselves are tested in
# tests/feedback/test_sanitising.py and tests/site/test_rate_limits.py.
SAMENSPEL_RATE_LIMITS = {"feedback-comment": "100000/10m", "questionnaire": "100000/h"}
