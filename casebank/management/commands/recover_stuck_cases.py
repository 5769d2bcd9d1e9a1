from django.core.management.base import BaseCommand

from casebank.tasks import DEIDENTIFY_STUCK_AFTER, recover_stuck_cases


class Command(BaseCommand):
    help = (
        "Find cases still being de-identified "
        f"{int(DEIDENTIFY_STUCK_AFTER.total_seconds() // 60)} minutes after their attempt was "
        "due (the task was lost) and enqueue them again, or mark them failed when no attempt "
        "is left. `sweep_tasks` runs it every 5 minutes; run_worker at start."
    )

    def handle(self, *args, **options):
        requeued, failed = recover_stuck_cases()
        self.stdout.write(f"{requeued} case(s) enqueued again, {failed} case(s) marked failed")
