"""A building block's body is rendered once and shared by every reader; each reader's comment
threads are filled in per request, so a new comment shows at once."""

import json

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from learning.feedback.models import Comment
from samenspel.models import Membership, Organisation
from samenspel.roles import Role

# Warm queries of a logged-in reader of a building block: session, user, site, root page, page,
# the two of Wagtail's own view-restriction check, and whether this reader follows the page
# (see the last test). Breadcrumbs and the oEmbed discovery link come from the cache.
WARM_QUERIES = 8

pytestmark = pytest.mark.django_db


def test_new_comments_show_at_once_in_a_shared_body(building_block, client, professional):
    page = building_block
    step_id = page.steps[0].id
    client.force_login(professional)
    before = client.get(page.url).content.decode()
    assert f'data-anchor="{step_id}"' in before
    assert "<!--" not in before.split("<article", 1)[1].split("</article>", 1)[0]  # all filled
    response = client.post(
        reverse("feedback:comment_create"),
        {
            "page": page.pk,
            "revision": page.live_revision_id,
            "anchor": step_id,
            "kind": "practice",
            "body": "In Delft wegen we altijd met zijn drieën.",
        },
    )
    assert response.status_code == 302
    after = client.get(page.url).content.decode()
    thread = after[after.index(f'data-anchor="{step_id}"') :]
    thread = thread[: thread.index("</section>")]
    assert "In Delft wegen we altijd met zijn drieën." in thread
    # Every block keeps its own form: anchors and field ids are per block.
    assert after.count(f'name="anchor" value="{step_id}"') >= 1
    assert after.count(f'id="id_comment_{step_id}_body"') == 1


def test_a_reader_is_told_once_that_the_block_changed_since_their_visit(
    building_block, client, professional
):
    page = building_block
    client.force_login(professional)
    assert "sinds je vorige bezoek" not in client.get(page.url).content.decode()
    page.summary = "Een nieuwe samenvatting."
    page.save_revision().publish()
    html = client.get(page.url).content.decode()
    assert "sinds je vorige bezoek" in html
    assert "Een nieuwe samenvatting." in html
    assert "sinds je vorige bezoek" not in client.get(page.url).content.decode()


def test_every_comment_region_has_a_name_of_its_own(building_block, client, professional):
    """Screen-reader users move between regions by name: "Reacties bij stap 2: Besluiten",
    not a dozen regions all called "Reacties"."""
    from bs4 import BeautifulSoup

    page = building_block
    client.force_login(professional)
    soup = BeautifulSoup(client.get(page.url).content, "html.parser")
    names = [section["aria-label"] for section in soup.select("section.comments")]
    assert "Reacties bij stap 1: Zorgen wegen" in names
    assert "Reacties bij stap 2: Besluiten" in names
    assert any(name.startswith("Reacties bij tip 1: Bel elkaar") for name in names)
    assert (
        len(names)
        == len(set(names))
        == len(page.steps) + len(page.tips) + len(page.worksheets) + len(page.pitfalls)
    )


def thread_at(html, anchor):
    """The HTML of the comment thread after the step ``anchor``."""
    thread = html[html.index(f'data-anchor="{anchor}"') :]
    return thread[: thread.index("</section>")]


def test_every_change_to_a_thread_shows_on_the_next_request(
    building_block, client, professional, other_professional, editor
):
    """The threads are shared between readers until something changes them; every change
    through the site shows to a reader who has just read the page (and so warmed the caches)."""
    page = building_block
    step = page.steps[0].id
    author, reader, moderator = Client(), Client(), Client()
    author.force_login(professional)
    reader.force_login(other_professional)
    moderator.force_login(editor)

    def seen(client):
        client.get(page.url)  # warm: the next answer comes from the shared threads
        return thread_at(client.get(page.url).content.decode(), step)

    assert "Met zijn drieën" not in seen(reader)
    author.post(
        reverse("feedback:comment_create"),
        {
            "page": page.pk,
            "revision": page.live_revision_id,
            "anchor": step,
            "kind": "practice",
            "body": "Met zijn drieën wegen.",
        },
    )
    comment = Comment.objects.get(body__contains="Met zijn drieën")
    assert "Met zijn drieën wegen." in seen(reader)  # a new comment
    reader.post(
        reverse("feedback:comment_create"),
        {
            "page": page.pk,
            "revision": page.live_revision_id,
            "parent": comment.pk,
            "body": "Wij ook.",
        },
    )
    assert "Wij ook." in seen(author)  # a reply
    author.post(
        reverse("feedback:comment_edit", args=[comment.pk]),
        {"kind": "practice", "body": "Met zijn vieren wegen."},
    )
    assert "Met zijn vieren wegen." in seen(reader)  # an edit
    assert "Met zijn drieën" not in seen(reader)
    moderator.post(reverse("feedback:comment_moderate", args=[comment.pk]), {"reason": "Naam"})
    assert "Met zijn vieren wegen." not in seen(reader)  # hidden by a moderator ...
    assert "Met zijn vieren wegen." in seen(author)  # ... but not from its author
    assert "Met zijn vieren wegen." in seen(moderator)
    moderator.post(reverse("feedback:comment_moderate", args=[comment.pk]), {"reason": "Weg"})
    assert "Met zijn vieren wegen." in seen(reader)  # restored
    professional.display_name = "Fatima uit Delft"
    professional.save()
    assert "Fatima uit Delft" in seen(reader)  # the author's name
    assert "sindsdien gewijzigd" not in seen(reader)
    draft = page.get_latest_revision_as_object()  # the step's text changes: the comment says so
    steps = draft.steps.get_prep_value()
    steps[0]["value"]["what"] = "<p>Weeg eerst samen met de ouders.</p>"
    draft.steps = json.dumps(steps)
    draft.save_revision().publish()
    assert "sindsdien gewijzigd" in seen(reader)
    author.post(reverse("feedback:comment_delete", args=[comment.pk]))
    after = seen(reader)
    assert "Met zijn vieren wegen." not in after and "door de schrijver verwijderd" in after
    assert "Wij ook." in after  # a deleted comment with a reply stays as a stub


def test_a_new_role_shows_on_the_next_request(
    building_block, client, professional, other_professional
):
    page = building_block
    step = page.steps[0].id
    Comment.objects.create(
        page=page,
        anchor=step,
        revision=page.live_revision,
        author=professional,
        kind="question",
        body="<p>Verborgen vraag.</p>",
        is_hidden=True,
    )
    client.force_login(other_professional)
    client.get(page.url)
    assert "Verborgen vraag." not in thread_at(client.get(page.url).content.decode(), step)
    Membership.objects.create(
        user=other_professional,
        organisation=Organisation.objects.create(name="Programmabureau", slug="pb-test"),
        role=Role.EDITOR,
    )
    assert "Verborgen vraag." in thread_at(client.get(page.url).content.decode(), step)


def test_a_logged_in_reader_of_a_building_block_costs_few_queries(
    building_block, client, professional, other_professional
):
    """Warm: the session, the user, the site, the page, its specific row; the threads, the
    view restrictions, the memberships, the menu and the article come from the cache."""
    page = building_block
    Comment.objects.create(
        page=page,
        anchor=page.steps[0].id,
        revision=page.live_revision,
        author=other_professional,
        kind="question",
        body="<p>Een vraag.</p>",
    )
    client.force_login(professional)
    client.get(page.url)
    with CaptureQueriesContext(connection) as queries:
        assert client.get(page.url).status_code == 200
    assert len(queries) == WARM_QUERIES, "\n".join(q["sql"][:300] for q in queries)


def test_an_anonymous_reader_is_invited_to_log_in_once_not_after_every_step(building_block, client):
    html = client.get(building_block.url).content.decode()
    assert html.count("reacties uit de praktijk te lezen en te schrijven") == 1
    assert 'class="comments"' not in html  # no empty comment region per step
    login = reverse("account_login")
    assert f"{login}?next={building_block.url}" in html
