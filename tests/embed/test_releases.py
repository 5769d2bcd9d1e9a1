"""An organisation pinned to a release sees the page as it was in that release."""

import datetime

import pytest

from embed.services import newer_release
from toolkit.models import ChangeNote, MethodRelease

pytestmark = pytest.mark.django_db


def publish_text(page, summary):
    page.summary = summary
    page.save_revision().publish()


@pytest.fixture
def releases(tree):
    weging = tree.weging
    publish_text(weging, "Tekst van versie 1.")
    first = MethodRelease.objects.create(
        version="1.0", title="Eerste versie", date=datetime.date(2026, 1, 10)
    )
    ChangeNote.objects.create(release=first, page=weging, kind="new", note="Nieuw.")
    first.published = True
    first.save()
    publish_text(weging, "Tekst van versie 2.")
    second = MethodRelease.objects.create(
        version="2.0", title="Tweede versie", date=datetime.date(2026, 6, 1)
    )
    ChangeNote.objects.create(release=second, page=weging, kind="amended", note="Herzien.")
    second.published = True
    second.save()
    return first, second


def test_pinned_organisation_sees_the_release_text(client, tree, delft_embed, releases):
    delft_embed.version, delft_embed.pinned_release = "pinned", "1.0"
    delft_embed.save()
    html = client.get("/embed/delft/bouwstenen/weging/").content.decode()
    assert "Tekst van versie 1." in html and "Tekst van versie 2." not in html
    assert "Versie 1.0 van de werkwijze" in html


def test_latest_shows_the_live_text(client, tree, delft_embed, releases):
    html = client.get("/embed/delft/bouwstenen/weging/").content.decode()
    assert "Tekst van versie 2." in html and "Versie 2.0 van de werkwijze" in html


def test_admin_is_told_about_a_newer_release(client, tree, delft_embed, releases, org_admin):
    delft_embed.version, delft_embed.pinned_release = "pinned", "1.0"
    delft_embed.save()
    assert newer_release(delft_embed).version == "2.0"
    client.force_login(org_admin)
    html = client.get("/organisaties/delft/intranet/").content.decode()
    assert "Er is een nieuwere versie van de werkwijze" in html
    assert "Je intranet toont versie 1.0. Sindsdien is versie 2.0" in html
    delft_embed.pinned_release = "2.0"
    delft_embed.save()
    assert newer_release(delft_embed) is None


def test_admin_can_pin_a_published_release(client, tree, releases, org_admin):
    client.force_login(org_admin)
    response = client.post(
        "/organisaties/delft/intranet/",
        {"origins": "", "primary_colour": "#0b5c8a", "version": "pinned", "pinned_release": "1.0"},
    )
    assert response.status_code == 302
    assert (
        client.get("/embed/delft/bouwstenen/weging/").content.decode().count("Tekst van versie 1.")
    )
