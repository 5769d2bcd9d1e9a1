"""Comment bodies are cleaned; bad input gets a Dutch message and the typed text is kept."""

import pytest
from django.test import override_settings
from django.urls import reverse

from learning.feedback.models import Comment
from learning.feedback.sanitize import sanitise_comment

from .conftest import STEP_ONE

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Hallo <script>alert('x')</script>wereld", "<p>Hallo wereld</p>"),
        ('<p onclick="steal()">Tekst</p>', "<p>Tekst</p>"),
        ('<p><img src="x" onerror="steal()">Tekst</p>', "<p>Tekst</p>"),
        (
            '<p><a href="javascript:alert(1)">klik</a></p>',
            '<p><a rel="nofollow noopener">klik</a></p>',
        ),
        (
            '<p><a href="https://example.org" target="_blank" rel="opener">zie</a></p>',
            '<p><a href="https://example.org" rel="nofollow noopener">zie</a></p>',
        ),
        (
            "Zie https://example.org\n\nTweede alinea\nregel",
            '<p>Zie <a href="https://example.org" rel="nofollow noopener">https://example.org</a>'
            "</p><p>Tweede alinea<br>regel</p>",
        ),
        (
            "<strong>vet</strong> en <em>schuin</em>",
            "<p><strong>vet</strong> en <em>schuin</em></p>",
        ),
        ("<ul><li>een</li></ul><h1>kop</h1>", "<ul><li>een</li></ul>\nkop"),
    ],
)
def test_sanitiser(raw, expected):
    assert sanitise_comment(raw) == expected


def comment_post(client, page, text):
    return client.post(
        reverse("feedback:comment_create"),
        {
            "page": page.pk,
            "revision": page.live_revision_id,
            "anchor": STEP_ONE,
            "kind": "error",
            "body": text,
        },
    )


def test_over_long_comment_is_refused_and_text_kept(login, professional, article):
    text = "Dit is een lange reactie. " * 200  # > 4,000 characters
    response = comment_post(login(professional), article, text)
    html = response.content.decode()
    assert response.status_code == 400
    assert Comment.objects.count() == 0
    assert "te lang" in html
    assert "Dit is een lange reactie. Dit is een lange reactie." in html


def test_only_script_is_refused_with_dutch_message(login, professional, article):
    response = comment_post(login(professional), article, "<script>alert(1)</script>")
    assert response.status_code == 400
    assert "geen leesbare tekst" in response.content.decode()
    assert Comment.objects.count() == 0


def test_stored_body_contains_no_script_or_handlers(login, professional, article):
    comment_post(
        login(professional),
        article,
        '<p onmouseover="x()">Let op <a href="javascript:evil()">dit</a></p><script>x()</script>',
    )
    body = Comment.objects.get().body
    assert "script" not in body and "onmouseover" not in body and "javascript" not in body


@override_settings(SAMENSPEL_RATE_LIMITS={"feedback-comment": "2/10m"})
def test_rate_limit_per_user_keeps_text(login, professional, other_professional, article):
    client = login(professional)
    for number in range(2):
        assert comment_post(client, article, f"Reactie {number}").status_code == 302
    response = comment_post(client, article, "Mijn derde reactie")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Mijn derde reactie" in html
    assert "korte tijd" in html
    assert Comment.objects.count() == 2
    # Another user is not limited by the first one's posts.
    assert comment_post(login(other_professional), article, "Andere collega").status_code == 302
