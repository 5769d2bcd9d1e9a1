from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from samenspel.tasks import retried_task

from .digest import send_digest_to
from .models import Notification, NotificationPreference


@retried_task(once=True)
def send_status_email(notification_id):
    """Tell one contributor that an item they fed changed status: the e-mail is rendered here
    from their notification (one e-mail per person, so no recipient sees another's address)."""

    notification = Notification.objects.select_related("recipient").filter(pk=notification_id)
    notification = notification.first()
    if notification is None or not notification.recipient.email:
        return "skipped"
    opted_out = NotificationPreference.objects.filter(
        user_id=notification.recipient_id, email_on_status_change=False
    ).exists()
    if opted_out or not notification.recipient.is_active:
        return "skipped"
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with override("nl"):
        subject = _("What became of your feedback")
        body = "\n\n".join(
            [
                notification.message,
                _("See all your notifications: %(url)s")
                % {"url": base + reverse("feedback:notifications")},
                _(
                    "You receive this because you commented on the method. You can turn these e-mails "
                    "off under %(url)s."
                )
                % {"url": base + reverse("feedback:preferences")},
            ]
        )
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [notification.recipient.email])
    return "sent"


@retried_task()
def send_digest(user_id):
    """Idempotent by the reader's ``last_digest_at``: a second run finds nothing new."""
    send_digest_to(user_id)
