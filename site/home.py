"""The start page: the same for every anonymous visitor, and per person for members.

The shell names no domain app, so what the start page tells about the method, the LOTs or the
feedback comes from the apps, through three Wagtail hooks each app registers in its own
``wagtail_hooks.py``:

- ``home_panels``: a function ``(request, since) -> HTML or None``, a section of the start page.
  ``since`` is when the member's previous visit ended (None for anonymous visitors and on a
  first visit). For anonymous visitors a panel must be the same for everyone: that answer is
  shared through the page cache (it goes stale with ``PAGES``, which every publish, release and
  change note bumps).
- ``home_start_links``: a function ``(request) -> iterable of Link``: "where to start".
- ``home_shortcuts``: a function ``(request) -> iterable of Link``: a member's shortcuts, by the
  roles and permissions they hold (the app decides, through ``can()``).

Hooks run in their registration ``order``. A member's answer is never shared: the page cache
only stores answers to requests without a session, and the home page marks only anonymous
answers for it.
"""

from dataclasses import dataclass
from datetime import timedelta

from django.contrib.auth import get_user_model
from django.utils import timezone
from wagtail import hooks

PANELS_HOOK = "home_panels"
START_LINKS_HOOK = "home_start_links"
SHORTCUTS_HOOK = "home_shortcuts"

# A visit ends after this long without opening the start page; the next one starts anew.
VISIT_GAP = timedelta(hours=1)
# Within a visit, ``last_visit_at`` is written at most this often.
VISIT_REFRESH = timedelta(minutes=5)


@dataclass(frozen=True)
class Link:
    label: str
    url: str
    description: str = ""


def record_visit(user, now=None):
    """Move the member's visit times on and return ``since``: when their previous visit ended.

    One UPDATE at most, and none when the start page was opened less than ``VISIT_REFRESH``
    ago."""
    now = now or timezone.now()
    last = user.last_visit_at
    fields = {}
    if last is None or now - last > VISIT_GAP:
        fields = {"previous_visit_at": last, "last_visit_at": now}
    elif now - last > VISIT_REFRESH:
        fields = {"last_visit_at": now}
    if fields:
        get_user_model().objects.filter(pk=user.pk).update(**fields)
        for name, value in fields.items():
            setattr(user, name, value)
    return user.previous_visit_at


def panels(request, since):
    return [html for panel in hooks.get_hooks(PANELS_HOOK) if (html := panel(request, since))]


def links(name, request):
    return [link for hook in hooks.get_hooks(name) for link in hook(request) or ()]


def start_context(request):
    """What the start page template needs for this request."""
    user = request.user
    member = user.is_authenticated
    since = record_visit(user) if member else None
    return {
        "member": member,
        "since": since,
        "panels": panels(request, since),
        "start_links": links(START_LINKS_HOOK, request),
        "shortcuts": links(SHORTCUTS_HOOK, request) if member else [],
    }
