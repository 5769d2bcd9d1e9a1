"""E-mails of the LOTs and questionnaire rounds, sent in the background (samenspel.tasks).

Each task gets ids (and for a deleted session the few facts its cancellation names) and renders
its e-mail itself, so no task payload holds an e-mail body. A personal link is made in the task
as well: its token exists only in the worker's memory and in the e-mail, never in the queue.
"""

from types import SimpleNamespace

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.dateparse import parse_datetime
from django.utils.translation import gettext as _
from django.utils.translation import override

from samenspel.tasks import retried_task

from .guests import issue_guest_link
from .ics import cancellation_calendar, session_calendar
from .models import LotMember, MeasurementRound, Session
from .respond import create_invitations


def absolute(path):
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def send(subject, body, address, attachment=None):
    message = EmailMessage(subject, body, settings.DEFAULT_FROM_EMAIL, [address])
    if attachment:
        message.attach(*attachment)
    message.send()


@retried_task(once=True)
def send_guest_welcome(member_id):
    """Welcome a guest added to a LOT, with a fresh personal link (older links stop working)."""

    member = LotMember.objects.select_related("lot").filter(pk=member_id).first()
    if member is None or not member.is_guest or not member.email:
        return "skipped"
    with transaction.atomic():  # a failed send keeps the previous link valid
        link = absolute(issue_guest_link(member))
        with override(settings.LANGUAGE_CODE):
            body = _(
                "You have been added to the learning and development team %(lot)s on "
                "Samenspel.\n\nWith this personal link you see the sessions you are invited to, "
                "without an account:\n%(link)s\n\nKeep this link to yourself."
            ) % {"lot": member.lot.name, "link": link}
            subject = _("Welcome to %(lot)s") % {"lot": member.lot.name}
        send(subject, body, member.email)
    return "sent"


@retried_task(once=True)
def send_session_invitation(session_id, member_id):
    """One member's invitation to a session, with the .ics file."""

    session = Session.objects.select_related("lot").filter(pk=session_id).first()
    member = LotMember.objects.select_related("user").filter(pk=member_id).first()
    if session is None or member is None or not member.contact_email:
        return "skipped"
    with transaction.atomic():  # a failed send keeps a guest's previous link valid
        if member.is_guest:
            link = absolute(issue_guest_link(member))
        else:
            link = absolute(session.get_absolute_url())
        with override(settings.LANGUAGE_CODE):
            body = render_to_string(
                "learning/email/session_invitation.txt",
                {"session": session, "member": member, "link": link},
            )
            subject = _("Invitation: %(lot)s – %(title)s") % {
                "lot": session.lot.name,
                "title": session.title,
            }
        ics = session_calendar(session, url=link).decode()
        send(subject, body, member.contact_email, ("uitnodiging.ics", ics, "text/calendar"))
    return "sent"


@retried_task(once=True)
def send_session_cancellation(
    member_id,
    *,
    session_id,
    lot_name,
    title,
    starts_at,
    duration_minutes,
    location,
    online_url,
    calendar_uid,
    calendar_sequence,
):
    """One invitee's cancellation of a deleted session. The session row is gone, so the call
    carries the facts the cancellation names (title, time, place), never a rendered e-mail."""

    member = LotMember.objects.select_related("user").filter(pk=member_id).first()
    if member is None or not member.contact_email:
        return "skipped"
    start = parse_datetime(starts_at)
    session = SimpleNamespace(
        lot=SimpleNamespace(name=lot_name),
        title=title,
        starts_at=timezone.localtime(start),
        duration_minutes=duration_minutes,
        location=location,
        online_url=online_url,
    )
    with override(settings.LANGUAGE_CODE):
        body = render_to_string(
            "learning/email/session_cancellation.txt", {"session": session, "member": member}
        )
        subject = _("Cancelled: %(lot)s – %(title)s") % {"lot": lot_name, "title": title}
    ics = cancellation_calendar(
        uid=calendar_uid,
        sequence=calendar_sequence,
        summary=f"{lot_name}: {title}",
        starts_at=start,
        ends_at=start + timezone.timedelta(minutes=duration_minutes),
        location=location or online_url,
        attendee=member.contact_email,
    ).decode()
    send(subject, body, member.contact_email, ("afzegging.ics", ics, "text/calendar"))
    return "sent"


@retried_task(once=True)
def send_round_invitation(round_id, address):
    """A personal invitation to a questionnaire round. The one-time token is made here, so it
    is never stored with the address: the queue holds the address, the invitation table only
    the token's hash, and nothing links the two (docs/questionnaire.md)."""

    measurement_round = MeasurementRound.objects.filter(pk=round_id).first()
    if measurement_round is None:
        return "skipped"
    with transaction.atomic():  # a failed send leaves no invitation behind
        (token,) = create_invitations(measurement_round, 1)
        link = absolute(f"{measurement_round.respondent_url()}u/{token}/")
        with override(settings.LANGUAGE_CODE):
            subject = _("Questionnaire: %(title)s") % {"title": measurement_round.title}
            body = render_to_string(
                "learning/email/round_invitation.txt", {"round": measurement_round, "link": link}
            )
        send(subject, body, address)
    return "sent"
