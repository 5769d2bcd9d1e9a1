"""'Verwerkt in release X' points at a toolkit MethodRelease; a release lists what it resolved."""

import datetime

import pytest
from django.template import Context, Template
from django.urls import reverse

from learning.feedback import services
from toolkit.models import MethodRelease

pytestmark = pytest.mark.django_db


def test_processing_needs_a_release_in_the_form(login, task_team, decided_item, release):
    client = login(task_team)
    url = reverse("feedback:item_detail", args=[decided_item.pk])
    missing = client.post(url, {"to_status": "released"})
    assert missing.status_code == 400
    assert "Kies de release" in missing.content.decode()
    done = client.post(url, {"to_status": "released", "release": release.pk})
    assert done.status_code == 302
    decided_item.refresh_from_db()
    assert decided_item.status == "released" and decided_item.release == release
    html = client.get(reverse("feedback:register_detail", args=[decided_item.pk])).content.decode()
    assert "1.1" in html and "Voorjaarsrelease" in html


def test_release_lists_resolved_items(editor, decided_item, release):
    services.change_status(decided_item, to_status="released", release=release, by=editor)
    template = Template("{% load toolkit_tags %}{% release_extras release %}")
    html = template.render(Context({"release": release}))
    assert "Voorbeeld bij de tijdslijn" in html
    other = MethodRelease.objects.create(
        version="1.2", title="Later", date=datetime.date(2026, 9, 1)
    )
    assert "Voorbeeld bij de tijdslijn" not in template.render(Context({"release": other}))
