"""Issue 13, finding 4: scripted responses cannot simply be added to a round.

The open link accepts at most the expected number of sent responses, POSTs from one address are
rate limited over every round's link, and personal one-time links accept one response each. The
report says which way in a round used and how many responses came through each.
"""

import re
import threading

import pytest
from django.test import override_settings

from learning.models import LotMember, LotRole, MeasurementRound, Response, RoundInvitation
from learning.respond import create_invitations, save_answers
from samenspel.roles import Role
from tests.site.factories import member

from .conftest import make_round
from .test_questionnaire import answers, url

pytestmark = pytest.mark.django_db

KEPT_ANSWER = re.compile(r'name="org_type" value="LT"[^>]*checked')


def send(client, measurement_round, link=None, **extra):
    return client.post(link or url(measurement_round), {**answers(), "versturen": "1"}, **extra)


def test_open_link_accepts_the_expected_number_then_refuses_clearly(client, instrument):
    measurement_round = make_round(instrument, max_responses=2)
    late = client.__class__()  # a respondent who saved halfway before the round filled up
    late.post(url(measurement_round), {"org_type": "LT", "opslaan": "1"})
    assert [send(client.__class__(), measurement_round).status_code for _ in range(2)] == [200, 200]

    fresh = client.get(url(measurement_round))
    assert fresh.status_code == 403
    assert "al het aantal antwoorden gekregen" in fresh.content.decode()
    refused = late.post(url(measurement_round), {**answers(org_type="LT"), "versturen": "1"})
    assert refused.status_code == 409
    html = refused.content.decode()
    assert "vraag de begeleider om een persoonlijke link" in html and KEPT_ANSWER.search(html)
    assert measurement_round.responses.filter(status=Response.Status.COMPLETE).count() == 2


def test_personal_links_do_not_count_towards_the_open_link(client, instrument, task_team):
    measurement_round = make_round(instrument, max_responses=1)
    send(client, measurement_round)
    client.force_login(task_team)
    page = client.post(f"/leren/meting/{measurement_round.pk}/persoonlijke-links/", {"count": 1})
    link = re.search(r"http://testserver(/vragenlijst/\S+/u/\S+/)", page.content.decode()).group(1)
    client.logout()
    assert send(client, measurement_round, link).status_code == 200
    assert measurement_round.responses.filter(status=Response.Status.COMPLETE).count() == 2


@override_settings(SAMENSPEL_RATE_LIMITS={"questionnaire": "3/h"})
def test_posts_from_one_address_are_limited_over_every_link(client, instrument):
    first, second = make_round(instrument), make_round(instrument, title="Andere ronde")
    partial = {"org_type": "LT", "opslaan": "1"}
    statuses = [
        client.__class__().post(url(r), partial).status_code for r in (first, second, first)
    ]
    assert statuses == [200, 200, 200]
    refused = client.post(url(second), {**answers(org_type="LT"), "versturen": "1"})
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Wacht even en probeer het opnieuw" in html and KEPT_ANSWER.search(html)
    assert not Response.objects.filter(status=Response.Status.COMPLETE).exists()
    assert send(client, second, REMOTE_ADDR="192.0.2.7").status_code == 200


@override_settings(SAMENSPEL_RATE_LIMITS={"questionnaire": "2/h"}, SAMENSPEL_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_respondents_are_counted_apart(client, instrument):
    measurement_round = make_round(instrument)
    one = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    two = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.2"}
    assert [send(client, measurement_round, **one).status_code for _ in range(3)] == [
        200,
        200,
        429,
    ]
    assert send(client, measurement_round, **two).status_code == 200


def test_personal_links_are_shown_once_and_work_once(client, instrument, task_team):
    measurement_round = make_round(instrument, uses_invitations=True)
    client.force_login(task_team)
    page = client.post(f"/leren/meting/{measurement_round.pk}/persoonlijke-links/", {"count": 3})
    assert page.status_code == 200 and "no-store" in page["Cache-Control"]
    links = re.findall(r"http://testserver(/vragenlijst/\S+/u/\S+/)", page.content.decode())
    assert len(set(links)) == 3 == RoundInvitation.objects.count()
    stored = set(RoundInvitation.objects.values_list("token_hash", flat=True))
    assert not any(link.rstrip("/").split("/")[-1] in stored for link in links)
    client.logout()

    assert send(client, measurement_round, links[0]).status_code == 200
    assert send(client, measurement_round, links[0]).status_code == 410
    assert client.get(url(measurement_round)).status_code == 403  # no open link
    assert Response.objects.get().via_invitation is True

    client.force_login(task_team)
    report = client.get(measurement_round.get_absolute_url()).content.decode()
    assert "alleen persoonlijke links (3 uitgegeven, 1 gebruikt)" in report
    assert "Verstuurd via persoonlijke links: 1; via de open link: 0." in report


def test_report_counts_each_way_in(client, instrument, task_team):
    measurement_round = make_round(instrument, max_responses=10)
    for _ in range(2):
        send(client.__class__(), measurement_round)
    client.force_login(task_team)
    report = client.get(measurement_round.get_absolute_url()).content.decode()
    assert "Toegang: een open link (neemt hooguit 10 verstuurde antwoorden aan)" in report
    assert "Verstuurd via persoonlijke links: 0; via de open link: 2." in report


def test_expected_number_defaults_to_the_lot_size(client, facilitator, lot, lot_member, delft):
    guest = LotMember.objects.create(lot=lot, email="ouder@example.org", role=LotRole.PARENT)
    LotMember.objects.create(lot=lot, user=lot_member, role=LotRole.GI_PRACTITIONER)
    assert lot.size() == 3 and guest.is_guest  # facilitator, member (two roles), guest
    client.force_login(facilitator)
    form = client.get(f"/leren/metingen/nieuw/?lot={lot.pk}").content.decode()
    assert re.search(r'name="max_responses" value="3"', form)
    data = {
        "title": "Nulmeting LOT",
        "kind": "baseline",
        "scope": "lot",
        "lot": lot.pk,
        "opens_on": "2026-01-01",
        "closes_on": "2026-12-31",
    }
    assert client.post("/leren/metingen/nieuw/", data).status_code == 302
    assert MeasurementRound.objects.get().max_responses == 3


def test_a_wider_round_needs_an_expected_number(client, task_team):
    client.force_login(task_team)
    data = {
        "title": "Regio",
        "kind": "baseline",
        "scope": "region",
        "opens_on": "2026-01-01",
        "closes_on": "2026-12-31",
    }
    refused = client.post("/leren/metingen/nieuw/", data)
    assert refused.status_code == 400
    assert "Vul in hoeveel respondenten je verwacht" in refused.content.decode()
    assert 'value="Regio"' in refused.content.decode()
    assert (
        client.post("/leren/metingen/nieuw/", {**data, "max_responses": "150"}).status_code == 302
    )
    assert MeasurementRound.objects.get().max_responses == 150


def test_facilitator_changes_the_expected_number(client, instrument, facilitator, lot):
    measurement_round = make_round(instrument, scope="lot", lot=lot, max_responses=2)
    client.force_login(facilitator)
    cap_url = f"/leren/meting/{measurement_round.pk}/verwacht-aantal/"
    bad = client.post(cap_url, {"max_responses": "0"})
    assert bad.status_code == 400
    assert client.post(cap_url, {"max_responses": "12"}).status_code == 302
    measurement_round.refresh_from_db()
    assert measurement_round.max_responses == 12
    outsider = member(lot.municipality, Role.PROFESSIONAL, email="buiten@example.org")
    client.force_login(outsider)
    assert client.post(cap_url, {"max_responses": "999"}).status_code in (403, 404)
    measurement_round.refresh_from_db()
    assert measurement_round.max_responses == 12


def send_at_once(count, send_one):
    """Run ``send_one`` in ``count`` threads released together; returns their outcomes."""
    from django.db import connection

    barrier, outcomes = threading.Barrier(count), []

    def run():
        try:
            barrier.wait()
            outcomes.append(send_one())
        except Exception as exc:  # noqa: BLE001  (the outcome is what the test looks at)
            outcomes.append(type(exc).__name__)
        finally:
            connection.close()

    threads = [threading.Thread(target=run) for _ in range(count)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    return outcomes


ANSWERS = {"org_type": "GI", "municipality": "Delft", "trained": True, "code": "",
           "items": {}, "grades": {}}  # fmt: skip


@pytest.mark.django_db(transaction=True)
def test_a_burst_cannot_overrun_the_cap_or_reuse_a_personal_link(instrument):
    measurement_round = make_round(instrument, max_responses=3)
    outcomes = send_at_once(
        8, lambda: save_answers(measurement_round, ANSWERS, final=True) and "sent"
    )
    assert sorted(outcomes) == ["RoundFull"] * 5 + ["sent"] * 3
    [token] = create_invitations(measurement_round, 1)
    invitation = RoundInvitation.objects.get()
    outcomes = send_at_once(
        4,
        lambda: (
            save_answers(
                measurement_round, ANSWERS, resume_key=token, final=True, invitation=invitation
            )
            and "sent"
        ),
    )
    assert sorted(outcomes) == ["InvitationUsed"] * 3 + ["sent"]
    assert measurement_round.responses.count() == 4
