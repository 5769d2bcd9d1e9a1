from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override
from django_tasks import task

from .digest import send_digest_to


@task()
def send_status_email(item_id, message, emails):
    """Tell contributors that an item they fed changed status; one e-mail per person so that no
    recipient sees another's address."""

    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    with override("nl"):
        subject = _("What became of your feedback")
        body = "\n\n".join(
            [
                message,
                _("See all your notifications: %(url)s")
                % {"url": base + reverse("feedback:notifications")},
                _(
                    "You receive this because you commented on the method. You can turn these e-mails "
                    "off under %(url)s."
                )
                % {"url": base + reverse("feedback:preferences")},
            ]
        )
    for email in emails:
        send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, [email])


@task()
def send_digest(user_id):
    send_digest_to(user_id)
