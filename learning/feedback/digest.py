"""Weekly e-mail digest of changes to the pages a reader follows.

``manage.py send_digests`` (run weekly by cron or a systemd timer in production, see
docs/feedback.md) enqueues one ``send_digest`` task per subscriber; each task selects the followed
pages published since that reader's previous digest (or since they started following) that the
reader may still read, with the method version's change note where a release names the page,
sends one e-mail when there is something to tell, and moves ``last_digest_at`` forward.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from toolkit.models import ChangeNote

from .follows import followed_pages
from .models import NotificationPreference


def subscribers():
    return NotificationPreference.objects.filter(weekly_digest=True).values_list(
        "user_id", flat=True
    )


def release_notes(page_ids, since):
    """The newest published change note per page, from releases dated on or after ``since``."""
    notes = ChangeNote.objects.filter(page_id__in=page_ids, release__published=True)
    if since is not None:
        notes = notes.filter(release__date__gte=timezone.localdate(since))
    newest = {}
    for note in notes.select_related("release").order_by("release__date", "release_id"):
        newest[note.page_id] = note
    return newest


def send_digest_to(user_id, now=None):
    now = now or timezone.now()
    preference = (
        NotificationPreference.objects.select_related("user")
        .filter(user_id=user_id, weekly_digest=True)
        .first()
    )
    if preference is None or not preference.user.is_active:
        return 0
    user = preference.user
    since = preference.last_digest_at
    changed = [row for row in followed_pages(user, since=since) if row.changed_at]
    sent = 0
    if changed:
        base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
        notes = release_notes([row.page.pk for row in changed], since)
        rows = [
            {
                "title": row.page.title,
                "changed_at": row.changed_at,
                "url": base + row.page.url,
                "diff_url": base + row.diff_url if row.diff_url else "",
                "note": notes.get(row.page.pk),
            }
            for row in sorted(changed, key=lambda row: row.page.title)
        ]
        with override("nl"):
            body = render_to_string(
                "feedback/email/digest.txt",
                {"rows": rows, "follows_url": base + reverse("feedback:follows")},
            )
            subject = _("This week's changes to pages you follow")
        sent = send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
    preference.last_digest_at = now
    preference.save(update_fields=["last_digest_at"])
    return sent
