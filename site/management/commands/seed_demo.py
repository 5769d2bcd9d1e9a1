from django.conf import settings
from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.module_loading import import_string


class Command(BaseCommand):
    help = "Create the demo site: organisations, one user per role and content. Idempotent."

    def handle(self, *args, **options):
        # Each app's ``seed(log)``, in the order settings.SAMENSPEL_DEMO_SEEDERS gives.
        for path in settings.SAMENSPEL_DEMO_SEEDERS:
            with transaction.atomic():
                import_string(path)(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
