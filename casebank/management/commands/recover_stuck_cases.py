from django.core.management.base import BaseCommand

from casebank.services import DEIDENTIFY_STUCK_AFTER, recover_stuck_cases


class Command(BaseCommand):
    scheduled = True  # runs from deploy/crontab (tests/site/test_deployment.py)
    help = (
        "Find cases still being de-identified "
        f"{int(DEIDENTIFY_STUCK_AFTER.total_seconds() // 60)} minutes after their attempt was "
        "due (the task was lost) and enqueue them again, or mark them failed when no attempt "
        "is left. Run every 5 minutes (cron)."
    )

    def handle(self, *args, **options):
        requeued, failed = recover_stuck_cases()
        self.stdout.write(f"{requeued} case(s) enqueued again, {failed} case(s) marked failed")
