"""Submitting a case: the names to replace, the raw story, the facts, then (after the
de-identification) the submitter's corrections and first approval. The raw story is kept only
while the review runs."""

import secrets

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from .audit import audit
from .choices import CaseType, Status
from .deidentification import start_deidentification
from .deidentify import KnownEntity
from .indexing import sync_index
from .models import AuditEntry, Case, CaseFactor, RawSubmission
from .models.cases import TEXT_SECTIONS
from .risk import check_case
from .tasks import queue_deidentification, queue_review_request

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
    start_deidentification(case)
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
        case_type=structured.get("case_type", CaseType.OTHER),
        outcome_kind=structured.get("outcome_kind", "mixed"),
    )
    save_story(case, sections)
    finish_submission(case, submitter, structured)
    return case


@transaction.atomic
def retry_deidentification(case, user):
    """The submitter presses "probeer opnieuw" on a failed case: a fresh round of attempts."""
    case = Case.objects.select_for_update().get(pk=case.pk)
    if case.submitter_id != user.pk or case.status != Status.DEIDENTIFY_FAILED:
        raise PermissionDenied
    if not RawSubmission.objects.filter(case=case).exists():
        raise PermissionDenied
    start_deidentification(case)
    case.save(
        update_fields=["status", "title", "deidentify_attempts", "deidentify_due_at", "updated_at"]
    )
    RawSubmission.objects.filter(case=case).update(updated_at=timezone.now())
    audit(case, AuditEntry.Action.DEIDENTIFY_RETRIED, user)
    queue_deidentification(case)
    return case


@transaction.atomic
def add_names_and_rerun(case, user, names):
    """The submitter lists more names; the draft is rebuilt from the raw story."""
    raw = RawSubmission.objects.select_for_update().get(case=case)
    known = list(raw.known_names)
    known += [name for name in names if name not in known]
    raw.known_names = known
    raw.save(update_fields=["known_names", "updated_at"])
    start_deidentification(case)
    case.save(
        update_fields=["status", "title", "deidentify_attempts", "deidentify_due_at", "updated_at"]
    )
    audit(case, AuditEntry.Action.REDEIDENTIFIED, user, known_names=len(known))
    queue_deidentification(case)


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
