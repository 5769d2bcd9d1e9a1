"""LOT teams and sessions: who sees what, planning from templates, invitations, outcomes."""

import datetime

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from learning.models import Action, AgendaItem, Lot, LotMember, LotRole, Outcome
from learning.services import plan_session
from samenspel.roles import Role
from tests.site.factories import member

pytestmark = pytest.mark.django_db


def future(days=7, hour=14):
    day = timezone.localdate() + datetime.timedelta(days=days)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


@pytest.fixture
def session(lot):
    return plan_session(
        lot,
        template_slug="casusbespreking",
        title="",
        starts_at=future(),
        location="Stadskantoor Delft, zaal 3",
    )


def test_facilitator_creates_lot_for_own_municipality_only(client, facilitator, delft, zoetermeer):
    client.force_login(facilitator)
    refused = client.post(
        "/leren/lot/nieuw/", {"name": "LOT Zoetermeer", "municipality": zoetermeer.pk}
    )
    assert refused.status_code == 400
    assert "LOT Zoetermeer" in refused.content.decode()  # what was typed is kept
    response = client.post("/leren/lot/nieuw/", {"name": "LOT Delft", "municipality": delft.pk})
    lot = Lot.objects.get(name="LOT Delft")
    assert response.status_code == 302
    assert lot.members.get().role == LotRole.FACILITATOR


def test_regional_lot_is_for_the_task_team(client, facilitator, task_team):
    client.force_login(facilitator)
    assert client.post("/leren/lot/nieuw/", {"name": "Regio"}).status_code == 400
    client.force_login(task_team)
    assert client.post("/leren/lot/nieuw/", {"name": "Regio"}).status_code == 302
    assert Lot.objects.get(name="Regio").is_regional


def test_member_of_another_lot_sees_nothing(client, lot, session, other_lot_member):
    client.force_login(other_lot_member)
    assert client.get(f"/leren/lot/{lot.pk}/").status_code == 404
    assert client.get(f"/leren/bijeenkomst/{session.pk}/").status_code == 404
    assert client.get(f"/leren/bijeenkomst/{session.pk}/agenda.ics").status_code == 404
    assert client.get(f"/leren/bijeenkomst/{session.pk}/uitvoeren/").status_code == 404
    assert client.post(f"/leren/bijeenkomst/{session.pk}/notities/", {}).status_code == 404
    assert lot.name not in client.get("/leren/lot/").content.decode()


def test_who_sees_a_lot(client, lot, session, lot_member, org_admin, task_team, professional):
    for user, status in [
        (lot_member, 200),
        (org_admin, 200),
        (task_team, 200),
        (professional, 404),
    ]:
        client.force_login(user)
        assert client.get(f"/leren/lot/{lot.pk}/").status_code == status, user
    # Organisation admins of another municipality do not see it.
    client.force_login(member(lot.municipality.__class__.objects.create(
        name="Rijswijk", slug="rijswijk", kind="municipality"), Role.ORG_ADMIN))  # fmt: skip
    assert client.get(f"/leren/lot/{lot.pk}/").status_code == 404


def test_plain_member_reads_but_cannot_change(client, session, lot_member):
    client.force_login(lot_member)
    assert client.get(f"/leren/bijeenkomst/{session.pk}/").status_code == 200
    response = client.post(f"/leren/bijeenkomst/{session.pk}/notities/", {"lessons": "x"})
    assert response.status_code == 403


def test_session_from_template_has_timed_phases(session):
    assert session.title == "Casusbespreking volgens de incidentmethode"
    assert session.duration_minutes == sum(p["minutes"] for p in session.phases)
    titles = [p["title"].lower() for p in session.phases]
    assert any("introdu" in t for t in titles)


def test_plan_session_through_the_form(client, facilitator, lot):
    client.force_login(facilitator)
    day = (timezone.localdate() + datetime.timedelta(days=3)).isoformat()
    bad = client.post(
        f"/leren/lot/{lot.pk}/bijeenkomsten/nieuw/",
        {"template": "reflectie", "date": day, "time": "14:00"},
    )
    assert bad.status_code == 400
    assert "Vul een plaats of een onlinelink in." in bad.content.decode()
    response = client.post(
        f"/leren/lot/{lot.pk}/bijeenkomsten/nieuw/",
        {
            "template": "reflectie",
            "date": day,
            "time": "14:00",
            "online_url": "https://meet.example/x",
        },
    )
    assert response.status_code == 302
    assert lot.sessions.get().template_slug == "reflectie"


def test_invitations_carry_an_ics_with_time_and_place(client, facilitator, lot, session,
                                                      django_capture_on_commit_callbacks):  # fmt: skip
    LotMember.objects.create(lot=lot, email="ouder@example.org", name="Ouder", role=LotRole.PARENT)
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(f"/leren/bijeenkomst/{session.pk}/uitnodigen/")
    assert response.status_code == 302
    assert sorted(m.to[0] for m in mail.outbox) == ["facilitator@example.org", "ouder@example.org"]
    message = next(m for m in mail.outbox if m.to == ["ouder@example.org"])
    filename, content, mimetype = message.attachments[0]
    assert filename.endswith(".ics") and mimetype == "text/calendar"
    event = next(iter(Calendar.from_ical(content).walk("VEVENT")))
    assert event.decoded("dtstart") == session.starts_at
    assert str(event.get("location")) == "Stadskantoor Delft, zaal 3"
    assert "/leren/gast/" in message.body  # the guest gets a personal link, no account
    assert session.attendance.count() == 2


def test_guest_link_shows_agenda_only(client, lot, session):
    from learning.guests import issue_guest_link

    AgendaItem.objects.create(session=session, kind="text", title="Terugblik", sort_order=0)
    session.lessons = "Vertrouwelijke les"
    session.save()
    guest = LotMember.objects.create(lot=lot, email="e@example.org", role=LotRole.EXPERIENCE_EXPERT)
    link = issue_guest_link(guest)
    page = client.get(link).content.decode()
    assert "Terugblik" in page and session.title in page
    assert "Vertrouwelijke les" not in page
    ics = client.get(f"{link}{session.pk}.ics")
    assert ics.status_code == 200 and b"BEGIN:VEVENT" in ics.content
    assert client.get("/leren/gast/verkeerd/").status_code == 404
    assert len(guest.guest_token_hash) == 64 and link.split("/")[-2] not in guest.guest_token_hash


def test_open_action_carries_over_until_closed(client, facilitator, lot, session):
    owner = lot.members.get()
    action = Action.objects.create(
        lot=lot, session=session, owner=owner, due_on=timezone.localdate(),
        description="Casus voorbereiden",
    )  # fmt: skip
    later = plan_session(lot, template_slug="reflectie", title="", starts_at=future(days=21),
                         location="Delft")  # fmt: skip
    client.force_login(facilitator)
    assert "Casus voorbereiden" in client.get(f"/leren/bijeenkomst/{later.pk}/").content.decode()
    client.post(f"/leren/actie/{action.pk}/sluiten/")
    action.refresh_from_db()
    assert action.closed_at is not None
    assert (
        "Casus voorbereiden" not in client.get(f"/leren/bijeenkomst/{later.pk}/").content.decode()
    )


def test_notes_outcomes_actions_and_attendance(client, facilitator, lot, session, lot_member):
    client.force_login(facilitator)
    url = f"/leren/bijeenkomst/{session.pk}/"
    assert (
        client.post(url + "notities/", {"lessons": "Eerder bellen", "notes": ""}).status_code == 302
    )
    bad = client.post(url + "uitkomsten/", {"outcome-kind": "proposal", "outcome-text": ""})
    assert bad.status_code == 400
    client.post(url + "uitkomsten/", {"outcome-kind": "barrier", "outcome-text": "Geen tijd"})
    owner = lot.members.get(user=lot_member)
    client.post(url + "acties/", {"action-description": "Terugkoppelen", "action-owner": owner.pk,
                                  "action-due_on": "2030-01-01"})  # fmt: skip
    client.post(url + "aanwezigheid/", {"present": [str(owner.pk)]})
    session.refresh_from_db()
    assert session.lessons == "Eerder bellen"
    assert Outcome.objects.get(session=session).text == "Geen tijd"
    assert Action.objects.get(session=session).owner == owner
    assert list(session.attendance.filter(present=True).values_list("member", flat=True)) == [
        owner.pk
    ]


def test_run_view_moves_through_phases_without_javascript(client, facilitator, session):
    client.force_login(facilitator)
    url = f"/leren/bijeenkomst/{session.pk}/uitvoeren/"
    page = client.get(url).content.decode()
    assert session.phases[0]["title"] in page and "Volgende fase" in page
    assert "run-timer.js" in page
    client.post(url, {"richting": "volgende"})
    session.refresh_from_db()
    assert session.current_phase == 1 and session.phase_started_at is not None
    assert 'data-running="1"' in client.get(url).content.decode()


def test_improvement_proposal_becomes_feedback_item(client, facilitator, lot, session):
    from learning.feedback.models import FeedbackItem

    outcome = Outcome.objects.create(
        session=session, kind=Outcome.Kind.PROPOSAL, text="Voorbeeld van een eerste gesprek"
    )
    client.force_login(facilitator)
    page = client.get(f"/leren/bijeenkomst/{session.pk}/").content.decode()
    assert "Maak er een feedbackitem van" in page
    client.post(f"/leren/uitkomst/{outcome.pk}/feedback/")
    outcome.refresh_from_db()
    item = FeedbackItem.objects.get(pk=outcome.feedback_item_id)
    assert item.status == "received"
    assert item.summary == outcome.text
    client.post(f"/leren/uitkomst/{outcome.pk}/feedback/")  # twice: still one item
    assert FeedbackItem.objects.filter(summary=outcome.text).count() == 1


def test_lesson_cannot_become_feedback_item(client, facilitator, session):
    outcome = Outcome.objects.create(session=session, kind=Outcome.Kind.LESSON, text="Les")
    client.force_login(facilitator)
    assert client.post(f"/leren/uitkomst/{outcome.pk}/feedback/").status_code == 403


def test_add_guest_member_sends_personal_link(client, facilitator, lot,
                                              django_capture_on_commit_callbacks):  # fmt: skip
    client.force_login(facilitator)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(f"/leren/lot/{lot.pk}/leden/",
                    {"email": "Ouder@Example.org", "name": "Ouder", "role": "parent"})  # fmt: skip
    guest = lot.members.get(role=LotRole.PARENT)
    assert guest.user is None and guest.email == "ouder@example.org"
    assert "/leren/gast/" in mail.outbox[0].body
    refused = client.post(f"/leren/lot/{lot.pk}/leden/",
                          {"email": "onbekend@example.org", "role": "lt"})  # fmt: skip
    assert refused.status_code == 400
    assert "Er is geen Samenspel-account met dit adres" in refused.content.decode()


def test_demo_lot(demo_site):
    lot = Lot.objects.get(name="LOT Westland")
    assert lot.sessions.count() == 4
    second = lot.sessions.order_by("starts_at")[1]
    assert [a.description for a in second.carried_over_actions()] == [
        "Geanonimiseerde casus voorbereiden voor de casusbespreking"
    ]
    assert all(session.phases for session in lot.sessions.all())
    assert lot.members.filter(user__email="facilitator@samenspel.example").exists()
