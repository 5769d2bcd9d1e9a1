from django.core.management.base import BaseCommand

from samenspel.privacy import registry


class Command(BaseCommand):
    scheduled = True  # runs from deploy/crontab (tests/site/test_deployment.py)
    help = "Delete what the registered retention rules say has been kept long enough."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Show the rules without deleting anything."
        )

    def handle(self, *args, dry_run=False, **options):
        if dry_run:
            for rule in registry.retention_rules():
                self.stdout.write(f"{rule.key}: {rule.days} days — {rule.description}")
            return
        removed = registry.apply_retention()
        for key, count in removed.items():
            self.stdout.write(f"{key}: {count} removed")
