"""iCalendar (.ics) invitations and cancellations for LOT sessions, built with icalendar."""

from email.utils import parseaddr

from django.conf import settings
from django.utils import timezone
from icalendar import Calendar, Event, vCalAddress, vText

PRODID = "-//Samenspel//LOT//NL"

# Every invitation, download and cancellation of a session carries its stored UID. Calendars
# apply an update only when its SEQUENCE is higher than the one they hold (RFC 5546, 2.1.4):
# editing a session raises `calendar_sequence`, and a cancellation goes one higher still.


def session_summary(session):
    return f"{session.lot.name}: {session.title}"


def add_organizer(event):
    """The organiser is the platform's sending address, never a facilitator's own address:
    calendars need an ORGANIZER to accept updates and cancellations from the same source."""
    name, address = parseaddr(settings.DEFAULT_FROM_EMAIL)
    if address:
        event.add("organizer", vCalAddress(f"mailto:{address}"), parameters={"CN": name or address})


def session_calendar(session, url=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", session.calendar_uid)
    event.add("sequence", session.calendar_sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", session_summary(session))
    add_organizer(event)
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


def cancellation_calendar(*, uid, sequence, summary, starts_at, ends_at, location="", attendee=""):
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
    event.add("sequence", sequence)
    event.add("dtstamp", timezone.now())
    event.add("dtstart", starts_at)
    event.add("dtend", ends_at)
    event.add("summary", summary)
    event.add("status", "CANCELLED")
    add_organizer(event)
    if attendee:
        event.add("attendee", vCalAddress(f"mailto:{attendee}"))
    if location:
        event.add("location", vText(location))
    calendar.add_component(event)
    return calendar.to_ical()
