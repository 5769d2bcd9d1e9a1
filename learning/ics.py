"""iCalendar (.ics) invitations and cancellations for LOT sessions, built with icalendar."""

from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Samenspel//LOT//NL"

# Invitations always go out with this SEQUENCE (a re-sent invitation keeps the UID); a
# cancellation must carry a higher one so calendars apply it to the entry (RFC 5546, 2.1.4).
INVITATION_SEQUENCE = 0
CANCELLATION_SEQUENCE = INVITATION_SEQUENCE + 1


def session_uid(session_pk):
    """The calendar UID of a session: the same in every invitation, download and cancellation."""
    return f"lot-session-{session_pk}@samenspel"


def session_summary(session):
    return f"{session.lot.name}: {session.title}"


def session_calendar(session, url=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", session_uid(session.pk))
    event.add("sequence", INVITATION_SEQUENCE)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", session_summary(session))
    location = session.location or session.online_url
    if location:
        event.add("location", vText(location))
    if session.online_url or url:
        event.add("url", session.online_url or url)
    lines = [item.title for item in session.agenda_items.all()]
    description = "\n".join(f"- {line}" for line in lines)
    if url:
        description = f"{description}\n\n{url}".strip()
    if description:
        event.add("description", description)
    calendar.add_component(event)
    return calendar.to_ical()


def cancellation_calendar(*, uid, summary, starts_at, ends_at, location="", attendee=""):
    """A METHOD:CANCEL calendar for a session: same UID as its invitation, higher SEQUENCE.

    Built from plain values, because the session row is gone by the time it is sent. Only the
    recipient is named as attendee, so one invitee's address is never shown to another.
    """
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "CANCEL")
    event = Event()
    event.add("uid", uid)
    event.add("sequence", CANCELLATION_SEQUENCE)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("summary", summary)
    event.add("status", "CANCELLED")
    organizer_address = parseaddr(settings.DEFAULT_FROM_EMAIL)[1]
    if organizer_address:
        event.add("organizer", vCalAddress(f"mailto:{organizer_address}"))
    if attendee:
        event.add("attendee", vCalAddress(f"mailto:{attendee}"))
    if location:
        event.add("location", vText(location))
    calendar.add_component(event)
    return calendar.to_ical()
