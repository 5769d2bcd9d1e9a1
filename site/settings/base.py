"""Settings shared by every environment. Secrets and hosts come from the environment."""

import os
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from samenspel.observability import parse_admins

PACKAGE_DIR = Path(__file__).resolve().parent.parent
BASE_DIR = PACKAGE_DIR.parent
VAR_DIR = Path(os.environ.get("SAMENSPEL_VAR_DIR", BASE_DIR / "var"))


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def env_bool(name, default=False):
    return os.environ.get(name, str(default)).lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("SECRET_KEY", "")
DEBUG = False
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1")

# The settings are the composition root: the one place in the shell (samenspel) that names the
# domain apps, as strings here, in SAMENSPEL_URLCONFS and in SAMENSPEL_DEMO_SEEDERS below. No other
# shell module imports or names them (tests/quality/test_dependencies.py, docs/architecture.md).
INSTALLED_APPS = [
    "samenspel",
    "samenspel.privacy",  # first after the shell: its own registrations come first in exports
    "embed",
    "toolkit",
    "learning",
    "learning.feedback",
    "casebank",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.sitemaps",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "wagtail.api.v2",
    "rest_framework",
    "modelcluster",
    "taggit",
    "django_filters",
    "rules",
    "csp",
    "allauth",
    "allauth.account",
    "allauth.mfa",
    "django_tasks",
    "django_tasks_db",
    "django_ratelimit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.forms",  # the widget templates, for the project's form renderer
    "django.contrib.humanize",
    "django.contrib.sitemaps",
]

# Each app's URLconf, included by samenspel.urls in this order (before Wagtail's page serving).
SAMENSPEL_URLCONFS = [
    "embed.urls",
    "samenspel.privacy.urls",
    "toolkit.urls",
    "learning.urls",
    "learning.feedback.urls",
    "casebank.urls",
]
# ``seed(log)`` of each app's demo module, run by ``seed_demo`` in this order: later content points
# at earlier content (cases and comments point at building blocks).
SAMENSPEL_DEMO_SEEDERS = [
    "samenspel.demo.seed",
    "toolkit.demo.seed",
    "embed.demo.seed",
    "learning.feedback.demo.seed",
    "casebank.demo.seed",
    "learning.demo.seed",
]

MIDDLEWARE = [
    "samenspel.observability.RequestContextMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "samenspel.middleware.RejectNulBytesMiddleware",
    "samenspel.middleware.HealthProbeMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "samenspel.pagecache.AnonymousPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "allauth.account.middleware.AccountMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "samenspel.middleware.SessionLifetimeMiddleware",
    "samenspel.middleware.RequireMFAMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "samenspel.middleware.AdminFramingMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
]

ROOT_URLCONF = "samenspel.urls"
WSGI_APPLICATION = "samenspel.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "samenspel.context_processors.navigation",
            ],
        },
    },
]

# Every form renders through one field template (docs/architecture.md, "App anatomy").
FORM_RENDERER = "samenspel.renderers.FormRenderer"

DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}", conn_max_age=60, conn_health_checks=True
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_USER_MODEL = "samenspel.User"
AUTHENTICATION_BACKENDS = [
    "rules.permissions.ObjectPermissionBackend",
    "django.contrib.auth.backends.ModelBackend",
    "allauth.account.auth_backends.AuthenticationBackend",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 10},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "account_login"
LOGIN_REDIRECT_URL = "/"

# allauth is the only way in (docs/accounts-and-roles.md): e-mail + password, mandatory
# verification, two-step verification, rate limits and lockout on every form.
ACCOUNT_LOGIN_METHODS = {"email"}
ACCOUNT_SIGNUP_FIELDS = ["email*", "password1*", "password2*"]
# The model has a username (unique): allauth fills it in at sign-up (AccountAdapter).
ACCOUNT_USER_MODEL_USERNAME_FIELD = "username"
ACCOUNT_USER_DISPLAY = "samenspel.accounts.user_display"
ACCOUNT_EMAIL_VERIFICATION = "mandatory"
ACCOUNT_UNIQUE_EMAIL = True
ACCOUNT_LOGOUT_ON_PASSWORD_CHANGE = False
ACCOUNT_LOGIN_ON_EMAIL_CONFIRMATION = True
ACCOUNT_EMAIL_SUBJECT_PREFIX = "[Samenspel] "
# login_failed is the lockout: 5 failures per account (key) in 5 minutes block the account's
# password everywhere it is asked (login, reauthentication, account deletion) and, with the
# key "mfa-auth-user-<id>", 5 wrong codes block the second step. allauth's other defaults stay
# (change_password 5/m/user, reauthenticate 10/m/user, manage_email 10/m/user).
ACCOUNT_RATE_LIMITS = {
    "login": "30/m/ip",
    "login_failed": "10/m/ip,5/5m/key",
    # Sign-up is an anonymous write: at most 10 per hour from one address (samenspel.ratelimits).
    "signup": "10/h/ip",
    "reset_password": "20/m/ip,5/m/key",
    "reset_password_from_key": "20/m/ip",
    "confirm_email": "1/3m/key",
    "reauthenticate": "10/m/user",
    "change_password": "5/m/user",
}
ACCOUNT_ADAPTER = "samenspel.accounts.AccountAdapter"

# The client's address (samenspel.clientip): behind N trusted proxies the N-th address from the
# right of the forwarded-for header, the connecting address when N is 0 (docs/security.md).
# allauth gets the same count (and the same function, through the account adapter),
# django-ratelimit the same function.
SAMENSPEL_TRUSTED_PROXY_COUNT = int(os.environ.get("TRUSTED_PROXY_COUNT", "0") or 0)
ALLAUTH_TRUSTED_PROXY_COUNT = SAMENSPEL_TRUSTED_PROXY_COUNT
RATELIMIT_IP_META_KEY = "samenspel.clientip.client_ip"
RATELIMIT_USE_CACHE = "default"
# django-ratelimit wants a cache shared by every process (Redis in production, see
# production.py). Dev and test run one process on the local-memory cache, whose increments are
# atomic within that process, so its "not a shared cache" check is silenced here only.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.E003", "django_ratelimit.W001"]
ACCOUNT_FORMS = {"change_password": "samenspel.accounts.ChangePasswordForm"}
MFA_SUPPORTED_TYPES = ["totp", "recovery_codes"]
MFA_TOTP_ISSUER = "Samenspel"
MFA_ADAPTER = "samenspel.accounts.MFAAdapter"
# Roles that must use two-step verification (plus staff and superusers): enforced everywhere
# by default (also in `make run`, whose demo users have a TOTP secret shown in the README);
# the test settings switch it off for unit tests that log in with force_login, and the tests
# of the login itself switch it on again.
SAMENSPEL_ENFORCE_MFA = env_bool("SAMENSPEL_ENFORCE_MFA", True)
SAMENSPEL_MFA_ROLES = ("editor", "taskteam", "orgadmin")
# Every session ends 12 hours after its login (OWASP ASVS 3.3.2); sessions of the roles above
# also end after 30 minutes without a request.
SAMENSPEL_SESSION_MAX_AGE = int(os.environ.get("SAMENSPEL_SESSION_MAX_AGE", 12 * 60 * 60))
SAMENSPEL_PRIVILEGED_IDLE_SECONDS = int(os.environ.get("SAMENSPEL_IDLE_SECONDS", 30 * 60))
SESSION_COOKIE_AGE = SAMENSPEL_SESSION_MAX_AGE
SAMENSPEL_INVITATION_DAYS = 14

# Dutch only, whatever the browser's Accept-Language says: the content (method, cases,
# questionnaire) exists in Dutch only, and an English frame around it would mislabel it
# (docs/style-guide.md, "Language"). The messages are written in English (the msgids), so a
# management command can still print a document in English with translation.override("en").
LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True
WAGTAIL_I18N_ENABLED = False
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# How long a front cache or CDN may keep a page every anonymous visitor shares (s-maxage;
# samenspel.pagecache). Publishing purges the page itself at once (WAGTAILFRONTENDCACHE);
# pages that only show it (menus, links, glossary terms) follow within this time.
SAMENSPEL_SHARED_CACHE_SECONDS = int(os.environ.get("SAMENSPEL_SHARED_CACHE_SECONDS", 300))

TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "Samenspel <noreply@samenspel.example>")

WAGTAIL_SITE_NAME = "Samenspel"
# Absolute links (e-mails, the admin, calendar UIDs) start with SITE_URL; `make run` passes its
# HOST and PORT, so the demo's links follow `PORT=8011 make run` without further settings.
SITE_URL = os.environ.get("SITE_URL") or "http://{}:{}".format(
    os.environ.get("HOST", "127.0.0.1"), os.environ.get("PORT", "8000")
)
WAGTAILADMIN_BASE_URL = SITE_URL.rstrip("/")
# Where vulnerability reports go; published in /.well-known/security.txt (RFC 9116).
SECURITY_CONTACT = os.environ.get("SECURITY_CONTACT", "mailto:security@samenspel.example")
WAGTAILSEARCH_BACKENDS = {
    "default": {"BACKEND": "wagtail.search.backends.database", "SEARCH_CONFIG": "dutch"}
}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "txt", "xlsx"]
WAGTAIL_ENABLE_UPDATE_CHECK = False
# The Wagtail admin has no login, password reset or password fields of its own: allauth's
# pages do it all (samenspel/urls.py redirects /admin/login/ and /admin/password_reset/).
WAGTAILADMIN_LOGIN_URL = "account_login"
WAGTAIL_PASSWORD_MANAGEMENT_ENABLED = False
WAGTAIL_PASSWORD_RESET_ENABLED = False
WAGTAILUSERS_PASSWORD_ENABLED = False
# Restricted pages and documents ask for a login (allauth's), never a shared password.
WAGTAIL_FRONTEND_LOGIN_URL = "account_login"
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILDOCS_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

SESSION_COOKIE_HTTPONLY = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
# Every page forbids framing; the Wagtail admin (excluded here) allows its own preview frames,
# and the intranet embed views set their own frame-ancestors per organisation.
CONTENT_SECURITY_POLICY = {
    "EXCLUDE_URL_PREFIXES": ["/admin/"],
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "form-action": [SELF],
        "base-uri": [SELF],
        "object-src": [NONE],
        "frame-ancestors": [NONE],
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
}

# Error reports (samenspel.exceptionreporter): no posted value, query value, cookie, address or
# user leaves in an ADMINS e-mail. ADMINS="Naam <a@b.nl>,Ander <c@d.nl>" (production: the
# fallback when no SENTRY_DSN is set, see production.py and docs/deploy.md).
DEFAULT_EXCEPTION_REPORTER = "samenspel.exceptionreporter.ScrubbingExceptionReporter"
DEFAULT_EXCEPTION_REPORTER_FILTER = "samenspel.exceptionreporter.ScrubbingExceptionReporterFilter"
ADMINS = parse_admins(os.environ.get("ADMINS", ""))
SERVER_EMAIL = os.environ.get("SERVER_EMAIL", "Samenspel <noreply@samenspel.example>")
EMAIL_SUBJECT_PREFIX = "[Samenspel] "

# /readyz answers 503 when the oldest task waiting in the queue is older than this (seconds).
READINESS_MAX_TASK_AGE = int(os.environ.get("READINESS_MAX_TASK_AGE", 15 * 60))
# manage.py sweep_tasks treats a task RUNNING longer than this (seconds) as lost (samenspel.sweeper).
SAMENSPEL_TASK_STUCK_AFTER = int(os.environ.get("SAMENSPEL_TASK_STUCK_AFTER", 30 * 60))

# Who answers for personal data (privacy statement, processing register). Fictional defaults;
# an installation sets its own.
SAMENSPEL_PRIVACY_CONTACT = {
    "controller": os.environ.get(
        "SAMENSPEL_PRIVACY_CONTROLLER",
        "Programmabureau Jeugd Haaglanden (Beter Samenspel), namens de tien gemeenten van de "
        "regio Haaglanden (H10)",
    ),
    "address": os.environ.get("SAMENSPEL_PRIVACY_ADDRESS", "Postbus 12345, 2500 AA Den Haag"),
    "email": os.environ.get("SAMENSPEL_PRIVACY_EMAIL", "privacy@samenspel.example"),
    "dpo_email": os.environ.get("SAMENSPEL_DPO_EMAIL", "fg@samenspel.example"),
    "accessibility_email": os.environ.get(
        "SAMENSPEL_ACCESSIBILITY_EMAIL", "toegankelijkheid@samenspel.example"
    ),
    "security_email": os.environ.get("SAMENSPEL_SECURITY_EMAIL", "security@samenspel.example"),
}
# Development only: True shows Django's technical 404 page instead of the site's own.
SAMENSPEL_DEBUG_404 = env_bool("SAMENSPEL_DEBUG_404", False)
