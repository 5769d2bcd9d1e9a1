from django.conf import settings
from django.core import mail
from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings
from django.utils.module_loading import import_string

# While seeding, background work (search index, reference index, notifications) runs at once
# instead of through the task queue, and e-mail goes nowhere: seeding is not an event anyone
# should be told about, and a worker started afterwards would otherwise print every notification
# in full (the development settings' console backend).
SEEDING = {
    "TASKS": {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}},
    "EMAIL_BACKEND": "django.core.mail.backends.locmem.EmailBackend",
}


class Command(BaseCommand):
    help = (
        "Create the demo site: organisations, one user per role and content. Idempotent. "
        "Prints one line per app (-v0: nothing, -v2: also the e-mails that were not sent)."
    )

    def handle(self, *args, verbosity=1, **options):
        log = self.stdout.write if verbosity >= 1 else (lambda message: None)
        outbox = getattr(mail, "outbox", None)
        already_sent = len(outbox) if outbox is not None else 0
        with override_settings(**SEEDING):
            # Each app's ``seed(log)``, in the order settings.SAMENSPEL_DEMO_SEEDERS gives: later
            # content points at earlier content (cases and comments point at building blocks).
            for seeder in settings.SAMENSPEL_DEMO_SEEDERS:
                with transaction.atomic():
                    import_string(seeder)(log=log)
        held = getattr(mail, "outbox", [])[already_sent:]
        if verbosity >= 2:
            for message in held:
                self.stdout.write(f"  not sent: {message.subject!r} to {', '.join(message.to)}")
        if verbosity >= 1:
            note = f" ({len(held)} e-mail(s) not sent while seeding)" if held else ""
            self.stdout.write(self.style.SUCCESS(f"Demo content is ready{note}."))
