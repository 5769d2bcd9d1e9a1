from django.core.management.base import BaseCommand

from casebank.approval import RAW_RETENTION_DAYS, purge_abandoned


class Command(BaseCommand):
    scheduled = True  # runs from deploy/crontab (tests/site/test_deployment.py)
    help = (
        f"Delete raw case stories untouched for {RAW_RETENTION_DAYS} days; unfinished "
        "submissions are marked abandoned. Run daily (cron or the task worker)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--days", type=int, default=RAW_RETENTION_DAYS)

    def handle(self, *args, days, **options):
        purged = purge_abandoned(days=days)
        self.stdout.write(f"{purged} raw submission(s) deleted")
