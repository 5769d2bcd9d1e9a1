"""What the LOT views do, kept out of the views: planning, invitations, outcomes, phases."""

import copy
from functools import partial

from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from learning.feedback.services import create_feedback_item
from samenspel.tasks import new_delivery

from .models import Attendance, Outcome, Session
from .session_templates_content import SESSION_TEMPLATES
from .tasks import send_session_cancellation, send_session_invitation


def session_templates():
    return {template["slug"]: template for template in SESSION_TEMPLATES}


def template_choices():
    return [(t["slug"], f"{t['title']} ({t['duration_minutes']} min)") for t in SESSION_TEMPLATES]


def plan_session(lot, *, template_slug, title, starts_at, location="", online_url="", **extra):
    """A session with the template's timed phases copied in, so later template edits leave it be."""
    template = session_templates().get(template_slug, {})
    phases = [
        {
            "title": phase["title"],
            "minutes": phase["minutes"],
            "prompts": list(phase.get("prompts", [])),
            "facilitator_notes": phase.get("facilitator_notes", ""),
        }
        for phase in copy.deepcopy(template.get("phases", []))
    ]
    duration = extra.pop("duration_minutes", None) or template.get("duration_minutes") or 120
    return Session.objects.create(
        lot=lot,
        title=title or template.get("title", ""),
        template_slug=template_slug,
        starts_at=starts_at,
        duration_minutes=duration,
        location=location,
        online_url=online_url,
        phases=phases,
        **extra,
    )


# --- Invitations --------------------------------------------------------------------------------


def send_session_invitations(session, request=None):
    """E-mail every member an invitation with an .ics attachment; returns how many were sent.
    Each e-mail is one task that gets the session's and the member's id and renders it (a
    guest's personal link is made there too, see learning.tasks)."""
    members = list(session.lot.members.select_related("user"))
    sent = 0
    for member in members:
        if not member.contact_email:
            continue
        transaction.on_commit(
            partial(send_session_invitation.enqueue, session.pk, member.pk, delivery=new_delivery())
        )
        Attendance.objects.get_or_create(session=session, member=member)
        sent += 1
    session.invitations_sent_at = timezone.now()
    session.save(update_fields=["invitations_sent_at"])
    return sent


def session_cancellations(session):
    """Who gets a cancellation, and the facts it names: (member id, facts) per invited address.

    The invitees are the session's attendance rows (created when the invitations went out).
    They are read now, while the session still exists; the task that sends each cancellation
    gets the member's id and these facts (title, time, place), never a rendered e-mail.
    """
    attendance = session.attendance.select_related("member__user").order_by("member_id")
    facts = {
        "session_id": session.pk,
        "lot_name": session.lot.name,
        "title": session.title,
        "starts_at": session.starts_at.isoformat(),
        "duration_minutes": session.duration_minutes,
        "location": session.location,
        "online_url": session.online_url,
        "calendar_uid": session.calendar_uid,
        "calendar_sequence": session.calendar_sequence + 1,
    }
    cancellations = []
    seen = set()
    for member in (row.member for row in attendance):
        address = member.contact_email
        if not address or address.lower() in seen:
            continue
        seen.add(address.lower())
        cancellations.append((member.pk, facts))
    return cancellations


def delete_session(session):
    """Delete a session; when its invitations went out, every invitee gets a cancellation.

    The cancellations are captured before the delete (the attendance rows that say who was
    invited go with the session) and enqueued once the transaction commits, so a failed delete
    sends nothing. Returns how many cancellations are sent.
    """
    with transaction.atomic():
        cancellations = session_cancellations(session) if session.invitations_sent_at else []
        session.delete()
        for member_id, facts in cancellations:
            transaction.on_commit(
                partial(
                    send_session_cancellation.enqueue, member_id, delivery=new_delivery(), **facts
                )
            )
    return len(cancellations)


def record_attendance(session, present_member_ids):
    present = set(present_member_ids)
    for member in session.lot.members.all():
        attendance, _ = Attendance.objects.get_or_create(session=session, member=member)
        if attendance.present != (member.pk in present):
            attendance.present = member.pk in present
            attendance.save(update_fields=["present"])


# --- Running a session --------------------------------------------------------------------------


def move_phase(session, step):
    """Go to the next (or previous) phase and restart its timer."""
    last = max(len(session.phases) - 1, 0)
    session.current_phase = min(max(session.current_phase + step, 0), last)
    session.phase_started_at = timezone.now()
    session.save(update_fields=["current_phase", "phase_started_at"])


# --- Outcomes to the feedback ledger ------------------------------------------------------------


def outcome_to_feedback(outcome, user):
    """Turn an improvement proposal into a feedback item for the task team (once)."""
    if outcome.feedback_item_id:
        return None
    session = outcome.session
    building_blocks = [outcome.building_block.specific] if outcome.building_block_id else []
    title = _("Improvement proposal from %(lot)s") % {"lot": session.lot.name}
    if building_blocks:
        title = _("Improvement proposal for %(block)s from %(lot)s") % {
            "block": outcome.building_block.title,
            "lot": session.lot.name,
        }
    with transaction.atomic():
        item = create_feedback_item(
            title=title[:200],
            summary=outcome.text,
            created_by=user,
            source_kind="lot",
            source_object=outcome,
            organisation=session.lot.municipality,
            building_blocks=building_blocks,
        )
        Outcome.objects.filter(pk=outcome.pk).update(feedback_item_id=item.pk)
        outcome.feedback_item_id = item.pk
    return item
