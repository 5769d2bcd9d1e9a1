"""Issue 13, finding 6: sign-up is an anonymous write with a cap per client address."""

import pytest
from django.conf import settings
from django.test import override_settings

pytestmark = pytest.mark.django_db

SIGNUP = "/accounts/signup/"


def attempt(client, number, **extra):
    # Passwords that do not match: a form error, nothing stored; it still counts as an attempt.
    data = {"email": f"nieuw{number}@example.org", "password1": "a" * 12, "password2": "b" * 12}
    return client.post(SIGNUP, data, **extra)


def test_signup_is_capped_per_address():
    assert settings.ACCOUNT_RATE_LIMITS["signup"] == "10/h/ip"


def test_eleventh_signup_from_one_address_is_refused_in_dutch(client):
    assert [attempt(client, n).status_code for n in range(10)] == [200] * 10
    refused = attempt(client, 10)
    assert refused.status_code == 429
    assert "Te veel pogingen" in refused.content.decode()
    assert attempt(client, 11, REMOTE_ADDR="192.0.2.7").status_code == 200


@override_settings(SAMENSPEL_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_signups_are_counted_per_client(client):
    one = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.1"}
    two = {"REMOTE_ADDR": "10.0.0.2", "HTTP_X_FORWARDED_FOR": "198.51.100.2"}
    assert [attempt(client, n, **one).status_code for n in range(10)] == [200] * 10
    assert attempt(client, 10, **one).status_code == 429
    assert attempt(client, 11, **two).status_code == 200
