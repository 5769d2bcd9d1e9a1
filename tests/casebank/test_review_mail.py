"""When the submitter confirms, the reviewers who may give the second approval get one e-mail
each: Dutch, a link to the approval page, and nothing of the case itself."""

import pytest
from allauth.account.models import EmailAddress
from django.core import mail
from django.core.exceptions import ValidationError

from casebank import approval, submission
from casebank.choices import Region, Status
from casebank.models import AuditEntry
from casebank.models.cases import TEXT_SECTIONS
from learning.feedback.models import NotificationPreference
from samenspel.roles import Role
from tests.site.factories import member

from .conftest import KNOWN, STORY

APPROVAL_URL = "http://testserver/casusbank/beoordelen/{pk}/"


@pytest.fixture
def reviewers(editor, task_team):
    return [editor, task_team]


def confirm(case, user, capture):
    with capture(execute=True):
        submission.confirm(case, user)
    case.refresh_from_db()
    return case


def recipients():
    return sorted(address for message in mail.outbox for address in message.to)


def test_each_reviewer_gets_one_mail_and_the_submitter_none(
    draft, professional, other_professional, reviewers, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    case = confirm(draft, professional, django_capture_on_commit_callbacks)

    assert case.status == Status.AWAITING_APPROVAL
    assert recipients() == sorted(user.email for user in reviewers)
    assert all(len(message.to) == 1 for message in mail.outbox)  # nobody sees another address
    assert professional.email not in recipients()
    assert other_professional.email not in recipients()


def test_the_mail_is_dutch_and_links_to_the_approval_page(
    draft, professional, editor, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    case = confirm(draft, professional, django_capture_on_commit_callbacks)

    [message] = mail.outbox
    assert message.subject == "Een casus wacht op een tweede beoordeling"
    assert "wacht op een tweede beoordeling door een redacteur" in message.body
    assert APPROVAL_URL.format(pk=case.pk) in message.body
    assert "http://testserver/casusbank/beoordelen/\n" in message.body  # the queue
    assert "http://testserver/meldingen/voorkeuren/" in message.body  # where to opt out


def test_the_mail_holds_no_case_content(
    draft, professional, delft, editor, django_capture_on_commit_callbacks
):
    submission.save_draft(draft, professional, {"region": Region.WASSENAAR})
    mail.outbox.clear()
    case = confirm(draft, professional, django_capture_on_commit_callbacks)

    [message] = mail.outbox
    text = (message.subject + "\n" + message.body).lower()
    forbidden = [
        case.title,
        case.get_region_display(),
        case.region,
        delft.name,
        delft.local_team_name,
        professional.email,
        professional.first_name,
        "moeder",  # the de-identified labels are case text too
    ]
    forbidden += list(STORY.values())
    forbidden += [name.split("=")[0].strip() for name in KNOWN]
    forbidden += [getattr(case, name) for name in TEXT_SECTIONS if getattr(case, name)]
    for value in forbidden:
        assert value and str(value).lower() not in text, value


def test_inactive_unverified_and_opted_out_reviewers_get_nothing(
    draft, professional, programme, editor, django_capture_on_commit_callbacks
):
    inactive = member(programme, Role.EDITOR, email="weg@example.org", is_active=False)
    unverified = member(programme, Role.TASK_TEAM, email="onbevestigd@example.org")
    EmailAddress.objects.filter(user=unverified).update(verified=False)
    opted_out = member(programme, Role.TASK_TEAM, email="liever-niet@example.org")
    NotificationPreference.objects.create(user=opted_out, email_on_status_change=False)
    wants_mail = member(programme, Role.TASK_TEAM, email="graag@example.org")
    NotificationPreference.objects.create(user=wants_mail, email_on_status_change=True)
    mail.outbox.clear()

    confirm(draft, professional, django_capture_on_commit_callbacks)

    assert recipients() == sorted([editor.email, wants_mail.email])
    for user in (inactive, unverified, opted_out):
        assert user.email not in recipients()


def test_a_reviewer_who_submitted_the_case_is_not_mailed_about_it(
    programme, editor, task_team, submit_case, django_capture_on_commit_callbacks
):
    """The editor cannot approve their own case, so only the other reviewer hears of it."""
    case = submit_case(editor, programme)
    mail.outbox.clear()
    confirm(case, editor, django_capture_on_commit_callbacks)

    assert recipients() == [task_team.email]


def test_a_superuser_reviewer_who_submitted_the_case_is_not_mailed_either(
    programme, task_team, submit_case, django_capture_on_commit_callbacks
):
    """``can`` says yes to everything for a superuser; the submitter is still left out."""
    boss = member(programme, Role.EDITOR, email="baas@example.org", is_superuser=True)
    case = submit_case(boss, programme)
    mail.outbox.clear()
    confirm(case, boss, django_capture_on_commit_callbacks)

    assert recipients() == [task_team.email]


def test_nothing_is_sent_twice_for_the_same_confirmation(
    draft, professional, editor, django_capture_on_commit_callbacks
):
    from casebank.tasks import send_review_request

    mail.outbox.clear()
    case = confirm(draft, professional, django_capture_on_commit_callbacks)
    assert len(mail.outbox) == 1

    # The task runs again (a retry, a second worker): the confirmation was already announced.
    result = send_review_request.enqueue(case.pk)
    assert result.return_value == 0
    assert len(mail.outbox) == 1
    entry = AuditEntry.objects.get(case=case, action=AuditEntry.Action.CONFIRMED)
    assert entry.details["reviewers_notified"] == 1


def test_a_returned_and_reconfirmed_case_is_announced_again(
    draft, professional, editor, django_capture_on_commit_callbacks
):
    mail.outbox.clear()
    case = confirm(draft, professional, django_capture_on_commit_callbacks)
    approval.return_to_submitter(case, editor, "Leeftijd nog algemener, graag.")
    case.refresh_from_db()
    confirm(case, professional, django_capture_on_commit_callbacks)

    assert recipients() == [editor.email, editor.email]
    assert "Leeftijd" not in mail.outbox[1].body


def test_no_mail_when_the_case_was_decided_before_the_task_ran(
    draft, professional, editor, task_team
):
    """The on-commit callback is not run here: the task comes after the approval."""
    from casebank.tasks import send_review_request

    submission.confirm(draft, professional)
    approval.approve(draft, editor)
    mail.outbox.clear()

    send_review_request.enqueue(draft.pk)
    assert mail.outbox == []


def test_the_task_payload_holds_only_the_case_id(
    draft, professional, monkeypatch, django_capture_on_commit_callbacks
):
    from types import SimpleNamespace

    from casebank import tasks

    calls = []
    fake = SimpleNamespace(enqueue=lambda *args, **kwargs: calls.append((args, kwargs)))
    monkeypatch.setattr(tasks, "send_review_request", fake)
    confirm(draft, professional, django_capture_on_commit_callbacks)

    assert calls == [((draft.pk,), {})]


def test_no_mail_when_confirming_is_refused(
    draft, professional, editor, django_capture_on_commit_callbacks
):
    submission.save_draft(draft, professional, {"course": "Noah ging weer naar school."})
    mail.outbox.clear()
    with pytest.raises(ValidationError), django_capture_on_commit_callbacks(execute=True):
        submission.confirm(draft, professional)
    assert mail.outbox == []
