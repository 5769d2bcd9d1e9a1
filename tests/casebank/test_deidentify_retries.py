"""The de-identification never sticks: failed attempts are retried with a growing delay, a case
that keeps failing becomes *failed* with a retry button, lost tasks are recovered, and nothing
the submitter wrote is lost. The faults are simulated by making the de-identifier raise."""

import json
import logging
from datetime import timedelta

import numpy as np
import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from casebank import deidentification, submission, tasks
from casebank import deidentify as deidentify_package
from casebank.choices import Status
from casebank.deidentify import Finding, Result
from casebank.models import AuditEntry, Case, RawSubmission
from tests.site.factories import UserFactory

from .conftest import STORY

REAL_DEIDENTIFY = deidentify_package.deidentify
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


class Fault:
    """Stands in for the de-identifier: raises ``failures`` times (with story text in the
    message, as a real fault might), then de-identifies for real."""

    def __init__(self, failures):
        self.failures, self.calls = failures, 0

    def __call__(self, text, **kwargs):
        self.calls += 1
        if self.failures:
            self.failures -= 1
            raise RuntimeError(f"detector broke on {text[:30]!r}")
        return REAL_DEIDENTIFY(text, **kwargs)


@pytest.fixture
def fault(monkeypatch):
    def install(failures):
        broken = Fault(failures)
        monkeypatch.setattr(deidentify_package, "deidentify", broken)
        return broken

    return install


def test_a_failed_attempt_is_retried_and_the_case_reaches_review(
    professional, delft, submit_case, fault
):
    broken = fault(1)
    case = submit_case(professional, delft)
    assert case.status == Status.REVIEW
    assert case.deidentify_attempts == 2
    assert broken.calls > 1
    assert "Sandra" not in case.family
    assert not AuditEntry.objects.filter(case=case, action="deidentify_failed").exists()


def test_a_case_that_keeps_failing_is_failed_with_its_story_intact(
    professional, delft, submit_case, fault, caplog
):
    broken = fault(100)
    with caplog.at_level(logging.ERROR, logger="casebank.services"):
        case = submit_case(professional, delft)
    assert case.status == Status.DEIDENTIFY_FAILED
    assert case.deidentify_attempts == tasks.DEIDENTIFY_MAX_ATTEMPTS
    assert broken.calls == tasks.DEIDENTIFY_MAX_ATTEMPTS  # one call per attempt, no more
    entry = AuditEntry.objects.get(case=case, action="deidentify_failed")
    assert entry.details == {"attempts": tasks.DEIDENTIFY_MAX_ATTEMPTS}
    # Nothing the submitter wrote is lost, and no draft text was made from it.
    raw = RawSubmission.objects.get(case=case)
    assert {name: raw.sections[name] for name in STORY} == STORY
    assert case.family == ""
    # The log says which attempt failed where, never what the story says.
    assert caplog.text.count("RuntimeError") == tasks.DEIDENTIFY_MAX_ATTEMPTS
    assert "Sandra" not in caplog.text and "Samen met" not in caplog.text


def test_the_submitter_sees_the_failure_and_can_try_again(
    client, professional, delft, submit_case, fault, monkeypatch, django_capture_on_commit_callbacks
):
    fault(100)
    case = submit_case(professional, delft)
    client.force_login(professional)
    page = client.get(f"/casusbank/inzendingen/{case.pk}/controleren/").content.decode()
    assert "Het anonimiseren van je verhaal is niet gelukt" in page
    assert "Er is niets verloren van wat je schreef" in page
    assert "Probeer opnieuw" in page
    assert f'action="/casusbank/inzendingen/{case.pk}/opnieuw-anonimiseren/"' in page
    assert 'http-equiv="refresh"' not in page
    my_list = client.get("/casusbank/inzendingen/").content.decode()
    assert "Anonimiseren mislukt" in my_list

    monkeypatch.setattr(deidentify_package, "deidentify", REAL_DEIDENTIFY)  # the fault is gone
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/casusbank/inzendingen/{case.pk}/opnieuw-anonimiseren/")
    assert response.status_code == 302
    assert response["Location"] == f"/casusbank/inzendingen/{case.pk}/controleren/"
    case.refresh_from_db()
    assert case.status == Status.REVIEW
    assert "Sandra" not in case.family and case.family.startswith("Moeder")
    assert AuditEntry.objects.filter(case=case, action="deidentify_retried").exists()


def test_only_the_submitter_can_press_retry(
    client, professional, other_professional, delft, submit_case, fault
):
    fault(100)
    case = submit_case(professional, delft)
    client.force_login(other_professional)
    response = client.post(f"/casusbank/inzendingen/{case.pk}/opnieuw-anonimiseren/")
    assert response.status_code == 404
    assert Case.objects.get(pk=case.pk).status == Status.DEIDENTIFY_FAILED


def test_status_endpoint_gives_the_state_to_the_submitter_only_and_no_content(
    client, professional, other_professional, delft, settings
):
    settings.TASKS = DB_TASKS  # queued, not run: the case waits for a worker
    case = submission.submit(
        submitter=professional,
        organisation=delft,
        known_names=["Sandra de Vries"],
        sections=STORY,
        structured={},
    )
    url = f"/casusbank/inzendingen/{case.pk}/voortgang.json"
    client.force_login(professional)
    response = client.get(url)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    data = response.json()
    assert set(data) == {"state", "message", "review_url"}
    assert data["state"] == "waiting"
    assert data["message"] == "Je verhaal wacht op zijn beurt om geanonimiseerd te worden."
    body = response.content.decode()
    assert "Sandra" not in body and "Samen met" not in body and 'geanonimiseerd"' not in body

    Case.objects.filter(pk=case.pk).update(deidentify_attempts=1)
    assert client.get(url).json()["state"] == "working"
    later = timezone.now() + timedelta(minutes=2)
    Case.objects.filter(pk=case.pk).update(deidentify_due_at=later)
    assert client.get(url).json()["state"] == "retrying"

    superuser = UserFactory(is_superuser=True, is_staff=True)
    for user in (other_professional, superuser):
        client.force_login(user)
        assert client.get(url).status_code == 404
    client.logout()
    assert client.get(url).status_code == 302  # to the login page


def test_the_waiting_page_polls_instead_of_reloading(client, professional, delft, settings):
    settings.TASKS = DB_TASKS
    case = submission.submit(
        submitter=professional, organisation=delft, known_names=[], sections=STORY, structured={}
    )
    client.force_login(professional)
    page = client.get(f"/casusbank/inzendingen/{case.pk}/controleren/").content.decode()
    assert 'http-equiv="refresh"' not in page
    assert 'aria-live="polite"' in page
    assert "Je verhaal wacht op zijn beurt" in page
    assert f'data-status-url="/casusbank/inzendingen/{case.pk}/voortgang.json"' in page
    assert 'src="/static/casebank/progress.js"' in page
    assert "<script>" not in page  # no inline script (CSP script-src 'self')
    assert ">Vernieuw</a>" in page  # without JavaScript


def test_a_retry_is_scheduled_later_with_only_the_case_id(
    professional, delft, settings, fault, django_capture_on_commit_callbacks
):
    settings.TASKS = DB_TASKS
    from casebank.tasks import deidentify_case

    with django_capture_on_commit_callbacks(execute=True):
        case = submission.submit(
            submitter=professional, organisation=delft, known_names=[], sections=STORY,
            structured={},
        )  # fmt: skip
    fault(1)
    with django_capture_on_commit_callbacks(execute=True):
        assert deidentify_case.call(case.pk) == "retry"
    case.refresh_from_db()
    assert case.status == Status.DEIDENTIFYING and case.deidentify_attempts == 1
    first, retry = DBTaskResult.objects.order_by("enqueued_at")
    assert first.args_kwargs == retry.args_kwargs == {"args": [case.pk], "kwargs": {}}
    delay = retry.run_after - timezone.now()
    assert timedelta(seconds=20) < delay <= tasks.DEIDENTIFY_RETRY_DELAYS[0]
    assert case.deidentify_due_at == retry.run_after
    # Nothing of the story in any task row (no traceback, no message).
    stored = json.dumps(list(DBTaskResult.objects.values("args_kwargs", "traceback")))
    assert "Sandra" not in stored


def test_findings_with_numpy_integers_are_stored_as_plain_json(
    professional, delft, submit_case, monkeypatch
):
    """The issue's crash: a detector's offsets as numpy int64 must not leave the case stuck."""

    def numpy_offsets(text, **kwargs):
        result = REAL_DEIDENTIFY(text, **kwargs)
        findings = [
            Finding(np.int64(f.start), np.int64(f.end), f.kind, f.replacement, f.original)
            for f in result.findings
        ]
        return Result(result.text, findings, result.kept)

    monkeypatch.setattr(deidentify_package, "deidentify", numpy_offsets)
    case = submit_case(professional, delft)
    assert case.status == Status.REVIEW
    finding = case.findings["family"][0]
    assert set(finding) == {"start", "end", "kind", "replacement"}
    assert type(finding["start"]) is int


def test_a_value_that_cannot_be_stored_fails_the_case_instead_of_sticking(
    professional, delft, submit_case, monkeypatch
):
    """Another int64-style fault, where it cannot be repaired: the risk warnings."""

    def numpy_warnings(case):
        return [{"code": "exact_age", "level": "warning", "params": {"count": np.int64(2)}}]

    monkeypatch.setattr(deidentification, "check_case", numpy_warnings)
    case = submit_case(professional, delft)
    assert case.status == Status.DEIDENTIFY_FAILED
    assert RawSubmission.objects.get(case=case).sections["family"] == STORY["family"]


def test_lost_tasks_are_enqueued_again_and_exhausted_ones_failed(
    professional, delft, settings, capsys, django_capture_on_commit_callbacks
):
    settings.TASKS = DB_TASKS

    def queued_case(attempts, due_minutes_ago):
        case = submission.submit(
            submitter=professional, organisation=delft, known_names=[], sections=STORY,
            structured={},
        )  # fmt: skip
        due = timezone.now() - timedelta(minutes=due_minutes_ago)
        Case.objects.filter(pk=case.pk).update(deidentify_attempts=attempts, deidentify_due_at=due)
        return case

    lost = queued_case(attempts=1, due_minutes_ago=20)
    exhausted = queued_case(attempts=tasks.DEIDENTIFY_MAX_ATTEMPTS, due_minutes_ago=20)
    recent = queued_case(attempts=1, due_minutes_ago=2)
    DBTaskResult.objects.all().delete()  # the tasks were lost

    with django_capture_on_commit_callbacks(execute=True):
        call_command("recover_stuck_cases")
    assert "1 case(s) enqueued again, 1 case(s) marked failed" in capsys.readouterr().out
    queued = {(row.task_path, row.args_kwargs["args"][0]) for row in DBTaskResult.objects.all()}
    # The lost case is de-identified again; the submitter of the failed one is told.
    assert queued == {
        ("casebank.tasks.deidentify_case", lost.pk),
        ("casebank.tasks.send_deidentify_failed_mail", exhausted.pk),
    }
    assert Case.objects.get(pk=lost.pk).status == Status.DEIDENTIFYING
    assert Case.objects.get(pk=exhausted.pk).status == Status.DEIDENTIFY_FAILED
    assert Case.objects.get(pk=recent.pk).status == Status.DEIDENTIFYING
    assert RawSubmission.objects.filter(case=exhausted).exists()


def test_a_duplicate_task_does_nothing(professional, delft, submit_case):
    """Idempotent: a second task for a case already de-identified changes nothing."""
    from casebank.tasks import deidentify_case

    case = submit_case(professional, delft)
    before = (case.family, case.findings, case.deidentify_attempts)
    assert deidentify_case.call(case.pk) == "skipped"
    case.refresh_from_db()
    assert (case.family, case.findings, case.deidentify_attempts) == before
    assert AuditEntry.objects.filter(case=case, action="deidentified").count() == 1


@pytest.mark.django_db(transaction=True)
def test_run_worker_loads_the_model_then_works_the_queue(professional, delft, settings):
    """The production worker command: warm-up and stuck-case check, then db_worker's loop."""
    from io import StringIO

    settings.TASKS = DB_TASKS
    case = submission.submit(
        submitter=professional, organisation=delft, known_names=["Sandra de Vries"],
        sections=STORY, structured={},
    )  # fmt: skip
    assert Case.objects.get(pk=case.pk).status == Status.DEIDENTIFYING  # queued, not run
    out = StringIO()
    call_command("run_worker", "--batch", "--no-startup-delay", "--no-reload", stdout=out)
    assert "de-identifier ready in" in out.getvalue()
    case.refresh_from_db()
    assert case.status == Status.REVIEW
    assert "Sandra" not in case.family
