"""Deleting a LOT session whose invitations went out e-mails every invitee a cancellation."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from learning.models import Attendance, LotMember, LotRole, Session
from learning.services import plan_session

pytestmark = pytest.mark.django_db


@pytest.fixture
def session(lot):
    day = timezone.localdate() + datetime.timedelta(days=7)
    return plan_session(
        lot,
        template_slug="casusbespreking",
        title="Casus van maart",
        starts_at=timezone.make_aware(datetime.datetime.combine(day, datetime.time(14))),
        location="Stadskantoor Delft, zaal 3",
    )


@pytest.fixture
def guest(lot):
    return LotMember.objects.create(
        lot=lot, email="ouder@example.org", name="Ouder", role=LotRole.PARENT
    )


def event_of(message):
    """The METHOD and the single VEVENT of a message's .ics attachment."""
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    calendar = Calendar.from_ical(content)
    events = list(calendar.walk("VEVENT"))
    assert len(events) == 1
    return str(calendar["method"]), events[0]


def invite(client, session, capture):
    with capture(execute=True):
        response = client.post(f"/leren/bijeenkomst/{session.pk}/uitnodigen/")
    assert response.status_code == 302
    invitations = {message.to[0]: event_of(message)[1] for message in mail.outbox}
    mail.outbox.clear()
    return invitations


def delete(client, session, capture):
    with capture(execute=True):
        return client.post(f"/leren/bijeenkomst/{session.pk}/verwijderen/", follow=True)


def test_every_invitee_gets_a_cancellation_that_removes_the_calendar_entry(
    client, facilitator, lot, lot_member, guest, session, django_capture_on_commit_callbacks
):
    client.force_login(facilitator)
    invitations = invite(client, session, django_capture_on_commit_callbacks)
    invited = {"facilitator@example.org", "lid@example.org", "ouder@example.org"}
    assert set(invitations) == invited

    confirm = client.get(f"/leren/bijeenkomst/{session.pk}/verwijderen/").content.decode()
    assert "Zij krijgen een afzegging per e-mail" in confirm
    assert "Samenspel stuurt geen afzegging" not in confirm

    # Nothing leaves before the deletion commits; the queued mails need no session row.
    with django_capture_on_commit_callbacks() as callbacks:
        response = client.post(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    assert response.status_code == 302 and response.url == lot.get_absolute_url()
    assert not Session.objects.filter(pk=session.pk).exists()
    assert mail.outbox == [] and len(callbacks) == 3
    for callback in callbacks:
        callback()

    assert sorted(message.to[0] for message in mail.outbox) == sorted(invited)
    for message in mail.outbox:
        address = message.to[0]
        assert message.subject == "Geannuleerd: LOT Delft – Casus van maart"
        assert 'De bijeenkomst "Casus van maart" van LOT Delft gaat niet door.' in message.body
        assert "haal je de bijeenkomst uit je agenda" in message.body
        method, event = event_of(message)
        invitation = invitations[address]
        assert method == "CANCEL"
        assert str(event["status"]) == "CANCELLED"
        assert str(event["uid"]) == str(invitation["uid"])
        assert int(event["sequence"]) > int(invitation.get("sequence", 0))
        assert event.decoded("dtstart") == invitation.decoded("dtstart")
        assert str(event["organizer"]).startswith("mailto:")
        # Only the recipient is named: no invitee sees another's address.
        assert str(event["attendee"]) == f"mailto:{address}"
        assert not any(other in message.body for other in invited - {address})


def test_the_facilitator_is_told_how_many_cancellations_go_out(
    client, facilitator, lot, guest, session, django_capture_on_commit_callbacks
):
    client.force_login(facilitator)
    invite(client, session, django_capture_on_commit_callbacks)
    page = delete(client, session, django_capture_on_commit_callbacks).content.decode()
    assert "Bijeenkomst ‘Casus van maart’ verwijderd." in page
    assert "2 genodigden krijgen een afzegging per e-mail." in page
    assert len(mail.outbox) == 2


def test_only_the_invited_get_a_cancellation_once_per_address(
    client, facilitator, lot, lot_member, session, django_capture_on_commit_callbacks
):
    client.force_login(facilitator)
    invite(client, session, django_capture_on_commit_callbacks)
    # Joined after the invitations went out: never invited, so no cancellation.
    LotMember.objects.create(lot=lot, email="later@example.org", name="Later", role=LotRole.PARENT)
    # The facilitator also holds a second LOT role; one cancellation is enough.
    second_role = LotMember.objects.create(lot=lot, user=facilitator, role=LotRole.PROJECT_LEADER)
    Attendance.objects.create(session=session, member=second_role)
    delete(client, session, django_capture_on_commit_callbacks)
    assert sorted(message.to[0] for message in mail.outbox) == [
        "facilitator@example.org",
        "lid@example.org",
    ]


def test_no_mail_when_no_invitations_were_sent(
    client, facilitator, lot, guest, session, django_capture_on_commit_callbacks
):
    # Attendance was taken with nobody present (rows exist), but no invitation ever went out.
    Attendance.objects.create(session=session, member=guest, present=False)
    client.force_login(facilitator)
    confirm = client.get(f"/leren/bijeenkomst/{session.pk}/verwijderen/").content.decode()
    assert "afzegging" not in confirm
    page = delete(client, session, django_capture_on_commit_callbacks).content.decode()
    assert "Bijeenkomst ‘Casus van maart’ verwijderd." in page
    assert "afzegging" not in page
    assert not Session.objects.filter(pk=session.pk).exists()
    assert mail.outbox == []


def test_a_refused_deletion_sends_nothing(
    client, facilitator, lot, guest, session, django_capture_on_commit_callbacks
):
    client.force_login(facilitator)
    invite(client, session, django_capture_on_commit_callbacks)
    Attendance.objects.filter(session=session, member=guest).update(present=True)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    assert response.status_code == 409
    assert Session.objects.filter(pk=session.pk).exists()
    assert mail.outbox == []


def test_a_plain_member_cannot_delete_and_nothing_is_sent(
    client, facilitator, lot, lot_member, session, django_capture_on_commit_callbacks
):
    client.force_login(facilitator)
    invite(client, session, django_capture_on_commit_callbacks)
    client.force_login(lot_member)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    assert response.status_code == 403
    assert Session.objects.filter(pk=session.pk).exists()
    assert mail.outbox == []
