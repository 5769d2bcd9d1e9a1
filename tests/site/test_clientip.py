"""Issue 13, finding 6: one client-IP function behind a configurable trusted-proxy count."""

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest
from allauth.account.adapter import get_adapter
from django.conf import settings
from django.test import RequestFactory, override_settings

from samenspel.clientip import client_ip, client_network, rate_key

ROOT = Path(__file__).resolve().parents[2]
PRODUCT = ("site", "learning", "casebank", "toolkit", "embed", "templates")
READS_ADDRESS = re.compile(r"REMOTE_ADDR|X[-_]FORWARDED[-_]FOR", re.IGNORECASE)
# Files that may name the address headers, each with its reason.
NAMES_ADDRESS = {
    "site/clientip.py": "the one function that reads the client's address",
    "site/exceptionreporter.py": "names them only to hide them from the error e-mail",
}


def request(remote="10.0.0.5", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_trusted_proxies_the_header_is_ignored():
    assert settings.SAMENSPEL_TRUSTED_PROXY_COUNT == 0
    assert client_ip(request(forwarded="198.51.100.9")) == "10.0.0.5"


@override_settings(SAMENSPEL_TRUSTED_PROXY_COUNT=1)
def test_one_proxy_takes_the_address_it_appended():
    # The client may write anything on the left; only the rightmost entry is the proxy's.
    assert client_ip(request(forwarded="6.6.6.6, 198.51.100.9")) == "198.51.100.9"
    assert client_ip(request(forwarded=" 198.51.100.9 ")) == "198.51.100.9"
    assert client_ip(request(forwarded="198.51.100.9:4711")) == "198.51.100.9"
    assert client_ip(request(forwarded="[2001:db8::1]:443")) == "2001:db8::1"


@override_settings(SAMENSPEL_TRUSTED_PROXY_COUNT=2)
def test_two_proxies_take_the_second_address_from_the_right():
    assert client_ip(request(forwarded="6.6.6.6, 198.51.100.9, 10.0.0.2")) == "198.51.100.9"


@pytest.mark.parametrize(
    "forwarded", [None, "", "not-an-address", "198.51.100.9, <script>", ",,,", "1.2.3.4.5"]
)
@override_settings(SAMENSPEL_TRUSTED_PROXY_COUNT=1)
def test_missing_or_malformed_header_falls_back_to_the_proxy_address(forwarded):
    assert client_ip(request(forwarded=forwarded)) == "10.0.0.5"


@override_settings(SAMENSPEL_TRUSTED_PROXY_COUNT=3)
def test_header_shorter_than_the_proxy_count_falls_back():
    assert client_ip(request(forwarded="198.51.100.9, 10.0.0.2")) == "10.0.0.5"


def test_unusable_remote_address_is_still_a_string():
    assert client_ip(request(remote="")) == "unknown"


def test_ipv6_is_counted_per_64_network_and_keys_never_hold_the_address():
    one, other = request(remote="2001:db8:1:2::1"), request(remote="2001:db8:1:2:ffff::9")
    assert client_network(one) == client_network(other) == "2001:db8:1:2::"
    assert rate_key("g", one) == rate_key("g", other)
    assert "2001" not in rate_key("g", one) and "10.0.0.5" not in rate_key("g", request())


def test_allauth_gets_the_same_proxy_count():
    assert settings.ALLAUTH_TRUSTED_PROXY_COUNT == settings.SAMENSPEL_TRUSTED_PROXY_COUNT


@override_settings(SAMENSPEL_TRUSTED_PROXY_COUNT=1)
def test_allauth_counts_the_same_client():
    forwarded = request(forwarded="6.6.6.6, 198.51.100.9")
    assert get_adapter(forwarded).get_client_ip(forwarded) == "198.51.100.9"


def test_django_ratelimit_uses_the_same_function():
    assert settings.RATELIMIT_IP_META_KEY == "samenspel.clientip.client_ip"


def test_no_product_code_reads_the_address_but_the_client_ip_module():
    offenders = []
    for package in PRODUCT:
        for path in (ROOT / package).rglob("*"):
            if path.suffix not in {".py", ".html", ".txt"}:
                continue
            if str(path.relative_to(ROOT)) in NAMES_ADDRESS:
                continue
            if READS_ADDRESS.search(path.read_text(errors="replace")):
                offenders.append(str(path.relative_to(ROOT)))
    assert offenders == []


def test_trusted_proxy_count_comes_from_the_environment():
    code = "from django.conf import settings as s; print(s.SAMENSPEL_TRUSTED_PROXY_COUNT, s.ALLAUTH_TRUSTED_PROXY_COUNT)"
    environment = {**os.environ, "TRUSTED_PROXY_COUNT": "2"}
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-v", "0", "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.stdout.split() == ["2", "2"], result.stderr
