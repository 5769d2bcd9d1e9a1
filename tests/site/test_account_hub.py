"""The account hub (/account/): everything about your own account on one page."""

import pytest
from django.urls import reverse

pytestmark = pytest.mark.django_db

HUB = reverse("samenspel:account")


def test_anonymous_visitors_are_sent_to_log_in(client):
    for url in (HUB, reverse("samenspel:profile")):
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_the_hub_links_every_account_page(client, professional, home):
    client.force_login(professional)
    html = client.get(HUB).content.decode()
    for url in (
        reverse("samenspel:profile"),
        reverse("account_email"),
        reverse("account_change_password"),
        reverse("mfa_index"),
        reverse("feedback:follows"),
        reverse("feedback:preferences"),
        reverse("privacy:my_data"),
        reverse("samenspel:my_organisations"),
    ):
        assert f'href="{url}"' in html, url
    assert "Twee-staps" in html or "Tweestaps" in html
    assert professional.email in html


def test_the_header_account_link_opens_the_hub(client, professional, home):
    client.force_login(professional)
    html = client.get(reverse("feedback:follows")).content.decode()
    assert f'<a href="{HUB}">Account</a>' in html


def test_a_member_changes_only_their_own_name(client, professional, other_professional):
    client.force_login(professional)
    url = reverse("samenspel:profile")
    response = client.post(url, {"first_name": "Noor", "last_name": "Visser", "display_name": "N."})
    assert response.status_code == 302
    professional.refresh_from_db()
    other_professional.refresh_from_db()
    assert professional.display_name == "N." and professional.first_name == "Noor"
    assert other_professional.first_name != "Noor"


def test_bad_input_keeps_what_was_typed(client, professional):
    client.force_login(professional)
    long_name = "x" * 500
    response = client.post(
        reverse("samenspel:profile"), {"first_name": "Noor", "display_name": long_name}
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert long_name in html and 'value="Noor"' in html
    assert "form-errors" in html or "_error" in html
