import importlib

from django.core.management.base import BaseCommand
from django.db import transaction

# Each app that has demo content exposes ``<app>.demo.seed(log)``; they run in this order
# because later content points at earlier content (cases and comments point at building blocks).
SEEDERS = ["samenspel", "toolkit", "samenspel.embed", "learning.feedback", "casebank", "learning"]


class Command(BaseCommand):
    help = "Create the demo site: organisations, one user per role and content. Idempotent."

    def handle(self, *args, **options):
        for app in SEEDERS:
            try:
                module = importlib.import_module(f"{app}.demo")
            except ModuleNotFoundError as error:
                if error.name != f"{app}.demo":
                    raise
                continue
            with transaction.atomic():
                module.seed(log=self.stdout.write)
        self.stdout.write(self.style.SUCCESS("Demo content is ready."))
