"""Weekly e-mail digest of changes to the building blocks a reader follows.

``manage.py send_digests`` (run weekly by cron or a systemd timer in production, see
docs/feedback.md) enqueues one ``send_digest`` task per subscriber; each task selects the followed
pages published since that reader's previous digest (or since they started following), sends one
e-mail when there is something to tell, and moves ``last_digest_at`` forward.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.db.models import Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from samenspel.querysets import hidden_page_paths

from .models import NotificationPreference, PageFollow


def subscribers():
    return NotificationPreference.objects.filter(weekly_digest=True).values_list(
        "user_id", flat=True
    )


def changes_for(user_id, since):
    follows = PageFollow.objects.filter(user_id=user_id).select_related("page")
    rows = []
    for follow in follows:
        page = follow.page
        start = max(filter(None, [since, follow.created_at]))
        if page.live and page.last_published_at and page.last_published_at > start:
            rows.append(page)
    return sorted(rows, key=lambda page: page.title)


def send_digest_to(user_id, now=None):
    now = now or timezone.now()
    preference = (
        NotificationPreference.objects.select_related("user")
        .filter(Q(user_id=user_id), weekly_digest=True)
        .first()
    )
    if preference is None or not preference.user.is_active:
        return 0
    hidden = tuple(hidden_page_paths(preference.user))  # pages the reader may no longer view
    pages = [
        page
        for page in changes_for(user_id, preference.last_digest_at)
        if not page.path.startswith(hidden)
    ]
    sent = 0
    if pages:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        rows = [
            {"title": page.title, "changed_at": page.last_published_at, "url": base + page.url}
            for page in (page.specific for page in pages)
        ]
        with override("nl"):
            body = render_to_string(
                "feedback/email/digest.txt",
                {"rows": rows, "preferences_url": base + reverse("feedback:preferences")},
            )
            subject = _("This week's changes to building blocks you follow")
        sent = send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [preference.user.email])
    preference.last_digest_at = now
    preference.save(update_fields=["last_digest_at"])
    return sent
