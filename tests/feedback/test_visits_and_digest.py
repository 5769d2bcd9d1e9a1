"""'What changed since I was here' and a constant query count for threads (following and the
weekly digest: test_follow_and_digest.py)."""

import pytest
from django.db import connection
from django.template import Context, Template
from django.test import RequestFactory
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning.feedback.models import Comment, PageVisit

from .conftest import STEP_ONE, STEP_TWO, publish

pytestmark = pytest.mark.django_db


def test_changed_pages_since_last_visit(login, professional, article):
    client = login(professional)
    assert client.get(article.url).status_code == 200
    visit = PageVisit.objects.get(user=professional, page=article)
    assert visit.revision_id == article.live_revision_id
    assert "Samen wegen" not in client.get(reverse("feedback:changes")).content.decode()
    publish(article, step_one="<p>Nieuwe versie van stap een.</p>")
    html = client.get(reverse("feedback:changes")).content.decode()
    assert "Samen wegen" in html
    client.get(article.url)  # reading it again clears it from the list
    assert "Samen wegen" not in client.get(reverse("feedback:changes")).content.decode()


def test_anonymous_visits_are_not_recorded(client, article):
    client.get(article.url)
    assert not PageVisit.objects.exists()


def render_threads(page, user, anchors):
    request = RequestFactory().get("/")
    request.user = user
    template = Template(  # the toolkit's step slots, filled by feedback's hook
        "{% load toolkit_tags %}{% step_slots page as step_slots %}"
        "{% for a in anchors %}{% step_slot a %}{% endfor %}"
    )
    return template.render(Context({"request": request, "page": page, "anchors": anchors}))


def test_thread_query_count_does_not_grow_with_steps_or_comments(professional, article):
    def count(anchors):
        user = type(professional).objects.get(pk=professional.pk)
        with CaptureQueriesContext(connection) as queries:
            render_threads(article, user, anchors)
        return len(queries)

    def add_comments(n):
        for number in range(n):
            for anchor in (STEP_ONE, STEP_TWO):
                parent = Comment.objects.create(
                    page=article,
                    anchor=anchor,
                    revision=article.live_revision,
                    author=professional,
                    kind="question",
                    body=f"<p>{number}</p>",
                )
                Comment.objects.create(
                    page=article,
                    anchor=anchor,
                    parent=parent,
                    author=professional,
                    body="<p>re</p>",
                )

    add_comments(1)
    count([STEP_ONE])  # warms the cached memberships
    add_comments(1)  # the threads are read again after every new comment ...
    one = count([STEP_ONE])
    add_comments(4)
    assert count([STEP_ONE, STEP_TWO, "kop-0000"]) == one
    # ... and shared until the next one: the next reader's threads cost no query at all.
    assert count([STEP_ONE, STEP_TWO, "kop-0000"]) == 0
    html = render_threads(article, professional, [STEP_ONE])
    assert html.count('class="comment"') == 10


def test_reading_a_page_again_soon_does_not_write_but_a_new_revision_does(
    login, professional, article, django_assert_num_queries
):
    from django.core.cache import cache

    from learning.feedback.visits import REFRESH
    from samenspel.cache import key_visit

    client = login(professional)
    client.get(article.url)
    first = PageVisit.objects.get(user=professional, page=article)
    client.get(article.url)
    assert PageVisit.objects.get(pk=first.pk).seen_at == first.seen_at  # no write
    # REFRESH later: the row is old and the cached copy of it has expired.
    PageVisit.objects.filter(pk=first.pk).update(seen_at=first.seen_at - REFRESH * 2)
    cache.delete(key_visit(professional.pk, article.pk))
    client.get(article.url)
    assert PageVisit.objects.get(pk=first.pk).seen_at > first.seen_at - REFRESH  # refreshed
    article, _revision = publish(article, step_one="<p>Weer anders.</p>")
    client.get(article.url)
    assert PageVisit.objects.get(pk=first.pk).revision_id == article.live_revision_id
