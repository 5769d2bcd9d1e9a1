"""Identity of the calendar entries that LOT sessions become (kept apart so models can use it)."""

import uuid
from urllib.parse import urlsplit

from django.conf import settings


def calendar_domain():
    """The installation's host name (from SITE_URL): UIDs of staging and production never clash."""
    return urlsplit(settings.WAGTAILADMIN_BASE_URL).hostname or "samenspel.invalid"


def new_calendar_uid():
    return f"lot-session-{uuid.uuid4()}@{calendar_domain()}"
