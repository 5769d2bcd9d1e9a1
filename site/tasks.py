from django.conf import settings
from django.core.mail import send_mail
from django_tasks import task


@task()
def send_email_task(subject, body, recipients):
    """Send a plain-text e-mail in the background (django-tasks)."""
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
