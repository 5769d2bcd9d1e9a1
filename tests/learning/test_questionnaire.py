"""Respondents: the anonymous link, save and come back, closed rounds, invitations, privacy."""

import datetime
import re

import pytest
from django.conf import settings
from django.core import mail
from django.utils import timezone

from learning.instrument_content import GRADES, ITEMS, SCALES
from learning.models import Instrument, MeasurementRound, Response, RoundInvitation

from .conftest import add_responses, make_round

pytestmark = pytest.mark.django_db


def answers(**overrides):
    data = {"org_type": "GI", "municipality": "Delft", "trained": "ja", "code": "Meeuw 77"}
    data.update({f"item_{item.slug}": "4" for item in ITEMS})
    data.update({f"grade_{grade.slug}": "7" for grade in GRADES})
    data.update(overrides)
    return data


def url(measurement_round):
    return f"/vragenlijst/{measurement_round.public_token}/"


def test_instrument_is_seeded_from_content(instrument):
    assert instrument.scales.count() == len(SCALES) == 7
    assert instrument.grades.count() == len(GRADES) == 6
    reversed_items = instrument.scales.get(slug="gedeelde_visie").items.filter(reverse_scored=True)
    assert reversed_items.exists()


def test_anonymous_respondent_answers_without_account(client, instrument):
    measurement_round = make_round(instrument)
    page = client.get(url(measurement_round))
    assert page.status_code == 200
    assert ITEMS[0].text in page.content.decode()
    response = client.post(url(measurement_round), {**answers(), "versturen": "1"})
    assert response.status_code == 200
    assert "Bedankt voor je antwoorden" in response.content.decode()
    stored = Response.objects.get()
    assert stored.status == Response.Status.COMPLETE
    assert stored.items[ITEMS[0].slug] == 4 and stored.grades[GRADES[0].slug] == 7
    assert stored.trained is True and stored.org_type == "GI"
    assert stored.resume_key_hash == ""


def test_save_and_come_back_then_send(client, instrument):
    measurement_round = make_round(instrument)
    partial = {"org_type": "LT", f"item_{ITEMS[0].slug}": "2", "opslaan": "1"}
    saved = client.post(url(measurement_round), partial)
    assert "Je antwoorden zijn opgeslagen" in saved.content.decode()
    key = re.search(r"sleutel=([\w-]+)", saved.content.decode()).group(1)
    stored = Response.objects.get()
    assert stored.status == Response.Status.INCOMPLETE and stored.items == {ITEMS[0].slug: 2}
    # Another browser, same link: the answers come back.
    client.cookies.clear()
    again = client.get(url(measurement_round) + f"?sleutel={key}").content.decode()
    assert "Welkom terug" in again
    assert re.search(rf'name="item_{ITEMS[0].slug}" value="2"[^>]*checked', again)
    client.post(url(measurement_round) + f"?sleutel={key}", {**answers(), "versturen": "1"})
    assert Response.objects.get().status == Response.Status.COMPLETE
    assert Response.objects.count() == 1


def test_sending_without_background_keeps_the_answers(client, instrument):
    measurement_round = make_round(instrument)
    data = answers(org_type="", trained="")
    response = client.post(url(measurement_round), {**data, "versturen": "1"})
    assert response.status_code == 400
    page = response.content.decode()
    assert "Dit is een verplicht veld." in page
    assert re.search(rf'name="item_{ITEMS[0].slug}" value="4"[^>]*checked', page)
    assert not Response.objects.filter(status=Response.Status.COMPLETE).exists()


def test_closed_round_refuses_answers_clearly(client, instrument):
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    measurement_round = make_round(
        instrument, opens_on=yesterday - datetime.timedelta(days=10), closes_on=yesterday
    )
    response = client.post(url(measurement_round), {**answers(), "versturen": "1"})
    assert response.status_code == 410
    assert "Deze vragenlijst is gesloten" in response.content.decode()
    assert not Response.objects.exists()
    later = make_round(instrument, opens_on=timezone.localdate() + datetime.timedelta(days=3))
    assert "gaat open op" in client.get(url(later)).content.decode()


def test_one_response_per_invitation_and_no_link_to_it(client, instrument, task_team,
                                                       django_capture_on_commit_callbacks):  # fmt: skip
    measurement_round = make_round(instrument, uses_invitations=True)
    assert client.get(url(measurement_round)).status_code == 403
    client.force_login(task_team)
    with django_capture_on_commit_callbacks(execute=True):
        client.post(
            f"/leren/meting/{measurement_round.pk}/uitnodigingen/",
            {"emails": "a@example.org\nb@example.org"},
        )
    client.logout()
    assert len(mail.outbox) == 2
    link = re.search(r"(/vragenlijst/\S+/u/\S+/)", mail.outbox[0].body).group(1)
    token = link.rstrip("/").split("/")[-1]
    client.post(link, {"org_type": "LT", "opslaan": "1"})  # save halfway: can come back
    assert "Welkom terug" in client.get(link).content.decode()
    client.post(link, {**answers(), "versturen": "1"})
    refused = client.get(link)
    assert refused.status_code == 410
    assert "al antwoorden verstuurd" in refused.content.decode()
    assert client.post(link, {**answers(), "versturen": "1"}).status_code == 410
    assert Response.objects.count() == 1
    # Neither the token nor the e-mail address is stored; the invitation cannot be joined
    # to the response.
    invitation_hashes = set(RoundInvitation.objects.values_list("token_hash", flat=True))
    response = Response.objects.get()
    assert token not in invitation_hashes and response.resume_key_hash not in invitation_hashes
    assert not any(f.related_model is RoundInvitation for f in Response._meta.get_fields())
    assert RoundInvitation.objects.filter(used_at__isnull=False).count() == 1


def test_response_has_no_link_to_an_account(client, instrument, professional):
    user_model = settings.AUTH_USER_MODEL.lower()
    related = {f.related_model._meta.label_lower for f in Response._meta.get_fields()
               if f.related_model}  # fmt: skip
    assert user_model not in related
    client.force_login(professional)
    measurement_round = make_round(instrument)
    client.post(url(measurement_round), {**answers(), "versturen": "1"})
    stored = Response.objects.values().get()
    values = " ".join(str(v) for v in stored.values())
    assert professional.email not in values and "meeuw" not in values.lower()
    assert len(stored["code_hash"]) == 64


def test_facilitator_sees_aggregates_only(client, instrument, facilitator, lot):
    from learning.synthetic import generate_responses

    measurement_round = make_round(instrument, scope=MeasurementRound.Scope.LOT, lot=lot)
    add_responses(measurement_round, generate_responses(12, seed=4))
    client.force_login(facilitator)
    page = client.get(f"/leren/meting/{measurement_round.pk}/").content.decode()
    csv = client.get(f"/leren/meting/{measurement_round.pk}/export.csv").content.decode()
    for code_hash in Response.objects.exclude(code_hash="").values_list("code_hash", flat=True):
        assert code_hash not in page and code_hash not in csv
    assert "code" not in csv.splitlines()[0]
    from learning import urls

    assert not [p for p in urls.urlpatterns if "antwoord" in str(p.pattern)]


def test_member_of_another_lot_cannot_read_its_round(client, instrument, lot, other_lot_member):
    measurement_round = make_round(instrument, scope=MeasurementRound.Scope.LOT, lot=lot)
    client.force_login(other_lot_member)
    assert client.get(f"/leren/meting/{measurement_round.pk}/").status_code == 404
    assert client.get(f"/leren/meting/{measurement_round.pk}/export.csv").status_code == 404


def test_facilitator_opens_round_for_own_lot(client, instrument, facilitator, lot):
    client.force_login(facilitator)
    today = timezone.localdate()
    data = {"title": "Nulmeting Delft", "kind": "baseline", "scope": "lot", "lot": lot.pk,
            "opens_on": today.isoformat(), "closes_on": today.isoformat()}  # fmt: skip
    assert client.post("/leren/metingen/nieuw/", {**data, "scope": "region"}).status_code == 400
    bad = client.post("/leren/metingen/nieuw/", {**data, "closes_on": "2000-01-01"})
    assert "De sluitingsdatum ligt vóór de openingsdatum." in bad.content.decode()
    response = client.post("/leren/metingen/nieuw/", data)
    measurement_round = MeasurementRound.objects.get(title="Nulmeting Delft")
    assert response.status_code == 302 and measurement_round.lot == lot
    page = client.get(response.url).content.decode()
    assert measurement_round.public_token in page


def test_editors_maintain_the_instrument_in_the_admin(client, instrument, editor, professional):
    client.force_login(editor)
    listing = client.get("/admin/snippets/learning/scale/")
    assert listing.status_code == 200 and "Gedeelde visie" in listing.content.decode()
    edit = client.get(f"/admin/snippets/learning/instrument/edit/{instrument.pk}/")
    assert edit.status_code == 200
    client.force_login(professional)
    assert client.get("/admin/snippets/learning/scale/").status_code in (302, 403)
    assert Instrument.objects.count() == 1
