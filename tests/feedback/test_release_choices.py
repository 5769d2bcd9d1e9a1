"""'Verwerkt in release' offers only published releases, and the public register links to the
release's public page."""

import datetime

import pytest
from django.urls import reverse

from learning.feedback import services
from learning.feedback.forms import StatusChangeForm
from toolkit.models import MethodRelease

pytestmark = pytest.mark.django_db


@pytest.fixture
def draft(db):
    return MethodRelease.objects.create(
        version="1.2", title="Najaarsrelease", date=datetime.date(2026, 10, 1)
    )


def test_status_form_offers_only_published_releases(decided_item, release, draft):
    choices = StatusChangeForm(item=decided_item).fields["release"].queryset
    assert list(choices) == [release]


def test_a_draft_release_is_refused(login, task_team, decided_item, release, draft):
    client = login(task_team)
    url = reverse("feedback:item_detail", args=[decided_item.pk])
    page = client.get(url).content.decode()
    assert "Voorjaarsrelease" in page and "Najaarsrelease" not in page
    response = client.post(url, {"to_status": "released", "release": draft.pk})
    assert response.status_code == 400
    decided_item.refresh_from_db()
    assert decided_item.status == "decided" and decided_item.release is None


def test_register_links_to_the_public_release_page(login, task_team, decided_item, release):
    client = login(task_team)
    url = reverse("feedback:item_detail", args=[decided_item.pk])
    assert client.post(url, {"to_status": "released", "release": release.pk}).status_code == 302
    client.logout()
    register = client.get(reverse("feedback:register_detail", args=[decided_item.pk]))
    release_url = reverse("toolkit:release_detail", args=["1.1"])
    assert f'<a href="{release_url}">1.1 – Voorjaarsrelease</a>' in register.content.decode()
    assert client.get(release_url).status_code == 200


def test_register_does_not_link_a_withdrawn_release(client, editor, decided_item, release):
    services.change_status(decided_item, to_status="released", release=release, by=editor)
    release.published = False
    release.save()
    html = client.get(reverse("feedback:register_detail", args=[decided_item.pk])).content.decode()
    assert "1.1 – Voorjaarsrelease" in html
    assert reverse("toolkit:release_detail", args=["1.1"]) not in html


def test_the_service_refuses_a_draft_release_too(editor, decided_item, draft):
    with pytest.raises(services.TransitionError):
        services.change_status(decided_item, to_status="released", release=draft, by=editor)
    decided_item.refresh_from_db()
    assert decided_item.status == "decided" and decided_item.release is None


def test_without_a_published_release_the_form_says_so(decided_item, draft):
    form = StatusChangeForm({"to_status": "released"}, item=decided_item)
    assert "release" not in form.fields
    assert not form.is_valid()
    assert "Er is nog geen gepubliceerde versie van de werkwijze." in str(form.non_field_errors())
