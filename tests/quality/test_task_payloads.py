"""Every background task is declared to finish (retries, sweeper) and is enqueued with ids only.

The flows that send e-mail run for real with the immediate backend; django-tasks'
``task_enqueued`` signal records what each task was enqueued with, and the e-mails that went out
are compared with those payloads: no body, subject line, link token or story is in a payload.
(``tests/conftest.py`` applies the same rule to every enqueue of the whole suite.)
"""

import datetime
import importlib
import json
import pkgutil
from pathlib import Path

import pytest
from django.apps import apps
from django.core import mail
from django.utils import timezone
from django_tasks.base import Task
from django_tasks.signals import task_enqueued

from learning.models import Lot, LotMember, LotRole
from learning.services import delete_session, plan_session, send_session_invitations
from samenspel import tasks as samenspel_tasks
from samenspel.roles import Role
from tests.learning.conftest import make_round
from tests.site.factories import member
from tests.taskpayloads import payload_problems

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[2]


def all_tasks():
    """Every django-tasks Task defined in any module of a project app (wherever it lives:
    ``tasks.py``, or beside the services that queue it)."""
    found = {}
    for config in apps.get_app_configs():
        if (
            not Path(config.path).resolve().is_relative_to(ROOT)
            or ".venv" in Path(config.path).parts
        ):
            continue
        modules = [config.module]
        for info in pkgutil.walk_packages(config.module.__path__, f"{config.name}."):
            # Settings modules configure a process (production refuses to load without its
            # secrets); migrations, commands and the WSGI entry point declare no tasks.
            skipped = (".settings", ".migrations", ".management", ".wsgi")
            if any(part in info.name for part in skipped):
                continue
            modules.append(importlib.import_module(info.name))
        for module in modules:
            for value in vars(module).values():
                if isinstance(value, Task) and value.func.__module__ == module.__name__:
                    found[value.module_path] = value
    return found


@pytest.fixture
def enqueued():
    calls = []

    def record(sender, task_result, **kwargs):
        path = task_result.task.module_path
        if not path.startswith("wagtail."):  # Wagtail's own tasks (reference index) aside
            calls.append((path, task_result.args, task_result.kwargs))

    task_enqueued.connect(record, dispatch_uid="payload-recorder")
    yield calls
    task_enqueued.disconnect(dispatch_uid="payload-recorder")


def test_every_task_is_declared_with_retries():
    tasks = all_tasks()
    assert len(tasks) >= 10
    assert set(tasks) <= set(samenspel_tasks.REGISTRY), "declare tasks with retried_task"
    # Tasks that send e-mail keep a receipt per delivery, so a second run sends nothing.
    for path in tasks:
        if ".send_" in path and "digest" not in path and "review_request" not in path:
            assert samenspel_tasks.REGISTRY[path]["once"], path


def assert_nothing_of_the_mails_in(calls):
    payloads = json.dumps([[args, kwargs] for _path, args, kwargs in calls])
    for message in mail.outbox:
        for line in message.body.splitlines():
            if len(line.strip()) > 25:
                assert line.strip() not in payloads
        assert message.subject not in payloads
        for token in (word for word in message.body.split() if "/u/" in word or "/gast/" in word):
            assert token.rstrip("/").split("/")[-1] not in payloads
    for _path, args, kwargs in calls:
        assert not payload_problems(args, kwargs)


def test_email_flows_enqueue_ids_and_render_in_the_task(
    client, delft, org_admin, facilitator, task_team, enqueued, django_capture_on_commit_callbacks
):
    from learning.instrument import seed_instrument

    # An organisation admin invites a colleague.
    client.force_login(org_admin)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            "/organisaties/delft/leden/", {"email": "nieuw@example.org", "role": Role.PROFESSIONAL}
        )
    # A facilitator adds a guest, invites the LOT to a session and then cancels it.
    lot = Lot.objects.create(name="LOT Delft", municipality=delft)
    LotMember.objects.create(lot=lot, user=facilitator, role=LotRole.FACILITATOR)
    colleague = member(delft, Role.PROFESSIONAL, email="lid@example.org")
    LotMember.objects.create(lot=lot, user=colleague, role=LotRole.LT_PRACTITIONER)
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/leren/lot/{lot.pk}/leden/",
            {"email": "ouder@example.org", "name": "Ouder", "role": "parent"},
        )
    day = timezone.localdate() + datetime.timedelta(days=7)
    session = plan_session(
        lot,
        template_slug="casusbespreking",
        title="Casus van maart",
        starts_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(14))),
        location="Stadskantoor Delft, zaal 3",
    )
    with django_capture_on_commit_callbacks(execute=True):
        assert send_session_invitations(session) == 3
    with django_capture_on_commit_callbacks(execute=True):
        assert delete_session(session) == 3
    # A task-team member invites respondents to a questionnaire round.
    measurement_round = make_round(seed_instrument(), uses_invitations=True)
    client.force_login(task_team)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/leren/meting/{measurement_round.pk}/uitnodigingen/",
            {"emails": "a@example.org\nb@example.org"},
        )

    paths = {path for path, _args, _kwargs in enqueued}
    assert paths == {
        "samenspel.tasks.send_invitation_email",
        "learning.tasks.send_guest_welcome",
        "learning.tasks.send_session_invitation",
        "learning.tasks.send_session_cancellation",
        "learning.tasks.send_round_invitation",
    }
    # The e-mails went out (rendered in the tasks), with their links and attachments.
    assert len(mail.outbox) == 1 + 1 + 3 + 3 + 2
    assert sum("/gast/" in message.body for message in mail.outbox) == 2  # welcome, invitation
    assert sum("/u/" in message.body for message in mail.outbox) == 2
    assert_nothing_of_the_mails_in(enqueued)
    # Each delivery has its own key; a repeated run of one sends nothing more.
    path, args, kwargs = next(call for call in enqueued if call[0].endswith("invitation_email"))
    sent = len(mail.outbox)
    assert samenspel_tasks.send_invitation_email.call(*args, **kwargs) == "already done"
    assert len(mail.outbox) == sent


def test_case_flow_enqueues_the_case_id_only(
    professional, delft, enqueued, django_capture_on_commit_callbacks
):
    from casebank import submission
    from tests.casebank.conftest import FACTS, KNOWN, STORY

    with django_capture_on_commit_callbacks(execute=True):
        case = submission.submit(
            submitter=professional,
            organisation=delft,
            known_names=KNOWN,
            sections=STORY,
            structured=FACTS,
        )
    case.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        submission.confirm(case, professional)
    assert [(path, list(args)) for path, args, _kwargs in enqueued] == [
        ("casebank.tasks.deidentify_case", [case.pk]),
        ("casebank.tasks.send_review_request", [case.pk]),
    ]
    payloads = json.dumps([[args, kwargs] for _path, args, kwargs in enqueued])
    for name in ("Sandra", "Noah", "Regenboog"):
        assert name not in payloads
