from django.conf import settings
from django.core.mail import EmailMessage
from django_tasks import task


@task()
def send_email_with_attachment(subject, body, recipients, filename, content, mimetype):
    """Send one e-mail with one text attachment (e.g. an .ics invitation) in the background."""
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients)
    message.attach(filename, content, mimetype)
    message.send()


@task()
def send_plain_email(subject, body, recipients):
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, recipients).send()
