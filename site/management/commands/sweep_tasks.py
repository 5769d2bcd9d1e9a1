from django.core.management.base import BaseCommand

from samenspel.sweeper import stuck_after, sweep


class Command(BaseCommand):
    scheduled = True  # runs from deploy/crontab (tests/site/test_deployment.py)
    help = (
        "Find background tasks a killed worker left running, or that failed with attempts "
        "left, and enqueue them again or give up (telling the person waiting); then run the "
        "apps' own sweeps. Idempotent. Run every 5 minutes (docs/deploy.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stuck-after",
            type=float,
            default=None,
            help=f"seconds a task may run before it counts as lost (default "
            f"{int(stuck_after().total_seconds())}, setting SAMENSPEL_TASK_STUCK_AFTER)",
        )

    def handle(self, *args, **options):
        from datetime import timedelta

        seconds = options["stuck_after"]
        done = sweep(stuck=timedelta(seconds=seconds) if seconds is not None else None)
        summary = ", ".join(f"{key}: {value}" for key, value in sorted(done.items()) if value)
        self.stdout.write(summary or "nothing to do")
