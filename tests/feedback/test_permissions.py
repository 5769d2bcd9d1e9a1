"""Who may do what with comments: professionals write, only method owners moderate."""

import datetime

import pytest
from django.urls import reverse
from django.utils import timezone

from learning.feedback.models import Comment, ModerationAction

from .conftest import STEP_ONE

pytestmark = pytest.mark.django_db


@pytest.fixture
def comment(article, professional):
    return Comment.objects.create(
        page=article,
        anchor=STEP_ONE,
        revision=article.live_revision,
        author=professional,
        kind="suggestion",
        body="<p>Voeg een voorbeeld toe.</p>",
    )


def test_anonymous_visitor_cannot_post_or_read(client, article, comment):
    response = client.post(reverse("feedback:comment_create"), {"page": article.pk, "body": "x"})
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]
    html = client.get(reverse("feedback:page_comments", args=[article.pk])).content.decode()
    assert "Voeg een voorbeeld toe" not in html


def test_professional_cannot_moderate(login, other_professional, comment):
    client = login(other_professional)
    assert client.get(reverse("feedback:comment_moderate", args=[comment.pk])).status_code == 403
    response = client.post(
        reverse("feedback:comment_moderate", args=[comment.pk]), {"reason": "weg ermee"}
    )
    assert response.status_code == 403
    assert client.get(f"/admin/feedback_comments/edit/{comment.pk}/").status_code in (302, 403)
    comment.refresh_from_db()
    assert not comment.is_hidden


def test_professional_cannot_edit_or_delete_someone_elses(login, other_professional, comment):
    client = login(other_professional)
    edit = client.post(
        reverse("feedback:comment_edit", args=[comment.pk]), {"kind": "error", "body": "Gehackt"}
    )
    assert edit.status_code == 403
    assert client.post(reverse("feedback:comment_delete", args=[comment.pk])).status_code == 403
    comment.refresh_from_db()
    assert comment.body == "<p>Voeg een voorbeeld toe.</p>"


def test_author_edits_within_15_minutes_then_no_more(login, professional, comment):
    client = login(professional)
    response = client.post(
        reverse("feedback:comment_edit", args=[comment.pk]),
        {"kind": "suggestion", "body": "Voeg twee voorbeelden toe."},
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.body == "<p>Voeg twee voorbeelden toe.</p>" and comment.edited_at
    Comment.objects.filter(pk=comment.pk).update(
        created_at=timezone.now() - datetime.timedelta(minutes=16)
    )
    late = client.post(
        reverse("feedback:comment_edit", args=[comment.pk]), {"kind": "error", "body": "Te laat"}
    )
    assert late.status_code == 403
    assert client.post(reverse("feedback:comment_delete", args=[comment.pk])).status_code == 403


def test_author_deletes_own_comment(login, professional, comment):
    response = login(professional).post(reverse("feedback:comment_delete", args=[comment.pk]))
    assert response.status_code == 302
    assert not Comment.objects.exists()


def test_hidden_comment_invisible_to_others_marked_for_author(
    login, editor, professional, other_professional, article, comment
):
    response = login(editor).post(
        reverse("feedback:comment_moderate", args=[comment.pk]), {"reason": "Bevat een naam"}
    )
    assert response.status_code == 302
    comment.refresh_from_db()
    assert comment.is_hidden
    action = ModerationAction.objects.get()
    assert (action.action, action.reason, action.by) == ("hide", "Bevat een naam", editor)
    url = reverse("feedback:page_comments", args=[article.pk])
    assert "Voeg een voorbeeld toe" not in login(other_professional).get(url).content.decode()
    own = login(professional).get(url).content.decode()
    assert "Voeg een voorbeeld toe" in own and "verborgen door een moderator" in own
    assert "Voeg een voorbeeld toe" in login(editor).get(url).content.decode()
    # Hidden comments cannot be reported or edited by others either.
    assert (
        login(other_professional)
        .get(reverse("feedback:comment_report", args=[comment.pk]))
        .status_code
        == 404
    )
    login(editor).post(
        reverse("feedback:comment_moderate", args=[comment.pk]), {"reason": "Naam is weg"}
    )
    comment.refresh_from_db()
    assert not comment.is_hidden
    assert ModerationAction.objects.count() == 2


def test_moderation_needs_a_reason(login, editor, comment):
    response = login(editor).post(reverse("feedback:comment_moderate", args=[comment.pk]), {})
    assert response.status_code == 200
    assert "reden" in response.content.decode().lower()
    comment.refresh_from_db()
    assert not comment.is_hidden


def test_moderation_in_wagtail_admin_with_reason(login, task_team, comment):
    client = login(task_team)
    index = client.get("/admin/feedback_comments/")
    assert index.status_code == 200
    url = f"/admin/feedback_comments/edit/{comment.pk}/"
    assert client.get(url).status_code == 200
    missing = client.post(url, {"is_hidden": "on"})
    assert missing.status_code == 200
    comment.refresh_from_db()
    assert not comment.is_hidden
    client.post(url, {"is_hidden": "on", "reason": "Persoonsgegevens"})
    comment.refresh_from_db()
    assert comment.is_hidden and comment.hidden_reason == "Persoonsgegevens"
    assert ModerationAction.objects.get().by == task_team


def test_anyone_logged_in_may_report(login, other_professional, comment):
    response = login(other_professional).post(
        reverse("feedback:comment_report", args=[comment.pk]), {"reason": "Niet respectvol"}
    )
    assert response.status_code == 302
    assert comment.reports.get().reason == "Niet respectvol"


def test_name_hidden_from_other_readers_but_not_from_editors(
    login, professional, other_professional, editor, article
):
    professional.display_name = "Lotte Jansen"
    professional.save()
    Comment.objects.create(
        page=article,
        anchor=STEP_ONE,
        author=professional,
        kind="barrier",
        body="<p>Regel blokkeert</p>",
        hide_name=True,
    )
    url = reverse("feedback:page_comments", args=[article.pk])
    other = login(other_professional).get(url).content.decode()
    assert "Regel blokkeert" in other and "Lotte Jansen" not in other
    assert "Lotte Jansen" in login(editor).get(url).content.decode()
