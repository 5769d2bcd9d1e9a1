"""Production security settings, checked in a subprocess that loads the production settings,
and allauth's login rate limit, checked through the test client."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.urls import reverse

from tests.site.factories import PASSWORD

ROOT = Path(__file__).resolve().parents[2]

PROBE = """
import json
from django.conf import settings as s
from django.test import Client
client = Client()
secure = client.get('/healthz', secure=True, HTTP_HOST='samenspel.example')
plain = client.get('/accounts/login/', HTTP_HOST='samenspel.example')
print(json.dumps({
    'hsts': secure.get('Strict-Transport-Security'),
    'plain_status': plain.status_code,
    'plain_location': plain.get('Location'),
    'session_cookie_secure': s.SESSION_COOKIE_SECURE,
    'session_cookie_httponly': s.SESSION_COOKIE_HTTPONLY,
    'session_cookie_samesite': s.SESSION_COOKIE_SAMESITE,
    'csrf_cookie_secure': s.CSRF_COOKIE_SECURE,
    'debug': s.DEBUG,
    'nosniff': secure.get('X-Content-Type-Options'),
    'referrer_policy': secure.get('Referrer-Policy'),
    'csp': secure.get('Content-Security-Policy'),
}))
"""


@pytest.fixture(scope="module")
def production(tmp_path_factory):
    unwanted = {"SECRET_KEY", "DATABASE_URL", "DJANGO_ALLOW_ASYNC_UNSAFE", "REDIS_URL"}
    env = {k: v for k, v in os.environ.items() if k not in unwanted}
    env.update(
        DJANGO_SETTINGS_MODULE="samenspel.settings.production",
        SECRET_KEY="production-probe-" + "x" * 50,
        ALLOWED_HOSTS="samenspel.example",
        SAMENSPEL_VAR_DIR=str(tmp_path_factory.mktemp("var")),
    )
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", PROBE],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_hsts_for_a_year_with_subdomains(production):
    assert production["hsts"] == "max-age=31536000; includeSubDomains; preload"


def test_production_redirects_plain_http_to_https(production):
    assert production["plain_status"] == 301
    assert production["plain_location"] == "https://samenspel.example/accounts/login/"


def test_production_cookies_are_secure_httponly_and_same_site(production):
    assert production["session_cookie_secure"] is True
    assert production["session_cookie_httponly"] is True
    assert production["session_cookie_samesite"] == "Lax"
    assert production["csrf_cookie_secure"] is True
    assert production["debug"] is False


def test_production_sends_nosniff_referrer_policy_and_csp(production):
    assert production["nosniff"] == "nosniff"
    assert production["referrer_policy"] == "strict-origin-when-cross-origin"
    assert "frame-ancestors 'none'" in production["csp"]
    assert "script-src 'self'" in production["csp"]


@pytest.mark.django_db
def test_login_is_rate_limited_per_account(client, professional):
    login = reverse("account_login")
    for _attempt in range(5):
        response = client.post(login, {"login": professional.email, "password": "fout-123456"})
        assert response.status_code == 200
        assert "_auth_user_id" not in client.session
    # Even the right password is refused until the limit window has passed.
    response = client.post(login, {"login": professional.email, "password": PASSWORD})
    assert "_auth_user_id" not in client.session
    assert response.status_code in (200, 429)
    assert "Te veel" in response.content.decode() or response.status_code == 429
