"""Tasks that finish: retries with backoff, one e-mail per delivery, the sweeper.

Real parts: an SMTP backend pointed at a closed port (a mail server that is down), the database
task queue (django-tasks-db) with its own worker command run in batch mode, and the queue's rows.
"""

import logging
from datetime import timedelta

import pytest
from django.core import mail
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from samenspel.models import Invitation, TaskReceipt
from samenspel.roles import Role
from samenspel.sweeper import sweep
from samenspel.tasks import TaskGaveUp, new_delivery, send_invitation_email

DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
MAIL_SERVER_DOWN = {
    "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
    "EMAIL_HOST": "127.0.0.1",
    "EMAIL_PORT": 1,  # nothing listens there
    "EMAIL_TIMEOUT": 2,
}


@pytest.fixture
def invitation(delft, org_admin):
    return Invitation.objects.create(
        organisation=delft, email="nieuw@example.org", role=Role.PROFESSIONAL, invited_by=org_admin
    )


def test_a_failing_email_is_retried_then_given_up_without_personal_data_in_logs(
    invitation, settings, caplog
):
    for name, value in MAIL_SERVER_DOWN.items():
        setattr(settings, name, value)
    delivery = new_delivery()
    with caplog.at_level(logging.WARNING, logger="samenspel.tasks"):
        result = send_invitation_email.enqueue(invitation.pk, delivery=delivery)
    # The immediate backend runs the retries at once: 4 attempts, then the task gives up.
    attempts = [r for r in caplog.records if "failed (attempt" in r.getMessage()]
    assert [r.args[1] for r in attempts] == [1, 2, 3, 4]
    assert any("gave up" in r.getMessage() for r in caplog.records)
    assert "nieuw@example.org" not in caplog.text
    assert not TaskReceipt.objects.exists()
    assert result.status == "SUCCESSFUL"  # the first attempt scheduled the retry
    # The mail server is back: the same delivery goes out once, and a repeat sends nothing.
    settings.EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
    assert send_invitation_email.call(invitation.pk, delivery=delivery) == "sent"
    assert send_invitation_email.call(invitation.pk, delivery=delivery) == "already done"
    assert [m.to for m in mail.outbox] == [["nieuw@example.org"]]


def test_the_last_attempt_fails_the_task_row_with_the_exception_class_only(invitation, settings):
    for name, value in MAIL_SERVER_DOWN.items():
        setattr(settings, name, value)
    with pytest.raises(TaskGaveUp) as raised:
        send_invitation_email.call(invitation.pk, delivery=new_delivery(), attempt=4)
    assert str(raised.value) == (
        "samenspel.tasks.send_invitation_email gave up after 4 attempts: ConnectionRefusedError"
    )
    assert raised.value.__cause__ is None and raised.value.__suppress_context__


def test_a_failed_attempt_is_retried_later_on_the_database_queue(invitation, settings):
    for name, value in MAIL_SERVER_DOWN.items():
        setattr(settings, name, value)
    settings.TASKS = DB_TASKS
    delivery = new_delivery()
    send_invitation_email.enqueue(invitation.pk, delivery=delivery)
    before = timezone.now()
    # What db_worker does with the row (its loop closes the test's connection, so not itself).
    row = DBTaskResult.objects.get()
    row.claim("test-worker")
    row.set_successful(row.task.call(*row.task_result.args, **row.task_result.kwargs))
    first, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert first.status == "SUCCESSFUL" and first.return_value == "retry"
    assert retry.status == "READY"
    assert retry.args_kwargs == {
        "args": [invitation.pk],
        "kwargs": {"delivery": delivery, "attempt": 2},
    }
    # Backoff: attempt 2 waits 30 seconds (then 2 and 10 minutes).
    assert (
        before + timedelta(seconds=29) <= retry.run_after <= timezone.now() + timedelta(seconds=31)
    )


def lost_row(task_path, args, kwargs, minutes_ago=45):
    row = DBTaskResult.objects.create(
        args_kwargs={"args": args, "kwargs": kwargs},
        task_path=task_path,
        backend_name="default",
        status="RUNNING",
        worker_ids=["gone"],
    )
    DBTaskResult.objects.filter(pk=row.pk).update(
        started_at=timezone.now() - timedelta(minutes=minutes_ago)
    )
    return row


def test_the_sweeper_enqueues_lost_work_again_once(
    invitation, settings, django_capture_on_commit_callbacks
):
    settings.TASKS = DB_TASKS
    delivery = new_delivery()
    lost = lost_row(
        "samenspel.tasks.send_invitation_email", [invitation.pk], {"delivery": delivery}
    )
    recent = lost_row("samenspel.tasks.send_invitation_email", [invitation.pk], {}, minutes_ago=2)
    with django_capture_on_commit_callbacks(execute=True):
        done = sweep()
    assert done["lost"] == 1 and done["requeued"] == 1
    lost.refresh_from_db()
    assert lost.status == "FAILED" and lost.exception_class_path.endswith("WorkerLost")
    assert DBTaskResult.objects.get(pk=recent.pk).status == "RUNNING"  # may still be working
    again = DBTaskResult.objects.get(status="READY")
    assert again.args_kwargs["kwargs"] == {"delivery": delivery, "attempt": 2}
    assert again.run_after.year == 9999  # at once: it waited long enough already
    # A second sweep (or a second machine) finds nothing more to do.
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep()["requeued"] == 0
    assert DBTaskResult.objects.filter(status="READY").count() == 1


def test_the_sweeper_gives_up_and_tells_the_submitter(
    professional, delft, settings, django_capture_on_commit_callbacks
):
    """A case whose de-identification was lost on its last attempt fails, and its submitter
    gets an e-mail that says so (and nothing of the story)."""
    from casebank import submission, tasks
    from casebank.choices import Status
    from casebank.models import Case
    from tests.casebank.conftest import STORY

    settings.TASKS = DB_TASKS
    with django_capture_on_commit_callbacks(execute=True):
        case = submission.submit(
            submitter=professional, organisation=delft, known_names=[], sections=STORY,
            structured={},
        )  # fmt: skip
    DBTaskResult.objects.all().delete()
    Case.objects.filter(pk=case.pk).update(deidentify_attempts=tasks.DEIDENTIFY_MAX_ATTEMPTS)
    # A row queued before the task moved names its former path, which no longer imports.
    lost_row("casebank.services.deidentify_case", [case.pk], {"attempt": 4})
    with django_capture_on_commit_callbacks(execute=True):
        assert sweep()["gave_up"] == 1
    assert Case.objects.get(pk=case.pk).status == Status.DEIDENTIFY_FAILED
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    row = DBTaskResult.objects.get(task_path="casebank.tasks.send_deidentify_failed_mail")
    from casebank.tasks import send_deidentify_failed_mail

    send_deidentify_failed_mail.call(*row.args_kwargs["args"], **row.args_kwargs["kwargs"])
    (message,) = mail.outbox
    assert message.to == [professional.email]
    assert message.subject == "Je casus kon niet worden geanonimiseerd"
    assert "/casusbank/inzendingen/" in message.body
    assert "Sandra" not in message.body and "Noah" not in message.body


def test_sweep_tasks_command_reports(db):
    from io import StringIO

    out = StringIO()
    call_command("sweep_tasks", stdout=out)
    assert out.getvalue().strip() == "nothing to do"
