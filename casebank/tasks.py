"""Background work of the case bank (samenspel.tasks: retried with backoff, found again by the
sweeper). Arguments are ids, never story text, so the database task backend's stored payloads
hold nothing that has to be deleted later."""

from samenspel.tasks import retried_task

from .services import DEIDENTIFY_MAX_ATTEMPTS


@retried_task(
    max_attempts=DEIDENTIFY_MAX_ATTEMPTS, on_give_up="casebank.services.deidentification_failed"
)
def deidentify_case(case_id):
    """One attempt; a failure re-enqueues this task with ``run_after`` (see
    ``services.deidentify_attempt``), so it never raises. The retry wrapper still matters when
    the worker is killed mid-attempt: ``manage.py sweep_tasks`` enqueues it again, and after the
    last attempt ``deidentification_failed`` fails the case and tells the submitter."""
    from .services import deidentify_attempt

    return deidentify_attempt(case_id)


@retried_task()
def send_review_request(case_id):
    """E-mail the reviewers that a case awaits the second approval (once per confirmation)."""
    from .services import send_review_request_mail

    return send_review_request_mail(case_id)


@retried_task(once=True)
def send_deidentify_failed_mail(case_id):
    """Tell the submitter that their story could not be de-identified and how to go on."""
    from .services import send_deidentify_failed_mail as send

    return send(case_id)


@retried_task()
def purge_abandoned_submissions():
    from .services import purge_abandoned

    return purge_abandoned()
