"""Following building blocks and chapters (the button in the toolkit's page-action slot), the
page to manage what you follow, and the weekly digest through the real task and e-mail backend."""

import pytest
from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from learning.feedback.models import NotificationPreference, PageFollow
from samenspel.models import StandardPage
from samenspel.pagecache import HIT_HEADER
from tests.toolkit.factories import (
    BuildingBlockIndexPageFactory,
    BuildingBlockPageFactory,
    ChangeNoteFactory,
    ChapterPageFactory,
    HandbookPageFactory,
    MethodReleaseFactory,
    publish,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def block(home):
    index = BuildingBlockIndexPageFactory(parent=home)
    return publish(BuildingBlockPageFactory(parent=index, title="Tijdslijn", slug="tijdslijn"))


@pytest.fixture
def chapter(home):
    handbook = HandbookPageFactory(parent=home)
    return publish(ChapterPageFactory(parent=handbook, title="Samen wegen", slug="samen-wegen"))


def follow_url(page):
    return reverse("feedback:toggle_follow", args=[page.pk])


def edit(page, editor, summary):
    """An editor publishes a change, as in the admin."""
    page = page.get_latest_revision_as_object()
    page.summary = summary
    page.save_revision(user=editor).publish()
    page.refresh_from_db()
    return page


def quiet_send_digests():
    call_command("send_digests", stdout=open("/dev/null", "w"))  # noqa: SIM115


def test_members_get_the_button_anonymous_readers_a_shared_page(client, professional, block):
    cache.clear()
    html = client.get(block.url).content.decode()
    assert follow_url(block) not in html
    assert client.get(block.url)[HIT_HEADER] == "hit"  # still shared: no per-reader part

    client.force_login(professional)
    response = client.get(block.url)
    html = response.content.decode()
    assert f'action="{follow_url(block)}"' in html
    assert 'name="csrfmiddlewaretoken"' in html
    assert ">Volgen</button>" in html
    assert HIT_HEADER not in response
    assert "no-store" in response["Cache-Control"]


def test_follow_and_unfollow_without_javascript(client, professional, block, chapter):
    client.force_login(professional)
    response = client.post(follow_url(block), {"follow": "1", "next": block.url})
    assert response.status_code == 302 and response["Location"] == block.url
    assert PageFollow.objects.filter(user=professional, page=block).count() == 1
    client.post(follow_url(block), {"follow": "1"})  # twice: still one row, still following
    assert PageFollow.objects.filter(user=professional, page=block).count() == 1
    assert ">Niet meer volgen</button>" in client.get(block.url).content.decode()

    client.post(follow_url(chapter), {"follow": "1"})
    assert ">Niet meer volgen</button>" in client.get(chapter.url).content.decode()

    client.post(follow_url(block), {"follow": "0"})
    assert not PageFollow.objects.filter(user=professional, page=block).exists()
    assert PageFollow.objects.filter(user=professional, page=chapter).exists()


def test_anonymous_visitors_cannot_follow(client, block):
    response = client.post(follow_url(block), {"follow": "1"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    assert not PageFollow.objects.exists()
    response = client.get(reverse("feedback:follows"))
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


@pytest.mark.parametrize(
    "data",
    [
        {"follow": "ja"},
        {"follow": ["1", "0", "x" * 5000]},
        {"follow": "1", "next": "x" * 3000},
    ],
)
def test_hostile_follow_requests_get_a_clear_answer(client, professional, block, data):
    client.force_login(professional)
    response = client.post(follow_url(block), data)
    assert response.status_code in (302, 400)
    assert response.status_code == 400 or PageFollow.objects.filter(user=professional).count() <= 1


def test_only_followable_visible_pages_and_safe_redirects(client, professional, block, home):
    client.force_login(professional)
    plain = home.add_child(instance=StandardPage(title="Colofon", slug="colofon"))
    assert client.post(follow_url(plain), {"follow": "1"}).status_code == 404
    assert client.post(reverse("feedback:toggle_follow", args=[999999])).status_code == 404
    assert client.get(follow_url(block)).status_code == 405
    response = client.post(follow_url(block), {"follow": "1", "next": "https://evil.example/"})
    assert response["Location"] == block.url
    restricted = PageViewRestriction.objects.create(
        page=block, restriction_type=PageViewRestriction.GROUPS
    )
    assert client.post(follow_url(block), {"follow": "0"}).status_code == 404
    restricted.delete()


def test_a_member_sees_and_changes_only_their_own_follows(
    client, professional, other_professional, block, chapter
):
    PageFollow.objects.create(user=other_professional, page=chapter)
    PageFollow.objects.create(user=professional, page=block)
    client.force_login(professional)
    html = client.get(reverse("feedback:follows")).content.decode()
    assert "Tijdslijn" in html and "Samen wegen" not in html
    client.post(follow_url(chapter), {"follow": "0"})  # their own follow of it: none
    assert PageFollow.objects.filter(user=other_professional, page=chapter).exists()


def test_the_follows_page_switches_the_weekly_email(client, professional, block):
    client.force_login(professional)
    client.post(follow_url(block), {"follow": "1"})
    response = client.post(reverse("feedback:follows"), {"weekly_digest": "on"})
    assert response.status_code == 302
    assert NotificationPreference.objects.get(user=professional).weekly_digest
    client.post(reverse("feedback:follows"), {})
    assert not NotificationPreference.objects.get(user=professional).weekly_digest


def test_weekly_digest_tells_what_changed_in_what_you_follow(
    client, professional, other_professional, editor, block, chapter
):
    client.force_login(professional)
    client.post(follow_url(block), {"follow": "1"})
    client.post(reverse("feedback:follows"), {"weekly_digest": "on"})
    NotificationPreference.objects.create(user=other_professional, weekly_digest=True)
    PageFollow.objects.create(user=other_professional, page=chapter)
    quiet_send_digests()
    assert mail.outbox == []  # nothing changed since following

    block = edit(block, editor, "Nu met een voorbeeld van een tijdslijn.")
    release = MethodReleaseFactory(version="2.0", title="Najaar", date=timezone.localdate())
    ChangeNoteFactory(release=release, page=block, note="Voorbeeld toegevoegd.")
    quiet_send_digests()
    assert [m.to for m in mail.outbox] == [[professional.email]]
    body = mail.outbox[0].body
    assert "Tijdslijn" in body and block.url in body
    assert "Versie 2.0 van de werkwijze: Voorbeeld toegevoegd." in body
    assert reverse("feedback:follows") in body
    assert "Samen wegen" not in body

    quiet_send_digests()
    assert len(mail.outbox) == 1  # not repeated the next week


def test_the_digest_leaves_out_pages_you_may_no_longer_read(client, professional, editor, block):
    PageFollow.objects.create(user=professional, page=block)
    NotificationPreference.objects.create(user=professional, weekly_digest=True)
    edit(block, editor, "Gewijzigd.")
    PageViewRestriction.objects.create(page=block, restriction_type=PageViewRestriction.GROUPS)
    quiet_send_digests()
    assert mail.outbox == []
