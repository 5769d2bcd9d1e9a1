"""/.well-known/security.txt (RFC 9116) and the disclosure policy it links to."""

import datetime

import pytest
from django.utils import timezone

pytestmark = pytest.mark.django_db


def fields(response):
    return dict(line.split(": ", 1) for line in response.content.decode().splitlines() if line)


def test_security_txt_is_plain_text_with_the_required_fields(client, settings):
    settings.SECURITY_CONTACT = "mailto:security@regio.example"
    response = client.get("/.well-known/security.txt")
    assert response.status_code == 200
    assert response["Content-Type"] == "text/plain; charset=utf-8"
    found = fields(response)
    assert found["Contact"] == "mailto:security@regio.example"
    assert found["Preferred-Languages"] == "nl, en"
    assert found["Canonical"] == "http://testserver/.well-known/security.txt"
    assert found["Policy"] == "http://testserver/beveiliging/melden/"


def test_expires_is_computed_and_less_than_a_year_ahead(client):
    expires = datetime.datetime.strptime(
        fields(client.get("/.well-known/security.txt"))["Expires"], "%Y-%m-%dT%H:%M:%SZ"
    ).replace(tzinfo=datetime.UTC)
    now = timezone.now()
    assert now + datetime.timedelta(days=90) < expires < now + datetime.timedelta(days=365)


def test_the_policy_page_is_in_dutch_and_names_the_contact(client):
    response = client.get("/beveiliging/melden/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Een kwetsbaarheid melden" in html
    assert "security@samenspel.example" in html
