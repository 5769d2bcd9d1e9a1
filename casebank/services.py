"""The case bank's workflow: submission → de-identification → two reviews → published case.

Every state change goes through a function here, writes an audit entry (actions, field names
and counts; never story text) and keeps the raw story only while the review runs.
"""

from __future__ import annotations

import logging
import secrets
import traceback
from collections import Counter
from datetime import timedelta

from allauth.account.models import EmailAddress
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.mail import EmailMessage, get_connection
from django.db import connection, transaction
from django.db.models import Exists, OuterRef, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.text import slugify
from django.utils.translation import gettext as _
from django.utils.translation import override

from learning.feedback.models import NotificationPreference
from samenspel.permissions import can
from samenspel.roles import Role
from samenspel.tasks import new_delivery, retried_task

from . import deidentify as deidentifier  # deidentifier.deidentify is looked up per call
from .choices import CaseForm, Status
from .deidentify import KnownEntity, LabelState
from .models import AuditEntry, Case, CaseFacetValue, CaseFactor, RawSubmission
from .models.cases import TEXT_SECTIONS
from .permissions import is_reviewer
from .risk import check_case
from .risk_score import combination_fields
from .search import search_vector_expression

RAW_RETENTION_DAYS = 30
STRUCTURED_FIELDS = (
    "case_type",
    "outcome_kind",
    "region",
    "kader",
    "implementation",
    "period",
    "building_blocks",
    "products",
    "legal_steps",
    "hours_lt",
    "hours_gi",
)


def audit(case, action, actor=None, **details):
    return AuditEntry.objects.create(case=case, action=action, actor=actor, details=details)


# --------------------------------------------------------------------------- submission


@transaction.atomic
def start_submission(*, submitter, organisation, known_names, case_type, outcome_kind):
    """Step 1: the names and places to replace. The story follows in step 2."""
    case = Case.objects.create(
        status=Status.DRAFTING,
        submitter=submitter,
        organisation=organisation,
        slug=f"inzending-{secrets.token_hex(6)}",
        title=_("Case being written"),
        case_type=case_type,
        outcome_kind=outcome_kind,
        kader="",
    )
    RawSubmission.objects.create(case=case, known_names=list(known_names))
    return case


@transaction.atomic
def save_known_names(case, known_names):
    raw = RawSubmission.objects.select_for_update().get(case=case)
    raw.known_names = list(known_names)
    raw.save(update_fields=["known_names", "updated_at"])


@transaction.atomic
def save_story(case, sections):
    """Step 2: the raw story, per section."""
    raw = RawSubmission.objects.select_for_update().get(case=case)
    raw.sections = {name: sections.get(name, "") for name in TEXT_SECTIONS}
    raw.save(update_fields=["sections", "updated_at"])


@transaction.atomic
def finish_submission(case, user, structured):
    """Step 3: the structured facts; then the de-identifier runs in the background."""
    raw = RawSubmission.objects.get(case=case)
    for name in STRUCTURED_FIELDS:
        if name in structured:
            setattr(case, name, structured[name])
    _start_deidentification(case)
    case.save()
    raw.save(update_fields=["updated_at"])
    audit(
        case,
        AuditEntry.Action.SUBMITTED,
        user,
        sections=[name for name in TEXT_SECTIONS if raw.sections.get(name)],
        known_names=len(raw.known_names),
    )
    queue_deidentification(case)


def submit(*, submitter, organisation, known_names, sections, structured):
    """All three steps at once (tests, imports)."""
    case = start_submission(
        submitter=submitter,
        organisation=organisation,
        known_names=known_names,
        case_type=structured.get("case_type", "anders"),
        outcome_kind=structured.get("outcome_kind", "mixed"),
    )
    save_story(case, sections)
    finish_submission(case, submitter, structured)
    return case


# --------------------------------------------------------------------------- de-identification
#
# The de-identification runs as a background task that gets only the case id. It never sticks:
# every attempt is counted on the case before it runs (so even a killed worker counts), a failed
# attempt schedules the next one with a growing delay, and after DEIDENTIFY_MAX_ATTEMPTS the
# case becomes *de-identification failed*, where the submitter can start again. A case whose
# task was lost (no worker, a crash between claim and run) is found by ``recover_stuck_cases``.

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


def _start_deidentification(case):
    """Put ``case`` (locked or fresh) in the queue with a clean attempt counter."""
    case.status = Status.DEIDENTIFYING
    case.title = _("Case being de-identified")
    case.deidentify_attempts = 0
    case.deidentify_due_at = timezone.now()


def plain_findings(findings):
    """The stored form of a section's findings: exactly {start, end, kind, replacement} as
    plain ``int``/``str`` (a numpy integer from a detector would not survive ``json.dumps``,
    and no other key, such as an original, can slip into the database)."""
    return [
        {
            "start": int(finding["start"]),
            "end": int(finding["end"]),
            "kind": str(finding["kind"]),
            "replacement": str(finding["replacement"]),
        }
        for finding in findings
    ]


def deidentify_sections(sections, known_names):
    """De-identify every section with one label state, so "moeder" or "kind 1 (6–11 jaar)"
    means the same person in every section. The same code path as ``anonymise_text``."""

    state = LabelState()
    known = [KnownEntity.parse(name) for name in known_names]
    texts, findings = {}, {}
    for name in TEXT_SECTIONS:
        raw_text = sections.get(name) or ""
        if not raw_text.strip():
            texts[name], findings[name] = raw_text, []
            continue
        result = deidentifier.deidentify(raw_text, known=known, state=state)
        texts[name] = result.text
        findings[name] = plain_findings(result.as_json()["findings"])
    return texts, findings


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
        done = run_deidentification(case_id)
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


@transaction.atomic
def retry_deidentification(case, user):
    """The submitter presses "probeer opnieuw" on a failed case: a fresh round of attempts."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.submitter_id != user.pk or case.status != Status.DEIDENTIFY_FAILED:
        raise PermissionDenied
    if not RawSubmission.objects.filter(case=case).exists():
        raise PermissionDenied
    _start_deidentification(case)
    case.save(
        update_fields=["status", "title", "deidentify_attempts", "deidentify_due_at", "updated_at"]
    )
    RawSubmission.objects.filter(case=case).update(updated_at=timezone.now())
    audit(case, AuditEntry.Action.DEIDENTIFY_RETRIED, user)
    queue_deidentification(case)
    return case


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


def deidentification_state(case, now=None):
    """What the progress page shows: "waiting" (queued, no attempt yet), "working", "retrying"
    (an attempt failed, the next one is scheduled), "done" or "failed"."""
    if case.status == Status.DEIDENTIFY_FAILED:
        return "failed"
    if case.status != Status.DEIDENTIFYING:
        return "done"
    if not case.deidentify_attempts:
        return "waiting"
    if case.deidentify_due_at and case.deidentify_due_at > (now or timezone.now()):
        return "retrying"
    return "working"


@transaction.atomic
def run_deidentification(case_id):
    """One attempt's work: raw sections → draft fields, findings and risk warnings."""
    case = Case.objects.select_for_update().filter(pk=case_id).first()
    raw = RawSubmission.objects.filter(case_id=case_id).first()
    if case is None or raw is None or case.status != Status.DEIDENTIFYING:
        return False
    texts, findings = deidentify_sections(raw.sections, raw.known_names)
    for name, value in texts.items():
        setattr(case, name, value)
    case.title = (case.title or _("Untitled case"))[:200]
    case.findings = findings
    counts = Counter(f["kind"] for section in findings.values() for f in section)
    case.finding_counts = dict(sorted(counts.items()))
    case.status = Status.REVIEW
    case.deidentify_due_at = None
    case.risk_warnings = check_case(case)
    case.save()
    sync_index(case)
    audit(case, AuditEntry.Action.DEIDENTIFIED, None, findings=case.finding_counts)
    return True


@transaction.atomic
def add_names_and_rerun(case, user, names):
    """The submitter lists more names; the draft is rebuilt from the raw story."""
    raw = RawSubmission.objects.select_for_update().get(case=case)
    known = list(raw.known_names)
    known += [name for name in names if name not in known]
    raw.known_names = known
    raw.save(update_fields=["known_names", "updated_at"])
    _start_deidentification(case)
    case.save(
        update_fields=["status", "title", "deidentify_attempts", "deidentify_due_at", "updated_at"]
    )
    audit(case, AuditEntry.Action.REDEIDENTIFIED, user, known_names=len(known))
    queue_deidentification(case)


# --------------------------------------------------------------------------- review


@transaction.atomic
def save_draft(case, user, values, factors=None):
    """Apply the submitter's (or a reviewer's) corrections to the draft."""
    changed = [name for name, value in values.items() if getattr(case, name) != value]
    for name in changed:
        setattr(case, name, values[name])
    if factors is not None:
        current = list(case.factors.values("polarity", "cluster", "level", "text"))
        if current != factors:
            changed.append("factors")
            case.factors.all().delete()
            CaseFactor.objects.bulk_create(
                CaseFactor(case=case, sort_order=index, **factor)
                for index, factor in enumerate(factors)
            )
    case.risk_warnings = check_case(case)
    case.save()
    if RawSubmission.objects.filter(case=case).exists():
        RawSubmission.objects.filter(case=case).update(updated_at=timezone.now())
    sync_index(case)
    if changed:
        audit(case, AuditEntry.Action.EDITED, user, fields=changed)
    return changed


def names_left_in_draft(case):
    """Listed names that still occur in the draft text (case-insensitive)."""
    raw = RawSubmission.objects.filter(case=case).first()
    if raw is None:
        return []

    draft = "\n".join(str(getattr(case, name) or "") for name in TEXT_SECTIONS).lower()
    draft += "\n" + "\n".join(case.factors.values_list("text", flat=True)).lower()
    names = [KnownEntity.parse(value).name for value in raw.known_names]
    return [name for name in names if name and name.lower() in draft]


@transaction.atomic
def confirm(case, user):
    """First approval: the submitter confirms the draft holds nothing identifying."""
    if case.submitter_id != user.pk or case.status != Status.REVIEW:
        raise PermissionDenied
    left = names_left_in_draft(case)
    if left:
        raise ValidationError(
            _("These names still occur in the draft: %(names)s. Replace them first.")
            % {"names": ", ".join(left)}
        )
    case.status = Status.AWAITING_APPROVAL
    case.confirmed_at = timezone.now()
    case.save(update_fields=["status", "confirmed_at", "updated_at"])
    audit(
        case,
        AuditEntry.Action.CONFIRMED,
        user,
        warnings=[warning["code"] for warning in case.risk_warnings],
    )
    queue_review_request(case)


def queue_deidentify_failed_mail(case):
    """On commit, tell the submitter that the de-identification failed (the task gets the id)."""
    case_id, delivery = case.pk, new_delivery()
    transaction.on_commit(
        lambda: send_deidentify_failed_mail.enqueue(case_id, delivery=delivery), robust=True
    )


def mail_deidentify_failed(case_id):
    """Background task body: one e-mail to the submitter of a case whose de-identification
    failed, with the link to try again. Nothing of the story: no title, text or names."""
    case = (
        Case.objects.select_related("submitter")
        .filter(pk=case_id, status=Status.DEIDENTIFY_FAILED)
        .first()
    )
    if case is None or case.submitter is None or not case.submitter.email:
        return "skipped"
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {"submissions_url": base + reverse("casebank:my_submissions")}
    with override("nl"):
        subject = _("Your case could not be de-identified")
        body = render_to_string("casebank/email/deidentify_failed.txt", context)
    EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [case.submitter.email]).send()
    return "sent"


# --------------------------------------------------------------------------- review e-mail


def queue_review_request(case):
    """On commit, tell the reviewers that the case awaits the second approval. The task gets
    the case id only; a failing enqueue must not undo or hide the submitter's confirmation."""
    case_id = case.pk
    transaction.on_commit(lambda: send_review_request.enqueue(case_id), robust=True)


def review_request_recipients(case):
    """Who hears that ``case`` awaits approval: active editors and task-team members who may
    approve it (never the submitter), with a verified address, who did not turn off status
    e-mails (``NotificationPreference.email_on_status_change``, the project's one opt-out)."""
    verified = EmailAddress.objects.filter(
        user=OuterRef("pk"), email__iexact=OuterRef("email"), verified=True
    )
    users = (
        get_user_model()
        .objects.filter(is_active=True, memberships__role__in=[Role.EDITOR, Role.TASK_TEAM])
        .exclude(email="")
        .filter(Exists(verified))
    )
    if case.submitter_id is not None:
        users = users.exclude(pk=case.submitter_id)
    opted_out = NotificationPreference.objects.filter(email_on_status_change=False)
    users = users.exclude(pk__in=opted_out.values("user_id"))
    return [
        user for user in users.distinct().order_by("pk") if can(user, "casebank.approve_case", case)
    ]


def review_request_message(case):
    """Subject and body in Dutch: that a case awaits a second review, and the link to the
    approval page. Deliberately nothing of the case itself: no title, text, region or names."""
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    context = {
        "approval_url": base + reverse("casebank:approval_detail", args=[case.pk]),
        "queue_url": base + reverse("casebank:approval_queue"),
        "preferences_url": base + reverse("feedback:preferences"),
    }
    with override("nl"):
        subject = _("A case awaits a second review")
        body = render_to_string("casebank/email/review_request.txt", context)
    return subject, body


@transaction.atomic
def send_review_request_mail(case_id):
    """Background task body: one e-mail per reviewer, once per confirmation. The confirmation's
    audit entry (locked while sending) records how many reviewers were told; a second run for
    the same confirmation finds that and sends nothing. A case returned and confirmed again is
    a new confirmation, so the reviewers hear of it again."""
    case = Case.objects.filter(pk=case_id, status=Status.AWAITING_APPROVAL).first()
    if case is None:
        return 0
    entry = (
        AuditEntry.objects.select_for_update()
        .filter(case=case, action=AuditEntry.Action.CONFIRMED)
        .order_by("-at", "-pk")
        .first()
    )
    if entry is None or "reviewers_notified" in entry.details:
        return 0
    recipients = review_request_recipients(case)
    subject, body = review_request_message(case)
    messages = [
        EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [user.email])
        for user in recipients
    ]
    sent = get_connection().send_messages(messages) if messages else 0
    entry.details = {**entry.details, "reviewers_notified": len(messages)}
    entry.save(update_fields=["details"])
    return sent


def check_second_reviewer(case, user):
    """The two-person rule: a reviewer (editor or task team) who is not the submitter."""
    if case.status != Status.AWAITING_APPROVAL:
        raise PermissionDenied(_("This case is not waiting for approval."))
    if case.submitter_id == user.pk:
        raise PermissionDenied(_("You cannot approve a case you submitted yourself."))
    if not (user.is_superuser or is_reviewer(user)):
        raise PermissionDenied(_("Only editors and task-team members approve cases."))


@transaction.atomic
def return_to_submitter(case, user, note=""):
    check_second_reviewer(case, user)
    case.status = Status.REVIEW
    case.confirmed_at = None
    case.save(update_fields=["status", "confirmed_at", "updated_at"])
    audit(case, AuditEntry.Action.RETURNED, user, note=note[:1000])


@transaction.atomic
def approve(case, user, *, risk=None):
    """Second approval: publish, then delete the raw story for good.

    ``risk``: the k estimate the approver saw and whether they confirmed a high risk
    ({"k", "level", "confirmed"}; numbers and codes only), recorded in the audit entry, whose
    actor and time say who confirmed and when."""
    check_second_reviewer(case, user)
    case.status = Status.PUBLISHED
    case.approved_by = user
    case.published_at = timezone.now()
    case.slug = unique_slug(case.title, case.pk)
    case.save()
    details = {"warnings": [w["code"] for w in case.risk_warnings]}
    if risk is not None:
        details["risk"] = {key: risk[key] for key in ("k", "level", "confirmed") if key in risk}
    audit(case, AuditEntry.Action.APPROVED, user, **details)
    end_review(case, user)
    sync_index(case)


@transaction.atomic
def reject(case, user, note=""):
    check_second_reviewer(case, user)
    case.status = Status.REJECTED
    case.save(update_fields=["status", "updated_at"])
    audit(case, AuditEntry.Action.REJECTED, user, note=note[:1000])
    end_review(case, user)


def end_review(case, user, action=AuditEntry.Action.RAW_DELETED):
    """Delete the raw story (the row itself) and the offsets that pointed into it."""
    deleted, _details = RawSubmission.objects.filter(case=case).delete()
    Case.objects.filter(pk=case.pk).update(findings={})
    case.findings = {}
    if deleted:
        audit(case, action, user)


def purge_abandoned(now=None, days=RAW_RETENTION_DAYS):
    """Delete raw stories untouched for ``days``; unfinished submissions become abandoned."""
    cutoff = (now or timezone.now()) - timedelta(days=days)
    purged = 0
    for case_id in RawSubmission.objects.filter(updated_at__lt=cutoff).values_list(
        "case_id", flat=True
    ):
        with transaction.atomic():
            case = Case.objects.select_for_update().get(pk=case_id)
            if case.status in (
                Status.DRAFTING,
                Status.DEIDENTIFYING,
                Status.DEIDENTIFY_FAILED,
                Status.REVIEW,
            ):
                case.status = Status.ABANDONED
                case.save(update_fields=["status", "updated_at"])
            end_review(case, None, AuditEntry.Action.ABANDONED)
            purged += 1
    return purged


def unique_slug(title, pk):
    base = slugify(title)[:100] or "casus"
    slug, counter = base, 2
    while Case.objects.filter(slug=slug).exclude(pk=pk).exists():
        slug, counter = f"{base}-{counter}", counter + 1
    return slug


# --------------------------------------------------------------------------- search index


def facet_rows(case, factors=None):
    """The (facet, value) pairs the faceted search filters and counts on. ``factors``: the
    case's (polarity, cluster) pairs when the caller has them already (bulk loads)."""
    rows = {
        ("case_type", case.case_type),
        ("form", case.form),
        ("outcome", case.outcome_kind),
        ("kader", case.kader),
        ("region", case.region),
    }
    rows |= {("building_block", slug) for slug in case.building_blocks}
    rows |= {("product", value) for value in case.products}
    rows |= {("legal_step", value) for value in case.legal_steps}
    if factors is None:
        factors = case.factors.values_list("polarity", "cluster")
    for polarity, cluster in factors:
        rows |= {("cluster", cluster), ("factor", polarity)}
    return {(facet, value) for facet, value in rows if value}


def search_document(case):
    parts = [str(getattr(case, name) or "") for name in TEXT_SECTIONS]
    parts += [case.side_box, case.why_tense, case.period]
    parts += list(case.factors.values_list("text", flat=True))
    return "\n".join(part for part in parts if part)


def sync_index(case):
    """Rebuild the case's facet rows and search document (and tsvector on PostgreSQL)."""
    CaseFacetValue.objects.filter(case=case).delete()
    CaseFacetValue.objects.bulk_create(
        CaseFacetValue(case=case, facet=facet, value=value) for facet, value in facet_rows(case)
    )
    case.search_document = search_document(case)
    combination = combination_fields(case)
    for name, value in combination.items():
        setattr(case, name, value)
    Case.objects.filter(pk=case.pk).update(search_document=case.search_document, **combination)
    if connection.vendor == "postgresql":
        Case.objects.filter(pk=case.pk).update(search_vector=search_vector_expression())


# --------------------------------------------------------------------------- demo / import


@transaction.atomic
def publish_imported(values, factors, *, form=CaseForm.CASE):
    """Create or update a published case from trusted, already fictional content (demo)."""
    case, _created = Case.objects.update_or_create(
        slug=values["slug"],
        defaults={**values, "form": form, "status": Status.PUBLISHED},
    )
    current = list(case.factors.values("polarity", "cluster", "level", "text"))
    if current != factors:
        case.factors.all().delete()
        CaseFactor.objects.bulk_create(
            CaseFactor(case=case, sort_order=index, **factor)
            for index, factor in enumerate(factors)
        )
    case.risk_warnings = check_case(case)
    Case.objects.filter(pk=case.pk).update(risk_warnings=case.risk_warnings)
    sync_index(case)
    return case


# Background tasks (django-tasks) ----------------------------------------------------------------
# Beside the services they run, because those services also queue them. Arguments are ids, never
# story text, so the database task backend's stored payloads hold nothing that has to be deleted
# later. ``casebank.tasks`` re-exports them for tasks queued under their old path.


@retried_task(
    max_attempts=DEIDENTIFY_MAX_ATTEMPTS, on_give_up="casebank.services.deidentification_failed"
)
def deidentify_case(case_id):
    """One attempt; a failure re-enqueues this task with ``run_after`` (see
    ``deidentify_attempt``), so it never raises. The retry wrapper still matters when the worker
    is killed mid-attempt: ``manage.py sweep_tasks`` enqueues it again, and after the last
    attempt ``deidentification_failed`` fails the case and tells the submitter."""
    return deidentify_attempt(case_id)


@retried_task()
def send_review_request(case_id):
    """E-mail the reviewers that a case awaits the second approval (once per confirmation)."""
    return send_review_request_mail(case_id)


@retried_task(once=True)
def send_deidentify_failed_mail(case_id):
    """Tell the submitter that their story could not be de-identified and how to go on."""
    return mail_deidentify_failed(case_id)


@retried_task()
def purge_abandoned_submissions():
    return purge_abandoned()
