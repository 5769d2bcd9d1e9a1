"""From story to case: de-identification, consistent labels, review, two approvals, deletion."""

import json

import pytest
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.management import call_command

from casebank import approval, submission
from casebank.choices import Status
from casebank.models import AuditEntry, Case, RawSubmission

from .conftest import STORY

RAW_ONLY = ("Sandra", "Noah", "Lisa", "Regenboog", "15 maart 2021")


def draft_text(case):
    return " ".join(
        str(getattr(case, name)) for name in ("title", "family", "trigger", "course", "quotes")
    )


def test_deidentification_replaces_every_listed_name(draft):
    assert draft.status == Status.REVIEW
    text = draft_text(draft)
    for original in RAW_ONLY:
        assert original not in text
    assert draft.title == "Samen met moeder"
    # "Moeder Sandra de Vries" with Sandra de Vries = moeder: the role once, not "Moeder moeder".
    assert draft.family.startswith("Moeder met haar zoon [persoon 1]")
    assert "[school]" in draft.trigger or "[instelling]" in draft.trigger


def test_role_labels_are_consistent_across_sections(draft):
    """The same child has the same label in the family section and in the course."""
    family_findings = draft.findings["family"]
    course_findings = draft.findings["course"]
    raw = RawSubmission.objects.get(case=draft)
    labels = {}
    for section, findings in (("family", family_findings), ("course", course_findings)):
        for finding in findings:
            original = raw.sections[section][finding["start"] : finding["end"]]
            labels.setdefault(original, set()).add(finding["replacement"])
    assert labels["Noah"] == labels["Noah"] and len(labels["Noah"]) == 1
    assert len(labels["Lisa"]) == 1
    assert labels["Noah"] != labels["Lisa"]


def test_findings_never_store_the_original(draft):
    stored = json.dumps(draft.findings) + json.dumps(draft.finding_counts)
    for original in RAW_ONLY:
        assert original not in stored
    assert draft.finding_counts.get("date", 0) >= 1


def test_task_payload_holds_only_the_case_id(
    professional, delft, monkeypatch, django_capture_on_commit_callbacks
):
    """The background task gets the case id, so no task payload ever holds raw text."""
    from types import SimpleNamespace

    from casebank import tasks

    calls = []
    fake = SimpleNamespace(enqueue=lambda *args, **kwargs: calls.append((args, kwargs)))
    monkeypatch.setattr(tasks, "deidentify_case", fake)
    with django_capture_on_commit_callbacks(execute=True):
        case = submission.submit(
            submitter=professional,
            organisation=delft,
            known_names=["Sandra"],
            sections=STORY,
            structured={},
        )
    assert calls == [((case.pk,), {})]


def test_confirm_refuses_while_a_listed_name_is_left(draft, professional):
    submission.save_draft(draft, professional, {"course": "Noah ging weer naar school."})
    with pytest.raises(ValidationError, match="Noah"):
        submission.confirm(draft, professional)
    assert Case.objects.get(pk=draft.pk).status == Status.REVIEW


def test_two_person_rule_submitter_cannot_approve(confirmed, professional):
    with pytest.raises(PermissionDenied):
        approval.approve(confirmed, professional)


def test_two_person_rule_editor_who_submitted_cannot_approve_own_case(
    editor, programme, submit_case, task_team
):
    case = submit_case(editor, programme)
    submission.confirm(case, editor)
    with pytest.raises(PermissionDenied):
        approval.approve(case, editor)
    approval.approve(case, task_team)
    assert Case.objects.get(pk=case.pk).status == Status.PUBLISHED


def test_a_plain_professional_cannot_give_the_second_approval(confirmed, other_professional):
    with pytest.raises(PermissionDenied):
        approval.approve(confirmed, other_professional)


def test_cannot_approve_before_the_submitter_confirmed(draft, editor):
    with pytest.raises(PermissionDenied):
        approval.approve(draft, editor)


def test_approval_deletes_the_raw_story_everywhere(published, editor):
    assert published.status == Status.PUBLISHED
    assert not RawSubmission.objects.filter(case=published).exists()
    assert published.findings == {}
    # Nothing raw left in any table: dump the whole database and look for the names.
    from io import StringIO

    out = StringIO()
    call_command("dumpdata", stdout=out, exclude=["contenttypes", "auth.permission"])
    dump = out.getvalue()
    for original in ("Sandra", "Regenboog", "15 maart 2021"):
        assert original not in dump


def test_rejection_deletes_the_raw_story(confirmed, editor):
    approval.reject(confirmed, editor, "Te herleidbaar.")
    confirmed.refresh_from_db()
    assert confirmed.status == Status.REJECTED
    assert not RawSubmission.objects.filter(case=confirmed).exists()


def test_return_to_submitter_keeps_raw_until_review_ends(confirmed, editor):
    approval.return_to_submitter(confirmed, editor, "Graag de gemeente weglaten.")
    confirmed.refresh_from_db()
    assert confirmed.status == Status.REVIEW
    assert RawSubmission.objects.filter(case=confirmed).exists()


def test_audit_log_records_both_approvals_and_every_change_without_text(
    draft, professional, editor
):
    submission.save_draft(draft, professional, {"outcome": "Het gezin kreeg passende hulp."})
    submission.confirm(draft, professional)
    approval.approve(draft, editor)
    entries = list(AuditEntry.objects.filter(case=draft).values_list("action", "actor_id"))
    actions = [action for action, _actor in entries]
    assert actions == [
        "submitted",
        "deidentified",
        "edited",
        "confirmed",
        "approved",
        "raw_deleted",
    ]
    assert ("confirmed", professional.pk) in entries
    assert ("approved", editor.pk) in entries
    edited = AuditEntry.objects.get(case=draft, action="edited")
    assert edited.details == {"fields": ["outcome"]}
    dump = json.dumps(list(AuditEntry.objects.filter(case=draft).values_list("details", flat=True)))
    assert "Sandra" not in dump and "passende hulp" not in dump


def test_adding_names_rebuilds_the_draft(
    professional, delft, submit_case, django_capture_on_commit_callbacks
):
    story = dict(STORY, course="Buurvrouw Kees Jansen hielp mee.")
    case = submit_case(professional, delft, story=story, known=["Sandra de Vries"])
    with django_capture_on_commit_callbacks(execute=True):
        submission.add_names_and_rerun(case, professional, ["Kees Jansen"])
    case.refresh_from_db()
    assert case.status == Status.REVIEW
    assert "Kees" not in case.course and "Jansen" not in case.course
    assert AuditEntry.objects.filter(case=case, action="redeidentified").exists()


def test_purge_deletes_abandoned_raw_submissions_after_30_days(professional, delft):
    from datetime import timedelta

    from django.utils import timezone

    old = submission.start_submission(
        submitter=professional, organisation=delft, known_names=["Sandra"],
        case_type="other", outcome_kind="mixed",
    )  # fmt: skip
    recent = submission.start_submission(
        submitter=professional, organisation=delft, known_names=["Lisa"],
        case_type="other", outcome_kind="mixed",
    )  # fmt: skip
    RawSubmission.objects.filter(case=old).update(updated_at=timezone.now() - timedelta(days=31))
    call_command("purge_abandoned_submissions", stdout=open("/dev/null", "w"))  # noqa: SIM115
    assert not RawSubmission.objects.filter(case=old).exists()
    assert RawSubmission.objects.filter(case=recent).exists()
    assert Case.objects.get(pk=old.pk).status == Status.ABANDONED
    assert AuditEntry.objects.filter(case=old, action="abandoned").exists()


def test_purge_task_runs_the_same_job(professional, delft):
    from datetime import timedelta

    from django.utils import timezone

    from casebank.tasks import purge_abandoned_submissions

    case = submission.start_submission(
        submitter=professional, organisation=delft, known_names=["Sandra"],
        case_type="other", outcome_kind="mixed",
    )  # fmt: skip
    RawSubmission.objects.filter(case=case).update(updated_at=timezone.now() - timedelta(days=40))
    result = purge_abandoned_submissions.enqueue()
    assert result.return_value == 1
    assert not RawSubmission.objects.filter(case=case).exists()
