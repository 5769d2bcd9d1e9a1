"""iCalendar (.ics) invitations for LOT sessions, built with the icalendar package."""

from django.utils import timezone
from icalendar import Calendar, Event, vText

PRODID = "-//Samenspel//LOT//NL"


def session_calendar(session, url=""):
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("method", "PUBLISH")
    event = Event()
    event.add("uid", f"lot-session-{session.pk}@samenspel")
    event.add("dtstamp", timezone.now())
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", f"{session.lot.name}: {session.title}")
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
