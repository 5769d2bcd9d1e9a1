"""Background tasks that finish (docs/deploy.md, "Tasks that finish").

Every task of the project is declared with ``retried_task`` instead of django-tasks' ``task``:

- **Retried with backoff.** An attempt that raises is enqueued again after 30 s, 2 min and
  10 min (``DELAYS``); after ``max_attempts`` the task gives up: its ``on_give_up`` hook tells
  the person waiting, and the row ends FAILED with a ``TaskGaveUp`` that names only the
  exception class (an exception message may quote an address or a story). The log line says
  the same, and reaches Sentry or ADMINS.
- **Idempotent.** A task whose work cannot be repeated harmlessly (an e-mail) is declared with
  ``once=True`` and enqueued with ``delivery=new_delivery()``; the first run that finishes
  writes a ``TaskReceipt`` for that delivery and any later run of it does nothing. Other tasks
  are idempotent by their own state (a case that is no longer being de-identified is skipped).
- **Payloads hold ids.** Arguments are ids and short keys, never an e-mail body or free text:
  the task reads and renders what it needs (``tests/quality/test_task_payloads.py``).
- **Lost work is found.** ``manage.py sweep_tasks`` finds rows a killed worker left RUNNING,
  and FAILED rows with attempts left, and enqueues them again or gives up
  (``samenspel.sweeper``).

This module is the shell's: it knows no domain app. Apps declare their tasks in their own
``tasks.py`` and register extra sweeps with ``register_sweep``.
"""

from __future__ import annotations

import functools
import logging
import traceback
import uuid
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import IntegrityError, transaction
from django.utils import timezone
from django.utils.module_loading import import_string
from django_tasks import task

from .models import Invitation, TaskReceipt

logger = logging.getLogger(__name__)

MAX_ATTEMPTS = 4
DELAYS = (timedelta(seconds=30), timedelta(minutes=2), timedelta(minutes=10))
ATTEMPT = "attempt"
DELIVERY = "delivery"

# module path → the options it was declared with (the sweeper reads them).
REGISTRY = {}
# Extra sweeps apps register (``register_sweep``), run by ``manage.py sweep_tasks``.
SWEEPS = []


class TaskGaveUp(Exception):  # noqa: N818 - the name says what happened
    """The last attempt of a task failed; the message names the exception class only."""


def new_delivery():
    """A random id for one intended delivery of a ``once`` task (the idempotency key)."""
    return uuid.uuid4().hex


def where(error):
    """The innermost code locations of ``error`` (file:line function), without its message."""
    frames = traceback.extract_tb(error.__traceback__)[-3:]
    return " < ".join(f"{f.filename}:{f.lineno} {f.name}" for f in reversed(frames))


def retried_task(
    *,
    max_attempts=MAX_ATTEMPTS,
    delays=DELAYS,
    once=False,
    on_give_up=None,
    former_paths=(),
    **options,
):
    """``@retried_task(...)``: django-tasks' ``@task(**options)`` with retries, backoff and
    (``once=True``) one receipt per delivery. ``on_give_up`` is a dotted path or callable
    called with the task's arguments after the last failed attempt. ``former_paths``: where the
    task was declared before it moved, so the sweeper still finds rows queued under them."""

    def decorator(func):
        declared = {}

        @functools.wraps(func)
        def run(*args, **kwargs):
            attempt = int(kwargs.pop(ATTEMPT, 1))
            delivery = kwargs.pop(DELIVERY, None)
            path = declared["task"].module_path
            receipt = f"{path}:{delivery}" if once and delivery else None
            if receipt and receipt_exists(receipt):
                return "already done"
            try:
                result = func(*args, **kwargs)
            except Exception as error:  # noqa: BLE001 - every failure is retried or given up
                return retry_or_give_up(declared, args, kwargs, attempt, delivery, error)
            if receipt:
                write_receipt(receipt)
            return result

        declared["task"] = task(**options)(run)
        declared.update(max_attempts=max_attempts, delays=delays, once=once, on_give_up=on_give_up)
        for path in (declared["task"].module_path, *former_paths):
            REGISTRY[path] = declared
        return declared["task"]

    return decorator


def retry_or_give_up(declared, args, kwargs, attempt, delivery, error):
    task_obj = declared["task"]
    name = task_obj.module_path
    logger.warning(  # no message: it could quote personal data
        "Task %s failed (attempt %s of %s): %s at %s",
        name,
        attempt,
        declared["max_attempts"],
        type(error).__name__,
        where(error),
    )
    if attempt < declared["max_attempts"]:
        enqueue_again(task_obj, args, kwargs, attempt + 1, delivery)
        return "retry"
    give_up(declared, args, kwargs)
    raise TaskGaveUp(f"{name} gave up after {attempt} attempts: {type(error).__name__}") from None


def enqueue_again(task_obj, args, kwargs, attempt, delivery=None, delay=True):
    """Enqueue ``attempt`` of a task after its backoff delay (at once with ``delay=False``, and
    where the backend cannot defer, as the immediate backend of the tests)."""
    declared = REGISTRY.get(task_obj.module_path, {})
    delays = declared.get("delays", DELAYS)
    wait = delays[min(attempt - 2, len(delays) - 1)] if delay and attempt > 1 else None
    target = task_obj
    if wait and task_obj.get_backend().supports_defer:
        target = task_obj.using(run_after=timezone.now() + wait)
    extra = {ATTEMPT: attempt}
    if delivery:
        extra[DELIVERY] = delivery
    return target.enqueue(*args, **kwargs, **extra)


def give_up(declared, args, kwargs):
    """Tell the person waiting (the task's ``on_give_up``); never let that hook hide the fault."""
    name = declared["task"].module_path
    logger.error("Task %s gave up after %s attempts", name, declared["max_attempts"])
    hook = declared.get("on_give_up")
    if hook is None:
        return
    try:
        (import_string(hook) if isinstance(hook, str) else hook)(*args, **kwargs)
    except Exception as error:  # noqa: BLE001
        logger.error(  # noqa: TRY400 - no traceback: its message could quote personal data
            "The give-up hook of %s failed: %s at %s", name, type(error).__name__, where(error)
        )


def receipt_model():
    return TaskReceipt


def receipt_exists(key):
    return receipt_model().objects.filter(key=key[:200]).exists()


def write_receipt(key):
    try:
        with transaction.atomic():
            receipt_model().objects.create(key=key[:200])
    except IntegrityError:
        pass  # a concurrent duplicate finished first


def register_sweep(func):
    """Register ``func(now)`` to run with ``manage.py sweep_tasks`` (returns a short summary)."""
    if func not in SWEEPS:
        SWEEPS.append(func)
    return func


# --------------------------------------------------------------------------- the shell's tasks


def invitation_mail(invitation):
    """Subject and body of the e-mail that invites someone to an organisation."""
    from django.template.loader import render_to_string
    from django.urls import reverse
    from django.utils.translation import gettext as _
    from django.utils.translation import override

    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    link = base + reverse("samenspel:accept_invitation", args=[invitation.token])
    with override(settings.LANGUAGE_CODE):
        body = render_to_string(
            "samenspel/email/invitation.txt",
            {"invitation": invitation, "link": link, "inviter": invitation.invited_by},
        )
        subject = _("Invitation to join %(organisation)s on Samenspel") % {
            "organisation": invitation.organisation.name
        }
    return subject, body


@retried_task(once=True)
def send_invitation_email(invitation_id):
    """E-mail an open invitation (rendered here, from the invitation's id)."""
    invitation = (
        Invitation.objects.select_related("organisation", "invited_by")
        .filter(pk=invitation_id, accepted_at__isnull=True)
        .first()
    )
    if invitation is None:
        return "skipped"  # accepted, revoked or deleted meanwhile
    subject, body = invitation_mail(invitation)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [invitation.email]).send()
    return "sent"
