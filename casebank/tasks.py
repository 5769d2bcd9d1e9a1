"""The case bank's background tasks (samenspel.tasks: retried with backoff, found again by the
sweeper), the functions that queue them, and the retry machinery of the de-identification.

Arguments are ids, never story text, so the database task backend's stored payloads hold nothing
that has to be deleted later. The de-identification never sticks: every attempt is counted on
the case before it runs (so even a killed worker counts), a failed attempt schedules the next one
with a growing delay, and after ``DEIDENTIFY_MAX_ATTEMPTS`` the case becomes *de-identification
failed*, where the submitter can start again. A case whose task was lost (no worker, a crash
between claim and run) is found by ``recover_stuck_cases``.

The tasks were declared in ``casebank.services`` before; rows queued under those paths are
resolved through ``former_paths`` (samenspel.tasks).
"""

import logging
import traceback
from datetime import timedelta

from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext as _

from samenspel.tasks import new_delivery, retried_task

from . import deidentification
from .approval import purge_abandoned, send_review_request_mail
from .audit import audit
from .choices import Status
from .models import AuditEntry, Case

DEIDENTIFY_MAX_ATTEMPTS = 4


# Delay before attempt 2, 3, 4 (backends that cannot defer, like the immediate backend of the
# tests and of ``manage.py shell``, retry at once).
DEIDENTIFY_RETRY_DELAYS = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10))


# A case still being de-identified this long after its attempt started or was due, and not
# locked by a running attempt, has lost its task.
DEIDENTIFY_STUCK_AFTER = timedelta(minutes=15)


logger = logging.getLogger(__name__)


def queue_deidentification(case, run_after=None):
    """Enqueue the de-identification (on commit; the payload is the case id only)."""
    case_id = case.pk

    def enqueue():
        task = deidentify_case
        if run_after is not None and task.get_backend().supports_defer:
            task = task.using(run_after=run_after)
        task.enqueue(case_id)

    transaction.on_commit(enqueue)


def queue_deidentify_failed_mail(case):
    """On commit, tell the submitter that the de-identification failed (the task gets the id)."""
    case_id, delivery = case.pk, new_delivery()
    transaction.on_commit(
        lambda: send_deidentify_failed_mail.enqueue(case_id, delivery=delivery), robust=True
    )


def queue_review_request(case):
    """On commit, tell the reviewers that the case awaits the second approval. The task gets
    the case id only; a failing enqueue must not undo or hide the submitter's confirmation."""
    case_id = case.pk
    transaction.on_commit(lambda: send_review_request.enqueue(case_id), robust=True)


def deidentify_attempt(case_id):
    """Background task body: one attempt, counted first; a failure schedules the next attempt
    or, after the last one, fails the case. Never raises, so the task store records no
    traceback (an exception message may quote the story); the log gets the exception class
    and the code location only. Returns "done", "retry", "failed" or "skipped"."""
    with transaction.atomic():
        case = (
            Case.objects.select_for_update().filter(pk=case_id, status=Status.DEIDENTIFYING).first()
        )
        if case is None:
            return "skipped"  # done already (a duplicate task), failed, or deleted
        case.deidentify_attempts += 1
        case.deidentify_due_at = timezone.now()
        case.save(update_fields=["deidentify_attempts", "deidentify_due_at", "updated_at"])
    try:
        done = deidentification.run_deidentification(case_id)
    except Exception as error:  # noqa: BLE001 - any fault of the pipeline is retried
        frames = traceback.extract_tb(error.__traceback__)[-3:]
        where = " < ".join(f"{f.filename}:{f.lineno} {f.name}" for f in reversed(frames))
        logger.error(  # noqa: TRY400 - no traceback: its message could quote the story
            "De-identification of case %s failed (attempt %s): %s at %s",
            case_id,
            case.deidentify_attempts,
            type(error).__name__,
            where,
        )
        return deidentification_failed(case_id)
    return "done" if done else "skipped"


@transaction.atomic
def deidentification_failed(case_id):
    """After a failed (or lost) attempt: schedule the next one, or fail the case."""
    case = Case.objects.select_for_update().filter(pk=case_id).first()
    if case is None or case.status != Status.DEIDENTIFYING:
        return "skipped"
    if case.deidentify_attempts >= DEIDENTIFY_MAX_ATTEMPTS:
        case.status = Status.DEIDENTIFY_FAILED
        case.title = _("Case not de-identified")
        case.deidentify_due_at = None
        case.save(update_fields=["status", "title", "deidentify_due_at", "updated_at"])
        audit(case, AuditEntry.Action.DEIDENTIFY_FAILED, None, attempts=case.deidentify_attempts)
        queue_deidentify_failed_mail(case)
        return "failed"
    index = min(case.deidentify_attempts, len(DEIDENTIFY_RETRY_DELAYS)) - 1
    run_after = timezone.now() + DEIDENTIFY_RETRY_DELAYS[max(index, 0)]
    case.deidentify_due_at = run_after
    case.save(update_fields=["deidentify_due_at", "updated_at"])
    queue_deidentification(case, run_after=run_after)
    return "retry"


def recover_stuck_cases(now=None, stuck_after=DEIDENTIFY_STUCK_AFTER):
    """Cases still being de-identified ``stuck_after`` past their due time lost their task
    (worker killed, enqueue lost): enqueue them again, or fail them when no attempt is left.
    A case locked by a running attempt is skipped. Returns (re-enqueued, failed)."""
    cutoff = (now or timezone.now()) - stuck_after
    requeued = failed = 0
    candidates = Case.objects.filter(status=Status.DEIDENTIFYING).filter(
        Q(deidentify_due_at__lt=cutoff) | Q(deidentify_due_at__isnull=True, updated_at__lt=cutoff)
    )
    for case_id in candidates.values_list("pk", flat=True):
        with transaction.atomic():
            case = (
                Case.objects.select_for_update(skip_locked=True)
                .filter(pk=case_id, status=Status.DEIDENTIFYING)
                .first()
            )
            if case is None:
                continue  # running right now, or finished meanwhile
            if case.deidentify_attempts >= DEIDENTIFY_MAX_ATTEMPTS:
                deidentification_failed(case.pk)
                failed += 1
                continue
            case.deidentify_due_at = timezone.now()
            case.save(update_fields=["deidentify_due_at", "updated_at"])
            queue_deidentification(case)
            requeued += 1
    return requeued, failed


@retried_task(
    max_attempts=DEIDENTIFY_MAX_ATTEMPTS,
    on_give_up=deidentification_failed,
    former_paths=["casebank.services.deidentify_case"],
)
def deidentify_case(case_id):
    """One attempt; a failure re-enqueues this task with ``run_after`` (see
    ``deidentify_attempt``), so it never raises. The retry wrapper still matters when the worker
    is killed mid-attempt: ``manage.py sweep_tasks`` enqueues it again, and after the last
    attempt ``deidentification_failed`` fails the case and tells the submitter."""
    return deidentify_attempt(case_id)


@retried_task(former_paths=["casebank.services.send_review_request"])
def send_review_request(case_id):
    """E-mail the reviewers that a case awaits the second approval (once per confirmation)."""
    return send_review_request_mail(case_id)


@retried_task(once=True, former_paths=["casebank.services.send_deidentify_failed_mail"])
def send_deidentify_failed_mail(case_id):
    """Tell the submitter that their story could not be de-identified and how to go on."""
    return deidentification.mail_deidentify_failed(case_id)


@retried_task(former_paths=["casebank.services.purge_abandoned_submissions"])
def purge_abandoned_submissions():
    return purge_abandoned()
