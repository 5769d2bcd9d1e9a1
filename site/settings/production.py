"""Production: everything from the environment; refuses to start without a secret key."""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403

if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment for production.")

DEBUG = False

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", 31_536_000))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# Behind a TLS-terminating proxy the form posts come from SITE_URL's origin unless told otherwise.
_site = urlsplit(os.environ.get("SITE_URL", ""))
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS") or (  # noqa: F405
    [f"{_site.scheme}://{_site.netloc}"] if _site.scheme and _site.netloc else []
)

TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

# SMTP from the environment (docs/deploy.md); DEFAULT_FROM_EMAIL and SITE_URL (the base of every
# link in an e-mail) are read in base.py.
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", 25))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)  # noqa: F405
EMAIL_USE_SSL = env_bool("EMAIL_USE_SSL", False)  # noqa: F405
# A mail server that does not answer fails the send instead of holding a worker for ever.
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", 20))
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", DEFAULT_FROM_EMAIL)  # noqa: F405

if REDIS_URL := os.environ.get("REDIS_URL"):
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                # The cache fails soft: while Redis is down or restarting, a cache read is a
                # miss and a write is skipped (logged), never a 500. Short timeouts keep a hung
                # Redis from holding requests.
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Sessions are written to the database and read through the cache: a Redis restart (or a
    # flushed Redis) costs one database read per session, and nobody is logged out
    # (tests/quality/test_redis_restart.py).
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    # A shared cache: django-ratelimit's cache check runs and passes.
    SILENCED_SYSTEM_CHECKS = []

if AWS_STORAGE_BUCKET_NAME := os.environ.get("AWS_STORAGE_BUCKET_NAME"):
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL")
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = True

if CDN_PURGE_URL := os.environ.get("FRONTEND_CACHE_PURGE_URL"):
    WAGTAILFRONTENDCACHE = {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": CDN_PURGE_URL,
        }
    }

# Logs: one JSON object per line on stdout (time, level, logger, message, request_id), for the
# container runtime or any log collector. Errors also go to ADMINS by e-mail when no error
# tracker is configured (SENTRY_DSN), scrubbed by samenspel.exceptionreporter.
SENTRY_DSN = os.environ.get("SENTRY_DSN", "")
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        "request_id": {"()": "samenspel.observability.RequestIdLogFilter"},
        "require_debug_false": {"()": "django.utils.log.RequireDebugFalse"},
    },
    "formatters": {
        "json": {
            "()": "pythonjsonlogger.json.JsonFormatter",
            "fmt": "%(asctime)s %(levelname)s %(name)s %(message)s %(request_id)s",
            "rename_fields": {"asctime": "time", "levelname": "level", "name": "logger"},
        }
    },
    "handlers": {
        "console": {
            "class": "logging.StreamHandler",
            "stream": "ext://sys.stdout",
            "formatter": "json",
            "filters": ["request_id"],
        },
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["require_debug_false"],
        },
    },
    "root": {
        "handlers": ["console"] if SENTRY_DSN else ["console", "mail_admins"],
        "level": os.environ.get("LOG_LEVEL", "INFO"),
    },
    # Django's own default handlers are replaced: its records reach the root handlers above.
    "loggers": {"django": {"handlers": [], "level": "INFO", "propagate": True}},
}

# Error reports to Sentry or GlitchTip, only when SENTRY_DSN is set (samenspel.observability:
# no request bodies, cookies, query values, users or addresses; posted text scrubbed).
if SENTRY_DSN:
    from samenspel.observability import init_sentry

    init_sentry(
        SENTRY_DSN,
        environment=os.environ.get("SENTRY_ENVIRONMENT", "production"),
        release=os.environ.get("SENTRY_RELEASE", ""),
    )
