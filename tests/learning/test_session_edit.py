"""Changing and deleting a planned LOT session and its agenda items (LOT managers only)."""

import datetime

import pytest
from django.utils import timezone
from icalendar import Calendar

from learning.guests import issue_guest_link
from learning.models import Action, AgendaItem, Attendance, LotMember, LotRole, Outcome, Session
from tests.learning.conftest import at

pytestmark = pytest.mark.django_db


@pytest.fixture
def agenda(session):
    return [
        AgendaItem.objects.create(session=session, kind="text", title=title, sort_order=index)
        for index, title in enumerate(["Terugblik", "Casus", "Afspraken"])
    ]


def edit_data(**changes):
    data = {
        "title": "Casus van april",
        "date": (timezone.localdate() + datetime.timedelta(days=14)).isoformat(),
        "time": "09:30",
        "duration_minutes": "90",
        "location": "Gemeentehuis Delft",
        "online_url": "",
    }
    data.update(changes)
    return data


def ics_start(response):
    assert response.status_code == 200
    event = next(iter(Calendar.from_ical(response.content).walk("VEVENT")))
    return event.decoded("dtstart"), event.decoded("dtend"), str(event.get("location"))


def titles(session):
    return list(session.agenda_items.values_list("title", flat=True))


# --- Editing a session --------------------------------------------------------------------------


def test_facilitator_edits_a_session_and_the_ics_follows(client, facilitator, lot, session):
    guest = LotMember.objects.create(lot=lot, email="o@example.org", role=LotRole.PARENT)
    client.force_login(facilitator)
    page = client.get(f"/leren/bijeenkomst/{session.pk}/bewerken/")
    assert page.status_code == 200
    html = page.content.decode()
    # The form starts from what is stored, in the values the browser's date/time inputs read.
    assert 'value="Casus van maart"' in html
    assert f'value="{at(7, 14).date().isoformat()}"' in html and 'value="14:00"' in html
    assert 'value="Stadskantoor Delft, zaal 3"' in html

    response = client.post(f"/leren/bijeenkomst/{session.pk}/bewerken/", edit_data())
    assert response.status_code == 302 and response.url == session.get_absolute_url()
    session.refresh_from_db()
    assert session.title == "Casus van april"
    assert session.starts_at == at(14, 9, 30)
    assert session.duration_minutes == 90
    assert session.location == "Gemeentehuis Delft"
    assert session.template_slug == "casusbespreking" and session.phases  # phases stay

    start, end, location = ics_start(client.get(f"/leren/bijeenkomst/{session.pk}/agenda.ics"))
    assert start == at(14, 9, 30) and end == at(14, 11, 0)
    assert location == "Gemeentehuis Delft"
    client.logout()
    link = issue_guest_link(guest)
    assert ics_start(client.get(f"{link}{session.pk}.ics"))[0] == at(14, 9, 30)


def test_invalid_edit_keeps_what_is_stored_and_what_was_typed(client, facilitator, session):
    client.force_login(facilitator)
    before = Session.objects.values().get(pk=session.pk)
    response = client.post(
        f"/leren/bijeenkomst/{session.pk}/bewerken/",
        edit_data(title="Typed title kept", location="", online_url="", date="31-02-2026"),
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Vul een plaats of een onlinelink in." in html
    assert "Voer een geldige datum in." in html
    assert 'value="Typed title kept"' in html and 'value="31-02-2026"' in html
    assert Session.objects.values().get(pk=session.pk) == before

    empty_title = client.post(f"/leren/bijeenkomst/{session.pk}/bewerken/", edit_data(title=""))
    assert empty_title.status_code == 400
    assert Session.objects.values().get(pk=session.pk) == before


@pytest.mark.parametrize(
    "changes",
    [
        {"title": "Nul\x00teken"},
        {"title": "x" * 161},
        {"duration_minutes": "5"},
        {"duration_minutes": "zestig"},
        {"time": "25:00"},
        {"online_url": "javascript:alert(1)", "location": ""},
    ],
)
def test_bad_edit_input_changes_nothing(client, facilitator, session, changes):
    client.force_login(facilitator)
    before = Session.objects.values().get(pk=session.pk)
    response = client.post(f"/leren/bijeenkomst/{session.pk}/bewerken/", edit_data(**changes))
    assert response.status_code == 400
    assert 'class="error"' in response.content.decode()
    assert Session.objects.values().get(pk=session.pk) == before


def test_editing_after_invitations_asks_to_send_them_again(client, facilitator, session):
    session.invitations_sent_at = timezone.now()
    session.save()
    client.force_login(facilitator)
    response = client.post(f"/leren/bijeenkomst/{session.pk}/bewerken/", edit_data(), follow=True)
    assert "Verstuur de uitnodigingen opnieuw" in response.content.decode()


# --- Deleting a session -------------------------------------------------------------------------


def test_facilitator_deletes_a_session_after_confirming(client, facilitator, lot, session, agenda):
    client.force_login(facilitator)
    confirm = client.get(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    assert confirm.status_code == 200
    html = confirm.content.decode()
    assert "Dit kun je niet ongedaan maken." in html
    assert all(item.title in html for item in agenda)  # says what will be lost
    assert 'method="post"' in html
    assert Session.objects.filter(pk=session.pk).exists()  # a GET deletes nothing

    response = client.post(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    assert response.status_code == 302 and response.url == lot.get_absolute_url()
    assert not Session.objects.filter(pk=session.pk).exists()
    assert not AgendaItem.objects.filter(pk__in=[item.pk for item in agenda]).exists()


@pytest.mark.parametrize("record", ["notes", "outcome", "action", "attendance"])
def test_a_session_with_a_record_is_not_deleted(client, facilitator, lot, session, record):
    if record == "notes":
        session.lessons = "Samen eerder bellen werkt."
        session.save()
    elif record == "outcome":
        Outcome.objects.create(session=session, kind=Outcome.Kind.LESSON, text="Les")
    elif record == "action":
        Action.objects.create(lot=lot, session=session, description="Bellen",
                              due_on=timezone.localdate())  # fmt: skip
    else:
        Attendance.objects.create(session=session, member=lot.members.get(), present=True)
    client.force_login(facilitator)
    confirm = client.get(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    assert confirm.status_code == 200
    assert "Deze bijeenkomst kan niet worden verwijderd." in confirm.content.decode()
    assert "Deze bijeenkomst verwijderen</button>" not in confirm.content.decode()
    response = client.post(f"/leren/bijeenkomst/{session.pk}/verwijderen/")
    assert response.status_code == 409
    assert "Deze bijeenkomst kan niet worden verwijderd: er zijn" in response.content.decode()
    assert Session.objects.filter(pk=session.pk).exists()


# --- Agenda items -------------------------------------------------------------------------------


def test_facilitator_edits_an_agenda_item(client, facilitator, session, agenda):
    item = agenda[1]
    client.force_login(facilitator)
    page = client.get(f"/leren/agendapunt/{item.pk}/bewerken/")
    assert page.status_code == 200 and 'value="Casus"' in page.content.decode()
    response = client.post(
        f"/leren/agendapunt/{item.pk}/bewerken/",
        {"agenda-kind": "text", "agenda-title": "Casus Noord", "agenda-description": "Kort",
         "agenda-minutes": "25"},
    )  # fmt: skip
    assert response.status_code == 302
    item.refresh_from_db()
    assert (item.title, item.description, item.minutes) == ("Casus Noord", "Kort", 25)
    assert item.session_id == session.pk and item.sort_order == 1


def test_invalid_agenda_edit_keeps_stored_item_and_typed_input(client, facilitator, agenda):
    item = agenda[0]
    client.force_login(facilitator)
    before = AgendaItem.objects.values().get(pk=item.pk)
    response = client.post(
        f"/leren/agendapunt/{item.pk}/bewerken/",
        {"agenda-kind": "questionnaire", "agenda-title": "Getypte titel", "agenda-minutes": "-5"},
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Kies een meetronde." in html
    assert 'value="Getypte titel"' in html
    assert AgendaItem.objects.values().get(pk=item.pk) == before


def test_agenda_items_move_up_and_down(client, facilitator, session, agenda):
    client.force_login(facilitator)
    first, second, third = agenda
    response = client.post(f"/leren/agendapunt/{third.pk}/verplaatsen/", {"richting": "omhoog"})
    assert response.status_code == 302
    assert titles(session) == ["Terugblik", "Afspraken", "Casus"]
    client.post(f"/leren/agendapunt/{first.pk}/verplaatsen/", {"richting": "omlaag"})
    assert titles(session) == ["Afspraken", "Terugblik", "Casus"]
    client.post(f"/leren/agendapunt/{third.pk}/verplaatsen/", {"richting": "omhoog"})  # top
    assert titles(session) == ["Afspraken", "Terugblik", "Casus"]
    assert client.get(f"/leren/agendapunt/{first.pk}/verplaatsen/").status_code == 405
    assert client.post(f"/leren/agendapunt/{first.pk}/verplaatsen/",
                       {"richting": "zijwaarts"}).status_code == 400  # fmt: skip
    assert titles(session) == ["Afspraken", "Terugblik", "Casus"]


def test_facilitator_deletes_an_agenda_item_after_confirming(client, facilitator, session, agenda):
    item = agenda[0]
    client.force_login(facilitator)
    confirm = client.get(f"/leren/agendapunt/{item.pk}/verwijderen/")
    assert confirm.status_code == 200
    assert "Terugblik" in confirm.content.decode()
    assert AgendaItem.objects.filter(pk=item.pk).exists()
    response = client.post(f"/leren/agendapunt/{item.pk}/verwijderen/")
    assert response.status_code == 302 and response.url == session.get_absolute_url()
    assert titles(session) == ["Casus", "Afspraken"]
    assert list(session.agenda_items.values_list("sort_order", flat=True)) == [0, 1]
    # A new item goes to the end, after the renumbered ones.
    client.post(f"/leren/bijeenkomst/{session.pk}/agenda/",
                {"agenda-kind": "text", "agenda-title": "Rondvraag"})  # fmt: skip
    assert titles(session) == ["Casus", "Afspraken", "Rondvraag"]


def test_session_page_offers_the_controls_to_managers_only(client, facilitator, session, agenda,
                                                           lot_member):  # fmt: skip
    client.force_login(facilitator)
    html = client.get(session.get_absolute_url()).content.decode()
    assert f"/leren/bijeenkomst/{session.pk}/bewerken/" in html
    assert f"/leren/agendapunt/{agenda[0].pk}/verwijderen/" in html
    client.force_login(lot_member)
    html = client.get(session.get_absolute_url()).content.decode()
    assert "/bewerken/" not in html and "/verwijderen/" not in html


# --- Who may ------------------------------------------------------------------------------------


def requests_for(session, item):
    return [
        ("get", f"/leren/bijeenkomst/{session.pk}/bewerken/", {}),
        ("post", f"/leren/bijeenkomst/{session.pk}/bewerken/", edit_data()),
        ("get", f"/leren/bijeenkomst/{session.pk}/verwijderen/", {}),
        ("post", f"/leren/bijeenkomst/{session.pk}/verwijderen/", {}),
        ("get", f"/leren/agendapunt/{item.pk}/bewerken/", {}),
        ("post", f"/leren/agendapunt/{item.pk}/bewerken/",
         {"agenda-kind": "text", "agenda-title": "Gekaapt"}),
        ("get", f"/leren/agendapunt/{item.pk}/verwijderen/", {}),
        ("post", f"/leren/agendapunt/{item.pk}/verwijderen/", {}),
        ("post", f"/leren/agendapunt/{item.pk}/verplaatsen/", {"richting": "omlaag"}),
    ]  # fmt: skip


def stored(session):
    return (
        Session.objects.values().get(pk=session.pk),
        list(AgendaItem.objects.filter(session=session).values()),
    )


def assert_refused(client, session, item, status):
    before = stored(session)
    for method, path, data in requests_for(session, item):
        response = getattr(client, method)(path, data)
        assert response.status_code == status, (method, path, response.status_code)
    assert stored(session) == before


def test_a_plain_member_of_the_lot_is_refused(client, session, agenda, lot_member):
    client.force_login(lot_member)
    assert_refused(client, session, agenda[0], 403)


def test_the_municipality_admin_reads_but_is_refused(client, session, agenda, org_admin):
    client.force_login(org_admin)
    assert client.get(session.get_absolute_url()).status_code == 200
    assert_refused(client, session, agenda[0], 403)


def test_another_organisations_facilitator_gets_404(client, session, agenda, other_lot_member):
    client.force_login(other_lot_member)
    assert_refused(client, session, agenda[0], 404)


def test_a_professional_outside_the_lot_gets_404(client, session, agenda, professional):
    client.force_login(professional)
    assert_refused(client, session, agenda[0], 404)


def test_anonymous_visitors_go_to_the_login_page(client, session, agenda):
    before = stored(session)
    for method, path, data in requests_for(session, agenda[0]):
        response = getattr(client, method)(path, data)
        assert response.status_code == 302 and response.url.startswith("/accounts/login/")
    assert stored(session) == before


def test_the_task_team_may_edit_any_lot(client, session, task_team):
    client.force_login(task_team)
    response = client.post(f"/leren/bijeenkomst/{session.pk}/bewerken/", edit_data())
    assert response.status_code == 302
    session.refresh_from_db()
    assert session.title == "Casus van april"
