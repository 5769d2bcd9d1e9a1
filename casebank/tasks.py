"""Background work of the case bank (django-tasks). Arguments are ids, never story text, so
the database task backend's stored payloads hold nothing that has to be deleted later."""

from django_tasks import task


@task()
def deidentify_case(case_id):
    """One attempt; a failure re-enqueues this task with ``run_after`` (see
    ``services.deidentify_attempt``), so retries need no support from the backend."""
    from .services import deidentify_attempt

    return deidentify_attempt(case_id)


@task()
def send_review_request(case_id):
    """E-mail the reviewers that a case awaits the second approval (once per confirmation)."""
    from .services import send_review_request_mail

    return send_review_request_mail(case_id)


@task()
def purge_abandoned_submissions():
    from .services import purge_abandoned

    return purge_abandoned()
