"""Pages whose cost must not grow with content (issue 14, "Growth"): the comment threads on a
page, and the task team's comment inbox. Query counts are compared at two content sizes; what a
reader sees is checked alongside."""

import re

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning.feedback.models import Comment
from learning.feedback.slots import THREADS_PER_STEP
from learning.feedback.views.items import INBOX_PER_PAGE

from .conftest import STEP_ONE, STEP_TWO
from .test_visits_and_digest import render_threads

pytestmark = pytest.mark.django_db


def add_threads(page, author, anchor, n, **fields):
    return [
        Comment.objects.create(
            page=page,
            anchor=anchor,
            revision=page.live_revision,
            author=author,
            kind="question",
            body=f"<p>Draad {anchor[:4]} {number}</p>",
            **fields,
        )
        for number in range(n)
    ]


def shown_comments(html):
    return re.findall(r'id="reactie-(\d+)"', html)


def test_step_shows_its_latest_threads_and_links_to_all(professional, other_professional, article):
    threads = add_threads(article, other_professional, STEP_ONE, THREADS_PER_STEP + 3)
    reply = Comment.objects.create(
        page=article, anchor=STEP_ONE, parent=threads[-1], author=professional, body="<p>re</p>"
    )
    Comment.objects.create(
        page=article, anchor=STEP_TWO, author=other_professional, kind="question", body="<p>x</p>"
    )
    html = render_threads(article, professional, [STEP_ONE])
    latest = [str(c.pk) for c in threads[-THREADS_PER_STEP:]]
    assert shown_comments(html) == latest[:-1] + [latest[-1], str(reply.pk)]
    assert f"{THREADS_PER_STEP + 3} reacties" in html  # the section's total, not the shown ones
    assert reverse("feedback:page_comments", args=[article.pk]) in html
    # A section within the limit shows everything, without the link.
    html_two = render_threads(article, professional, [STEP_TWO])
    assert "1 reactie<" in html_two
    assert reverse("feedback:page_comments", args=[article.pk]) not in html_two
    # The full list shows every thread.
    response = render_full_list(professional, article)
    assert set(shown_comments(response)) >= {str(c.pk) for c in threads}


def render_full_list(user, page):
    from django.test import Client

    client = Client()
    client.force_login(user)
    return client.get(reverse("feedback:page_comments", args=[page.pk])).content.decode()


def test_visibility_rules_hold_for_the_latest_threads(
    professional, other_professional, editor, article
):
    """Hidden comments count and show only for moderators and their own author; a deleted
    thread without replies is neither shown nor counted."""
    add_threads(article, other_professional, STEP_ONE, 2)
    hidden = add_threads(article, other_professional, STEP_ONE, 1, is_hidden=True)[0]
    deleted = add_threads(article, other_professional, STEP_ONE, 1)[0]
    Comment.objects.filter(pk=deleted.pk).update(deleted_at=deleted.created_at, body="")
    reader = render_threads(article, professional, [STEP_ONE])
    assert str(hidden.pk) not in shown_comments(reader) and "2 reacties" in reader
    assert str(deleted.pk) not in shown_comments(reader)
    author = render_threads(article, other_professional, [STEP_ONE])
    assert str(hidden.pk) in shown_comments(author) and "3 reacties" in author
    moderator = render_threads(article, editor, [STEP_ONE])
    assert str(hidden.pk) in shown_comments(moderator) and "3 reacties" in moderator


def test_thread_work_per_reader_does_not_grow_with_a_page_s_comments(
    professional, other_professional, article
):
    def measure():
        user = type(professional).objects.get(pk=professional.pk)
        render_threads(article, user, [STEP_ONE, STEP_TWO])  # warms anchor states
        with CaptureQueriesContext(connection) as queries:
            html = render_threads(article, user, [STEP_ONE, STEP_TWO])
        return len(queries), len(shown_comments(html))

    add_threads(article, other_professional, STEP_ONE, THREADS_PER_STEP)
    add_threads(article, other_professional, STEP_TWO, THREADS_PER_STEP)
    small = measure()
    add_threads(article, other_professional, STEP_ONE, 40)
    add_threads(article, other_professional, STEP_TWO, 40)
    assert measure() == small == (small[0], 2 * THREADS_PER_STEP)


def test_inbox_is_paginated_keeps_filters_and_does_not_grow(login, editor, professional, article):
    client = login(editor)

    def measure(params):
        with CaptureQueriesContext(connection) as queries:
            response = client.get(reverse("feedback:inbox"), params)
        assert response.status_code == 200
        return len(queries), response.content.decode()

    add_threads(article, professional, STEP_ONE, 3)
    client.get(reverse("feedback:inbox"))  # warms per-user caches
    few, _ = measure({"soort": "question"})
    add_threads(article, professional, STEP_ONE, 2 * INBOX_PER_PAGE)
    many, html = measure({"soort": "question"})
    assert many == few
    assert html.count('name="comments"') == INBOX_PER_PAGE
    assert "Pagina 1 van 3" in html
    assert "soort=question&amp;pagina=2" in html
    _, last = measure({"soort": "question", "pagina": 3})
    assert last.count('name="comments"') == 3
    _, other_kind = measure({"soort": "suggestion"})
    assert other_kind.count('name="comments"') == 0
