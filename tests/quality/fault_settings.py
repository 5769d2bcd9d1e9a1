"""Production settings for the fault and scale-out tests, except static files: plain storage,
so the server starts without a collectstatic run (those tests are about the database and the
cache, not about static files)."""

from samenspel.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
