"""The de-identification of a submitted story: one attempt's work (raw sections → draft fields,
findings and risk warnings), the state the progress page shows, and the e-mail when it failed.
Queueing, retries and recovery of lost attempts are in ``casebank.tasks``."""

from collections import Counter

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import override

from . import deidentify as deidentifier  # deidentifier.deidentify is looked up per call
from .audit import audit
from .choices import Status
from .deidentify import KnownEntity, LabelState
from .indexing import sync_index
from .models import AuditEntry, Case, RawSubmission
from .models.cases import TEXT_SECTIONS
from .risk import check_case


def start_deidentification(case):
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
