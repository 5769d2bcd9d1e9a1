"""Calendar files that calendars honour: a stable UID tied to this site's domain, a SEQUENCE that
goes up with every change, an ORGANIZER, and no session planned at a time the clock skips.

Every file is read by two independent parsers (icalendar and ics), as calendar programs differ.
"""

import datetime
import zoneinfo

import ics
import pytest
from django.core import mail
from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone
from icalendar import Calendar

from learning.models import LotMember, LotRole, Session
from learning.services import plan_session
from tests.learning.conftest import at

pytestmark = pytest.mark.django_db

AMSTERDAM = zoneinfo.ZoneInfo("Europe/Amsterdam")


def edit_data(session, **changes):
    starts_at = timezone.localtime(session.starts_at)
    data = {
        "title": session.title,
        "date": starts_at.date().isoformat(),
        "time": starts_at.strftime("%H:%M"),
        "duration_minutes": str(session.duration_minutes),
        "location": session.location,
        "online_url": session.online_url,
    }
    data.update(changes)
    return data


def both_parsers(content):
    """(method, uid, sequence, organizer, start) as icalendar and as ics read the file."""
    calendar = Calendar.from_ical(content)
    (event,) = calendar.walk("VEVENT")
    by_icalendar = (
        str(calendar["method"]),
        str(event["uid"]),
        int(event["sequence"]),
        str(event["organizer"]),
        event.decoded("dtstart"),
    )
    text = content.decode() if isinstance(content, bytes) else content
    parsed = ics.Calendar(text)
    (other,) = parsed.events
    sequence = next(line.value for line in other.extra if line.name == "SEQUENCE")
    organizer = f"mailto:{other.organizer.email}"
    by_ics = (parsed.method, other.uid, int(sequence), organizer, other.begin.datetime)
    assert by_icalendar == by_ics
    return by_icalendar


def download(client, session):
    response = client.get(f"/leren/bijeenkomst/{session.pk}/agenda.ics")
    assert response.status_code == 200
    return both_parsers(response.content)


def test_uid_is_tied_to_the_domain_and_stays_the_same(client, facilitator, session):
    client.force_login(facilitator)
    method, uid, sequence, organizer, start = download(client, session)
    assert method == "PUBLISH"
    # Test settings: SITE_URL is http://testserver; staging and production differ by domain.
    assert uid.startswith("lot-session-") and uid.endswith("@testserver")
    assert organizer == "mailto:noreply@samenspel.example"
    assert sequence == 0 and start == at(7, 14)
    assert download(client, session)[1] == uid
    other = plan_session(session.lot, template_slug="", title="Tweede", starts_at=at(8, 10))
    assert other.calendar_uid != uid


def test_each_edit_raises_the_sequence_and_the_cancellation_goes_higher(
    client, facilitator, lot, session, django_capture_on_commit_callbacks
):
    LotMember.objects.create(lot=lot, email="ouder@example.org", role=LotRole.PARENT)
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/leren/bijeenkomst/{session.pk}/uitnodigen/")
    invitation = next(m for m in mail.outbox if m.to == ["ouder@example.org"])
    sent = both_parsers(invitation.attachments[0][1])
    assert sent[2] == 0

    url = f"/leren/bijeenkomst/{session.pk}/bewerken/"
    assert client.post(url, edit_data(session, time="15:30")).status_code == 302
    moved = download(client, session)
    assert moved[1] == sent[1] and moved[2] == 1 and moved[4] == at(7, 15, 30)
    # Saving without a change sends calendars nothing new.
    assert client.post(url, edit_data(Session.objects.get(pk=session.pk))).status_code == 302
    assert download(client, session)[2] == 1
    assert client.post(url, edit_data(session, location="Gemeentehuis")).status_code == 302
    assert download(client, session)[2] == 2

    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    cancellation = next(m for m in mail.outbox if m.to == ["ouder@example.org"])
    method, uid, sequence, organizer, _start = both_parsers(cancellation.attachments[0][1])
    assert (method, uid, sequence) == ("CANCEL", sent[1], 3)
    assert organizer == "mailto:noreply@samenspel.example"


def next_clock_change(forward):
    """The next day on which Amsterdam's clock goes forward (or back), from tomorrow on."""
    day = timezone.localdate() + datetime.timedelta(days=1)
    while True:
        before = datetime.datetime.combine(day, datetime.time(0), AMSTERDAM).utcoffset()
        after = datetime.datetime.combine(day, datetime.time(12), AMSTERDAM).utcoffset()
        if (after > before) if forward else (after < before):
            return day
        day += datetime.timedelta(days=1)


@pytest.mark.parametrize(
    ("forward", "message"),
    [
        (True, "Deze tijd bestaat niet op deze dag: de klok gaat dan een uur vooruit."),
        (False, "Deze tijd komt op deze dag twee keer voor, omdat de klok dan een uur"),
    ],
)
def test_a_time_the_clock_skips_or_repeats_is_refused(
    client, facilitator, session, forward, message
):
    client.force_login(facilitator)
    before = Session.objects.values().get(pk=session.pk)
    day = next_clock_change(forward).isoformat()
    response = client.post(
        f"/leren/bijeenkomst/{session.pk}/bewerken/",
        edit_data(session, date=day, time="02:30", title="Getypte titel"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert message in html
    assert f'value="{day}"' in html and 'value="Getypte titel"' in html
    assert Session.objects.values().get(pk=session.pk) == before
    # An hour later is a real time, and is stored as typed.
    response = client.post(
        f"/leren/bijeenkomst/{session.pk}/bewerken/", edit_data(session, date=day, time="03:30")
    )
    assert response.status_code == 302
    stored = timezone.localtime(Session.objects.get(pk=session.pk).starts_at)
    assert (stored.date().isoformat(), stored.strftime("%H:%M")) == (day, "03:30")


@pytest.mark.django_db(transaction=True)
def test_sessions_planned_before_the_upgrade_keep_the_uid_their_invitations_carried():
    executor = MigrationExecutor(connection)
    before = [("learning", "0003_round_caps_and_ways_in")]
    after = [("learning", "0004_session_calendar_identity")]
    executor.migrate(before)
    old_apps = executor.loader.project_state(before).apps
    Lot = old_apps.get_model("learning", "Lot")
    OldSession = old_apps.get_model("learning", "Session")
    Organisation = old_apps.get_model("samenspel", "Organisation")
    municipality = Organisation.objects.create(name="Delft", slug="delft-migratie", kind="lt")
    lot = Lot.objects.create(name="LOT migratie", municipality=municipality)
    old = OldSession.objects.create(lot=lot, title="Oud", starts_at=at(3, 10))

    executor = MigrationExecutor(connection)
    executor.migrate(after)
    new_apps = executor.loader.project_state(after).apps
    migrated = new_apps.get_model("learning", "Session").objects.get(pk=old.pk)
    assert migrated.calendar_uid == f"lot-session-{old.pk}@samenspel"
    assert migrated.calendar_sequence == 0
    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes())
