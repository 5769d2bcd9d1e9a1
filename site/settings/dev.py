"""Local demo site: embedded SQLite, console e-mail, debug on. Never for production."""

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = SECRET_KEY or "dev-only-not-secret"  # noqa: F405
ALLOWED_HOSTS = ["localhost", "127.0.0.1", "[::1]"]
# The demo users' addresses are shown in the README; verification mails go to the console.
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
# Background tasks go through the database queue, as in production: `make run` starts
# `manage.py run_worker` next to runserver, so no request waits for the de-identifier.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
# Unknown URLs show the site's Dutch 404 page, as in production (SAMENSPEL_DEBUG_404=1: Django's).
MIDDLEWARE = ["samenspel.middleware.SiteNotFoundPageMiddleware", *MIDDLEWARE]  # noqa: F405
