"""``manage.py sweep_tasks``: find background work that will not finish by itself.

- **Lost**: a task row RUNNING for longer than ``SAMENSPEL_TASK_STUCK_AFTER`` (default 30 min;
  every task here takes seconds). Its worker was killed or lost its database connection. The row
  is marked FAILED (``WorkerLost``) and the task is enqueued again at once as its next attempt.
- **Failed with attempts left**: a FAILED row whose failure escaped the retry wrapper (the
  worker was stopped mid-task, an error while saving the result). Enqueued again likewise.
- A task whose attempts are used up gives up: its ``on_give_up`` hook tells the person waiting
  (the case's submitter gets an e-mail), and an ERROR log line reaches Sentry or ADMINS.
- Extra sweeps registered by apps (``samenspel.tasks.register_sweep``) run after, e.g. the case
  bank's ``recover_stuck_cases`` (cases whose de-identification task never arrived).
- ``TaskReceipt`` rows older than 30 days are deleted.

Each row is handled once (a ``sweep:<row id>`` receipt), so running the sweeper twice, or on two
machines at once (rows are locked), enqueues nothing twice.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.module_loading import autodiscover_modules, import_string

from . import tasks as samenspel_tasks

logger = logging.getLogger(__name__)

RECEIPT_DAYS = 30
FAILED_LOOKBACK = timedelta(days=7)
WORKER_LOST = "samenspel.sweeper.WorkerLost"
GAVE_UP = f"{samenspel_tasks.TaskGaveUp.__module__}.{samenspel_tasks.TaskGaveUp.__qualname__}"


class WorkerLost(Exception):  # noqa: N818
    """Recorded on a task row whose worker stopped while running it."""


def stuck_after():
    return timedelta(seconds=getattr(settings, "SAMENSPEL_TASK_STUCK_AFTER", 30 * 60))


def sweep(now=None, stuck=None):
    """One pass; returns a Counter of what was done (requeued, gave_up, unknown, ...)."""
    from django_tasks_db.models import DBTaskResult

    autodiscover_modules("tasks")  # every app's tasks are declared (and registered)
    now = now or timezone.now()
    stuck = stuck if stuck is not None else stuck_after()
    done = Counter()

    running = DBTaskResult.objects.filter(status="RUNNING", started_at__lte=now - stuck)
    for pk in running.values_list("pk", flat=True):
        with transaction.atomic():
            row = (
                DBTaskResult.objects.select_for_update(skip_locked=True)
                .filter(pk=pk, status="RUNNING")
                .first()
            )
            if row is None:
                continue
            row.status = "FAILED"
            row.finished_at = now
            row.exception_class_path = WORKER_LOST
            row.traceback = "The worker stopped while running this task (found by sweep_tasks)."
            row.save(update_fields=["status", "finished_at", "exception_class_path", "traceback"])
            done["lost"] += 1
            done[handle(row)] += 1

    failed = (
        DBTaskResult.objects.filter(status="FAILED", finished_at__gte=now - FAILED_LOOKBACK)
        .exclude(exception_class_path__in=[GAVE_UP, WORKER_LOST])
        .order_by("finished_at")
    )
    for pk in failed.values_list("pk", flat=True):
        with transaction.atomic():
            row = DBTaskResult.objects.select_for_update(skip_locked=True).filter(pk=pk).first()
            if row is None or samenspel_tasks.receipt_exists(f"sweep:{row.pk}"):
                continue
            done["failed"] += 1
            done[handle(row)] += 1

    for extra in samenspel_tasks.SWEEPS:
        done[f"{extra.__module__}.{extra.__name__}"] = extra(now=now)

    old = samenspel_tasks.receipt_model().objects.filter(done_at__lt=now - timedelta(RECEIPT_DAYS))
    done["receipts_deleted"] = old.delete()[0]
    return done


def declared_task(path):
    """The declaration of the task a row names: by its path, by a former path the task declared
    (``retried_task(former_paths=...)``, for rows queued before it moved), or by an import path
    that re-exports it, resolved to the task itself."""
    if path in samenspel_tasks.REGISTRY:
        return samenspel_tasks.REGISTRY[path]
    try:
        task = import_string(path)
    except ImportError:
        return None
    return samenspel_tasks.REGISTRY.get(getattr(task, "module_path", None))


def handle(row):
    """Enqueue the row's task again as its next attempt, or give up. In the caller's
    transaction, with a receipt, so each row is handled once."""
    samenspel_tasks.write_receipt(f"sweep:{row.pk}")
    declared = declared_task(row.task_path)
    if declared is None:
        logger.error("Task row %s: unknown task %s, not retried", row.pk, row.task_path)
        return "unknown"
    args = list(row.args_kwargs.get("args", []))
    kwargs = dict(row.args_kwargs.get("kwargs", {}))
    attempt = int(kwargs.pop(samenspel_tasks.ATTEMPT, 1))
    delivery = kwargs.pop(samenspel_tasks.DELIVERY, None)
    if attempt < declared["max_attempts"]:
        logger.warning(
            "Task %s (row %s) enqueued again as attempt %s", row.task_path, row.pk, attempt + 1
        )
        transaction.on_commit(
            lambda: samenspel_tasks.enqueue_again(
                declared["task"], args, kwargs, attempt + 1, delivery, delay=False
            )
        )
        return "requeued"
    samenspel_tasks.give_up(declared, args, kwargs)
    return "gave_up"
