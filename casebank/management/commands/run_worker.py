"""``manage.py run_worker``: django-tasks-db's ``db_worker`` that is ready before its first task.

Before taking tasks it loads the de-identifier's deduce model (building its cache if the image or
``make run`` did not) and re-enqueues cases whose de-identification task was lost, e.g. by the
previous worker being killed mid-task. Every ``db_worker`` option works unchanged.
"""

import os
import time

from django.utils.autoreload import DJANGO_AUTORELOAD_ENV
from django_tasks_db.management.commands.db_worker import Command as DbWorkerCommand

from casebank.deidentify import get_deduce
from casebank.tasks import recover_stuck_cases


class Command(DbWorkerCommand):
    help = "Load the de-identifier's model, recover stuck cases, then run the database worker."

    def handle(self, *args, **options):
        # With --reload the parent process only watches files; the child does the work.
        # (db_worker ignores --reload together with --batch.)
        reloading = options["reload"] and not options["batch"]
        if not reloading or os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
            self.prepare(options["verbosity"])
        return super().handle(*args, **options)

    def prepare(self, verbosity):
        started = time.perf_counter()
        get_deduce()
        requeued, failed = recover_stuck_cases()
        if verbosity:
            self.stdout.write(
                f"de-identifier ready in {time.perf_counter() - started:.1f} s; stuck cases: "
                f"{requeued} enqueued again, {failed} marked failed"
            )
