"""Issue 13, finding 6: the remark limits are per client address, over every page."""

import re

import pytest
from django.test import override_settings

from embed.models import EmbedRemark

pytestmark = pytest.mark.django_db

PAGES = [
    "/embed/delft/bouwstenen/weging/",
    "/embed/delft/bouwstenen/tijdslijn/",
    "/embed/delft/handboek/",
    "/embed/delft/handboek/privacy/",
]
CAP = {"embed-remark": "5/h"}  # the production cap is 30 per hour; 3 per page stays


def post(client, url, text="Goed stuk", **extra):
    html = client.get(url, **extra).content.decode()
    token = re.search(r'name="token" value="([^"]+)"', html).group(1)
    return client.post(url, {"token": token, "helpful": "ja", "remark": text}, **extra)


@override_settings(SAMENSPEL_RATE_LIMITS=CAP)
def test_one_address_is_capped_over_all_pages(client, tree, delft_embed):
    statuses = [post(client, PAGES[i // 2]).status_code for i in range(5)]
    assert statuses == [303] * 5  # five remarks spread over three pages
    refused = post(client, PAGES[3], text="Mijn zesde opmerking")
    assert refused.status_code == 429
    html = refused.content.decode()
    assert "Probeer het later" in html and "Mijn zesde opmerking" in html
    assert EmbedRemark.objects.count() == 5
    # Another address is not affected.
    assert post(client, PAGES[3], REMOTE_ADDR="192.0.2.7").status_code == 303


@override_settings(SAMENSPEL_RATE_LIMITS=CAP, SAMENSPEL_TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_clients_are_counted_apart(client, tree, delft_embed):
    first = {"HTTP_X_FORWARDED_FOR": "198.51.100.1", "REMOTE_ADDR": "10.0.0.2"}
    second = {"HTTP_X_FORWARDED_FOR": "198.51.100.2", "REMOTE_ADDR": "10.0.0.2"}
    assert [post(client, PAGES[i // 2], **first).status_code for i in range(5)] == [303] * 5
    assert post(client, PAGES[3], **first).status_code == 429
    # A forged entry on the left does not give the first client a fresh bucket ...
    forged = {**first, "HTTP_X_FORWARDED_FOR": "203.0.113.50, 198.51.100.1"}
    assert post(client, PAGES[3], **forged).status_code == 429
    # ... while a different client behind the same proxy still gets through.
    assert post(client, PAGES[3], **second).status_code == 303
