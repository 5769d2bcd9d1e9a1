"""Method releases, history per page, pages as in a release, and the public diff."""

import pytest
from django.urls import reverse

from toolkit.diff import diff_pages, published_revisions, word_diff
from toolkit.models import BuildingBlockPage, ChangeNote, MethodRelease


def test_word_diff_marks_insertions_and_deletions():
    segments = word_diff("het gezin tekent", "het hele gezin tekent niet")
    assert any(op == "ins" and text.strip() == "hele" for op, text in segments)
    assert "".join(text for op, text in segments if op != "del") == "het hele gezin tekent niet"
    assert "".join(text for op, text in segments if op != "ins") == "het gezin tekent"


@pytest.mark.django_db
def test_demo_releases_history_old_version_and_diff(toolkit_site, client):
    assert list(MethodRelease.objects.published().values_list("version", flat=True)) == [
        "1.1",
        "1.0",
    ]
    privacy = BuildingBlockPage.objects.get(slug="privacy")
    assert privacy.current_version.version == "1.1"
    samenwerking = BuildingBlockPage.objects.get(slug="samenwerking")
    assert samenwerking.current_version.version == "1.0"

    # The page shows its own history with a link to the diff.
    html = client.get(privacy.url).content.decode()
    assert "Gewijzigd in 1.1" in html and "Nieuw in 1.0" in html
    old, new = (
        note.revision_id
        for note in ChangeNote.objects.filter(page=privacy).order_by("release__date")
    )
    diff_url = reverse("toolkit:page_diff", args=[privacy.pk, old, new])
    assert diff_url in html

    # The diff shows the added step about the right to refuse as inserted text.
    response = client.get(diff_url)
    assert response.status_code == 200
    diff_html = response.content.decode()
    assert "Wat is er veranderd?" in diff_html
    assert (
        '<ins class="diff-ins">' in diff_html and "Het recht om te weigeren bespreken" in diff_html
    )
    sections = diff_pages(*(r.as_object() for r in published_revisions(privacy)))
    assert any(s.status == "added" and "weigeren" in s.label for s in sections)

    # A stable URL for the page as it was in 1.0, with a banner pointing to the current version.
    response = client.get(reverse("toolkit:page_at_release", args=["1.0", privacy.pk]))
    old_html = response.content.decode()
    assert response.status_code == 200
    assert "Dit is niet de huidige versie" in old_html
    assert reverse("toolkit:page_at_release", args=["1.1", privacy.pk]) in old_html
    assert "Het recht om te weigeren bespreken" not in old_html
    current = client.get(reverse("toolkit:page_at_release", args=["1.1", privacy.pk]))
    assert "Het recht om te weigeren bespreken" in current.content.decode()

    # A block new in 1.1 did not exist in 1.0.
    new_block = BuildingBlockPage.objects.get(slug="handleiding-voor-het-gezin")
    url = reverse("toolkit:page_at_release", args=["1.0", new_block.pk])
    assert client.get(url).status_code == 404

    # The change log and the release page list the change notes.
    log = client.get(reverse("toolkit:change_log")).content.decode()
    assert "Versie 1.1" in log and privacy.title in log
    release = client.get(reverse("toolkit:release_detail", args=["1.0"])).content.decode()
    assert "Dit is een oudere versie van de werkwijze" in release


@pytest.mark.django_db
def test_diff_never_shows_drafts_or_unpublished_pages(privacy_in_two_releases, client):
    page = privacy_in_two_releases
    live_revision = page.live_revision_id
    page.summary = "GEHEIM CONCEPT"
    draft = page.save_revision()
    assert (
        client.get(
            reverse("toolkit:page_diff", args=[page.pk, live_revision, draft.pk])
        ).status_code
        == 404
    )
    compare = client.get(reverse("toolkit:compare_versions", args=[page.pk]))
    assert "GEHEIM" not in compare.content.decode()
    choices = [value for value, _label in compare.context["form"].fields["to_revision"].choices]
    assert draft.pk not in choices and live_revision in choices
    # The compare form leads to the diff.
    first = choices[0]
    response = client.get(
        reverse("toolkit:compare_versions", args=[page.pk]),
        {"from_revision": first, "to_revision": live_revision},
    )
    assert response.status_code == 302
    assert response["Location"] == reverse(
        "toolkit:page_diff", args=[page.pk, first, live_revision]
    )
    # Same version twice: a Dutch message, no redirect.
    response = client.get(
        reverse("toolkit:compare_versions", args=[page.pk]),
        {"from_revision": first, "to_revision": first},
    )
    assert "Kies twee verschillende versies." in response.content.decode()
    page.unpublish()
    assert (
        client.get(reverse("toolkit:page_diff", args=[page.pk, first, live_revision])).status_code
        == 404
    )


@pytest.mark.django_db
def test_publishing_a_release_pins_live_revisions(building_block):
    page = building_block
    release = MethodRelease.objects.create(version="1.2", title="Test", date="2027-03-01")
    note = ChangeNote.objects.create(release=release, page=page, kind="amended", note="x")
    assert note.revision_id is None
    release.published = True
    release.save()
    note.refresh_from_db()
    assert note.revision_id == page.live_revision_id
    page.refresh_from_db()
    assert page.specific.current_version.version == "1.2"
