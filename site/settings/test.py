"""Test settings: PostgreSQL when DATABASE_URL is set, else SQLite; tasks run immediately."""

import os

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["*"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"]["BACKEND"] = "django.contrib.staticfiles.storage.StaticFilesStorage"  # noqa: F405
MEDIA_ROOT = VAR_DIR / "test-media"  # noqa: F405
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
# A worker started by a test (tests/quality/test_worker_fault.py) takes tasks from the database.
if os.environ.get("SAMENSPEL_TEST_TASK_BACKEND") == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Unit tests log in with force_login; the tests of the login itself switch this on.
SAMENSPEL_ENFORCE_MFA = False
