"""Fault: the worker is killed (SIGKILL) in the middle of a de-identification.

Real processes against the test's PostgreSQL database and django-tasks-db's queue: a professional
submits a case (the request enqueues the task); worker 1 (``db_worker``) takes it and starts
de-identifying, made slow for this test only (its de-identifier waits before it works, inside
the attempt's transaction); the test kills it with SIGKILL. Then a fresh ``manage.py run_worker``
starts and ``manage.py sweep_tasks`` runs, as the scheduler would. Asserted: the case completes
(de-identified, waiting for its submitter's review), the raw story is still there for that
review, the killed attempt was counted and the task row it left is marked lost, and no second
case, task or story appeared.
"""

import os
import signal
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from casebank import submission
from casebank.choices import Status
from casebank.models import AuditEntry, Case, RawSubmission
from tests.casebank.conftest import FACTS, KNOWN, STORY

ROOT = Path(__file__).resolve().parents[2]
DB_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
WAIT_SECONDS = 300  # generous: loading the de-identifier takes seconds, more on a loaded machine

pytestmark = pytest.mark.skipif(
    not settings.DATABASES["default"]["ENGINE"].endswith("postgresql"),
    reason="worker processes need the shared PostgreSQL test database; set DATABASE_URL (CI does)",
)

# Worker 1: django-tasks-db's worker whose de-identifier announces that it has started (a file)
# and then hangs, so the test can kill it mid-task. Nothing in the project's code is changed.
SLOW_WORKER = """
import sys, time
from pathlib import Path
import django
django.setup()
from casebank import deidentification, submission

def hanging(sections, known_names):
    Path(sys.argv[1]).write_text("started")
    time.sleep(600)

deidentification.deidentify_sections = hanging
from django.core.management import call_command
call_command("db_worker", "--interval", "0.2", "--no-startup-delay", "--worker-id", "worker-1")
"""


def worker_environment():
    database = settings.DATABASES["default"]
    url = (
        f"postgres://{database['USER']}:{database.get('PASSWORD') or ''}@{database['HOST']}:"
        f"{database['PORT'] or 5432}/{database['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "samenspel.settings.test",
        "DATABASE_URL": url,
        "SAMENSPEL_TEST_TASK_BACKEND": "database",
    }


def wait_for(condition, what):
    deadline = time.monotonic() + WAIT_SECONDS
    while time.monotonic() < deadline:
        if condition():
            return
        time.sleep(0.3)
    raise AssertionError(f"timed out waiting for {what}")


def stop(process):
    if process.poll() is None:
        process.send_signal(signal.SIGTERM)
        try:
            process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait()


@pytest.mark.django_db(transaction=True)
def test_a_case_completes_after_its_worker_is_killed_mid_deidentification(
    professional, delft, settings
):
    settings.TASKS = DB_TASKS
    started = time.monotonic()
    case = submission.submit(
        submitter=professional,
        organisation=delft,
        known_names=KNOWN,
        sections=STORY,
        structured=FACTS,
    )
    assert DBTaskResult.objects.filter(status="READY").count() == 1

    marker = Path(tempfile.mkdtemp()) / "started"
    environment = worker_environment()
    worker_1 = subprocess.Popen(  # noqa: S603
        [sys.executable, "-c", SLOW_WORKER, str(marker)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    worker_2 = None
    try:
        wait_for(lambda: marker.exists() or worker_1.poll() is not None, "worker 1 to start")
        assert worker_1.poll() is None, worker_1.stderr.read().decode()[-2000:]
        row = DBTaskResult.objects.get()
        assert row.status == "RUNNING" and row.worker_ids == ["worker-1"]
        worker_1.send_signal(signal.SIGKILL)  # mid-task: no clean-up of any kind
        worker_1.wait(timeout=10)

        # The killed attempt left its traces: counted on the case, the task row still RUNNING,
        # the story untouched (the attempt's transaction was rolled back).
        case.refresh_from_db()
        assert case.status == Status.DEIDENTIFYING and case.deidentify_attempts == 1
        assert DBTaskResult.objects.get().status == "RUNNING"
        assert RawSubmission.objects.get(case=case).sections["family"] == STORY["family"]

        worker_2 = subprocess.Popen(  # noqa: S603
            [
                sys.executable,
                "manage.py",
                "run_worker",
                "--interval",
                "0.2",
                "--no-startup-delay",
                "--worker-id",
                "worker-2",
            ],
            cwd=ROOT,
            env=environment,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        # The scheduler's sweeper finds the task its worker lost (here at once: worker 1 is
        # known to be dead; in production after SAMENSPEL_TASK_STUCK_AFTER).
        call_command("sweep_tasks", "--stuck-after", "0", stdout=open(os.devnull, "w"))  # noqa: SIM115
        wait_for(
            lambda: (
                Case.objects.get(pk=case.pk).status != Status.DEIDENTIFYING
                or worker_2.poll() is not None
            ),
            "the case to be de-identified",
        )
        assert worker_2.poll() is None, worker_2.stderr.read().decode()[-2000:]
    finally:
        for process in (worker_1, worker_2):
            if process is not None:
                stop(process)
    elapsed = time.monotonic() - started

    case.refresh_from_db()
    assert case.status == Status.REVIEW, case.status
    assert case.deidentify_attempts == 2
    text = " ".join(str(getattr(case, name)) for name in ("title", "family", "trigger", "course"))
    assert "Sandra" not in text and "Noah" not in text
    assert "[persoon" in case.family or "moeder" in case.family.lower()
    # Nothing lost, nothing doubled: the story is kept for the submitter's review, one case,
    # one de-identification, and the lost task row is marked as such beside the one that ran.
    assert RawSubmission.objects.get(case=case).sections == {
        **dict.fromkeys(RawSubmission.objects.get(case=case).sections, ""),
        **STORY,
    }
    assert Case.objects.count() == 1
    assert AuditEntry.objects.filter(case=case, action=AuditEntry.Action.DEIDENTIFIED).count() == 1
    rows = {(row.status, row.exception_class_path) for row in DBTaskResult.objects.all()}
    assert rows == {("FAILED", "samenspel.sweeper.WorkerLost"), ("SUCCESSFUL", "")}
    print(f"worker fault test: case completed {elapsed:.1f} s after submission")  # noqa: T201
